import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

const plan: ModulePlan = {
  key: 'audit',
  issue: 3,
  text: {
    'zh-CN': {
      summary:
        '防篡改的审计日志：谁、代表哪个单位、以何种身份（本单位职权或以张江科学城名义）、做了什么、改了什么，与业务变更在同一事务中写入。',
      users: ['张江科建办', '平台管理员', '监督检查人员'],
      capabilities: [
        { title: '完整留痕', detail: '操作人、代表单位、身份、动作、对象、变更前后摘要、请求编号、客户端地址和时间。' },
        { title: '哈希链防篡改', detail: '记录只追加、逐条链接；zjsc audit verify 可指出第一条被篡改、缺失或顺序被改动的记录。' },
        { title: '检索与导出', detail: '按人员、单位、对象、动作和时间检索审计记录，并导出。' },
        { title: '文书存证', detail: '办件文书的校验值写入审计日志，可随时核对文书未被改动。' },
      ],
    },
    en: {
      summary:
        'A tamper-evident audit log: who, for which unit, in what capacity (own authority or in the name of the science city), did what and changed what, written in the same transaction as the change.',
      users: ['Zhangjiang Science City office', 'Administrators', 'Inspectors'],
      capabilities: [
        { title: 'Complete record', detail: 'Actor, acting unit, capacity, action, object, a before/after summary, request id, client address and time.' },
        { title: 'Hash chain', detail: 'Append-only, each record linked to the one before; zjsc audit verify reports the first tampered, missing or reordered record.' },
        { title: 'Search and export', detail: 'Search by person, unit, object, action and time, and export the results.' },
        { title: 'Document checksums', detail: 'The checksum of every case document is recorded, so a document can be shown unchanged.' },
      ],
    },
  },
};

/** 审计日志 — shows what the audit log viewer will hold until issue 3 builds it. */
export function AuditPage() {
  return <ModulePlaceholder plan={plan} />;
}
