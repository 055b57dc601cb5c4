import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { parseBackupHeader } from './backup-format';

const valid = {
  format: 'zjsc-backup',
  formatVersion: 1,
  migrationLevel: '20261128000000',
  createdAt: '2026-11-28T00:00:00.000Z',
  postgresVersion: '15.18',
  tables: [{ name: 'owners', rows: 2 }],
  sequences: [{ name: 'owners_id_seq', lastValue: '2', isCalled: true }],
};

describe('parseBackupHeader', () => {
  it('accepts a well-formed header', () => {
    expect(parseBackupHeader(JSON.stringify(valid))).toEqual(valid);
    expect(parseBackupHeader(JSON.stringify({ ...valid, migrationLevel: null })).migrationLevel).toBeNull();
  });

  it.each([
    ['no line at all', undefined, /empty/],
    ['not JSON', 'PGDMP\u0001', /not a backup header/],
    ['another JSON document', '{"hello":"world"}', /not a platform backup/],
    ['JSON null', 'null', /not a platform backup/],
    ['a newer format', JSON.stringify({ ...valid, formatVersion: 2 }), /format version 2 is not supported/],
    ['negative row count', JSON.stringify({ ...valid, tables: [{ name: 'a', rows: -1 }] }), /malformed/],
    ['tables not a list', JSON.stringify({ ...valid, tables: {} }), /malformed/],
    ['sequence value not an integer', JSON.stringify({ ...valid, sequences: [{ name: 's', lastValue: '1.5', isCalled: true }] }), /malformed/],
    ['numeric migration level', JSON.stringify({ ...valid, migrationLevel: 20261128000000 }), /malformed/],
  ])('rejects %s as BACKUP_INVALID', (_, line, pattern) => {
    let caught: unknown;
    try {
      parseBackupHeader(line);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('BACKUP_INVALID');
    expect((caught as AppError).message).toMatch(pattern);
  });
});
