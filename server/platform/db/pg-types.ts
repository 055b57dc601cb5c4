import pg from 'pg';

/**
 * How our pools turn PostgreSQL values into JavaScript (per pool, so other pools — pg-boss's — are unaffected):
 * - bigint (int8, e.g. count(*), bigserial ids) → number. Our ids and counts stay far below 2^53; a value beyond
 *   Number.MAX_SAFE_INTEGER fails the query loudly instead of silently losing digits (cast it to text if needed).
 * - numeric → string, exactly as stored: amounts of money must not pass through binary floating point.
 * - date → 'YYYY-MM-DD' string: a calendar day has no time zone, and a JS Date would shift it to local midnight.
 * - timestamptz → Date (the driver's default), json/jsonb → parsed values (default).
 */
const INT8 = 20;
const INT8_ARRAY = 1016;
const DATE = 1082;
const DATE_ARRAY = 1182;
const TEXT_ARRAY = 1009;

function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new RangeError(`bigint ${value} exceeds JavaScript's safe integer range; select it as text`);
  }
  return parsed;
}

// The typings list only scalar type ids; the driver parses arrays too.
const getDefaultParser = pg.types.getTypeParser as (oid: number, format?: 'text' | 'binary') => unknown;
const parseTextArray = getDefaultParser(TEXT_ARRAY, 'text') as (value: string) => Array<string | null>;

function parseText(value: string): string {
  return value;
}

export const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary') {
      switch (oid) {
        case INT8:
          return parseInt8;
        case INT8_ARRAY:
          return (value: string) => parseTextArray(value).map((item) => (item === null ? null : parseInt8(item)));
        case DATE:
          return parseText;
        case DATE_ARRAY:
          return parseTextArray;
      }
    }
    return getDefaultParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};
