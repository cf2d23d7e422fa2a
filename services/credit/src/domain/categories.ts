/**
 * What each credit-record category means to the platform, as data: polarity, hard stop, retention,
 * the fact that ends it, and which kinds of agency supply it by default.
 */
import type { agencyKinds } from '@sme/kernel';
import { type Category, categories, type FactsOf } from './category-facts.ts';

export type { Category, FactsOf } from './category-facts.ts';
export { categories, categorySchema, factsSchemas } from './category-facts.ts';

export type AgencyKind = (typeof agencyKinds)[number];
export type Polarity = 'negative' | 'positive' | 'neutral';

/** Names of the optional date facts of a category (the candidates for an end-of-force date). */
type DateFactOf<C extends Category> = {
  [K in keyof FactsOf<C>]-?: undefined extends FactsOf<C>[K]
    ? string extends FactsOf<C>[K]
      ? K
      : never
    : never;
}[keyof FactsOf<C>] &
  string;

export interface CategoryMeta<C extends Category = Category> {
  label: string;
  labelZh: string;
  polarity: Polarity;
  /** While in force, the enterprise is flagged and graded `hardStopGrade` whatever its score. */
  hardStop: boolean;
  /**
   * Negative records only: years the record counts after the conduct ends (征信业管理条例 第十六条,
   * "自不良行为或者事件终止之日起为5年"). A city may shorten it per category (retention policy).
   */
  retentionYears?: number;
  /**
   * The fact that ends the record (delisting, removal, settlement, release): from that day it no
   * longer counts. While it is absent, a listing or an arrear is ongoing conduct.
   */
  endFact?: DateFactOf<C>;
  /** Agency kinds that may supply it unless the city overrides the agency by id. */
  suppliers: readonly AgencyKind[];
}

const adverseRetentionYears = 5;

/**
 * One entry per category. Supplier choices (a city overrides them per agency id):
 * - market supervision: registration, licences, penalties, the abnormal-operation and serious
 *   illegal-dishonest lists it keeps, IP (the IP administration sits under it since 2018), and
 *   movable-property and equity pledges registered with it;
 * - tax: ratings and payments; courts: judgments, dishonest debtors, debt evasion;
 * - HR and social security: social insurance arrears (a housing-fund centre is kind `other`);
 * - industry departments: the licences and penalties they issue, honours, policy support,
 *   import/export (commerce bureau) and utility arrears (they coordinate water, power and gas);
 * - the finance office: policy support and debt evasion (it collects banks' 逃废债 reports);
 * - federation of industry: honours. Townships and `other` supply nothing by default: the
 *   environment bureau, customs or the real-estate registry are kind `other` and must be named by id.
 */
export const categoryMeta: { readonly [C in Category]: CategoryMeta<C> } = {
  registration: {
    label: 'Registration',
    labelZh: '注册登记',
    polarity: 'neutral',
    hardStop: false,
    suppliers: ['market-supervision'],
  },
  'administrative-licence': {
    label: 'Administrative licence',
    labelZh: '行政许可',
    polarity: 'neutral',
    hardStop: false,
    suppliers: ['market-supervision', 'industry-department'],
  },
  'administrative-penalty': {
    label: 'Administrative penalty',
    labelZh: '行政处罚',
    polarity: 'negative',
    hardStop: false,
    retentionYears: adverseRetentionYears,
    suppliers: ['market-supervision', 'industry-department'],
  },
  'court-judgment': {
    label: 'Court judgment or enforcement',
    labelZh: '司法判决及执行',
    polarity: 'negative',
    hardStop: false,
    retentionYears: adverseRetentionYears,
    suppliers: ['court'],
  },
  'dishonest-judgment-debtor': {
    label: 'Dishonest judgment debtor',
    labelZh: '失信被执行人',
    polarity: 'negative',
    hardStop: true,
    retentionYears: adverseRetentionYears,
    endFact: 'delistedOn',
    suppliers: ['court'],
  },
  'serious-illegal-dishonest': {
    label: 'Serious illegal and dishonest list',
    labelZh: '严重违法失信名单',
    polarity: 'negative',
    hardStop: true,
    retentionYears: adverseRetentionYears,
    endFact: 'removedOn',
    suppliers: ['market-supervision'],
  },
  'abnormal-operation': {
    label: 'Abnormal operation list',
    labelZh: '经营异常名录',
    polarity: 'negative',
    hardStop: true,
    retentionYears: adverseRetentionYears,
    endFact: 'removedOn',
    suppliers: ['market-supervision'],
  },
  'debt-evasion': {
    label: 'Debt evasion',
    labelZh: '逃废债',
    polarity: 'negative',
    hardStop: false,
    retentionYears: adverseRetentionYears,
    suppliers: ['court', 'finance-office'],
  },
  'tax-credit-rating': {
    label: 'Tax credit rating',
    labelZh: '纳税信用等级',
    polarity: 'neutral',
    hardStop: false,
    suppliers: ['tax'],
  },
  'tax-payment': {
    label: 'Tax payment',
    labelZh: '纳税',
    polarity: 'positive',
    hardStop: false,
    suppliers: ['tax'],
  },
  'social-insurance-arrears': {
    label: 'Social insurance or housing fund arrears',
    labelZh: '社会保险费和住房公积金欠缴',
    polarity: 'negative',
    hardStop: false,
    retentionYears: adverseRetentionYears,
    endFact: 'settledOn',
    suppliers: ['human-resources-social-security'],
  },
  'utility-arrears': {
    label: 'Utility arrears',
    labelZh: '水电气欠费',
    polarity: 'negative',
    hardStop: false,
    retentionYears: adverseRetentionYears,
    endFact: 'settledOn',
    suppliers: ['industry-department'],
  },
  'environmental-penalty': {
    label: 'Environmental penalty',
    labelZh: '生态环境处罚',
    polarity: 'negative',
    hardStop: false,
    retentionYears: adverseRetentionYears,
    suppliers: [],
  },
  'collateral-registration': {
    label: 'Collateral registration',
    labelZh: '抵质押登记',
    polarity: 'neutral',
    hardStop: false,
    endFact: 'releasedOn',
    suppliers: ['market-supervision'],
  },
  honour: {
    label: 'Honour',
    labelZh: '荣誉表彰',
    polarity: 'positive',
    hardStop: false,
    suppliers: ['industry-department', 'federation-of-industry'],
  },
  'policy-support': {
    label: 'Policy support',
    labelZh: '政策支持',
    polarity: 'positive',
    hardStop: false,
    suppliers: ['industry-department', 'finance-office'],
  },
  'intellectual-property': {
    label: 'Intellectual property',
    labelZh: '知识产权',
    polarity: 'positive',
    hardStop: false,
    suppliers: ['market-supervision'],
  },
  'import-export': {
    label: 'Import and export',
    labelZh: '进出口',
    polarity: 'positive',
    hardStop: false,
    suppliers: ['industry-department'],
  },
};

/** The metadata of one category, typed for it. */
export function metaOf<C extends Category>(category: C): CategoryMeta<C> {
  return categoryMeta[category];
}

/** The hard-stop categories, in category order. */
export const hardStopCategories: Category[] = categories.filter((c) => categoryMeta[c].hardStop);
