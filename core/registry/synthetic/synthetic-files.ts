/**
 * 合成文件格式 — how each synthetic source is laid out as a file: name, encoding and columns (each source names its
 * columns its own way). The statistics directory would come as XLSX; without an Excel library installed it is
 * written as a GBK CSV, like the tax file.
 */
import type { SyntheticRecord, SyntheticSourceId } from './synthetic-types';

/** 文件编码. */
export type SyntheticEncoding = 'utf-8' | 'utf-8-bom' | 'gbk';

/** A column: its header, and the record field (or `extra` key) it shows. */
export interface SyntheticColumn {
  readonly header: string;
  readonly field: keyof Omit<SyntheticRecord, 'extra' | 'source' | 'enterpriseId'> | `extra.${string}`;
}

/** 来源文件 — one source's file layout. */
export interface SyntheticFile {
  readonly source: SyntheticSourceId;
  readonly title: string;
  readonly fileName: string;
  readonly encoding: SyntheticEncoding;
  readonly columns: readonly SyntheticColumn[];
}

export const SYNTHETIC_FILES: Readonly<Record<SyntheticSourceId, SyntheticFile>> = {
  'market-regulation': {
    source: 'market-regulation',
    title: '市场监管局企业登记信息（合成数据）',
    fileName: 'market-regulation.csv',
    encoding: 'utf-8-bom',
    columns: [
      { header: '主体身份代码', field: 'recordId' },
      { header: '统一社会信用代码', field: 'creditCode' },
      { header: '企业名称', field: 'name' },
      { header: '法定代表人', field: 'legalRep' },
      { header: '企业类型', field: 'extra.entityType' },
      { header: '注册资本', field: 'extra.registeredCapital' },
      { header: '成立日期', field: 'foundedOn' },
      { header: '住所', field: 'address' },
      { header: '联系电话', field: 'phone' },
      { header: '国民经济行业代码', field: 'industryCode' },
      { header: '登记机关', field: 'extra.authority' },
      { header: '登记状态', field: 'extra.status' },
    ],
  },
  tax: {
    source: 'tax',
    title: '税务登记及纳税信息（合成数据）',
    fileName: 'tax.csv',
    encoding: 'gbk',
    columns: [
      { header: '税务登记序号', field: 'recordId' },
      { header: '纳税人识别号', field: 'creditCode' },
      { header: '纳税人名称', field: 'name' },
      { header: '法定代表人（负责人）姓名', field: 'legalRep' },
      { header: '生产经营地址', field: 'address' },
      { header: '联系电话', field: 'phone' },
      { header: '开业日期', field: 'foundedOn' },
      { header: '行业', field: 'industryCode' },
      { header: '注册资本（元）', field: 'extra.registeredCapital' },
      { header: '营业收入（万元）', field: 'extra.revenue' },
      { header: '实缴税额（万元）', field: 'extra.tax' },
      { header: '主管税务所（科、分局）', field: 'extra.taxOffice' },
    ],
  },
  statistics: {
    source: 'statistics',
    title: '统计局基本单位名录库（合成数据）',
    fileName: 'statistics-directory.csv',
    encoding: 'gbk',
    columns: [
      { header: '名录库编号', field: 'recordId' },
      { header: '统一社会信用代码', field: 'creditCode' },
      { header: '单位详细名称', field: 'name' },
      { header: '单位负责人', field: 'legalRep' },
      { header: '详细地址', field: 'address' },
      { header: '区划代码', field: 'extra.divisionCode' },
      { header: '行业代码', field: 'industryCode' },
      { header: '开业（成立）时间', field: 'foundedOn' },
      { header: '从业人员期末人数', field: 'extra.employees' },
      { header: '营业收入（千元）', field: 'extra.revenueThousand' },
      { header: '规模', field: 'extra.scale' },
      { header: '联系电话', field: 'phone' },
      { header: '经度', field: 'extra.lon' },
      { header: '纬度', field: 'extra.lat' },
    ],
  },
  'body-list': {
    source: 'body-list',
    title: '管理局企业清单（合成数据）',
    fileName: 'body-list.csv',
    encoding: 'utf-8',
    columns: [
      { header: '序号', field: 'recordId' },
      { header: '企业名称', field: 'name' },
      { header: '信用代码', field: 'creditCode' },
      { header: '所在街镇', field: 'extra.town' },
      { header: '填报单位', field: 'extra.reporter' },
      { header: '注册地址', field: 'address' },
      { header: '法人代表', field: 'legalRep' },
      { header: '联系人', field: 'extra.contact' },
      { header: '联系电话', field: 'phone' },
      { header: '成立时间', field: 'foundedOn' },
      { header: '重点产业', field: 'extra.leadingIndustry' },
      { header: '经度', field: 'extra.lon' },
      { header: '纬度', field: 'extra.lat' },
    ],
  },
};

/** The value a column shows for a record. */
export function readColumn(record: SyntheticRecord, column: SyntheticColumn): string {
  if (column.field.startsWith('extra.')) return record.extra[column.field.slice(6)] ?? '';
  return String(record[column.field as keyof SyntheticRecord] ?? '');
}
