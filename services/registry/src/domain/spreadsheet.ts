import type { CityConfig } from '@sme/kernel';
import { HttpProblem, type SheetRow } from '@sme/runtime';
import type { Enterprise, EnterpriseInput } from '../contracts.ts';
import type { EnterpriseField } from './writers.ts';

/**
 * The enterprise registry as a spreadsheet (CSV or .xlsx): the columns of a bulk import, of the
 * template and of the export, with their Chinese names. docs/imports.md is the table people read;
 * a test keeps it in step with this one.
 */

export type ColumnKey = 'uscc' | EnterpriseField;

export interface Column {
  key: ColumnKey;
  /** The Chinese column name the template and the export use. */
  zh: string;
  /** Other Chinese names accepted in a header (common in agencies' own sheets). */
  aliases: readonly string[];
  required: boolean;
  type: string;
  example: string;
  /** The cell holds a code that must stay text in Excel (no 9.13E+17, no dropped zeros). */
  text?: boolean;
  width: number;
}

export const enterpriseColumns: readonly Column[] = [
  {
    key: 'uscc',
    zh: '统一社会信用代码',
    aliases: ['社会信用代码', '信用代码', '统一代码'],
    required: true,
    type: '18 characters (GB 32100-2015), check character right',
    example: '91999102MC0000010Y',
    text: true,
    width: 22,
  },
  {
    key: 'name',
    zh: '企业名称',
    aliases: ['名称', '主体名称', '经营主体名称', '市场主体名称', '企业(个体工商户)名称'],
    required: true,
    type: 'text, 1–200 characters',
    example: '临山示例有限公司',
    width: 28,
  },
  {
    key: 'entityType',
    zh: '主体类型',
    aliases: ['经营主体类型', '市场主体类型', '类型'],
    required: true,
    type: 'code or Chinese: enterprise 企业, individual-business 个体工商户, farmers-cooperative 农民专业合作社, family-farm 家庭农场',
    example: 'enterprise',
    width: 16,
  },
  {
    key: 'township',
    zh: '所属乡镇(街道)代码',
    aliases: ['乡镇(街道)代码', '所属乡镇代码', '乡镇代码', '街道代码', '所属乡镇(街道)'],
    required: true,
    type: '9 digits, a township/street of the city (the template lists them)',
    example: '999102001',
    text: true,
    width: 16,
  },
  {
    key: 'industryCode',
    zh: '行业代码',
    aliases: ['国民经济行业代码', '所属行业代码', '行业代码(GB/T 4754)'],
    required: true,
    type: 'GB/T 4754-2017: a section letter A–T and 2–4 digits',
    example: 'C3420',
    text: true,
    width: 12,
  },
  {
    key: 'employees',
    zh: '从业人员',
    aliases: ['从业人员(人)', '从业人数', '从业人员数', '职工人数'],
    required: false,
    type: 'whole number ≥ 0',
    example: '25',
    width: 10,
  },
  {
    key: 'annualRevenueYuan',
    zh: '营业收入(元)',
    aliases: ['营业收入', '年营业收入(元)'],
    required: false,
    type: 'whole yuan ≥ 0 (not 万元)',
    example: '3000000',
    width: 16,
  },
  {
    key: 'totalAssetsYuan',
    zh: '资产总额(元)',
    aliases: ['资产总额', '资产总计(元)', '资产总计'],
    required: false,
    type: 'whole yuan ≥ 0 (not 万元)',
    example: '5000000',
    width: 16,
  },
  {
    key: 'status',
    zh: '经营状态',
    aliases: ['登记状态', '状态'],
    required: false,
    type: 'code or Chinese: normal 正常, abnormal 经营异常, revoked 吊销, deregistered 注销 (empty: normal)',
    example: 'normal',
    width: 12,
  },
  {
    key: 'address',
    zh: '地址',
    aliases: ['住所', '经营场所', '注册地址', '经营地址'],
    required: false,
    type: 'text, up to 300 characters (personal identifiers in it are stored masked)',
    example: '临山县城关镇建设路88号',
    width: 30,
  },
  {
    key: 'hasFixedPremises',
    zh: '有固定经营场所',
    aliases: ['固定经营场所', '是否有固定经营场所'],
    required: false,
    type: 'true/false or 是/否',
    example: 'true',
    width: 10,
  },
  {
    key: 'establishedOn',
    zh: '成立日期',
    aliases: ['成立时间', '注册日期'],
    required: false,
    type: 'date: 2019-03-05, 2019/3/5 or 2019年3月5日 (an Excel date cell too)',
    example: '2019-03-05',
    width: 12,
  },
  {
    key: 'tags',
    zh: '标签',
    aliases: ['企业标签'],
    required: false,
    type: '`;`-separated: flags by name (noLoanHousehold or 无贷户 …), keyIndustryChain=<chain>, smePark=<name>:<stars>; a flag set to false is name=false',
    example: 'noLoanHousehold;keyIndustryChain=新能源汽车',
    width: 30,
  },
  {
    key: 'lendingBanks',
    zh: '贷款银行',
    aliases: ['合作银行', '授信银行', '已贷款银行'],
    required: false,
    type: '`;`-separated bank ids of the city (the template lists them)',
    example: 'bank-gs;bank-nh',
    width: 18,
  },
];

