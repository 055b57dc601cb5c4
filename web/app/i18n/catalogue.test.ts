import { describe, expect, it } from 'vitest';
import en from './en';
import zhCN from './zh-CN';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  const zh = flatten(zhCN);
  const english = flatten(en);

  it('have the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it.each([...zh.keys()])('%s: not empty, same placeholders in both languages', (key) => {
    const zhText = zh.get(key) ?? '';
    const enText = english.get(key) ?? '';
    expect(zhText.trim()).not.toBe('');
    expect(enText.trim()).not.toBe('');
    expect(placeholders(enText)).toEqual(placeholders(zhText));
  });

  it('keep Chinese out of the English catalogue, except the language names', () => {
    const withHan = [...english.entries()].filter(([key, text]) => key !== 'language.zh' && /\p{Script=Han}/u.test(text));
    expect(withHan).toEqual([]);
  });
});
