/**
 * Enterprise size class (大/中/小/微) from industry and a few figures, per the SME classification
 * standard whose thresholds live in `size-class-standard.ts`.
 */
import { ValidationError } from '@sme/kernel';
import { sectionDivisions } from './industry-codes.ts';
import { type SizeBounds, type SizeRow, type SizeThresholds, sizeRows } from './size-class-standard.ts';

export type { SizeRow, SizeThresholds } from './size-class-standard.ts';

export type SizeClass = 'large' | 'medium' | 'small' | 'micro';

/** Money in integer yuan; the standard's 万元 thresholds are converted, never the input. */
export interface SizeInput {
  industryCode: string;
  employees?: number;
  revenueYuan?: number;
  totalAssetsYuan?: number;
}

export type SizeFigure = 'employees' | 'revenueYuan' | 'totalAssetsYuan';

export interface SizeRowRef {
  id: string;
  name: string;
  nameZh: string;
}

export type SizeResult =
  | {
      status: 'classified';
      sizeClass: SizeClass;
      row: SizeRowRef;
      reason: string;
      /** The row's thresholds in the standard's units (persons, 万元). */
      thresholds: SizeThresholds;
    }
  | { status: 'insufficient-data'; row: SizeRowRef; missing: SizeFigure[] };

interface Measure {
  threshold: keyof SizeThresholds;
  figure: SizeFigure;
  /** Input units per standard unit: 1 person per person, 10,000 yuan per 万元. */
  scale: number;
  describe: (value: number, comparator: '≥' | '<', bound: number) => string;
}

const yuanPerWan = 10_000;

// Order fixes the order of `missing` and of the clauses in `reason`.
const measures: readonly Measure[] = [
  {
    threshold: 'employees',
    figure: 'employees',
    scale: 1,
    describe: (value, comparator, bound) =>
      `${grouped(value)} employee${value === 1 ? '' : 's'} ${comparator} ${grouped(bound)}`,
  },
  {
    threshold: 'revenueWan',
    figure: 'revenueYuan',
    scale: yuanPerWan,
    describe: (value, comparator, bound) =>
      `revenue ${grouped(value)} yuan ${comparator} ${grouped(bound * yuanPerWan)} (${grouped(bound)} 万元)`,
  },
  {
    threshold: 'totalAssetsWan',
    figure: 'totalAssetsYuan',
    scale: yuanPerWan,
    describe: (value, comparator, bound) =>
      `total assets ${grouped(value)} yuan ${comparator} ${grouped(bound * yuanPerWan)} (${grouped(bound)} 万元)`,
  },
];

function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function invalidCode(code: string, message: string): ValidationError {
  return new ValidationError(`Invalid industry code '${code}': ${message}`, [
    { path: 'industryCode', message },
  ]);
}

function normaliseIndustryCode(industryCode: string): string {
  const code = industryCode.trim().toUpperCase();
  // Section letter, then nothing, a 2-digit division, a 3-digit group or a 4-digit class.
  const match = /^([A-T])(\d{2,4})?$/.exec(code);
  if (!match) {
    throw invalidCode(
      code,
      'expected a GB/T 4754-2017 code: section letter A-T and 2 to 4 digits, e.g. C3911',
    );
  }
  const [, section = '', digits] = match;
  const range = sectionDivisions[section];
  if (digits !== undefined && range !== undefined) {
    const division = Number(digits.slice(0, 2));
    if (division < range[0] || division > range[1]) {
      throw invalidCode(code, `division ${digits.slice(0, 2)} is not in section ${section}`);
    }
  }
  return code;
}

/**
 * The size-standard row for a GB/T 4754-2017 industry code (section letter plus up to 4 digits).
 * Throws `ValidationError` (path `industryCode`) for a malformed code, or for one too coarse to pick
 * a row (e.g. `G` spans transport, warehousing and postal).
 *
 * @example
 * sizeIndustryRow('C3911').id; // 'industry'
 */
export function sizeIndustryRow(industryCode: string): SizeRow {
  const code = normaliseIndustryCode(industryCode);
  const claimed = sizeRows.find((row) => row.codePrefixes.some((prefix) => code.startsWith(prefix)));
  if (claimed) return claimed;
  const finer = sizeRows.flatMap((row) => row.codePrefixes.filter((prefix) => prefix.startsWith(code)));
  if (finer.length > 0) {
    throw invalidCode(
      code,
      `too coarse to pick a size row; give at least ${finer.join(', ')} or another subdivision`,
    );
  }
  const other = sizeRows.find((row) => row.id === 'other');
  if (!other) throw new Error('size standard has no "other" row');
  return other;
}

function readFigure(input: SizeInput, figure: SizeFigure): number | undefined {
  const value = input[figure];
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ValidationError(`${figure} must be a non-negative integer, got ${value}`, [
      { path: figure, message: 'must be a non-negative integer' },
    ]);
  }
  return value;
}

interface Reading {
  measure: Measure;
  bounds: SizeBounds;
  value: number;
}

function clauses(readings: readonly Reading[], level: keyof SizeBounds) {
  return readings.map(({ measure, bounds, value }) => {
    const met = value >= bounds[level] * measure.scale;
    return { met, text: measure.describe(value, met ? '≥' : '<', bounds[level]) };
  });
}

/**
 * Classifies an enterprise as large / medium / small / micro. Below either ceiling figure it is an
 * SME; medium and small each need all of their row's lower bounds, otherwise it is micro. Returns
 * `insufficient-data` naming the figures the row needs but the input lacks.
 *
 * @example
 * classifySize({ industryCode: 'C3911', employees: 25, revenueYuan: 3_000_000 }).sizeClass; // 'small'
 */
export function classifySize(input: SizeInput): SizeResult {
  const row = sizeIndustryRow(input.industryCode);
  const rowRef: SizeRowRef = { id: row.id, name: row.name, nameZh: row.nameZh };
  const values = new Map(measures.map((measure) => [measure.figure, readFigure(input, measure.figure)]));

  const readings: Reading[] = [];
  const missing: SizeFigure[] = [];
  for (const measure of measures) {
    const bounds = row.thresholds[measure.threshold];
    if (!bounds) continue;
    const value = values.get(measure.figure);
    if (value === undefined) missing.push(measure.figure);
    else readings.push({ measure, bounds, value });
  }
  if (missing.length > 0) return { status: 'insufficient-data', row: rowRef, missing };

  const decide = (sizeClass: SizeClass, decisive: { text: string }[]): SizeResult => ({
    status: 'classified',
    sizeClass,
    row: rowRef,
    reason: `${row.id}: ${decisive.map((clause) => clause.text).join(' and ')} → ${sizeClass}`,
    thresholds: row.thresholds,
  });

  const ceiling = clauses(readings, 'ceiling');
  if (ceiling.every((clause) => clause.met)) return decide('large', ceiling);
  const medium = clauses(readings, 'medium');
  if (medium.every((clause) => clause.met)) return decide('medium', medium);
  const small = clauses(readings, 'small');
  if (small.every((clause) => clause.met)) return decide('small', small);
  return decide(
    'micro',
    small.filter((clause) => !clause.met),
  );
}
