import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

const plan: ModulePlan = {
  key: 'territory',
  issue: 4,
  text: {
    'zh-CN': {
      summary:
        '张江科学城 220 平方公里的空间底座：原区域与扩区区域、街镇、管理主体辖区、产业社区和三大功能廊道。在地图上点击任意位置，即可判定其所属区域、街镇和管理主体，并给出办件流转路线。',
      users: ['张江科建办', '管理局 / 管委会经办人员', '区规划资源局', '平台管理员'],
      capabilities: [
        { title: '园区地图', detail: '以 GeoJSON 图层绘制的矢量底图：原区域、扩区区域、街镇、管理主体、产业社区、功能廊道和地标，带图层开关、图例和“示意”标注。' },
        { title: '点位判定', detail: '任意一点 → 是否在园区内、原区域或扩区区域、街镇、管理主体、产业社区和廊道，并注明所用图层版本；支持 WGS-84、GCJ-02（高德/腾讯）和 BD-09（百度）坐标。' },
        { title: '地址解析', detail: '中文地址 → 街镇和管理主体，附置信度和命中的规则；无法定位的地址标为“需人工定位”，绝不猜测。' },
        { title: '办件路由', detail: '按事项类型和位置给出受理、审核、上报单位：人才政策原区域与扩区区域两条路线，委托审批以张江科学城名义办理，专项资金一门式受理。' },
        { title: '官方边界导入', detail: '管理员以 GeoJSON 或 Shapefile 替换图层，校验闭合环、坐标系、包含关系、重叠与空隙；出错时现有图层不受影响。图层按版本保存，可查询任一日期的有效版本。' },
        { title: '批量判定接口', detail: '一次最多判定 10 万个点，供企业清单定位和统计分析使用。' },
      ],
    },
    en: {
      summary:
        'The spatial base of the 220 km² science city: the original and expansion areas, towns, the bodies’ areas, industry communities and the three corridors. Click anywhere on the map to learn its area, town and handling body, and the route a case takes.',
      users: ['Zhangjiang Science City office', 'Officers of the administrations', 'District planning bureau', 'Administrators'],
      capabilities: [
        { title: 'Zone map', detail: 'A vector map drawn from the GeoJSON layers only: original and expanded area, towns, bodies, industry communities, corridors and places, with layer toggles, a legend and an “approximate” badge.' },
        { title: 'Point resolution', detail: 'Any point → inside the zone or not, original or expansion area, town, body, community and corridor, with the layer versions used; WGS-84, GCJ-02 (Amap/Tencent) and BD-09 (Baidu) input.' },
        { title: 'Address resolution', detail: 'Chinese address text → town and body, with a confidence and the rule that matched; an address that cannot be placed is marked “needs manual location”, never guessed.' },
        { title: 'Case routing', detail: 'For a case type and a location, the units that receive, review and report it: the two talent routes of the policy, delegated approvals in the name of the zone, and one-door intake for the special fund.' },
        { title: 'Official boundary import', detail: 'Administrators replace a layer from GeoJSON or a Shapefile; rings, CRS, containment, overlaps and gaps are checked and a failed import changes nothing. Layers are versioned by date.' },
        { title: 'Batch resolution API', detail: 'Up to 100,000 points per request, for placing the enterprise list and for statistics.' },
      ],
    },
  },
};

/** 区域地图 — shows what the zone map will hold until issue 4 builds it. */
export function TerritoryPage() {
  return <ModulePlaceholder plan={plan} />;
}
