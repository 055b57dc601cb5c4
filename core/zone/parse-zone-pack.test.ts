import { describe, expect, it } from 'vitest';
import { parseZonePack } from './parse-zone-pack';
import { buildDocuments, makePolicy } from '../rules/testdata/build-catalog';
import { minimalPackDocuments } from './testdata/minimal-pack';
import type { ZonePackIssue } from './zone-pack-issue';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case reaches into untyped documents to break them
type Documents = Record<string, any>;

/** Each case breaks one thing in a valid pack and names the issue it must produce (reason as a pattern). */
const cases: Array<{ name: string; breakIt: (d: Documents) => void; expected: ZonePackIssue | Omit<ZonePackIssue, 'reason'> & { reason: RegExp } }> = [
  {
    name: 'unknown field on a unit',
    breakIt: (d) => (d['organisations.yaml'].units[3].colour = 'red'),
    expected: { file: 'organisations.yaml', path: 'units[3].colour', reason: /unknown field "colour"/ },
  },
  {
    name: 'unknown field at the top of a file',
    breakIt: (d) => (d['zone.yaml'].nmae = 'typo'),
    expected: { file: 'zone.yaml', path: 'nmae', reason: /unknown field/ },
  },
  {
    name: 'dangling parent',
    breakIt: (d) => (d['organisations.yaml'].units[3].parent = 'foo'),
    expected: { file: 'organisations.yaml', path: 'units[3].parent', reason: /unknown unit "foo"/ },
  },
  {
    name: 'town code of 8 digits',
    breakIt: (d) => (d['organisations.yaml'].units[5].code = '31011512'),
    expected: { file: 'organisations.yaml', path: 'units[5].code', reason: /9-digit/ },
  },
  {
    name: 'town code written as a number',
    breakIt: (d) => (d['organisations.yaml'].units[5].code = 310115125),
    expected: { file: 'organisations.yaml', path: 'units[5].code', reason: /expected string/ },
  },
  {
    name: '12-digit code not extending the 9-digit one',
    breakIt: (d) => (d['organisations.yaml'].units[5].code12 = '310115136000'),
    expected: { file: 'organisations.yaml', path: 'units[5].code12', reason: /start with the 9-digit code 310115125/ },
  },
  {
    name: 'town outside the zone county',
    breakIt: (d) => {
      Object.assign(d['organisations.yaml'].units[5], { code: '310104001', code12: '310104001000' });
    },
    expected: { file: 'organisations.yaml', path: 'units[5].code', reason: /county code of the zone \(310115\)/ },
  },
  {
    name: 'duplicate unit id',
    breakIt: (d) => (d['organisations.yaml'].units[4].id = 'dept'),
    expected: { file: 'organisations.yaml', path: 'units[4].id', reason: /duplicate id "dept" \(first at units\[3\]\)/ },
  },
  {
    name: 'ring not closed',
    breakIt: (d) => d['geo/towns.geojson'].features[0].geometry.coordinates[0].pop(),
    expected: { file: 'geo/towns.geojson', path: 'features[0].geometry.coordinates[0]', reason: /not closed/ },
  },
  {
    name: 'ring too short',
    breakIt: (d) => (d['geo/towns.geojson'].features[0].geometry.coordinates[0] = [[121, 31], [121.1, 31], [121, 31]]),
    expected: { file: 'geo/towns.geojson', path: 'features[0].geometry.coordinates[0]', reason: /at least 4 positions/ },
  },
  {
    name: 'latitude out of range',
    breakIt: (d) => (d['geo/towns.geojson'].features[0].geometry.coordinates[0][1] = [121.61, 131.2]),
    expected: { file: 'geo/towns.geojson', path: 'features[0].geometry.coordinates[0][1][1]', reason: /latitude/ },
  },
  {
    name: 'coordinate that is not a number',
    breakIt: (d) => (d['geo/towns.geojson'].features[0].geometry.coordinates[0][2][0] = '121.61'),
    expected: { file: 'geo/towns.geojson', path: 'features[0].geometry.coordinates[0][2][0]', reason: /expected number/ },
  },
  {
    name: 'feature without a name',
    breakIt: (d) => delete d['geo/bodies.geojson'].features[0].properties.name,
    expected: { file: 'geo/bodies.geojson', path: 'features[0].properties.name', reason: /required/ },
  },
  {
    name: 'not a FeatureCollection',
    breakIt: (d) => (d['geo/bodies.geojson'].type = 'Feature'),
    expected: { file: 'geo/bodies.geojson', path: 'type', reason: /FeatureCollection/ },
  },
  {
    name: 'point in a polygon layer',
    breakIt: (d) => (d['geo/bodies.geojson'].features[0].geometry = { type: 'Point', coordinates: [121.6, 31.2] }),
    expected: { file: 'geo/bodies.geojson', path: 'features[0].geometry.type', reason: /polygon features/ },
  },
  {
    name: 'wrong type for verified',
    breakIt: (d) => (d['organisations.yaml'].units[0].verified = 'yes'),
    expected: { file: 'organisations.yaml', path: 'units[0].verified', reason: /expected boolean/ },
  },
  {
    name: 'unknown kind',
    breakIt: (d) => (d['organisations.yaml'].units[3].kind = 'ministry'),
    expected: { file: 'organisations.yaml', path: 'units[3].kind', reason: /must be one of: .*department/ },
  },
  {
    name: 'body without its area',
    breakIt: (d) => delete d['organisations.yaml'].units[4].area,
    expected: { file: 'organisations.yaml', path: 'units[4].area', reason: /required field is missing/ },
  },
  {
    name: 'working group under a department',
    breakIt: (d) => (d['organisations.yaml'].units[2].parent = 'dept'),
    expected: { file: 'organisations.yaml', path: 'units[2].parent', reason: /belongs to a joint meeting/ },
  },
  {
    name: 'parents that loop',
    breakIt: (d) => {
      d['organisations.yaml'].units[1].parent = 'wg-one';
    },
    expected: { file: 'organisations.yaml', path: 'units[1].parent', reason: /loop: joint-meeting → wg-one → joint-meeting/ },
  },
  {
    name: 'two roots',
    breakIt: (d) => (d['organisations.yaml'].units[3] = { ...d['organisations.yaml'].units[0], id: 'other-zone' }),
    expected: { file: 'organisations.yaml', path: 'units', reason: /exactly one unit of kind "zone".*found 2/ },
  },
  {
    name: 'unknown source',
    breakIt: (d) => (d['organisations.yaml'].units[3].source = 'rumour#p1'),
    expected: { file: 'organisations.yaml', path: 'units[3].source', reason: /unknown source "rumour"/ },
  },
  {
    name: 'verified on an unofficial source',
    breakIt: (d) => (d['organisations.yaml'].units[5].verified = true),
    expected: { file: 'organisations.yaml', path: 'units[5].verified', reason: /needs an official source/ },
  },
  {
    name: 'unknown lead unit',
    breakIt: (d) => d['responsibilities.yaml'].responsibilities[0].lead.push('ghost'),
    expected: { file: 'responsibilities.yaml', path: 'responsibilities[0].lead[1]', reason: /unknown unit "ghost"/ },
  },
  {
    name: 'matter without a lead',
    breakIt: (d) => (d['responsibilities.yaml'].responsibilities[0].lead = []),
    expected: { file: 'responsibilities.yaml', path: 'responsibilities[0].lead', reason: /at least one lead/ },
  },
  {
    name: 'a unit that leads and supports',
    breakIt: (d) => d['responsibilities.yaml'].responsibilities[0].support.push('dept'),
    expected: { file: 'responsibilities.yaml', path: 'responsibilities[0].support[1]', reason: /already leads/ },
  },
  {
    name: 'body in the layer but not in organisations',
    breakIt: (d) => (d['geo/bodies.geojson'].features[0].properties.id = 'body-x'),
    expected: { file: 'geo/bodies.geojson', path: 'features[0].properties.id', reason: /no unit of kind "body" with id "body-x"/ },
  },
  {
    name: 'body in organisations but not in the layer',
    breakIt: (d) => d['organisations.yaml'].units.push({ ...d['organisations.yaml'].units[4], id: 'body-b' }),
    expected: { file: 'layers.yaml', path: 'layers[1].file', reason: /no feature for body "body-b"/ },
  },
  {
    name: 'layer and unit disagree on the approval mark',
    breakIt: (d) => (d['geo/bodies.geojson'].features[0].properties.approvalMark = null),
    expected: { file: 'geo/bodies.geojson', path: 'features[0].properties.approvalMark', reason: /differs from organisations.yaml/ },
  },
  {
    name: 'layer file escaping the pack',
    breakIt: (d) => (d['layers.yaml'].layers[0].file = '../other/towns.geojson'),
    expected: { file: 'layers.yaml', path: 'layers[0].file', reason: /relative path inside the pack/ },
  },
  {
    name: 'layer file missing',
    breakIt: (d) => delete d['geo/towns.geojson'],
    expected: { file: 'layers.yaml', path: 'layers[0].file', reason: /file not found: geo\/towns.geojson/ },
  },
  {
    name: 'zone.yaml missing',
    breakIt: (d) => delete d['zone.yaml'],
    expected: { file: 'zone.yaml', path: '', reason: /file is missing/ },
  },
];

