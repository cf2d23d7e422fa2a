import * as z from 'zod';
import { parseUscc } from './uscc.ts';

/**
 * Personal identifiers typed into free text (a report's description, a reviewer's note, a bank's
 * rejection reason) are found and masked before anything is stored, in the same masked forms the
 * blacklist shows its identifiers in: `110101********4514`, `138****8000`, `****0123`. Detection is
 * deliberately narrow, so that what the text is about survives: an ID number needs its GB 11643 check
 * character, a province and a real birth date; a bank card its Luhn digit and either the word for a
 * card or account nearby or a UnionPay number (62…, 16–19 digits); a mobile 11 digits from 13–19.
 * Enterprises' codes (USCC, GB 32100) are public and kept; amounts, dates, and numbers labelled as
 * contract, case or document numbers are kept.
 */

export const personalIdentifierKinds = ['id-number', 'mobile', 'bank-card', 'email'] as const;
export type PersonalIdentifierKind = (typeof personalIdentifierKinds)[number];

/** How many identifiers of one kind were masked; never the values. */
export interface MaskedCount {
  kind: PersonalIdentifierKind;
  count: number;
}

export interface MaskedText {
  text: string;
  /** Kinds found, in the order of `personalIdentifierKinds`; empty when nothing was masked. */
  found: MaskedCount[];
}

const digitClass = '[0-9\\uFF10-\\uFF19]';
const separatorClass = '[ \\u3000\\-\\uFF0D]';
const alnumClass = '[0-9A-Za-z\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]';

/**
 * A maximal run of digits with single separators between them (spaces, hyphens, their full-width
 * forms), optionally a leading `+` and a trailing ID check `X`. Not glued to a letter or digit, not
 * the tail of a longer grouped number, not part of a decimal (`13800138000.50`).
 */
const digitRun = new RegExp(
  `(?<!${alnumClass})(?<!${digitClass}${separatorClass})(?<!${digitClass}[.．])` +
    `([+＋])?(${digitClass}(?:${separatorClass}?${digitClass})*)(?!${separatorClass}?${digitClass})` +
    `(${separatorClass}?[XxＸｘ])?(?!${alnumClass})(?![.．]${digitClass})`,
  'g',
);

const email =
  /(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;

/** Province-level codes that open a resident ID number (GB/T 2260; 71 Taiwan, 81/82/83 residence permits). */
const provinces = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11643-1999 check character of the first 17 digits: Σ(digit × weight) mod 11 through `10X98765432`. */
function idCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (idWeights[i] ?? 0);
  return '10X98765432'[sum % 11] ?? '';
}

function realDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An 18-character resident ID number: province, a birth date from 1900 to 2099, check character. */
function isIdNumber18(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id) || !provinces.has(id.slice(0, 2))) return false;
  const year = Number(id.slice(6, 10));
  if (year < 1900 || year > 2099) return false;
  if (!realDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  return idCheck(id.slice(0, 17)) === id[17];
}

/** A first-generation 15-digit ID (no check digit): province and a 19YYMMDD birth date. */
function isIdNumber15(id: string): boolean {
  if (!/^\d{15}$/.test(id) || !provinces.has(id.slice(0, 2))) return false;
  return realDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Words that say what the next number is; the one nearest the number decides. */
const labels = {
  /** An enterprise's code: public, never masked. */
  uscc: /统一社会信用代码|社会信用代码|信用代码|纳税人识别号|营业执照|注册号|税号|uscc/gi,
  id: /身份证|证件|身份号|公民身份|居民身份|\bid\b/gi,
  card: /卡号|银行卡|借记卡|信用卡|储蓄卡|账号|帐号|账户|帐户|收款|card|account|acct/gi,
  phone: /电话|手机|联系|微信|致电|tel|phone|mobile/gi,
  /** A document's own number: kept even when it looks like a mobile or a card. */
  reference: /合同|编号|单号|流水号|订单|借据|案号|文号|票号|批次|凭证|序号|no\./gi,
} as const;
type Label = keyof typeof labels;

/** The label nearest before a number, looking back at most 16 characters. */
function nearestLabel(before: string): Label | undefined {
  const window = before.slice(-16);
  let best: Label | undefined;
  let bestEnd = -1;
  for (const [label, pattern] of Object.entries(labels) as [Label, RegExp][]) {
    for (const m of window.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (end > bestEnd) {
        bestEnd = end;
        best = label;
      }
    }
  }
  return best;
}

const amountAfter = /^\s?(?:元|万|亿|千|百|块|角|分|%|‰|％|yuan|rmb|cny)/i;
const amountBefore = /(?:[¥￥$]|rmb|cny|人民币|金额)\s?[:：]?\s?$/i;

const fold = (s: string) =>
  s
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[xＸｘ]/g, 'X');

