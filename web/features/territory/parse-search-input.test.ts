import { describe, expect, it } from 'vitest';
import { parseSearchInput } from './parse-search-input';

describe('parseSearchInput', () => {
  it.each([
    ['121.60, 31.205', { kind: 'coordinates', lon: 121.6, lat: 31.205 }],
    ['121.60,31.205', { kind: 'coordinates', lon: 121.6, lat: 31.205 }],
    [' 121.6 31.2 ', { kind: 'coordinates', lon: 121.6, lat: 31.2 }],
    ['121.6，31.2', { kind: 'coordinates', lon: 121.6, lat: 31.2 }],
    ['-73.98; 40.75', { kind: 'coordinates', lon: -73.98, lat: 40.75 }],
    // Swapped or out-of-range pairs are still coordinates: the server names the problem.
    ['31.2, 121.6', { kind: 'coordinates', lon: 31.2, lat: 121.6 }],
    ['上海市浦东新区张江镇祖冲之路 887 弄', { kind: 'address', address: '上海市浦东新区张江镇祖冲之路 887 弄' }],
    ['蔡伦路 1 号', { kind: 'address', address: '蔡伦路 1 号' }],
    ['121.6', { kind: 'address', address: '121.6' }],
    ['   ', { kind: 'empty' }],
  ])('%j', (text, expected) => {
    expect(parseSearchInput(text)).toEqual(expected);
  });
});
