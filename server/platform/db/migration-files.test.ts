import { describe, expect, it } from 'vitest';
import { parseMigrationFileName } from './migration-files';

describe('parseMigrationFileName', () => {
  it.each([
    ['20261128000000_platform.sql', { version: '20261128000000', name: 'platform' }],
    ['20261128000100_zone_pack_2.sql', { version: '20261128000100', name: 'zone_pack_2' }],
    ['2026112800000_short.sql', undefined],
    ['20261128000000-dash.sql', undefined],
    ['20261128000000_Upper.sql', undefined],
    ['20261128000000_name.SQL', undefined],
    ['20261128000000_.sql', undefined],
  ])('%s', (fileName, expected) => {
    expect(parseMigrationFileName(fileName)).toEqual(expected);
  });
});
