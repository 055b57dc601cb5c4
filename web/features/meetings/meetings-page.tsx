import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

// From the plan's 保障措施 (DESIGN.md §1, §3); no tracker issue is filed for it yet.
const plan: ModulePlan = {
  key: 'meetings',
  text: {
    'zh-CN': {
      summary:
        '张江科学城扩区提质联席会议及综合保障、政策服务、产业发展、建设协调、人才服务工作组的议题和决定在此统筹：每项决定转为有牵头部门和完成期限的督办事项，跟踪到办结。',
      users: ['张江科建办（联席会议秘书处）', '各工作组', '牵头部门', '管理局 / 街镇'],
      capabilities: [
        { title: '会议管理', detail: '联席会议和工作组会议的议题征集、议程、参会单位和会议纪要。' },
        { title: '决定转督办', detail: '会议决定直接生成督办事项，明确牵头部门、配合单位和完成期限。' },
        { title: '督办跟踪', detail: '牵头部门报送进展，按期限显示绿、黄、红状态，逾期自动催办并提示秘书处。' },
        { title: '责任分工', detail: '依据行动方案的责任分工（空间规划、产业规划、建设、审批、政策、人才、统计）确定牵头部门。' },
        { title: '统筹视图', detail: '按工作组、部门和状态查看全部督办事项，导出汇报材料。' },
      ],
    },
    en: {
      summary:
        'The joint meeting on the expansion and its working groups (general support, policy services, industry development, construction coordination, talent services): every decision becomes a supervised task with a lead department and a deadline, followed until it is done.',
      users: ['Zhangjiang Science City office (secretariat)', 'Working groups', 'Lead departments', 'Administrations and towns'],
      capabilities: [
        { title: 'Meetings', detail: 'Agenda items, agendas, attending units and minutes of the joint meeting and of each working group.' },
        { title: 'Decisions to tasks', detail: 'A decision becomes a supervised task with its lead department, supporting units and deadline.' },
        { title: 'Task follow-up', detail: 'Lead departments report progress; green, yellow and red status by deadline; overdue tasks are urged and flagged to the secretariat.' },
        { title: 'Responsibilities', detail: 'Lead departments set by the plan’s division of responsibilities: spatial and industrial planning, construction, approvals, policy, talent and statistics.' },
        { title: 'Overview', detail: 'All supervised tasks by working group, department and status, exportable for reports.' },
      ],
    },
  },
};

/** 联席会议 · 督办 — shows what the joint meeting module will hold until it is built. */
export function MeetingsPage() {
  return <ModulePlaceholder plan={plan} />;
}
