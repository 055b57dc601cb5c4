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
  /** Import report: a cell longer than the limit; its value was dropped, the row kept. */
  REGISTRY_CELL_TOO_LONG: {
    status: 422,
    zh: '内容过长（超过 {max} 字），已忽略',
    en: 'Too long (over {max} characters); the value was ignored',
  },
  /** Import report: a row without an enterprise name; the whole row was refused. */
  REGISTRY_ROW_NAME_EMPTY: { status: 422, zh: '企业名称为空，整行未导入', en: 'The enterprise name is empty; the row was not imported' },
  /** Import report: a credit code that fails GB 32100; the row is kept and the code used for matching only. */
  REGISTRY_CELL_CREDIT_CODE_INVALID: {
    status: 422,
    zh: '{reasonZh}；行已保留，该代码仅用于匹配',
    en: '{reasonEn}; the row was kept, the code is used for matching only',
  },
  /** Import report: a date cell in no format the importer knows; its value was dropped. */
  REGISTRY_CELL_DATE_UNRECOGNISED: { status: 422, zh: '无法识别的日期，已忽略', en: 'Not a recognisable date; the value was ignored' },
  /** Import report: an amount in a foreign currency (never converted); its value was dropped. */
  REGISTRY_CELL_FOREIGN_CURRENCY: {
    status: 422,
    zh: '外币金额不折算，已忽略',
    en: 'Amounts in a foreign currency are not converted; the value was ignored',
  },
  /** Import report: an amount cell that is not an amount; its value was dropped. */
  REGISTRY_CELL_NOT_AMOUNT: { status: 422, zh: '不是金额，已忽略', en: 'Not an amount; the value was ignored' },
  /** Import report: a head-count cell that is not a count; its value was dropped. */
  REGISTRY_CELL_NOT_COUNT: { status: 422, zh: '不是人数，已忽略', en: 'Not a head count; the value was ignored' },
  /** Import report: a longitude that is not a number or out of range; its value was dropped. */
  REGISTRY_CELL_LONGITUDE_INVALID: {
    status: 422,
    zh: '经度超出范围或不是数字，已忽略',
    en: 'The longitude is not a number or out of range; the value was ignored',
  },
  /** Import report: a latitude that is not a number or out of range; its value was dropped. */
  REGISTRY_CELL_LATITUDE_INVALID: {
    status: 422,
    zh: '纬度超出范围或不是数字，已忽略',
    en: 'The latitude is not a number or out of range; the value was ignored',
  },
} as const satisfies Record<string, ErrorSpec>;