/** The header cell of a column in the template and the export: the Chinese name, then the English one. */
export const headerCell = (c: Column) => `${c.required ? '*' : ''}${c.zh} ${c.key}`;

/** The header row of the template and the export. */
export const headerRow = () => enterpriseColumns.map(headerCell);

/** Chinese names of the entity types and statuses, accepted for the codes. */
export const entityTypeNames: Record<EnterpriseInput['entityType'], readonly string[]> = {
  enterprise: ['企业', '公司', '企业法人'],
  'individual-business': ['个体工商户', '个体户', '个体'],
  'farmers-cooperative': ['农民专业合作社', '农民合作社', '合作社'],
  'family-farm': ['家庭农场'],
};
export const statusNames: Record<EnterpriseInput['status'], readonly string[]> = {
  normal: ['正常', '存续', '在营', '开业'],
  abnormal: ['经营异常', '异常'],
  revoked: ['吊销'],
  deregistered: ['注销'],
};
/** Chinese names of the tags (flags and the two tags with a value). */
export const tagNames: Record<keyof EnterpriseInput['tags'], readonly string[]> = {
  keyIndustryChain: ['重点产业链'],
  smePark: ['小微企业园', '中小企业园'],
  techInnovative: ['科技型企业', '科技型中小企业', '科技型'],
  specialisedNew: ['专精特新'],
  foreignTrade: ['外贸企业', '外贸'],
  employmentAbsorbing: ['吸纳就业'],
  green: ['绿色企业', '绿色'],
  cultivationPool: ['培育库'],
  noLoanHousehold: ['无贷户'],
};

/** A header or code as compared: compatibility forms folded (（）→()), no spaces, no required-marks, lower case. */
function fold(text: string): string {
  return text.normalize('NFKC').replace(/[\s*]/g, '').toLowerCase();
}

const columnByName = new Map<string, ColumnKey>();
for (const c of enterpriseColumns) {
  for (const name of [c.key, c.zh, ...c.aliases]) columnByName.set(fold(name), c.key);
}

/**
 * A header cell → its column: the English name (`annualRevenueYuan`), a Chinese name (`营业收入(元)`,
 * full-width brackets too), or both (`营业收入(元) annualRevenueYuan`, as the template writes it, or
 * with the English name in brackets or on a second line). `undefined` when it names no column;
 * `conflict` when its Chinese and English names are different columns.
 */
