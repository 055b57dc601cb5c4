/**
 * 由街镇定主体 — once the town is known, the body follows only when the town (or statistical unit) lies wholly in
 * one body's area and wholly inside the zone; otherwise the officer locates the address by hand among the
 * candidate bodies.
 */
import type { AddressBook } from './address-book';
import type { AddressResolution, AddressRule, AddressTownRef } from './address-types';
import type { Answerer } from './resolve-address';

export function placeInTown(
  book: AddressBook,
  answer: Answerer,
  code: string,
  rule: AddressRule,
  confidence: number,
  reason: string,
  reasonEn: string,
): AddressResolution {
  const town = townRefOf(book, code);
  if (town === null) return answer.manual(rule, 0, null, [], `${reason}；该街镇不在组织目录中`, `${reasonEn}; the town is not in the unit directory`);
  const coverage = book.townBodies.get(code);
  if (coverage === undefined || coverage.bodies.length === 0) {
    return answer.manual(rule, confidence, town, [], `${reason}；${town.name}没有落在任何管理主体的范围内`, `${reasonEn}; ${town.nameEn} lies in no body's area`);
  }
  const bodies = coverage.bodies.map((id) => book.bodies.get(id)).filter((b) => b !== undefined);
  if (bodies.length === 1 && !coverage.partlyOutside) {
    return answer.placed(rule, confidence, town, bodies[0]!, `${reason}；${town.name}整体属于${bodies[0]!.name}`, `${reasonEn}; ${town.nameEn} lies wholly in the area of ${bodies[0]!.nameEn}`);
  }
  const candidates = bodies.map(({ id, name, nameEn }) => ({ kind: 'body' as const, id, name, nameEn }));
  const split = bodies.length > 1 ? `分属${bodies.map((b) => b.name).join('、')}` : `属于${bodies[0]!.name}`;
  const splitEn = bodies.length > 1 ? `is split between ${bodies.map((b) => b.nameEn).join(', ')}` : `lies in the area of ${bodies[0]!.nameEn}`;
  const outside = coverage.partlyOutside ? '，且部分在园区范围外' : '';
  const outsideEn = coverage.partlyOutside ? ' and lies partly outside the zone' : '';
  return answer.manual(rule, confidence, town, candidates, `${reason}；${town.name}${split}${outside}，需人工定位`, `${reasonEn}; ${town.nameEn} ${splitEn}${outsideEn}: locate it by hand`);
}

export function townRefOf(book: AddressBook, code: string): AddressTownRef | null {
  const town = book.towns.get(code);
  return town ? { code: town.code, name: town.name, nameEn: town.nameEn, kind: town.kind } : null;
}
