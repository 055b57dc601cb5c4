/**
 * Test helper (not library code): writes the bytes of a small polygon Shapefile (.shp and .dbf, text fields only)
 * and zips it with an optional .prj and .cpg, so tests build their fixtures in code. A field value given as bytes
 * is written as is (for GBK text, which TextEncoder cannot produce).
 */
import { zipSync } from 'fflate';

export interface ShapefileFixture {
  /** One polygon per record: rings of [x, y], outer rings clockwise as the format wants. */
  readonly shapes: ReadonlyArray<ReadonlyArray<ReadonlyArray<readonly [number, number]>> | null>;
  readonly fields: readonly string[];
  readonly records: ReadonlyArray<ReadonlyArray<string | Uint8Array>>;
  readonly shapeType?: number;
}

export function writeShp(fixture: ShapefileFixture): Uint8Array {
  const contents = fixture.shapes.map((rings) => (rings === null ? nullShape() : polygonShape(rings, fixture.shapeType ?? 5)));
  const total = 100 + contents.reduce((n, c) => n + 8 + c.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setInt32(0, 9994, false);
  view.setInt32(24, total / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, fixture.shapeType ?? 5, true);
  let offset = 100;
  contents.forEach((content, i) => {
    view.setInt32(offset, i + 1, false);
    view.setInt32(offset + 4, content.byteLength / 2, false);
    out.set(content, offset + 8);
    offset += 8 + content.byteLength;
  });
  return out;
}

export function writeDbf(fixture: ShapefileFixture, languageDriver = 0): Uint8Array {
  const encoder = new TextEncoder();
  const encoded = fixture.records.map((record) => record.map((value) => (typeof value === 'string' ? encoder.encode(value) : value)));
  const widths = fixture.fields.map((_, f) => Math.max(1, ...encoded.map((record) => record[f]!.byteLength)));
  const headerLength = 32 + 32 * fixture.fields.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(headerLength + recordLength * encoded.length + 1).fill(0);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  view.setUint32(4, encoded.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  out[29] = languageDriver;
  fixture.fields.forEach((name, f) => {
    const at = 32 + 32 * f;
    out.set(encoder.encode(name.slice(0, 10)), at);
    out[at + 11] = 'C'.charCodeAt(0);
    out[at + 16] = widths[f]!;
  });
  out[headerLength - 1] = 0x0d;
  encoded.forEach((record, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    record.forEach((value, f) => {
      out.fill(0x20, at, at + widths[f]!);
      out.set(value, at);
      at += widths[f]!;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

export function zipShapefile(name: string, fixture: ShapefileFixture, extra: { prj?: string; cpg?: string; languageDriver?: number } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    [`${name}.shp`]: writeShp(fixture),
    [`${name}.dbf`]: writeDbf(fixture, extra.languageDriver),
  };
  if (extra.prj !== undefined) files[`${name}.prj`] = new TextEncoder().encode(extra.prj);
  if (extra.cpg !== undefined) files[`${name}.cpg`] = new TextEncoder().encode(extra.cpg);
  return zipSync(files);
}

export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

function nullShape(): Uint8Array {
  return new Uint8Array(4);
}

function polygonShape(rings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, type: number): Uint8Array {
  const points = rings.flat();
  const out = new Uint8Array(44 + 4 * rings.length + 16 * points.length);
  const view = new DataView(out.buffer);
  view.setInt32(0, type, true);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) => view.setFloat64(4 + 8 * i, v, true));
  view.setInt32(36, rings.length, true);
  view.setInt32(40, points.length, true);
  let start = 0;
  rings.forEach((ring, i) => {
    view.setInt32(44 + 4 * i, start, true);
    start += ring.length;
  });
  const at = 44 + 4 * rings.length;
  points.forEach((p, i) => {
    view.setFloat64(at + 16 * i, p[0], true);
    view.setFloat64(at + 16 * i + 8, p[1], true);
  });
  return out;
}
