import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

// From the plan's 推进审批事项全域覆盖 (DESIGN.md §1, §3); no tracker issue is filed for it yet.
const plan: ModulePlan = {
  key: 'approvals',
  text: {
    'zh-CN': {
      summary:
        '审批事项全域覆盖：度假区管委会、陆家嘴管理局、金桥管理局、世博管理局和川沙新镇审批主体保持不变，以张江科学城名义接受区级部门委托开展行政审批，审批文件落款用印时加注“张江科学城”标注。',
      users: ['区审改办', '区级委托部门', '管理局 / 管委会 / 川沙新镇', '张江科建办'],
      capabilities: [
        { title: '审批事项实施清单', detail: '区级审批事项目录，每个主体已承接、待承接的事项及其依据一目了然。' },
        { title: '三方委托协议', detail: '委托部门、承接主体与张江科学城之间的三方委托协议：起草、签订、生效、到期与续签。' },
        { title: '实施情况评估', detail: '签订委托前对各主体承接条件和事项实施情况进行评估，评估结论存档可查。' },
        { title: '以张江科学城名义审批', detail: '承接主体办理委托事项时，办件、文书和审计记录均注明“以张江科学城名义”，落款加注张江科学城标注。' },
        { title: '委托成效评价', detail: '按主体和事项统计办件量、按时办结率和好差评，为调整委托范围提供依据。' },
        { title: '业务培训', detail: '记录各主体的培训安排和参训情况，持续提升综合服务能力。' },
      ],
    },
    en: {
      summary:
        'Approvals across the whole zone: the resort committee and the Lujiazui, Jinqiao and Expo administrations and Chuansha New Town keep approving in their areas, by delegation from district departments and in the name of Zhangjiang Science City, whose mark their documents carry.',
      users: ['District reform office', 'Delegating departments', 'Administrations, committee, Chuansha', 'Zhangjiang Science City office'],
      capabilities: [
        { title: 'Implementation list', detail: 'The catalogue of district approval items, showing which each body has taken on, which are pending, and on what basis.' },
        { title: 'Three-party delegation agreements', detail: 'Agreements between the delegating department, the receiving body and the science city: drafting, signing, entry into force, expiry and renewal.' },
        { title: 'Implementation assessment', detail: 'Before delegating, each body’s readiness for an item is assessed and the assessment kept on record.' },
        { title: 'Approval in the zone’s name', detail: 'Cases, documents and audit records of delegated items state that the body acts in the name of Zhangjiang Science City, and documents carry its mark.' },
        { title: 'Delegation evaluation', detail: 'Case volumes, on-time rate and service ratings by body and item, as the basis for widening or adjusting delegation.' },
        { title: 'Training', detail: 'Training sessions and attendance per body, to raise the level of service.' },
      ],
    },
  },
};

/** 委托审批 — shows what delegated approvals will hold until that module is built. */
export function ApprovalsPage() {
  return <ModulePlaceholder plan={plan} />;
}
