import { describe, expect, it } from 'vitest';
import { preferredReturn } from './prefer';

describe('preferredReturn', () => {
  it.each([
    [undefined, 'representation'],
    ['', 'representation'],
    ['return=minimal', 'minimal'],
    ['Return = "minimal"', 'minimal'],
    ['RETURN=MINIMAL', 'minimal'],
    ['return=representation', 'representation'],
    ['respond-async, wait=10, return=minimal', 'minimal'],
    ['return=minimal; foo="a,b"', 'minimal'],
    ['return=representation, return=minimal', 'representation'],
    ['handling=lenient', 'representation'],
    ['return', 'representation'],
    ['returns=minimal', 'representation'],
    [['wait=5', 'return=minimal'], 'minimal'],
  ] as const)('%j → %s', (header, expected) => {
    expect(preferredReturn(header as string | string[] | undefined)).toBe(expected);
  });
});
