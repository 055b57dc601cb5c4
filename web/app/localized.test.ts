import { describe, expect, it } from 'vitest';
import { pickText } from './localized';

describe('pickText', () => {
  it.each([
    { language: 'zh-CN', zh: '区规划资源局', en: 'Planning and Natural Resources Bureau', expected: '区规划资源局' },
    { language: 'en', zh: '区规划资源局', en: 'Planning and Natural Resources Bureau', expected: 'Planning and Natural Resources Bureau' },
    { language: 'en', zh: '区规划资源局', en: null, expected: '区规划资源局' },
    { language: 'en', zh: '区规划资源局', en: '', expected: '区规划资源局' },
    { language: 'en', zh: '区规划资源局', en: undefined, expected: '区规划资源局' },
  ] as const)('$language with en=$en → $expected', ({ language, zh, en, expected }) => {
    expect(pickText(language, zh, en)).toBe(expected);
  });
});
