import { describe, expect, it } from 'vitest';
import { draftKey, listDraftKeys, parseDraft } from './application-draft';

const material = { id: 'm1', name: '审计报告.pdf', materialId: 'audit-report', mediaType: 'application/pdf', size: 10, sha256: 'ab' };
const draft = { policyId: 'rd-growth', values: { revenue: 100 }, materials: [material], savedAt: '2026-11-28T04:00:00Z' };

describe('parseDraft', () => {
  it.each<[string, string | null, boolean]>([
    ['a saved draft', JSON.stringify(draft), true],
    ['nothing stored', null, false],
    ['not JSON', '{oops', false],
    ['another policy', JSON.stringify({ ...draft, policyId: 'talent' }), false],
    ['values that are a list', JSON.stringify({ ...draft, values: [] }), false],
    ['a material without an id', JSON.stringify({ ...draft, materials: [{ name: 'x' }] }), false],
    ['no date', JSON.stringify({ ...draft, savedAt: undefined }), false],
  ])('%s', (_name, text, isRead) => {
    expect(parseDraft(text, 'rd-growth') !== null).toBe(isRead);
  });

  it('reads back what was saved', () => {
    expect(parseDraft(JSON.stringify(draft), 'rd-growth')).toEqual(draft);
  });
});

describe('listDraftKeys', () => {
  it("lists only the user's drafts", () => {
    const keys = [draftKey('u1', 'rd-growth'), draftKey('u2', 'talent'), 'other', draftKey('u1', 'talent')];
    expect(listDraftKeys(keys, 'u1')).toEqual([
      { key: draftKey('u1', 'rd-growth'), policyId: 'rd-growth' },
      { key: draftKey('u1', 'talent'), policyId: 'talent' },
    ]);
  });
});