export function columnOf(header: string): ColumnKey | 'conflict' | undefined {
  const whole = columnByName.get(fold(header));
  if (whole) return whole;
  const both = /^(.*?)[\s(（[【/|:：]*([A-Za-z][A-Za-z]*)[)）\]】]?\s*$/su.exec(header.normalize('NFKC'));
  if (!both?.[2]) return undefined;
  const english = columnByName.get(fold(both[2]));
  if (!english) return undefined;
  const chinese = fold(both[1] ?? '');
  if (chinese === '') return english;
  return columnByName.get(chinese) === english ? english : 'conflict';
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const describe = (key: ColumnKey) => {
  const c = enterpriseColumns.find((col) => col.key === key);
  return c ? `${c.zh} (${c.key})` : key;
};

/**
 * The rows of a file (its first non-empty row the header) → import rows in the JSON shape, each with
 * its spreadsheet row number. A header that names an unknown column, names one twice, or lacks a
 * required one refuses the file (400 naming the cell, e.g. `body.header.D`); empty rows are skipped.
 */
export function sheetToRows(sheet: readonly SheetRow[]): {
  rows: Record<string, unknown>[];
  rowNumbers: number[];
} {
  const nonEmpty = sheet.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...data] = nonEmpty;
  if (!header) return { rows: [], rowNumbers: [] };
  const keys: (ColumnKey | undefined)[] = [];
  const issues: { path: string; message: string }[] = [];
  const seen = new Map<ColumnKey, string>();
  header.cells.forEach((cell, i) => {
    const at = columnLetter(i);
    if (cell === '') {
      if (data.some((r) => (r.cells[i] ?? '') !== ''))
        issues.push({ path: `body.header.${at}`, message: `column ${at} has values but no header` });
      return;
    }
    const key = columnOf(cell);
    if (key === 'conflict') {
      issues.push({ path: `body.header.${at}`, message: `'${cell}' names two different columns` });
    } else if (key === undefined) {
      issues.push({
        path: `body.header.${at}`,
        message: `unknown column '${cell}'; the columns are ${enterpriseColumns.map((c) => `${c.zh} (${c.key})`).join(', ')}`,
      });
    } else if (seen.has(key)) {
      issues.push({
        path: `body.header.${at}`,
        message: `'${cell}' repeats column ${seen.get(key)} (${describe(key)})`,
      });
    } else {
      seen.set(key, at);
      keys[i] = key;
    }
  });
  for (const c of enterpriseColumns) {
    if (c.required && !seen.has(c.key) && issues.length === 0) {
      issues.push({ path: 'body.header', message: `the required column ${describe(c.key)} is missing` });
    }
  }
  if (issues.length > 0) {
    throw new HttpProblem(
      'invalid-request',
      `The header row (row ${header.row}) does not match the import columns; see the template (GET /v1/enterprises/imports/template)`,
      issues,
    );
  }
  const rows = data.map((r) => {
    const cells: Record<string, string> = {};
    r.cells.forEach((value, i) => {
      if (value === '') return;
      const key = keys[i];
      // A value outside the header's columns is kept under its column letter so the row is rejected.
      cells[key ?? `column ${columnLetter(i)}`] = value;
    });
    return cellsToInput(cells);
  });
  return { rows, rowNumbers: data.map((r) => r.row) };
}

const integerColumns = ['employees', 'annualRevenueYuan', 'totalAssetsYuan'] as const;

/** Separators a person types in Chinese input mode, read as the ASCII ones. */
const asciiSeparators = (text: string) => text.replace(/；/g, ';').replace(/＝/g, '=').replace(/：/g, ':');

function codeOf<T extends string>(cell: string, names: Record<T, readonly string[]>): T | string {
  const folded = fold(cell);
  for (const [code, zh] of Object.entries(names) as [T, readonly string[]][]) {
    if (folded === code.toLowerCase() || zh.some((n) => fold(n) === folded)) return code;
  }
  return cell;
}

function booleanOf(cell: string): boolean | string {
  const folded = fold(cell);
  if (['true', '是', '有', 'y', 'yes', '1'].includes(folded)) return true;
  if (['false', '否', '无', 'n', 'no', '0'].includes(folded)) return false;
  return cell;
}

/** `1500000`, `1,500,000` or `1500000.00` → 1500000; anything else stays text for the schema to name. */
function integerOf(cell: string): number | string {
  const plain = /^\d{1,3}(,\d{3})+(\.0+)?$/.test(cell) ? cell.replaceAll(',', '') : cell;
  return /^-?\d+(\.0+)?$/.test(plain) ? Number(plain) : cell;
}

/** `2019-03-05`, `2019/3/5`, `2019.3.5` or `2019年3月5日` → `2019-03-05`; anything else stays text. */
function dateOf(cell: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.normalize('NFKC'));
  if (!m) return cell;
  return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
}

function tagKeyOf(name: string): keyof EnterpriseInput['tags'] | string {
  return codeOf(name, tagNames);
}

/**
 * A row's cells by column → the JSON shape of a row: numbers, booleans, dates, codes (Chinese names
 * too), tags and banks read from their text. Tags are `;`-separated: flags by name
 * (`noLoanHousehold;green`, or 无贷户;绿色), `keyIndustryChain=<chain>`, `smePark=<name>:<stars>`, and
 * `<flag>=false` for a flag set to false; lending banks are `;`-separated ids. What cannot be read
 * stays as text, so the row's rejection names the field and the value.
 */
