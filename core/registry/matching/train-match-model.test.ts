import { describe, expect, it } from 'vitest';
import { buildLabelledDataset } from '../synthetic/generate-synthetic-registry';
import { computeWeightTable, DEFAULT_MATCH_MODEL } from './match-model';
import { matchModelSchema } from './match-model.schema';
import { prepareRecords } from './prepare-record';
import { MATCH_FIELDS } from './registry-record';
import { trainMatchModel } from './train-match-model';

describe('trainMatchModel', () => {
  const data = buildLabelledDataset({ seed: 5, count: 800 });
  const records = prepareRecords(data.records);
  const result = trainMatchModel(records, DEFAULT_MATCH_MODEL, { seed: 5, randomPairs: 50_000 });

  it('converges to a valid model marked as estimated', () => {
    expect(result.converged).toBe(true);
    expect(result.model.parameters).toBe('estimated');
    expect(matchModelSchema.safeParse(result.model).success).toBe(true);
    expect(result.candidatePairs).toBeGreaterThan(0);
  });

  it('learns that agreement is evidence of a match on every field but the credit code', () => {
    const table = computeWeightTable(result.model);
    for (const field of MATCH_FIELDS.filter((f) => f !== 'creditCode')) {
      const weights = table.fields[field];
      expect(weights[1], field).toBeGreaterThan(weights[weights.length - 1]!);
      expect(weights[1], field).toBeGreaterThan(0);
    }
    expect(table.fields.creditCode[2]).toBeGreaterThan(5);
  });

  it('keeps fixed levels as they were', () => {
    expect(result.model.fields.name['branch-mismatch']).toEqual(DEFAULT_MATCH_MODEL.fields.name['branch-mismatch']);
  });
});
