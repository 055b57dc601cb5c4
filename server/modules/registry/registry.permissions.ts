/** 企业清单权限 — what the registry module lets roles do. Built-in roles carry them from the registry migration. */
import { declarePermissions } from '../../platform/auth';

export const RegistryPermission = declarePermissions('registry', {
  Read: { id: 'registry.read', zh: '查看企业清单、统计与覆盖报告', en: 'View the enterprise list, statistics and coverage report' },
  Import: { id: 'registry.import', zh: '导入来源数据并重新归并', en: 'Import source files and re-run entity resolution' },
  Review: { id: 'registry.review', zh: '审核疑似重复、拆分企业、手工定位', en: 'Review likely duplicates, split enterprises, place enterprises by hand' },
});

export type RegistryPermission = (typeof RegistryPermission)[keyof typeof RegistryPermission];
