/**
 * 地名查找 — the known places an address names: the parser's town and area first, then any other known name in the
 * text (a park in brackets, a town after the road). A name directly followed by a road ending (张江路, 川沙路) is
 * a road, not the place.
 */
import type { AddressBook, Place } from './address-book';
import type { ParsedAddress } from './address-types';

/** 提及的地名 — a place and the name by which the text named it. */
export interface NamedPlace {
  readonly name: string;
  readonly place: Place;
}

const ROAD_ENDING = /^(?:大道|公路|路|街|巷)/;

export function findNamedPlaces(book: AddressBook, parsed: ParsedAddress, normalized: string): NamedPlace[] {
  const found: NamedPlace[] = [];
  const add = (name: string | null) => {
    const place = name === null ? undefined : book.places.get(name);
    if (place && name !== null && !found.some((f) => samePlace(f.place, place))) found.push({ name, place });
  };
  add(parsed.town);
  add(parsed.area);
  // Longest names first, and each stretch of text counts once: 川沙新镇 hides the 川沙 inside it.
  const taken: Array<[number, number]> = [];
  for (const name of book.placeNames) {
    for (let at = normalized.indexOf(name); at >= 0; at = normalized.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      if (!ROAD_ENDING.test(normalized.slice(end))) add(name);
    }
  }
  return found;
}

function samePlace(a: Place, b: Place): boolean {
  return keyOf(a) === keyOf(b);
}

function keyOf(place: Place): string {
  return place.kind === 'area' ? `area:${place.id}` : `${place.kind}:${place.code}`;
}
