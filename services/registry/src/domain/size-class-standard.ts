/**
 * SME classification thresholds: 《中小企业划型标准规定》 (工信部联企业〔2011〕300号), the same figures
 * the statistics bureau's 《统计上大中小微型企业划分办法(2017)》 uses. Kept as data so that a revised
 * standard is an edit here, not in the rule.
 *
 * Units are the standard's own: employees (从业人员) in persons, revenue (营业收入) and total assets
 * (资产总额) in 万元 (10,000 yuan). Per figure: `ceiling` — an enterprise below the ceiling of ANY of
 * its row's figures is an SME, at or above all of them it is large; `medium` / `small` — lower bounds,
 * ALL of which must be met for that class.
 */

export interface SizeBounds {
  readonly ceiling: number;
  readonly medium: number;
  readonly small: number;
}

/** A row uses one or two of these figures; the key names the unit. */
export interface SizeThresholds {
  readonly employees?: SizeBounds;
  readonly revenueWan?: SizeBounds;
  readonly totalAssetsWan?: SizeBounds;
}

export type SizeRowId =
  | 'agriculture'
  | 'industry'
  | 'construction'
  | 'wholesale'
  | 'retail'
  | 'transport'
  | 'warehousing'
  | 'postal'
  | 'accommodation'
  | 'catering'
  | 'information-transmission'
  | 'software-it-services'
  | 'real-estate-development'
  | 'property-management'
  | 'leasing-business-services'
  | 'other';

export interface SizeRow {
  readonly id: SizeRowId;
  readonly name: string;
  readonly nameZh: string;
  /**
   * GB/T 4754-2017 code prefixes (section letter, then division / group digits) that fall in the row.
   * The `other` row has none: it takes every code no other row claims.
   */
  readonly codePrefixes: readonly string[];
  readonly thresholds: SizeThresholds;
}

export const sizeRows: readonly SizeRow[] = [
  {
    id: 'agriculture',
    name: 'Agriculture, forestry, animal husbandry and fishery',
    nameZh: '农、林、牧、渔业',
    codePrefixes: ['A'],
    thresholds: { revenueWan: { ceiling: 20_000, medium: 500, small: 50 } },
  },
  {
    id: 'industry',
    name: 'Industry (mining, manufacturing, power, heat, gas and water)',
    nameZh: '工业',
    codePrefixes: ['B', 'C', 'D'],
    thresholds: {
      employees: { ceiling: 1000, medium: 300, small: 20 },
      revenueWan: { ceiling: 40_000, medium: 2000, small: 300 },
    },
  },
  {
    id: 'construction',
    name: 'Construction',
    nameZh: '建筑业',
    codePrefixes: ['E'],
    thresholds: {
      revenueWan: { ceiling: 80_000, medium: 6000, small: 300 },
      totalAssetsWan: { ceiling: 80_000, medium: 5000, small: 300 },
    },
  },
  {
    id: 'wholesale',
    name: 'Wholesale',
    nameZh: '批发业',
    codePrefixes: ['F51'],
    thresholds: {
      employees: { ceiling: 200, medium: 20, small: 5 },
      revenueWan: { ceiling: 40_000, medium: 5000, small: 1000 },
    },
  },
  {
    id: 'retail',
    name: 'Retail',
    nameZh: '零售业',
    codePrefixes: ['F52'],
    thresholds: {
      employees: { ceiling: 300, medium: 50, small: 10 },
      revenueWan: { ceiling: 20_000, medium: 500, small: 100 },
    },
  },
  {
    id: 'transport',
    name: 'Transport (excluding postal)',
    nameZh: '交通运输业',
    // 53 railway, 54 road, 55 water, 56 air, 57 pipeline, 58 multimodal transport and transport agency.
    codePrefixes: ['G53', 'G54', 'G55', 'G56', 'G57', 'G58'],
    thresholds: {
      employees: { ceiling: 1000, medium: 300, small: 20 },
      revenueWan: { ceiling: 30_000, medium: 3000, small: 200 },
    },
  },
  {
    id: 'warehousing',
    name: 'Warehousing (including loading and handling)',
    nameZh: '仓储业',
    codePrefixes: ['G59'],
    thresholds: {
      employees: { ceiling: 200, medium: 100, small: 20 },
      revenueWan: { ceiling: 30_000, medium: 1000, small: 100 },
    },
  },
  {
    id: 'postal',
    name: 'Postal services',
    nameZh: '邮政业',
    codePrefixes: ['G60'],
    thresholds: {
      employees: { ceiling: 1000, medium: 300, small: 20 },
      revenueWan: { ceiling: 30_000, medium: 2000, small: 100 },
    },
  },
  {
    id: 'accommodation',
    name: 'Accommodation',
    nameZh: '住宿业',
    codePrefixes: ['H61'],
    thresholds: {
      employees: { ceiling: 300, medium: 100, small: 10 },
      revenueWan: { ceiling: 10_000, medium: 2000, small: 100 },
    },
  },
  {
    id: 'catering',
    name: 'Catering',
    nameZh: '餐饮业',
    codePrefixes: ['H62'],
    thresholds: {
      employees: { ceiling: 300, medium: 100, small: 10 },
      revenueWan: { ceiling: 10_000, medium: 2000, small: 100 },
    },
  },
  {
    id: 'information-transmission',
    name: 'Information transmission (telecoms, broadcasting, internet)',
    nameZh: '信息传输业',
    codePrefixes: ['I63', 'I64'],
    thresholds: {
      employees: { ceiling: 2000, medium: 100, small: 10 },
      revenueWan: { ceiling: 100_000, medium: 1000, small: 100 },
    },
  },
  {
    id: 'software-it-services',
    name: 'Software and information technology services',
    nameZh: '软件和信息技术服务业',
    codePrefixes: ['I65'],
    thresholds: {
      employees: { ceiling: 300, medium: 100, small: 10 },
      revenueWan: { ceiling: 10_000, medium: 1000, small: 50 },
    },
  },
  {
    id: 'real-estate-development',
    name: 'Real estate development',
    nameZh: '房地产开发经营',
    codePrefixes: ['K701'],
    thresholds: {
      revenueWan: { ceiling: 200_000, medium: 1000, small: 100 },
      totalAssetsWan: { ceiling: 10_000, medium: 5000, small: 2000 },
    },
  },
  {
    id: 'property-management',
    name: 'Property management',
    nameZh: '物业管理',
    codePrefixes: ['K702'],
    thresholds: {
      employees: { ceiling: 1000, medium: 300, small: 100 },
      revenueWan: { ceiling: 5000, medium: 1000, small: 500 },
    },
  },
  {
    id: 'leasing-business-services',
    name: 'Leasing and business services',
    nameZh: '租赁和商务服务业',
    codePrefixes: ['L'],
    thresholds: {
      employees: { ceiling: 300, medium: 100, small: 10 },
      totalAssetsWan: { ceiling: 120_000, medium: 8000, small: 100 },
    },
  },
  {
    id: 'other',
    name: 'Other, not elsewhere listed',
    nameZh: '其他未列明行业',
    codePrefixes: [],
    thresholds: { employees: { ceiling: 300, medium: 100, small: 10 } },
  },
];
