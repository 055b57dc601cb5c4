import { describe, expect, it } from 'vitest';
import { parseZonePack } from './parse-zone-pack';
import { minimalPackDocuments } from './testdata/minimal-pack';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case reaches into untyped documents to break them
type Documents = Record<string, any>;

/** The minimal pack with a small gazetteer and routing rules that are valid. */
function documentsWithRules(): Documents {
  const d: Documents = minimalPackDocuments();
  d['gazetteer.yaml'] = {
    version: '1',
    region: { province: '上海市', city: '上海市', county: '浦东新区', countyCode: '310115', countyAliases: ['浦东'], source: 'policy', verified: true },
    towns: [{ town: '310115125', roads: ['张江路'], source: 'guess', verified: false }],
    statisticalUnits: [],
    areas: [{ id: 'area-a', name: '某片区', town: '310115125', body: 'body-a', source: 'guess', verified: false }],
    otherTowns: { source: 'policy', verified: true, towns: [{ code: '310115130', name: '三林镇' }] },
  };
  d['routing.yaml'] = {
    version: '1',
    caseTypes: [{ id: 'fund', name: '资金', nameEn: 'Fund' }],
    routes: [
      {
        id: 'fund-route', name: '资金', nameEn: 'Fund', caseTypes: ['fund'], areas: ['original', 'expansion'],
        source: 'policy', verified: true,
        steps: [
          { role: 'intake', unitKinds: ['body'], mode: 'any' },
          { role: 'review', units: ['$body'], capacity: 'in-the-name-of', inNameOf: 'demo-zone' },
          { role: 'decide', units: ['dept'] },
        ],
      },
    ],
  };
  return d;
}

describe('gazetteer.yaml and routing.yaml in a zone pack', () => {
  it('are optional, and parsed when present', () => {
    expect(parseZonePack(minimalPackDocuments()).ok).toBe(true);
    const result = parseZonePack(documentsWithRules());
    expect(result.ok ? [result.pack.gazetteer?.towns.length, result.pack.routing?.routes.length] : result.issues).toEqual([1, 1]);
  });

  it.each<[string, (d: Documents) => void, string, string, RegExp]>([
    ['a road town that is no town', (d) => (d['gazetteer.yaml'].towns[0].town = '310115999'), 'gazetteer.yaml', 'towns[0].town', /no unit of kind "town"/],
    ['a road listed twice', (d) => d['gazetteer.yaml'].towns[0].roads.push('张江路'), 'gazetteer.yaml', 'towns[0].roads[1]', /listed twice/],
    ['an area in a department', (d) => (d['gazetteer.yaml'].areas[0].body = 'dept'), 'gazetteer.yaml', 'areas[0].body', /no unit of kind "body"/],
    ['another town that is the zone\u2019s own', (d) => (d['gazetteer.yaml'].otherTowns.towns[0].code = '310115125'), 'gazetteer.yaml', 'otherTowns.towns[0].code', /unit of the zone/],
    ['a county the zone does not have', (d) => (d['gazetteer.yaml'].region.countyCode = '310104'), 'gazetteer.yaml', 'region.countyCode', /countyCodes/],
    ['an unverified source claimed verified', (d) => (d['gazetteer.yaml'].towns[0].verified = true), 'gazetteer.yaml', 'towns[0].verified', /official source/],
    ['a step unit that does not exist', (d) => (d['routing.yaml'].routes[0].steps[2].units = ['nobody']), 'routing.yaml', 'routes[0].steps[2].units[0]', /unknown unit "nobody"/],
    ['a case type without a route in one area', (d) => (d['routing.yaml'].routes[0].areas = ['original']), 'routing.yaml', 'caseTypes[0]', /no route for "fund" in the expansion area/],
    ['a route for an unknown case type', (d) => d['routing.yaml'].routes[0].caseTypes.push('other'), 'routing.yaml', 'routes[0].caseTypes[1]', /unknown case type "other"/],
    ['two routes for one case type and area', (d) => d['routing.yaml'].routes.push({ ...d['routing.yaml'].routes[0], id: 'again' }), 'routing.yaml', 'routes[1].areas', /already routed by routes\[0\]/],
    ['in-the-name-of without whom', (d) => delete d['routing.yaml'].routes[0].steps[1].inNameOf, 'routing.yaml', 'routes[0].steps[1].inNameOf', /inNameOf goes with/],
    ['a step with no units', (d) => (d['routing.yaml'].routes[0].steps[2].units = []), 'routing.yaml', 'routes[0].steps[2].units', /name units or unitKinds/],
    ['an unknown step role', (d) => (d['routing.yaml'].routes[0].steps[0].role = 'dance'), 'routing.yaml', 'routes[0].steps[0].role', /./],
  ])('reports %s', (_, breakIt, file, path, reason) => {
    const documents = documentsWithRules();
    breakIt(documents);
    const result = parseZonePack(documents);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toContainEqual({ file, path, reason: expect.stringMatching(reason) });
  });
});
