import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

const plan: ModulePlan = {
  key: 'cases',
  issue: 7,
  text: {
    'zh-CN': {
      summary:
        '统一受理门户、一门式受理：企业在 220 平方公里内任何位置只需在一个门户申报一次，办件按位置分派到对应主体、按统一标准审核，每一步留痕、按时限办理。',
      users: ['企业申请人', '受理人员', '审核 / 审批人员', '评审专家', '张江科建办'],
      capabilities: [
        { title: '企业门户', detail: '按政策表单在线申报、上传材料、保存草稿、查看进度和时限、答复补正、下载文书，并对服务进行好差评。' },
        { title: '完整的审批动作', detail: '受理、不予受理、一次性告知补正、转办、会签与或签、加签、退回到任一已办环节、催办、抄送、撤回、办结。' },
        { title: '专家评审与公示', detail: '指派专家，声明利益冲突并回避替换，按统一评审标准打分；公示若干工作日，异议可使办件重新审查。' },
        { title: '工作日时限', detail: '承诺时限和法定时限按工作日（含调休）计算，补正期间暂停计时，绿、黄、红三色预警，自动催办与升级。' },
        { title: '按位置分派', detail: '人才政策原区域与扩区区域两条路线；专项资金任一窗口受理、由所在区域主体审核；位置不明的办件留在受理环节人工定位。' },
        { title: '规范文书', detail: '受理通知书、不予受理决定书、补正告知书、决定书；委托审批文书的落款加注“张江科学城”标注。' },
      ],
    },
    en: {
      summary:
        'One front door: an enterprise anywhere in the 220 km² applies once, on one portal; the case goes to the right body by location, is reviewed by one standard, and every step is on the record and on time.',
      users: ['Enterprise applicants', 'Intake officers', 'Reviewers and approvers', 'Experts', 'Zhangjiang Science City office'],
      capabilities: [
        { title: 'Enterprise portal', detail: 'Apply with the policy’s form, upload materials, save drafts, follow status and deadlines, answer corrections, download documents and rate the service.' },
        { title: 'Every approval action', detail: 'Accept, refuse, one-time correction notice, transfer, countersign and any-sign, add a signer, return to any earlier stage, urge, copy, withdraw, close.' },
        { title: 'Expert review and public notice', detail: 'Assign experts who declare conflicts (and are replaced when conflicted) and score the unified rubric; a public notice period in which objections can reopen the case.' },
        { title: 'Working-day deadlines', detail: 'Promised and statutory limits counted in working days with official make-up days; the clock pauses during correction; green, yellow and red status with reminders and escalation.' },
        { title: 'Routing by location', detail: 'The two talent routes of the policy; the special fund accepted at any window and reviewed by the body of the area; cases without a location held for manual placing.' },
        { title: 'Official documents', detail: 'Acceptance notice, refusal decision, correction notice and decision; documents of delegated approvals carry the “Zhangjiang Science City” mark.' },
      ],
    },
  },
};

/** 办件 — shows what case handling will hold until issue 7 builds it. */
export function CasesPage() {
  return <ModulePlaceholder plan={plan} />;
}
