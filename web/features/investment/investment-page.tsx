import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

// From the plan's 推进先行先试 (DESIGN.md §1, §3); no tracker issue is filed for it yet.
const plan: ModulePlan = {
  key: 'investment',
  text: {
    'zh-CN': {
      summary:
        '提升投资促进中心运行效能，落实“一盘棋、一体化、一条龙、一揽子”的“四个一”招商和企业服务机制，对项目和企业全过程跟踪、全生命周期服务。',
      users: ['投资促进中心', '管理局 / 街镇招商人员', '企业服务专员', '张江科建办'],
      capabilities: [
        { title: '一盘棋：统一线索库', detail: '全域统一登记招商线索和意向项目，避免重复对接和区域内部竞争。' },
        { title: '一条龙：全过程跟踪', detail: '从接洽、洽谈、签约、注册到落地投产的每个环节都有记录和责任人。' },
        { title: '一体化：选址协同', detail: '结合园区地图、产业社区定位和载体资源，为项目推荐落地位置。' },
        { title: '一揽子：政策服务包', detail: '结合政策匹配结果，为拟落地企业形成政策与服务清单。' },
        { title: '企业全生命周期服务', detail: '落地企业诉求的登记、分派、办理和回访。' },
        { title: '成效统计', detail: '按产业、区域和主体统计招商成效和企业服务情况。' },
      ],
    },
    en: {
      summary:
        'A more effective investment promotion centre, working by the “four ones” (one board, one system, one chain, one package) to follow projects and enterprises through their whole life cycle.',
      users: ['Investment promotion centre', 'Investment officers of administrations and towns', 'Enterprise service officers', 'Zhangjiang Science City office'],
      capabilities: [
        { title: 'One board: shared leads', detail: 'Investment leads and prospective projects registered once for the whole zone, so that units do not compete with one another.' },
        { title: 'One chain: full follow-up', detail: 'Every step from first contact through negotiation, signing and registration to production, each with an owner.' },
        { title: 'One system: site selection', detail: 'Locations proposed from the zone map, the positioning of industry communities and available premises.' },
        { title: 'One package: policy bundle', detail: 'From policy matching, a list of the policies and services a prospective firm can use.' },
        { title: 'Enterprise services', detail: 'Requests of settled firms recorded, assigned, handled and followed up.' },
        { title: 'Results', detail: 'Investment and service results by industry, area and body.' },
      ],
    },
  },
};

/** 招商服务 — shows what investment services will hold until that module is built. */
export function InvestmentPage() {
  return <ModulePlaceholder plan={plan} />;
}
