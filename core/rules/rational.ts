/**
 * 精确数值 — exact rational arithmetic for amounts and thresholds. Money arrives in yuan with up to two decimals,
 * rates as short decimals; as fractions of safe integers they add, multiply, divide and compare without the drift
 * of binary floating point (0.1 + 0.2, or a growth rate of exactly 10% computing as 9.9999…%). Products that leave
 * the safe-integer range are redone in BigInt, so a result is exact whenever it fits.
 */

/** 有理数 — n/d in lowest terms, d > 0. */
export interface Rational {
  readonly n: number;
  readonly d: number;
}

const MAX = Number.MAX_SAFE_INTEGER;
export const ZERO: Rational = { n: 0, d: 1 };
export const ONE: Rational = { n: 1, d: 1 };

function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function bigGcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function fits(x: number): boolean {
  return x <= MAX && x >= -MAX;
}

/** n/d reduced; d must not be 0. */
export function rational(n: number, d = 1): Rational {
  if (d === 1) return { n, d };
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const g = gcd(n < 0 ? -n : n, d);
  return g === 1 ? { n, d } : { n: n / g, d: d / g };
}

/** BigInt fraction back to safe numbers; beyond the safe range, the nearest fraction over a power of ten. */
function fromBig(n: bigint, d: bigint): Rational {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = bigGcd(n < 0n ? -n : n, d);
  if (g > 1n) {
    n /= g;
    d /= g;
  }
  const limit = BigInt(MAX);
  if (n <= limit && n >= -limit && d <= limit) return { n: Number(n), d: Number(d) };
  // Only astronomically large or fine-grained values get here; keep as many decimals as still fit.
  for (let places = 12; places >= 0; places--) {
    const scale = 10n ** BigInt(places);
    const scaled = divideRoundHalfUp(n * scale, d);
    if (scaled <= limit && scaled >= -limit) return rational(Number(scaled), Number(scale));
  }
  return { n: Number(n) / Number(d), d: 1 };
}

function divideRoundHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  if ((abs % d) * 2n >= d) q += 1n;
  return negative ? -q : q;
}

export function add(a: Rational, b: Rational): Rational {
  if (a.d === 1 && b.d === 1) {
    const s = a.n + b.n;
    if (fits(s)) return { n: s, d: 1 };
  } else {
    const n = a.n * b.d + b.n * a.d;
    const d = a.d * b.d;
    if (fits(a.n * b.d) && fits(b.n * a.d) && fits(n) && fits(d)) return rational(n, d);
  }
  return fromBig(BigInt(a.n) * BigInt(b.d) + BigInt(b.n) * BigInt(a.d), BigInt(a.d) * BigInt(b.d));
}

export function negate(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}

export function sub(a: Rational, b: Rational): Rational {
  return add(a, negate(b));
}

export function mul(a: Rational, b: Rational): Rational {
  const n = a.n * b.n;
  const d = a.d * b.d;
  if (fits(n) && fits(d)) return d === 1 ? { n, d } : rational(n, d);
  return fromBig(BigInt(a.n) * BigInt(b.n), BigInt(a.d) * BigInt(b.d));
}

/** a / b; undefined when b is zero (the caller decides what a division by zero means). */
export function div(a: Rational, b: Rational): Rational | undefined {
  if (b.n === 0) return undefined;
  const n = a.n * b.d;
  const d = a.d * b.n;
  if (fits(n) && fits(d)) return rational(n, d);
  return fromBig(BigInt(a.n) * BigInt(b.d), BigInt(a.d) * BigInt(b.n));
}

/** -1, 0 or 1. */
export function compare(a: Rational, b: Rational): number {
  if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  const left = a.n * b.d;
  const right = b.n * a.d;
  if (fits(left) && fits(right)) return left < right ? -1 : left > right ? 1 : 0;
  const bl = BigInt(a.n) * BigInt(b.d);
  const br = BigInt(b.n) * BigInt(a.d);
  return bl < br ? -1 : bl > br ? 1 : 0;
}

export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

/** Rounds to `places` decimals, halves away from zero (四舍五入). */
export function round(a: Rational, places = 0): Rational {
  const scale = 10 ** places;
  if (a.d === 1) return a;
  const scaled = a.n * scale;
  if (!fits(scaled)) {
    const q = divideRoundHalfUp(BigInt(a.n) * BigInt(scale), BigInt(a.d));
    return fromBig(q, BigInt(scale));
  }
  const negative = scaled < 0;
  const abs = negative ? -scaled : scaled;
  let q = Math.floor(abs / a.d);
  let r = abs - q * a.d;
  // The float quotient can be off by one near 2^53; the remainder puts it right.
  if (r < 0) {
    q -= 1;
    r += a.d;
  } else if (r >= a.d) {
    q += 1;
    r -= a.d;
  }
  if (r * 2 >= a.d) q += 1;
  return rational(negative ? -q : q, scale);
}

/**
 * A JS number read as the decimal it was written as: 0.1 is 1/10, 4.35 is 87/20 — not the binary fraction the
 * double holds. Numbers with more than 10 decimals are cut to 10.
 */
export function fromNumber(v: number): Rational {
  if (Number.isInteger(v)) return { n: v, d: 1 };
  let scale = 1;
  for (let places = 1; places <= 10; places++) {
    scale *= 10;
    const n = Math.round(v * scale);
    if (!fits(n)) break;
    if (n / scale === v) return rational(n, scale);
  }
  const n = Math.round(v * 1e10);
  return fits(n) ? rational(n, 1e10) : { n: Math.round(v), d: 1 };
}

/** Yuan as given (at most two decimals are meaningful; more are rounded to the fen). */
export function fromYuan(v: number): Rational {
  if (Number.isInteger(v)) return { n: v, d: 1 };
  const fen = Math.round(v * 100);
  return fits(fen) ? rational(fen, 100) : fromNumber(v);
}

export function toNumber(a: Rational): number {
  return a.d === 1 ? a.n : a.n / a.d;
}

/** Whole fen of an amount in yuan, rounded half away from zero. */
export function toFen(a: Rational): number {
  const r = round(a, 2);
  return r.d === 1 ? r.n * 100 : (r.n * 100) / r.d;
}

export function isInteger(a: Rational): boolean {
  return a.d === 1;
}

/** A decimal string with at most `places` decimals (rounded), trailing zeros dropped: 23.5, 600000, 0.333333. */
export function toDecimalString(a: Rational, places = 6): string {
  const r = round(a, places);
  if (r.d === 1) return String(r.n);
  const negative = r.n < 0;
  const abs = negative ? -r.n : r.n;
  // r.d divides 10^places, so the scaled numerator is exact.
  const factor = 10 ** places / r.d;
  const scaled = fits(abs * factor) ? String(abs * factor) : String(BigInt(abs) * BigInt(factor));
  const digits = scaled.padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