const lengths = (groups: readonly string[]) => groups.map((g) => g.length).join(',');
const idGroupings = new Set(['18', '6,8,4', '6,4,4,4']);
const mobileGroupings = new Set(['11', '3,4,4', '3,8']);

/** Groups of four with a shorter last group (6222 0212 3456 7890 123), one group, or 6 + the rest. */
function cardGrouping(groups: readonly string[]): boolean {
  if (groups.length === 1) return true;
  if (groups.length === 2 && groups[0]?.length === 6) return true;
  const last = groups.at(-1)?.length ?? 0;
  return groups.slice(0, -1).every((g) => g.length === 4) && last >= 1 && last <= 4;
}

interface Classified {
  kind: PersonalIdentifierKind;
  masked: string;
}

/** What a sequence of digit groups is, given the label before it; undefined when it is none of the kinds. */
function classify(groups: readonly string[], label: Label | undefined): Classified | undefined {
  const all = groups.join('');
  if (label === 'uscc' && parseUscc(all).ok) return undefined;
  if (idGroupings.has(lengths(groups)) && isIdNumber18(all)) {
    return { kind: 'id-number', masked: `${all.slice(0, 6)}${'*'.repeat(8)}${all.slice(-4)}` };
  }
  if (/^\d{13,19}$/.test(all) && cardGrouping(groups) && luhn(all)) {
    const unionPay = all.startsWith('62') && all.length >= 16 && label !== 'reference';
    if (label === 'card' || unionPay) return { kind: 'bank-card', masked: `****${all.slice(-4)}` };
  }
  if (label === 'id' && (groups.length === 1 || lengths(groups) === '6,6,3') && isIdNumber15(all)) {
    return { kind: 'id-number', masked: `${all.slice(0, 6)}${'*'.repeat(5)}${all.slice(-4)}` };
  }
  if (label === 'reference') return undefined;
  // A country code: +86 / 0086 / 86 as its own group, or run into the number.
  let rest = groups;
  let prefix = '';
  const head = groups[0] ?? '';
  if (groups.length > 1 && (head === '86' || head === '0086')) {
    rest = groups.slice(1);
    prefix = `${head} `;
  } else if (groups.length === 1 && /^(?:0086|86)1[3-9]\d{9}$/.test(head)) {
    rest = [head.replace(/^(?:0086|86)/, '')];
    prefix = `${head.slice(0, head.length - 11)} `;
  }
  const number = rest.join('');
  if (mobileGroupings.has(lengths(rest)) && /^1[3-9]\d{9}$/.test(number)) {
    return { kind: 'mobile', masked: `${prefix}${number.slice(0, 3)}****${number.slice(-4)}` };
  }
  return undefined;
}