describe('parseZonePack', () => {
  it('accepts the minimal pack', () => {
    const result = parseZonePack(minimalPackDocuments());
    expect(result.ok ? result.pack.units.map((u) => u.id) : result.issues).toEqual([
      'demo-zone',
      'joint-meeting',
      'wg-one',
      'dept',
      'body-a',
      '310115125',
    ]);
  });

  it.each(cases)('rejects: $name', ({ breakIt, expected }) => {
    const documents = structuredClone(minimalPackDocuments()) as Documents;
    breakIt(documents);
    const result = parseZonePack(documents);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toContainEqual({ file: expected.file, path: expected.path, reason: expect.stringMatching(expected.reason) });
  });

  it('fills defaults for optional lists', () => {
    const documents = minimalPackDocuments() as Documents;
    delete documents['responsibilities.yaml'].responsibilities[0].support;
    delete documents['responsibilities.yaml'].responsibilities[0].supportKinds;
    const result = parseZonePack(documents);
    expect(result.ok && result.pack.responsibilities[0]).toMatchObject({ support: [], supportKinds: [] });
  });
});

describe('parseZonePack with policies/', () => {
  /** The minimal pack with a one-policy catalogue whose sources are the pack's own. */
  function withPolicies(source = 'policy'): Documents {
    const policy = makePolicy('award', { eligibility: { exists: 'amount' } }, {
      parameters: { cap: { type: 'money', label: '上限', labelEn: 'Cap', legalRef: { document: 'doc', article: '一' }, source, verified: false, values: [{ from: '2024-01-01', value: 1 }] } },
    });
    const documents = minimalPackDocuments() as Documents;
    for (const doc of buildDocuments([policy], { shared: { documents: [{ id: 'doc', title: '办法', titleEn: 'Measures', source: 'policy', verified: false }] } })) {
      documents[doc.file] = doc.text;
    }
    return documents;
  }

  it('validates the rule files and keeps their texts', () => {
    const result = parseZonePack(withPolicies());
    expect(result.ok && result.pack.policies?.catalog.policies.map((p) => p.id)).toEqual(['award']);
    expect(result.ok && result.pack.policies?.documents.map((d) => d.file)).toEqual(['policies/award.yaml', 'policies/facts.yaml', 'policies/shared.yaml']);
  });

  it('checks rule sources against the sources of zone.yaml, naming file and field', () => {
    const result = parseZonePack(withPolicies('hearsay'));
    expect(result.ok ? [] : result.issues).toContainEqual({ file: 'policies/award.yaml', path: 'parameters.cap.source', reason: expect.stringContaining('hearsay') });
  });

  it('leaves golden tests and other files of the folder alone', () => {
    const documents = withPolicies();
    documents['policies/award.tests.yaml'] = 'not: [valid';
    const result = parseZonePack(documents);
    expect(result.ok && result.pack.policies?.documents).toHaveLength(3);
  });
});

