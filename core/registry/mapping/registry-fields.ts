/**
 * 来源字段 — the fields a source's column-mapping template can fill, and how each is read: a column of a source
 * file maps to one of these, or is kept as it is. The kind decides normalisation and validation on import.
 */

/** 字段类型 — how a field's cells are read. */
export type RegistryFieldKind =
  | 'key'
  | 'credit-code'
  | 'name'
  | 'text'
  | 'date'
  | 'amount'
  | 'count'
  | 'longitude'
  | 'latitude';

/** Every mappable field and its kind. Amounts are stored in 万元 whatever unit the source writes them in. */
export const REGISTRY_FIELD_KINDS = {
  /** The source's own row id (主体身份代码, 税务登记序号 …): with the source, the record's stable id. */
  recordId: 'key',
  creditCode: 'credit-code',
  name: 'name',
  address: 'text',
  legalRep: 'text',
  phone: 'text',
  foundedOn: 'date',
  /** 国民经济行业代码 (GB/T 4754-2017). */
  industryCode: 'text',
  /** 注册资本, 万元. */
  registeredCapital: 'amount',
  /** 从业人员. */
  employees: 'count',
  /** 营业收入, 万元. */
  revenue: 'amount',
  /** 税收, 万元. */
  tax: 'amount',
  /** 登记状态 (存续, 注销 …). */
  status: 'text',
  lng: 'longitude',
  lat: 'latitude',
  /** 区划代码 (12-digit statistical division code). */
  divisionCode: 'text',
  /** 所在街镇 as the source names it. */
  townName: 'text',
  /** 重点产业 as a body's list labels it (生物医药, 集成电路, 人工智能). */
  leadingIndustry: 'text',
  entityType: 'text',
  authority: 'text',
  scale: 'text',
  contact: 'text',
  reporter: 'text',
  taxOffice: 'text',
} as const satisfies Record<string, RegistryFieldKind>;

/** 来源字段. */
export type RegistryField = keyof typeof REGISTRY_FIELD_KINDS;

export const REGISTRY_FIELDS = Object.keys(REGISTRY_FIELD_KINDS) as RegistryField[];

/** The fields kept in registry_records' own columns (matched and shown); every other field goes to attributes. */
export const RECORD_COLUMN_FIELDS = ['creditCode', 'name', 'address', 'legalRep', 'phone', 'foundedOn', 'industryCode'] as const;
/** 记录列字段. */
export type RecordColumnField = (typeof RECORD_COLUMN_FIELDS)[number];

/** 坐标系 of a source's coordinates. */
export type SourceCrs = 'wgs84' | 'gcj02' | 'bd09';

/** 金额单位 of a source's amounts. */
export const AMOUNT_UNITS = ['元', '千元', '万元', '亿元'] as const;
/** 金额单位. */
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

/** 列映射模板 — how one source's file is read: header aliases per field, the required fields, the row key. */
export interface ColumnTemplate {
  /** Field → the headers that mean it, in order of preference. */
  readonly columns: Readonly<Partial<Record<RegistryField, readonly string[]>>>;
  /** Fields whose column must be in the header (a file without one is refused before anything is written). */
  readonly required: readonly RegistryField[];
  /** The field whose value identifies a row within the source; rows without one are keyed by their content. */
  readonly rowKey: RegistryField | null;
  /** The unit of amount columns whose header does not say (注册资本（元） does). */
  readonly amountUnit: AmountUnit;
  /** The coordinate system of lng/lat. */
  readonly crs: SourceCrs;
}

/** 字段名称 — how reports and error messages name each field. */
export const REGISTRY_FIELD_LABELS: Readonly<Record<RegistryField, { readonly zh: string; readonly en: string }>> = {
  recordId: { zh: '来源编号', en: 'source row id' },
  creditCode: { zh: '统一社会信用代码', en: 'credit code' },
  name: { zh: '企业名称', en: 'name' },
  address: { zh: '地址', en: 'address' },
  legalRep: { zh: '法定代表人', en: 'legal representative' },
  phone: { zh: '联系电话', en: 'phone' },
  foundedOn: { zh: '成立日期', en: 'founding date' },
  industryCode: { zh: '行业代码', en: 'industry code' },
  registeredCapital: { zh: '注册资本', en: 'registered capital' },
  employees: { zh: '从业人员', en: 'employees' },
  revenue: { zh: '营业收入', en: 'revenue' },
  tax: { zh: '税收', en: 'tax' },
  status: { zh: '登记状态', en: 'status' },
  lng: { zh: '经度', en: 'longitude' },
  lat: { zh: '纬度', en: 'latitude' },
  divisionCode: { zh: '区划代码', en: 'division code' },
  townName: { zh: '所在街镇', en: 'town' },
  leadingIndustry: { zh: '重点产业', en: 'leading industry' },
  entityType: { zh: '企业类型', en: 'entity type' },
  authority: { zh: '登记机关', en: 'registration authority' },
  scale: { zh: '规模', en: 'scale' },
  contact: { zh: '联系人', en: 'contact' },
  reporter: { zh: '填报单位', en: 'reporting unit' },
  taxOffice: { zh: '主管税务机关', en: 'tax office' },
};
