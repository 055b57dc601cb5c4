/**
 * A small valid zone pack as parsed documents, for table-driven tests: each case copies it and breaks one thing.
 */

function square(lon: number, lat: number): number[][][] {
  const d = 0.01;
  return [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]];
}

function polygonFeature(id: string, name: string, lon: number, lat: number, extra: Record<string, unknown> = {}) {
  return { type: 'Feature', properties: { id, name, ...extra }, geometry: { type: 'Polygon', coordinates: square(lon, lat) } };
}

export function minimalPackDocuments(): Record<string, unknown> {
  return {
    'zone.yaml': {
      id: 'demo',
      name: '示例园区',
      nameEn: 'Demo zone',
      description: '测试用',
      descriptionEn: 'for tests',
      countyCodes: ['310115'],
      source: 'policy#一',
      verified: true,
      sources: [
        { id: 'policy', title: 'The policy', official: true },
        { id: 'guess', title: 'Our guesses', official: false },
      ],
    },
    'organisations.yaml': {
      units: [
        { id: 'demo-zone', kind: 'zone', name: '园区', nameEn: 'Zone', parent: null, source: 'policy', verified: true },
        { id: 'joint-meeting', kind: 'joint-meeting', name: '联席会议', nameEn: 'Joint meeting', parent: 'demo-zone', source: 'policy', verified: true },
        { id: 'wg-one', kind: 'working-group', name: '工作组', nameEn: 'Working group', parent: 'joint-meeting', source: 'policy', verified: true },
        { id: 'dept', kind: 'department', name: '部门', nameEn: 'Department', parent: 'demo-zone', source: 'policy', verified: true },
        { id: 'body-a', kind: 'body', name: '主体', nameEn: 'Body', parent: 'demo-zone', area: 'expansion', approvalMark: '园区', source: 'policy', verified: true },
        {
          id: '310115125', kind: 'town', name: '张江镇', nameEn: 'Zhangjiang Town', townKind: '镇', code: '310115125',
          code12: '310115125000', codeSource: 'policy', parent: 'demo-zone', source: 'guess', verified: false,
        },
      ],
    },
    'responsibilities.yaml': {
      responsibilities: [
        { id: 'planning', matter: '规划', matterEn: 'Planning', lead: ['dept'], support: ['body-a'], supportKinds: ['town'], source: 'policy', verified: true },
      ],
    },
    'layers.yaml': {
      layers: [
        { layer: 'towns', file: 'geo/towns.geojson', name: '街镇', nameEn: 'Towns', geometry: 'polygon', unitKind: 'town', source: 'guess', verified: false, approximate: true },
        { layer: 'bodies', file: 'geo/bodies.geojson', name: '主体', nameEn: 'Bodies', geometry: 'polygon', unitKind: 'body', source: 'guess', verified: false, approximate: true },
      ],
    },
    'geo/towns.geojson': {
      type: 'FeatureCollection',
      features: [polygonFeature('310115125', '张江镇', 121.6, 31.2, { code: '310115125', code12: '310115125000' })],
    },
    'geo/bodies.geojson': {
      type: 'FeatureCollection',
      features: [polygonFeature('body-a', '主体', 121.6, 31.2, { area: 'expansion', approvalMark: '园区' })],
    },
  };
}
