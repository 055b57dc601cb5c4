/** 企业清单的错误 — registry imports, resolution decisions and manual location. Merged into the one catalogue of core/errors.ts. */
import type { ErrorSpec } from './error-spec';

export const registryErrors = {
  /** An import names a data source that the zone pack's registry.yaml does not list; lists the known ones. */
  REGISTRY_SOURCE_UNKNOWN: {
    status: 400,
    zh: '未知的数据来源（{field}）：{source}；可选：{known}',
    en: 'Unknown data source ({field}): {source}; known: {known}',
  },
  /** A file's header lacks a column that the source's mapping template requires; names each with the headers accepted. Nothing was written. */
  REGISTRY_COLUMNS_MISSING: {
    status: 400,
    zh: '文件缺少“{sourceName}”模板要求的列，未导入任何数据：{missingZh}',
    en: 'The file lacks columns that the "{sourceNameEn}" template requires; nothing was imported: {missingEn}',
  },
  /** An import stopped because the server stopped while it ran (recorded on the batch, found at the next start). */
  REGISTRY_IMPORT_INTERRUPTED: {
    status: 503,
    zh: '导入因服务停止而中断，已导入的行均未保存，请重新上传',
    en: 'The import was interrupted when the server stopped; none of its rows were kept; upload the file again',
  },
  /** Deciding on a review pair that was already decided. */
  REGISTRY_REVIEW_DECIDED: { status: 409, zh: '该疑似重复已有判定', en: 'This pair was already decided' },
  /** Unmerging a record that is not one of the enterprise's source records. */
  REGISTRY_RECORD_NOT_LINKED: {
    status: 400,
    zh: '（{field}）记录 {recordId} 不属于企业 {enterpriseId}',
    en: '({field}) record {recordId} is not a source record of enterprise {enterpriseId}',
  },
  /** Unmerging the only source record of an enterprise. */
  REGISTRY_UNMERGE_SINGLE: {
    status: 400,
    zh: '企业 {enterpriseId} 只有一条来源记录，无可拆分',
    en: 'Enterprise {enterpriseId} has a single source record; there is nothing to split',
  },
  /** A manual location names a town that is not a town of the zone; names the field. */
  REGISTRY_TOWN_UNKNOWN: {
    status: 400,
    zh: '（{field}）{townCode} 不是园区内的街镇',
    en: '({field}) {townCode} is not a town of the zone',
  },
} as const satisfies Record<string, ErrorSpec>;
