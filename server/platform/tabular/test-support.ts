/** Helpers for the tabular tests: GB18030 encoding, reproducible Chinese names, forced garbage collection. */
import v8 from 'node:v8';
import vm from 'node:vm';
import { encodeGbk } from '../../../scripts/registry/encode-gbk';

/**
 * GB18030 bytes: GBK's two-byte codes, plus the four-byte codes of characters beyond the BMP, which follow
 * linearly from U+10000 = 0x90 0x30 0x81 0x30 (GB 18030-2005 §6.3.3). BMP characters outside GBK are not needed.
 */
export function encodeGb18030(text: string): Buffer {
  const parts: Buffer[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x10000) {
      parts.push(encodeGbk(char));
      continue;
    }
    let linear = codePoint - 0x10000;
    const b4 = 0x30 + (linear % 10);
    linear = Math.floor(linear / 10);
    const b3 = 0x81 + (linear % 126);
    linear = Math.floor(linear / 126);
    parts.push(Buffer.from([0x90 + Math.floor(linear / 10), 0x30 + (linear % 10), b3, b4]));
  }
  return Buffer.concat(parts);
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红鹏飞晨曦梓涵浩宇欣怡子轩雨桐俊杰思远嘉怡梦琪瑶婷鑫淼焱垚犇骉';
/** Characters whose GB18030 code has four bytes (beyond the BMP), as found in some personal names. */
export const FOUR_BYTE_CHARS = ['𠮷', '𡈼', '𤭢', '𨚕'];

/** A deterministic pseudo-random source, so a failing row can be regenerated. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function chineseName(next: () => number): string {
  const pick = (chars: string) => chars[Math.floor(next() * chars.length)]!;
  return pick(SURNAMES) + pick(GIVEN) + (next() < 0.6 ? pick(GIVEN) : '');
}

let collect: (() => void) | undefined;

/** Runs a full garbage collection, so heap figures show what is retained rather than what awaits collection. */
export function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}
