/** 办件权限 — what the cases module lets roles do. Built-in roles carry them from the cases migration. */
import { declarePermissions } from '../../platform/auth';

export const CasesPermission = declarePermissions('cases', {
  Apply: { id: 'cases.apply', zh: '以企业身份申请办件、上传材料', en: 'Apply and upload materials for an enterprise' },
  Read: { id: 'cases.read', zh: '查看数据范围内的办件', en: 'View cases within the data scope' },
  Act: { id: 'cases.act', zh: '办理办件（可执行的操作由流程决定）', en: 'Act on cases (the workflow decides which actions)' },
  Supervise: { id: 'cases.supervise', zh: '督办：查看各主体超期办件', en: 'Supervise: overdue cases by body' },
  ManageCalendar: { id: 'cases.calendar.manage', zh: '维护工作日历调整（补班、调休）', en: 'Maintain the working-day calendar overrides' },
});

export type CasesPermission = (typeof CasesPermission)[keyof typeof CasesPermission];
