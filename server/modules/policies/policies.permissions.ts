/**
 * 政策权限 — what the policies module lets roles do. Reading the catalogue, a policy and evaluating (self-check) are
 * public (server/platform/auth/public-routes.ts). Built-in roles carry these from the policies migration.
 */
import { declarePermissions } from '../../platform/auth';

export const PoliciesPermission = declarePermissions('policies', {
  Match: { id: 'policies.match', zh: '政策找企业：查看和导出符合政策的企业名单', en: 'Match policies to enterprises: view and export the lists' },
  Simulate: { id: 'policies.simulate', zh: '编辑政策参数草案并模拟测算', en: 'Draft policy parameter changes and simulate them' },
  Edit: { id: 'policies.edit', zh: '发布政策草案为新版本', en: 'Publish a draft as a new policy version' },
});

export type PoliciesPermission = (typeof PoliciesPermission)[keyof typeof PoliciesPermission];