export function cellsToInput(cells: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = { ...cells };
  for (const column of integerColumns) {
    const cell = cells[column];
    if (cell !== undefined) row[column] = integerOf(cell);
  }
  if (cells.entityType !== undefined) row.entityType = codeOf(cells.entityType, entityTypeNames);
  if (cells.status !== undefined) row.status = codeOf(cells.status, statusNames);
  if (cells.hasFixedPremises !== undefined) row.hasFixedPremises = booleanOf(cells.hasFixedPremises);
  if (cells.establishedOn !== undefined) row.establishedOn = dateOf(cells.establishedOn);
  if (cells.lendingBanks !== undefined)
    row.lendingBanks = asciiSeparators(cells.lendingBanks)
      .split(/[;,，、]/)
      .map((b) => b.trim())
      .filter(Boolean);
  if (cells.tags !== undefined) {
    const tags: Record<string, unknown> = {};
    for (const part of asciiSeparators(cells.tags)
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean)) {
      const eq = part.indexOf('=');
      const name = tagKeyOf((eq < 0 ? part : part.slice(0, eq)).trim());
      const value = eq < 0 ? undefined : part.slice(eq + 1).trim();
      if (name === 'keyIndustryChain') tags.keyIndustryChain = { chain: value ?? '' };
      else if (name === 'smePark') {
        const colon = (value ?? '').lastIndexOf(':');
        const park = colon < 0 ? (value ?? '') : (value ?? '').slice(0, colon);
        const stars = colon < 0 ? '' : (value ?? '').slice(colon + 1);
        tags.smePark = { name: park.trim(), starLevel: /^\d+$/.test(stars.trim()) ? Number(stars) : stars };
      } else tags[name] = value === undefined ? true : booleanOf(value);
    }
    row.tags = tags;
  }
  return row;
}

/** An enterprise's tags as the `标签 tags` cell writes them (the inverse of `cellsToInput`), in a fixed order. */
export function tagsCell(tags: EnterpriseInput['tags']): string {
  const parts: string[] = [];
  for (const name of Object.keys(tagNames) as (keyof EnterpriseInput['tags'])[]) {
    const value = tags[name];
    if (value === undefined) continue;
    if (name === 'keyIndustryChain') parts.push(`keyIndustryChain=${(value as { chain: string }).chain}`);
    else if (name === 'smePark') {
      const park = value as { name: string; starLevel: number };
      parts.push(`smePark=${park.name}:${park.starLevel}`);
    } else parts.push(value === true ? name : `${name}=false`);
  }
  return parts.join(';');
}

/** An enterprise → one row of the export, in the columns' order: a file the import reads back unchanged. */
export function enterpriseCells(e: Enterprise): (string | number | boolean | undefined)[] {
  return enterpriseColumns.map((c): string | number | boolean | undefined => {
    switch (c.key) {
      case 'tags':
        return tagsCell(e.tags) || undefined;
      case 'lendingBanks':
        return e.lendingBanks.join(';') || undefined;
      default:
        return e[c.key];
    }
  });
}

/** The notes sheet of the .xlsx template: what each column takes, and the city's codes. */
export function templateNotes(city: CityConfig): (string | undefined)[][] {
  const townships = city.districts.flatMap((d) => d.townships.map((t) => [t.code, `${d.name} ${t.name}`]));
  return [
    ['列 column', '中文列名', 'English', '必填 required', '类型 type', '示例 example'],
    ...enterpriseColumns.map((c, i) => [
      columnLetter(i),
      c.zh,
      c.key,
      c.required ? '是 yes' : '否 no',
      c.type,
      c.example,
    ]),
    [],
    ['主体类型 entityType', ...Object.entries(entityTypeNames).map(([code, zh]) => `${code} ${zh[0]}`)],
    ['经营状态 status', ...Object.entries(statusNames).map(([code, zh]) => `${code} ${zh[0]}`)],
    ['标签 tags', ...Object.entries(tagNames).map(([code, zh]) => `${code} ${zh[0]}`)],
    [],
    ['所属乡镇(街道)代码 township', '名称 name'],
    ...townships,
    [],
    ['贷款银行 lendingBanks', '名称 name'],
    ...city.banks.map((b) => [b.id, b.name]),
  ];
}
