import { ModulePlaceholder, type ModulePlan } from '../../app/module-placeholder';

const plan: ModulePlan = {
  key: 'accounts',
  issue: 3,
  text: {
    'zh-CN': {
      summary:
        '组织机构、用户、角色和数据权限：谁能看什么、做什么、在园区的哪个范围内、以谁的名义。一名用户可在多个单位任职，每次操作都记录其代表的单位。',
      users: ['平台管理员', '受理人员（企业认证核验）', '企业经办人'],
      capabilities: [
        { title: '组织机构', detail: '区级部门、管理主体、街镇、张江科建办和市级部门组成的组织树，以及企业和专家库。' },
        { title: '登录与会话', detail: '用户名密码（argon2id），会话可撤销并有空闲和绝对超时，登录限流与临时锁定，CSRF 防护，供系统对接的 API 令牌。' },
        { title: '一人多岗', detail: '一名用户可隶属多个单位，随时切换当前代表的单位，每次操作记录代表单位。' },
        { title: '按授权划分数据范围', detail: '在单位内授予角色并指定数据范围：全园区、本单位、本单位及下级、本辖区、仅本人；范围按每项授权生效，而不是取并集。' },
        { title: '企业注册与核验', detail: '企业以统一社会信用代码注册，经受理人员核验后生效；一家企业可有多名经办人。' },
        { title: '用户管理', detail: '用户、单位、角色和授权的管理，重置密码、停用用户。' },
      ],
    },
    en: {
      summary:
        'Organisations, users, roles and data scopes: who may see and do what, for which part of the zone, and in whose name. One person may serve in several units; every action records the unit they acted for.',
      users: ['Administrators', 'Intake officers (verifying enterprises)', 'Enterprise staff'],
      capabilities: [
        { title: 'Organisation tree', detail: 'District departments, bodies, towns, the science city office and city bureaus, plus enterprises and the expert pool.' },
        { title: 'Sign-in and sessions', detail: 'Username and password (argon2id), revocable sessions with idle and absolute timeouts, throttling and lockout, CSRF protection, API tokens for integrations.' },
        { title: 'Several units per person', detail: 'A user belongs to several units and switches the unit they act for; every action records it.' },
        { title: 'Data scope per grant', detail: 'A role is granted in a unit with a scope: whole zone, own unit, own unit and below, own territory, own records; each grant keeps its own scope rather than a union.' },
        { title: 'Enterprise registration', detail: 'Firms register with their credit code and become active once an intake officer verifies them; several staff per firm.' },
        { title: 'User administration', detail: 'Users, units, roles and grants; password resets and disabling users.' },
      ],
    },
  },
};

/** 账号与权限 — shows what account administration will hold until issue 3 builds it. */
export function AccountsPage() {
  return <ModulePlaceholder plan={plan} />;
}
