/**
 * 读取事实 — the getter for one fact: absent (undefined or null) → recorded as missing, unknown result; present
 * but of the wrong type → AppError POLICY_FACTS_INVALID naming it (never a silent wrong answer); otherwise the
 * runtime value (exact number, yyyymmdd date, text). A derived fact is computed from its base when not given.
 * One specialised closure per type: this runs millions of times when the whole registry is matched.
 */
import { AppError, ErrorCode } from '../errors';
import { parseIsoDate, yearsBetween } from './dates';
import type { FactCatalogue, FactDefinition } from './facts';
import * as q from './rational';
import type { RuntimeValue } from './resolve-parameters';
import type { EvalContext } from './trace';

/** Why a value does not fit its fact, or undefined when it does. */
export function checkFactValue(fact: FactDefinition, value: unknown): string | undefined {
  switch (fact.type) {
    case 'number':
    case 'rate':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `expected a number, got ${shown(value)}`;
    case 'money':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `expected an amount in yuan, got ${shown(value)}`;
      return Math.round(value * 100) / 100 === value ? undefined : 'an amount in yuan has at most two decimals (fen)';
    case 'integer':
      return Number.isInteger(value) ? undefined : `expected a whole number, got ${shown(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${shown(value)}`;
    case 'date':
      return typeof value === 'string' && parseIsoDate(value) !== undefined ? undefined : `expected a date YYYY-MM-DD, got ${shown(value)}`;
    case 'enum':
      return typeof value === 'string' && fact.options?.some((o) => o.value === value)
        ? undefined
        : `expected one of ${(fact.options ?? []).map((o) => o.value).join(', ')}, got ${shown(value)}`;
    case 'string':
      return typeof value === 'string' ? undefined : `expected text, got ${shown(value)}`;
    case 'string-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : `expected a list of texts, got ${shown(value)}`;
  }
}

// Worded only for a value that does not fit: every fact of every self-check request passes through here.
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : typeof value;
}

/** The error for a fact of the wrong type; thrown, never swallowed. */
export function invalid(fact: FactDefinition, value: unknown): AppError {
  const reason = checkFactValue(fact, value) ?? 'invalid value';
  return new AppError(ErrorCode.POLICY_FACTS_INVALID, { facts: [`${fact.name}: ${reason}`], invalid: [{ fact: fact.name, reason }] });
}

type Convert = (raw: unknown) => RuntimeValue | undefined;

/** Converts a present value; undefined when it does not fit (the caller throws). */
function converter(fact: FactDefinition): Convert {
  switch (fact.type) {
    case 'money':
      return (raw) => {
        if (typeof raw !== 'number') return undefined;
        if (Number.isInteger(raw)) return { n: raw, d: 1 };
        const fen = Math.round(raw * 100);
        return fen / 100 === raw ? q.rational(fen, 100) : undefined;
      };
    case 'integer':
      return (raw) => (Number.isInteger(raw) ? { n: raw as number, d: 1 } : undefined);
    case 'number':
    case 'rate':
      return (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? q.fromNumber(raw) : undefined);
    case 'boolean':
      return (raw) => (typeof raw === 'boolean' ? raw : undefined);
    case 'date':
      return (raw) => (typeof raw === 'string' ? parseIsoDate(raw) : undefined);
    case 'enum': {
      const values = new Set(fact.options?.map((o) => o.value));
      return (raw) => (typeof raw === 'string' && values.has(raw) ? raw : undefined);
    }
    case 'string':
      return (raw) => (typeof raw === 'string' ? raw : undefined);
    case 'string-list':
      return (raw) => (checkFactValue(fact, raw) === undefined ? (raw as string[]) : undefined);
  }
}

export function readFact(fact: FactDefinition, facts: FactCatalogue): (ctx: EvalContext) => RuntimeValue | undefined {
  const name = fact.name;
  const convert = converter(fact);
  const base = fact.derivedFrom ? facts[fact.derivedFrom] : undefined;
  if (base) {
    const baseName = base.name;
    const convertBase = converter(base);
    return (ctx) => {
      const raw = ctx.facts[name];
      if (raw !== undefined && raw !== null) {
        const value = convert(raw);
        if (value === undefined) throw invalid(fact, raw);
        return value;
      }
      const from = ctx.facts[baseName];
      if (from === undefined || from === null) {
        ctx.missing[ctx.missingCount++] = baseName;
        return undefined;
      }
      const date = convertBase(from);
      if (date === undefined) throw invalid(base, from);
      return { n: yearsBetween(date as number, ctx.asOf), d: 1 };
    };
  }
  return (ctx) => {
    const raw = ctx.facts[name];
    if (raw === undefined || raw === null) {
      ctx.missing[ctx.missingCount++] = name;
      return undefined;
    }
    const value = convert(raw);
    if (value === undefined) throw invalid(fact, raw);
    return value;
  };
}
