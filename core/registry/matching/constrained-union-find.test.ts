import { describe, expect, it } from 'vitest';
import { ConstrainedUnionFind } from './constrained-union-find';

describe('ConstrainedUnionFind', () => {
  it('joins transitively', () => {
    const uf = new ConstrainedUnionFind([null, null, null, null]);
    expect(uf.union(0, 1)).toBe('joined');
    expect(uf.union(2, 1)).toBe('joined');
    expect(uf.find(0)).toBe(uf.find(2));
    expect(uf.find(3)).not.toBe(uf.find(0));
    expect(uf.union(0, 2)).toBe('same');
  });

  it('carries a cluster code to its new root', () => {
    const uf = new ConstrainedUnionFind([null, 'A', null]);
    uf.union(0, 1);
    uf.union(2, 0);
    expect(uf.codeOf(2)).toBe('A');
  });

  it('refuses a union that would join two different valid codes, also through a chain', () => {
    const uf = new ConstrainedUnionFind(['A', null, null, 'B']);
    expect(uf.union(0, 1)).toBe('joined');
    expect(uf.union(2, 3)).toBe('joined');
    expect(uf.canUnion(1, 2)).toBe(false);
    expect(uf.union(1, 2)).toBe('conflict');
    expect(uf.find(0)).not.toBe(uf.find(3));
    expect(uf.codeOf(1)).toBe('A');
    expect(uf.codeOf(2)).toBe('B');
  });

  it('allows records of the same code to join', () => {
    const uf = new ConstrainedUnionFind(['A', 'A', null]);
    expect(uf.union(0, 2)).toBe('joined');
    expect(uf.union(2, 1)).toBe('joined');
  });
});

describe('ConstrainedUnionFind cannot-links and forced unions', () => {
  it('refuses a union that would put a cannot-linked pair in one cluster, however it is reached', () => {
    const uf = new ConstrainedUnionFind([null, null, null, null]);
    uf.forbid(0, 3);
    expect(uf.union(0, 1)).toBe('joined');
    expect(uf.union(2, 3)).toBe('joined');
    expect(uf.isForbidden(1, 2)).toBe(true);
    expect(uf.union(1, 2)).toBe('forbidden');
    expect(uf.union(1, 0)).toBe('same');
  });

  it('forces a union across two codes, keeping the first cluster’s code, but not across a cannot-link', () => {
    const uf = new ConstrainedUnionFind(['A', 'B', 'C']);
    uf.forbid(1, 2);
    expect(uf.union(0, 1)).toBe('conflict');
    expect(uf.union(1, 0, true)).toBe('joined');
    expect(uf.codeOf(0)).toBe('B');
    expect(uf.union(0, 2, true)).toBe('forbidden');
  });
});
