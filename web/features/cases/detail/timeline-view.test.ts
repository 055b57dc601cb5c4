import { describe, expect, it } from 'vitest';
import type { CaseTimelineEntry } from '../cases-api';
import { buildTimeline, type TimelineDetail, type TimelineVocabulary } from './timeline-view';

const words: TimelineVocabulary = {
  action: (a) => ({ accept: '受理', 'request-correction': '一次性告知补正', transfer: '转办', approve: '准予' })[a] ?? a,
  unit: (id) => ({ 'zj-office': '张江科建办', 'jq-bureau': '金桥管理局' })[id] ?? id,
  stage: (id) => ({ intake: '受理', 'body-review': '主体审核' })[id] ?? id,
  user: (id) => ({ u1: '专家一' })[id] ?? id,
  value: (field, v) => `${field}=${v}`,
  money: (n) => `¥${n}`,
};

const entry = (seq: number, action: string, payload: Record<string, unknown>, overrides: Partial<CaseTimelineEntry> = {}): CaseTimelineEntry => ({
  seq,
  at: `2026-11-0${seq}T02:00:00Z`,
  action,
  userId: 'u9',
  userName: '王受理',
  unitId: 'zj-office',
  capacity: 'own',
  fromStage: 'intake',
  toStage: 'intake',
  payload,
  definitionVersion: '2024.1',
  ...overrides,
});

describe('buildTimeline', () => {
  it('lists newest first, with the stage entered only when the case moved', () => {
    const items = buildTimeline([entry(1, 'request-correction', {}), entry(2, 'accept', {}, { toStage: 'body-review' })], words);
    expect(items.map((i) => [i.actionLabel, i.toStage, i.tone])).toEqual([
      ['受理', '主体审核', 'positive'],
      ['一次性告知补正', null, 'warning'],
    ]);
  });

  it('marks an action taken in the name of another unit', () => {
    expect(buildTimeline([entry(1, 'accept', {}, { capacity: 'in-the-name-of', unitId: 'jq-bureau' })], words)[0]).toMatchObject({
      unitName: '金桥管理局',
      isInNameOf: true,
    });
  });

  it.each<[string, string, Record<string, unknown>, TimelineDetail[]]>([
    ['a note', 'accept', { note: '材料齐全' }, [{ field: 'note', values: ['材料齐全'] }]],
    [
      'every correction item',
      'request-correction',
      { items: [{ kind: 'missing', subject: 'audit-report', problem: '未上传' }, { kind: 'wrong', subject: 'revenue', problem: '与报表不符' }] },
      [{ field: 'items', values: ['kind=missing · audit-report：未上传', 'kind=wrong · revenue：与报表不符'] }],
    ],
    ['a unit by name', 'transfer', { toUnitId: 'jq-bureau', reason: '属地' }, [{ field: 'toUnitId', values: ['金桥管理局'] }, { field: 'reason', values: ['属地'] }]],
    ['experts by name', 'assign-experts', { userIds: ['u1', 'u2'] }, [{ field: 'userIds', values: ['专家一', 'u2'] }]],
    ['a return target', 'return', { toStageId: 'intake', reason: '重审' }, [{ field: 'toStageId', values: ['受理'] }, { field: 'reason', values: ['重审'] }]],
    ['an amount', 'approve', { amount: 500000 }, [{ field: 'amount', values: ['¥500000'] }]],
    ['reasons citing rules', 'reject', { reasons: [{ text: '营收不足', ruleId: 'revenue-min' }] }, [{ field: 'reasons', values: ['营收不足（revenue-min）'] }]],
    ['a declaration', 'declare-interest', { hasConflict: true, statement: '曾任顾问' }, [{ field: 'hasConflict', values: ['hasConflict=true'] }, { field: 'statement', values: ['曾任顾问'] }]],
    ['scores', 'score', { scores: { innovation: 80 } }, [{ field: 'scores', values: ['innovation: 80'] }]],
    ['nothing for an empty value', 'accept', { note: null }, []],
  ])('%s', (_name, action, payload, details) => {
    expect(buildTimeline([entry(1, action, payload)], words)[0]!.details).toEqual(details);
  });
});
