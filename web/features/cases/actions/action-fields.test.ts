import { describe, expect, it } from 'vitest';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../../../core/workflow';
import { listActionFields, payloadKeys, toActionPayload, widgetNames } from './action-fields';

describe('listActionFields', () => {
  it.each(WORKFLOW_ACTIONS)('%s: one widget for every payload field, none for a field the schema lacks', (action) => {
    expect(widgetNames(action).sort()).toEqual(payloadKeys(action).sort());
  });

  it.each<[WorkflowAction, Record<string, boolean>]>([
    ['submit', {}],
    ['accept', { note: false }],
    ['refuse', { reasons: true }],
    ['request-correction', { items: true }],
    ['transfer', { toUnitId: true, reason: true }],
    ['return', { toStageId: true, reason: true }],
    ['approve', { amount: false, note: false }],
    ['declare-interest', { hasConflict: true, statement: false }],
    ['resolve-objection', { objectionId: true, outcome: true, reason: true, reopenTo: false }],
    ['rate', { grade: true, comment: false }],
  ])('%s: required fields read from the schema', (action, expected) => {
    expect(Object.fromEntries(listActionFields(action).map((f) => [f.name, f.isRequired]))).toEqual(expected);
  });
});

describe('toActionPayload', () => {
  it.each<[string, WorkflowAction, Record<string, unknown>, Record<string, unknown>]>([
    ['drops an empty optional note', 'accept', { note: '  ' }, {}],
    ['trims texts', 'accept', { note: ' 材料齐全 ' }, { note: '材料齐全' }],
    ['drops blank reasons of a list', 'refuse', { reasons: ['不属于本政策支持范围', ' ', ''] }, { reasons: ['不属于本政策支持范围'] }],
    [
      'keeps complete correction items, drops an empty row',
      'request-correction',
      { items: [{ kind: 'missing', subject: 'audit-report', problem: '未上传审计报告' }, { kind: undefined, subject: '', problem: '' }] },
      { items: [{ kind: 'missing', subject: 'audit-report', problem: '未上传审计报告' }] },
    ],
    ['approval with an amount in yuan', 'approve', { amount: 500000, note: '' }, { amount: 500000 }],
    ['a declaration without conflict', 'declare-interest', { hasConflict: false }, { hasConflict: false }],
    ['scores by criterion', 'score', { scores: { innovation: 80, team: 70 } }, { scores: { innovation: 80, team: 70 } }],
    ['experts by user id', 'assign-experts', { userIds: ['u1', 'u2'] }, { userIds: ['u1', 'u2'] }],
  ])('%s', (_name, action, values, payload) => {
    expect(toActionPayload(action, values)).toEqual({ isValid: true, payload });
  });

  it.each<[string, WorkflowAction, Record<string, unknown>, string[]]>([
    ['refusal without any reason', 'refuse', { reasons: ['  '] }, ['reasons']],
    ['correction without items', 'request-correction', { items: [] }, ['items']],
    ['transfer without a unit or reason', 'transfer', {}, ['toUnitId', 'reason']],
    ['disagreement without a comment', 'sign', { opinion: 'disagree' }, ['comment']],
    ['a conflict without a statement', 'declare-interest', { hasConflict: true, statement: ' ' }, ['statement']],
    ['an amount with a third decimal', 'approve', { amount: 1.234 }, ['amount']],
    ['a dismissed objection that reopens', 'resolve-objection', { objectionId: 'o1', outcome: 'dismissed', reason: '无据', reopenTo: 'review' }, ['reopenTo']],
    ['a rating without a grade', 'rate', { comment: '很好' }, ['grade']],
  ])('refuses %s, naming the field', (_name, action, values, fields) => {
    const result = toActionPayload(action, values);
    expect(result.isValid).toBe(false);
    if (!result.isValid) expect([...new Set(result.issues.map((i) => i.field))].sort()).toEqual(fields.sort());
  });
});
