import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { summarizeZonePack } from '../../../core/zone';
import { loadZonePack, resolveZoneDir, validateZonePack } from './load-zone-pack';

const REAL_PACK = resolveZoneDir('zhangjiang');

describe('loadZonePack on the real Zhangjiang pack', () => {
  it('loads it with the counts of the policy', async () => {
    const pack = await loadZonePack(REAL_PACK);
    expect(summarizeZonePack(pack).counts).toMatchObject({
      towns: 11,
      bodies: 6,
      departments: 9,
      workingGroups: 5,
      statisticalUnits: 2,
      responsibilities: 7,
      layers: 7,
      policies: 11,
    });
    expect(pack.policies?.documents.map((d) => d.file)).toContain('policies/rd-growth.yaml');
    expect(pack.policies?.documents.some((d) => d.file.endsWith('.tests.yaml'))).toBe(false);
    expect(pack.units.filter((u) => u.kind === 'body').map((u) => u.id)).toEqual([
      'zhangjiang',
      'resort',
      'lujiazui',
      'jinqiao',
      'expo',
      'chuansha',
    ]);
    expect(pack.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has every town code from the official Pudong list', async () => {
    const csv = await readFile(path.join(REAL_PACK, '../../../shared/reference/pudong-towns-310115.csv'), 'utf8').catch(
      () => undefined,
    );
    const pack = await loadZonePack(REAL_PACK);
    const towns = pack.units.flatMap((u) => (u.kind === 'town' ? [`${u.code},${u.code12},${u.name}`] : []));
    expect(towns).toHaveLength(11);
    // The shared reference folder is outside the repository; on a machine without it the codes are checked by shape.
    for (const town of towns) {
      if (csv) expect(csv).toContain(town);
      else expect(town).toMatch(/^310115\d{3},310115\d{6},/);
    }
  });

  it('gives the same hash on every load', async () => {
    const [a, b] = await Promise.all([loadZonePack(REAL_PACK), loadZonePack(REAL_PACK)]);
    expect(a.hash).toBe(b.hash);
  });

  it('validates by name for the CLI and summarises', async () => {
    const result = await validateZonePack('zhangjiang');
    expect(result.summary).toMatchObject({ zone: { id: 'zhangjiang', name: '张江科学城' }, counts: { towns: 11 } });
  });
});

describe('loadZonePack on a broken copy', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'zone-pack-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function copyWith(name: string, edit: (files: { read(f: string): Promise<string>; write(f: string, t: string): Promise<void> }) => Promise<void>) {
    const target = path.join(dir, name);
    await cp(REAL_PACK, target, { recursive: true });
    await edit({
      read: (f) => readFile(path.join(target, f), 'utf8'),
      write: (f, t) => writeFile(path.join(target, f), t),
    });
    return target;
  }

  async function loadError(target: string): Promise<AppError> {
    const error = await loadZonePack(target).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }

  it('names the file and field of a dangling parent', async () => {
    const target = await copyWith('dangling', async ({ read, write }) => {
      const text = await read('organisations.yaml');
      await write('organisations.yaml', text.replace('parent: joint-meeting', 'parent: foo'));
    });
    const error = await loadError(target);
    expect(error.code).toBe('ZONE_PACK_INVALID');
    expect(error.details).toMatchObject({ path: 'units[2].parent', reason: 'unknown unit "foo"' });
    expect(error.details.file).toBe(path.join(target, 'organisations.yaml').replace(`${process.cwd()}${path.sep}`, ''));
    expect(error.message).toContain('organisations.yaml units[2].parent: unknown unit "foo"');
  });

  it('reports a YAML syntax error with its line', async () => {
    const target = await copyWith('syntax', async ({ read, write }) => {
      await write('responsibilities.yaml', `${await read('responsibilities.yaml')}\n  - id: [unclosed\n`);
    });
    const error = await loadError(target);
    expect(error.details.file).toMatch(/responsibilities\.yaml$/);
    expect(error.details).toMatchObject({ path: expect.stringMatching(/^line \d+, column \d+$/), reason: expect.stringMatching(/^YAML syntax error: /) });
  });

  it('reports invalid JSON in a layer file', async () => {
    const target = await copyWith('json', async ({ write }) => {
      await write('geo/places.geojson', '{ "type": "FeatureCollection", ');
    });
    const error = await loadError(target);
    expect(error.details).toMatchObject({ path: '', reason: expect.stringMatching(/^not valid JSON/) });
    expect(error.details.file).toMatch(/geo\/places\.geojson$/);
  });

  it('reports an unquoted town code', async () => {
    const target = await copyWith('unquoted', async ({ read, write }) => {
      await write('organisations.yaml', (await read('organisations.yaml')).replace("code: '310115136'", 'code: 310115136'));
    });
    const error = await loadError(target);
    expect(error.details).toMatchObject({ path: expect.stringMatching(/^units\[\d+\]\.code$/) });
  });

  it('lists every issue, not only the first', async () => {
    const target = await copyWith('several', async ({ read, write }) => {
      const text = (await read('organisations.yaml')).replace("code: '310115136'", "code: '31011513'");
      await write('organisations.yaml', text.replace('nameEn: District Finance Bureau', 'nameEn: District Finance Bureau\n    colour: red'));
    });
    const error = await loadError(target);
    expect(error.details.reason).toMatch(/\(and 1 more\)$/);
    expect(error.details.issues).toHaveLength(2);
  });

  it('names the file, path and reason of a policy rule that reads an unknown fact', async () => {
    const target = await copyWith('policy-fact', async ({ read, write }) => {
      const text = await read('policies/rd-growth.yaml');
      await write('policies/rd-growth.yaml', text.replace('gte: { left: { fact: rdSpending }, right: { param: minRdSpending } }', 'gte: { left: { fact: rdSpend }, right: { param: minRdSpending } }'));
    });
    const error = await loadError(target);
    expect(error.code).toBe('ZONE_PACK_INVALID');
    expect(error.details.file).toMatch(/policies\/rd-growth\.yaml$/);
    expect(error.details).toMatchObject({ path: 'versions[0].eligibility.all[2].gte.left', reason: expect.stringContaining('unknown fact "rdSpend"') });
  });

  it('names the line of a syntax error in a policy file, and overlapping versions', async () => {
    const syntax = await copyWith('policy-syntax', async ({ read, write }) => {
      await write('policies/ic-tapeout.yaml', `${await read('policies/ic-tapeout.yaml')}\n  - version: [unclosed\n`);
    });
    expect((await loadError(syntax)).details).toMatchObject({ path: expect.stringMatching(/^line \d+, column \d+$/), reason: expect.stringMatching(/^YAML syntax error/) });
    const overlap = await copyWith('policy-overlap', async ({ read, write }) => {
      await write('policies/rd-growth.yaml', (await read('policies/rd-growth.yaml')).replace("validTo: '2023-12-31'", "validTo: '2024-03-31'"));
    });
    const error = await loadError(overlap);
    expect(error.details.file).toMatch(/policies\/rd-growth\.yaml$/);
    expect(error.details.reason).toMatch(/overlapping versions/);
  });

  it('counts a changed policy figure in the hash, and not a comment in a policy file', async () => {
    const comment = await copyWith('policy-comment', async ({ read, write }) => {
      await write('policies/rd-growth.yaml', `# a note\n${await read('policies/rd-growth.yaml')}`);
    });
    const figure = await copyWith('policy-figure', async ({ read, write }) => {
      await write('policies/rd-growth.yaml', (await read('policies/rd-growth.yaml')).replace('value: 1000000 }', 'value: 1200000 }'));
    });
    const [original, commented, changed] = await Promise.all([loadZonePack(REAL_PACK), loadZonePack(comment), loadZonePack(figure)]);
    expect(commented.hash).toBe(original.hash);
    expect(changed.hash).not.toBe(original.hash);
  });

  it('loads a pack without a policies folder, with no policies', async () => {
    const target = await copyWith('no-policies', async () => {
      await rm(path.join(dir, 'no-policies', 'policies'), { recursive: true });
    });
    const pack = await loadZonePack(target);
    expect(pack.policies).toBeUndefined();
    expect(summarizeZonePack(pack).counts.policies).toBe(0);
  });

  it('stops with ZONE_PACK_NOT_FOUND for a missing folder', async () => {
    const error = await loadError(path.join(dir, 'nowhere'));
    expect(error.code).toBe('ZONE_PACK_NOT_FOUND');
  });

  it('ignores comments and formatting in the hash', async () => {
    const target = await copyWith('comment', async ({ read, write }) => {
      await write('zone.yaml', `# an added comment\n${await read('zone.yaml')}\n\n`);
    });
    const [original, edited] = await Promise.all([loadZonePack(REAL_PACK), loadZonePack(target)]);
    expect(edited.hash).toBe(original.hash);
  });
});

describe('resolveZoneDir', () => {
  it.each([
    ['zhangjiang', path.join(path.dirname(REAL_PACK), 'zhangjiang')],
    ['./zones/other', path.resolve('zones/other')],
    ['/srv/zones/other', '/srv/zones/other'],
  ])('%s → %s', (zone, expected) => {
    expect(resolveZoneDir(zone)).toBe(expected);
  });
});
