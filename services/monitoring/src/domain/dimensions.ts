/**
 * The three ways monitoring figures are grouped (seed 001 §四(一), §六(二): per industry, township
 * and bank). Industry is the GB/T 4754-2017 section (门类, a letter A–T): the registry accepts codes
 * from a bare section letter down to a 4-digit class, so the section is the level every enterprise has.
 */
export const groupings = ['industry', 'township', 'bank'] as const;
export type Grouping = (typeof groupings)[number];

/**
 * The group of a fact whose dimension is not known: a declaration or recommendation has no bank
 * yet, and an event about an enterprise monitoring has not seen registered has no township.
 */
export const unattributed = 'unattributed';

/** GB/T 4754-2017 section names (门类), for bulletin labels. */
export const industrySectionNames: Readonly<Record<string, string>> = {
  A: '农、林、牧、渔业',
  B: '采矿业',
  C: '制造业',
  D: '电力、热力、燃气及水生产和供应业',
  E: '建筑业',
  F: '批发和零售业',
  G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业',
  I: '信息传输、软件和信息技术服务业',
  J: '金融业',
  K: '房地产业',
  L: '租赁和商务服务业',
  M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业',
  O: '居民服务、修理和其他服务业',
  P: '教育',
  Q: '卫生和社会工作',
  R: '文化、体育和娱乐业',
  S: '公共管理、社会保障和社会组织',
  T: '国际组织',
};

/**
 * The section letter of a GB/T 4754 code (`C3911` → `C`, `F` → `F`); anything else is unattributed
 * rather than a group of its own, so a malformed code cannot invent an industry.
 */
export function industrySection(industryCode: string): string {
  const letter = industryCode.trim().charAt(0).toUpperCase();
  return letter in industrySectionNames ? letter : unattributed;
}

/** Human labels of group keys, from the city config (townships, banks) and the standard (industries). */
export interface GroupLabels {
  township: Readonly<Record<string, string>>;
  bank: Readonly<Record<string, string>>;
}

/** The label of a group key; the key itself when nothing better is known. */
export function labelOf(grouping: Grouping, key: string, labels: GroupLabels): string {
  if (key === unattributed) return '未归属';
  const table = grouping === 'industry' ? industrySectionNames : labels[grouping];
  return table[key] ?? key;
}