/** Masks the identifiers in one run of digit groups, counting them into `found`. */
function maskRun(
  run: string,
  plus: string,
  before: string,
  after: string,
  found: Map<PersonalIdentifierKind, number>,
): string {
  if (amountAfter.test(after) || amountBefore.test(before)) return plus + run;
  // Alternating groups and separators: [group, sep, group, sep, …, group].
  const parts = run.split(new RegExp(`(${separatorClass})`));
  const groups = parts.filter((_, i) => i % 2 === 0).map(fold);
  // A trailing X split off by a separator belongs to the group before it.
  if (groups.length > 1 && groups.at(-1) === 'X') {
    groups.splice(-2, 2, `${groups.at(-2)}X`);
    parts.splice(-3, 3, `${parts.at(-3)}${parts.at(-1)}`);
  }
  const out: string[] = [];
  let consumedBefore = before;
  let i = 0;
  while (i < groups.length) {
    let hit: { end: number; classified: Classified } | undefined;
    // Longest first: 6222 0212 3456 7890 123 is one card, not a mobile inside it.
    for (let end = Math.min(groups.length, i + 6); end > i && !hit; end--) {
      const classified = classify(groups.slice(i, end), nearestLabel(consumedBefore));
      if (classified) hit = { end, classified };
    }
    const sep = parts[2 * i - 1];
    if (i > 0 && sep !== undefined) {
      out.push(sep);
      consumedBefore += sep;
    }
    if (hit) {
      found.set(hit.classified.kind, (found.get(hit.classified.kind) ?? 0) + 1);
      out.push(hit.classified.masked);
      // Separators inside a masked identifier go with it.
      const original = parts.slice(2 * i, 2 * hit.end - 1).join('');
      consumedBefore += original;
      i = hit.end;
    } else {
      const group = parts[2 * i] ?? '';
      out.push(group);
      consumedBefore += group;
      i++;
    }
  }
  return plus + out.join('');
}

function maskEmail(local: string, domain: string): string {
  return `${local[0]}***@${domain}`;
}

/**
 * Finds and masks personal identifiers in free text: resident ID numbers (18 characters with a valid
 * GB 11643 check character, also grouped `110101 19900307 4514`; 15-digit legacy numbers only after a
 * word such as 身份证), mainland mobiles (`+86 138-0013-8000`), bank cards (Luhn, after 卡号/账号 or a
 * UnionPay 62… number) and e-mail addresses. Returns the masked text and how many of each kind.
 *
 * @example
 * maskPersonalIdentifiers('联系人张三 身份证 110101199003074514 手机 13800138000').text
 * // '联系人张三 身份证 110101********4514 手机 138****8000'
 */
export function maskPersonalIdentifiers(text: string): MaskedText {
  const found = new Map<PersonalIdentifierKind, number>();
  const withoutEmails = text.replace(email, (_m, local: string, domain: string) => {
    found.set('email', (found.get('email') ?? 0) + 1);
    return maskEmail(local, domain);
  });
  const masked = withoutEmails.replace(
    digitRun,
    (match: string, plus: string | undefined, digits: string, check: string | undefined, offset: number) => {
      const before = withoutEmails.slice(Math.max(0, offset - 24), offset);
      const after = withoutEmails.slice(offset + match.length, offset + match.length + 6);
      return maskRun(digits + (check ?? ''), plus ?? '', before, after, found);
    },
  );
  return {
    text: masked,
    found: personalIdentifierKinds.flatMap((kind) => {
      const count = found.get(kind) ?? 0;
      return count > 0 ? [{ kind, count }] : [];
    }),
  };
}

/** Counts of the parses running now (nested parses each keep their own). */
const tallies: Map<PersonalIdentifierKind, number>[] = [];

/**
 * Runs a (synchronous) parse and returns what the `freeText` fields in it masked, by kind: the HTTP
 * layer records the counts (never the values) with the request.
 */
export function tallyMasking<T>(parse: () => T): { value: T; masked: MaskedCount[] } {
  const tally = new Map<PersonalIdentifierKind, number>();
  tallies.push(tally);
  try {
    const value = parse();
    return {
      value,
      masked: personalIdentifierKinds.flatMap((kind) => {
        const count = tally.get(kind) ?? 0;
        return count > 0 ? [{ kind, count }] : [];
      }),
    };
  } finally {
    tallies.pop();
  }
}

function maskAndTally(text: string): string {
  const result = maskPersonalIdentifiers(text);
  const tally = tallies.at(-1);
  if (tally) for (const { kind, count } of result.found) tally.set(kind, (tally.get(kind) ?? 0) + count);
  return result.text;
}

/**
 * A free-text field a caller writes and the platform stores (descriptions, notes, reasons): trimmed,
 * `min`–`max` characters, personal identifiers in it masked (`maskPersonalIdentifiers`) so that what
 * is stored, served and published never holds them. Masking keeps the type, so the field documents
 * as a plain string.
 *
 * @example const body = z.strictObject({ note: freeText(1000).optional() });
 */
export function freeText(max: number, min = 1) {
  return z.string().trim().min(min).max(max).overwrite(maskAndTally).meta({
    description:
      'Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000)',
  });
}
