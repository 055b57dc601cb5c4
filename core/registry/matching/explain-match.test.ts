import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../credit-code';
import { explainMatch } from './explain-match';
import { computeWeightTable, DEFAULT_MATCH_MODEL, weightToProbability, type MatchModel } from './match-model';
import { matchModelSchema } from './match-model.schema';
import { MATCH_FIELDS } from './registry-record';
import { makeRecord, prepareAll } from '../testdata/make-records';

function code(body: string): string {
  const first17 = `91310115${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

describe('match weights', () => {
  it('weighs each level log2(m/u), and missing 0', () => {
    const table = computeWeightTable(DEFAULT_MATCH_MODEL);
    const { m, u } = DEFAULT_MATCH_MODEL.fields.name.exact;
    expect(table.fields.name[1]).toBeCloseTo(Math.log2(m / u), 10);
    for (const field of MATCH_FIELDS) expect(table.fields[field][0]).toBe(0);
    expect(table.prior).toBeCloseTo(Math.log2(0.1 / 0.9), 10);
  });

  it.each(MATCH_FIELDS)('%s: agreement weighs more than disagreement', (field) => {
    const weights = computeWeightTable(DEFAULT_MATCH_MODEL).fields[field];
    expect(weights[1]).toBeGreaterThan(0);
    expect(weights[weights.length - 1]).toBeLessThan(0);
  });

  it('turns weights into probabilities', () => {
    expect(weightToProbability(0)).toBe(0.5);
    expect(weightToProbability(10)).toBeCloseTo(1024 / 1025, 10);
  });

  it('accepts the default model as zone-pack data and rejects a broken one', () => {
    expect(matchModelSchema.safeParse(DEFAULT_MATCH_MODEL).success).toBe(true);
    const broken = { ...DEFAULT_MATCH_MODEL, thresholds: { merge: 2, review: 8 } };
    expect(matchModelSchema.safeParse(broken).success).toBe(false);
    const zero = structuredClone(DEFAULT_MATCH_MODEL) as { fields: { phone: { exact: { u: number } } } };
    zero.fields.phone.exact.u = 0;
    expect(matchModelSchema.safeParse(zero).success).toBe(false);
  });
});

describe('explainMatch: the waterfall', () => {
  const model = DEFAULT_MATCH_MODEL;

  it('starts at the prior, adds each field and ends at the total', () => {
    const [a, b] = prepareAll([makeRecord(), makeRecord({ name: '华欣（上海）生物科技有限公司', phone: null })]);
    const explanation = explainMatch(a!, b!, model);
    expect(explanation.steps.map((s) => [s.field, s.level])).toEqual([
      ['creditCode', 'missing'],
      ['name', 'exact'],
      ['address', 'exact'],
      ['legalRep', 'exact'],
      ['phone', 'missing'],
      ['foundedOn', 'exact'],
    ]);
    let running = explanation.prior;
    for (const step of explanation.steps) {
      running += step.weight;
      expect(step.runningTotal).toBeCloseTo(running, 10);
    }
    expect(explanation.total).toBeCloseTo(running, 10);
    expect(explanation.outcome).toBe('merged');
    expect(explanation.rule).toBeNull();
    // The thresholds it was held against travel with it, so a stored explanation still reads after the model changes.
    expect(explanation.thresholds).toEqual(model.thresholds);
    expect(explanation.modelVersion).toBe(model.version);
  });

  it.each<[string, Parameters<typeof makeRecord>[0], 'merged' | 'review' | 'distinct']>([
    ['a typo in the name with everything else agreeing', { name: '上海华新生物科技有限公司' }, 'merged'],
    ['a similar name alone', { name: '上海华新生物科技有限公司', address: null, legalRep: null, phone: null, foundedOn: null }, 'review'],
    ['another firm', { name: '上海博瑞集成电路有限公司', address: '秀浦路2388号', legalRep: '李明', phone: '13912345678', foundedOn: '2012-01-01' }, 'distinct'],
  ])('%s → %s', (_label, fields, expected) => {
    const [a, b] = prepareAll([makeRecord(), makeRecord(fields)]);
    expect(explainMatch(a!, b!, model).outcome).toBe(expected);
  });

  it('sends a rename (different name, all else equal) to review, not merge', () => {
    const [a, b] = prepareAll([makeRecord(), makeRecord({ name: '上海博瑞医药有限公司' })]);
    const explanation = explainMatch(a!, b!, model);
    expect(explanation.total).toBeGreaterThanOrEqual(model.thresholds.merge);
    expect(explanation).toMatchObject({ outcome: 'review', rule: 'name-disagreement' });
  });

  it('merges a rename when the codes are one character apart', () => {
    const valid = code('MA1K4A2B');
    const mistyped = valid.slice(0, 13) + (valid[13] === '3' ? '4' : '3') + valid.slice(14);
    const [a, b] = prepareAll([makeRecord({ creditCode: valid }), makeRecord({ name: '上海博瑞医药有限公司', creditCode: mistyped })]);
    expect(explainMatch(a!, b!, model)).toMatchObject({ outcome: 'merged', rule: null });
  });

  it('never merges two different valid codes: distinct, or review when the names are the same', () => {
    const [a, b, c] = prepareAll([
      makeRecord({ creditCode: code('MA1K4A2B') }),
      makeRecord({ creditCode: code('MA1K4A2C') }),
      makeRecord({ creditCode: code('MA1K4A2D'), name: '上海华欣医药有限公司' }),
    ]);
    expect(explainMatch(a!, b!, model)).toMatchObject({ outcome: 'review', rule: 'credit-code-conflict' });
    expect(explainMatch(a!, c!, model)).toMatchObject({ outcome: 'distinct', rule: 'credit-code-conflict' });
  });

  it('follows the model: without the name rule a rename merges', () => {
    const lenient: MatchModel = { ...model, mergeRequiresNameAgreement: false };
    const [a, b] = prepareAll([makeRecord(), makeRecord({ name: '上海博瑞医药有限公司' })]);
    expect(explainMatch(a!, b!, lenient).outcome).toBe('merged');
  });
});
