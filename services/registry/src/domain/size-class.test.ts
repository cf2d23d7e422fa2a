import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { classifySize, type SizeClass, type SizeInput, sizeIndustryRow } from './size-class.ts';
import { sizeRows } from './size-class-standard.ts';

type Figure = 'employees' | 'revenueYuan' | 'totalAssetsYuan';
type Bounds = readonly [ceiling: number, medium: number, small: number];

interface StandardRow {
  id: string;
  code: string;
  bounds: Partial<Record<Figure, Bounds>>;
}

/*
 * 工信部联企业〔2011〕300号, transcribed independently of size-class-standard.ts: employees in persons,
 * money in 万元, each as [SME ceiling, medium lower bound, small lower bound].
 */
const standard: StandardRow[] = [
  { id: 'agriculture', code: 'A01', bounds: { revenueYuan: [20000, 500, 50] } },
  { id: 'industry', code: 'C3911', bounds: { employees: [1000, 300, 20], revenueYuan: [40000, 2000, 300] } },
  {
    id: 'construction',
    code: 'E47',
    bounds: { revenueYuan: [80000, 6000, 300], totalAssetsYuan: [80000, 5000, 300] },
  },
  { id: 'wholesale', code: 'F51', bounds: { employees: [200, 20, 5], revenueYuan: [40000, 5000, 1000] } },
  { id: 'retail', code: 'F5211', bounds: { employees: [300, 50, 10], revenueYuan: [20000, 500, 100] } },
  { id: 'transport', code: 'G54', bounds: { employees: [1000, 300, 20], revenueYuan: [30000, 3000, 200] } },
  { id: 'warehousing', code: 'G59', bounds: { employees: [200, 100, 20], revenueYuan: [30000, 1000, 100] } },
  { id: 'postal', code: 'G60', bounds: { employees: [1000, 300, 20], revenueYuan: [30000, 2000, 100] } },
  {
    id: 'accommodation',
    code: 'H61',
    bounds: { employees: [300, 100, 10], revenueYuan: [10000, 2000, 100] },
  },
  { id: 'catering', code: 'H62', bounds: { employees: [300, 100, 10], revenueYuan: [10000, 2000, 100] } },
  {
    id: 'information-transmission',
    code: 'I63',
    bounds: { employees: [2000, 100, 10], revenueYuan: [100000, 1000, 100] },
  },
  {
    id: 'software-it-services',
    code: 'I65',
    bounds: { employees: [300, 100, 10], revenueYuan: [10000, 1000, 50] },
  },
  {
    id: 'real-estate-development',
    code: 'K7010',
    bounds: { revenueYuan: [200000, 1000, 100], totalAssetsYuan: [10000, 5000, 2000] },
  },
  {
    id: 'property-management',
    code: 'K7020',
    bounds: { employees: [1000, 300, 100], revenueYuan: [5000, 1000, 500] },
  },
  {
    id: 'leasing-business-services',
    code: 'L72',
    bounds: { employees: [300, 100, 10], totalAssetsYuan: [120000, 8000, 100] },
  },
  { id: 'other', code: 'M73', bounds: { employees: [300, 100, 10] } },
];

const level = { ceiling: 0, medium: 1, small: 2 } as const;

/** A standard figure in input units: persons stay persons, 万元 become yuan. */
function inInputUnits(figure: Figure, standardValue: number): number {
  return figure === 'employees' ? standardValue : standardValue * 10_000;
}

function figuresOf(row: StandardRow): Figure[] {
  return Object.keys(row.bounds) as Figure[];
}

function boundOf(row: StandardRow, figure: Figure, at: keyof typeof level): number {
  const bounds = row.bounds[figure];
  if (!bounds) throw new Error(`${row.id} has no ${figure}`);
  return inInputUnits(figure, bounds[level[at]]);
}

/** Every figure at `at`, except `lowered`, which is one unit (person or yuan) below its bound. */
function inputAt(row: StandardRow, at: keyof typeof level, lowered?: Figure): SizeInput {
  const input: SizeInput = { industryCode: row.code };
  for (const figure of figuresOf(row)) {
    input[figure] = boundOf(row, figure, at) - (figure === lowered ? 1 : 0);
  }
  return input;
}

interface BoundaryCase {
  name: string;
  input: SizeInput;
  expected: SizeClass;
}

function describeInput(input: SizeInput): string {
  const { industryCode, ...figures } = input;
  return `${industryCode} ${JSON.stringify(figures)}`;
}

function boundaryCases(row: StandardRow): BoundaryCase[] {
  const cases: Array<[string, SizeInput, SizeClass]> = [
    ['all figures at the SME ceiling', inputAt(row, 'ceiling'), 'large'],
    ['all figures at the medium bound', inputAt(row, 'medium'), 'medium'],
    ['all figures at the small bound', inputAt(row, 'small'), 'small'],
  ];
  for (const figure of figuresOf(row)) {
    cases.push(
      [`${figure} one below the ceiling, the rest at it`, inputAt(row, 'ceiling', figure), 'medium'],
      [`${figure} one below the medium bound, the rest met`, inputAt(row, 'medium', figure), 'small'],
      [`${figure} one below the small bound, the rest met`, inputAt(row, 'small', figure), 'micro'],
    );
  }
  const zero: SizeInput = { industryCode: row.code };
  for (const figure of figuresOf(row)) zero[figure] = 0;
  cases.push(['all figures zero', zero, 'micro']);
  return cases.map(([what, input, expected]) => ({
    name: `${row.id}: ${what}, ${describeInput(input)} → ${expected}`,
    input,
    expected,
  }));
}

describe('Data: sizeRows', () => {
  it('has the 16 rows of the standard, each id once', () => {
    // Assess
    expect(sizeRows.map((row) => row.id)).toEqual(standard.map((row) => row.id));
  });

  it('orders every figure ceiling > medium > small', () => {
    for (const row of sizeRows) {
      for (const bounds of Object.values(row.thresholds)) {
        // Assess
        expect(bounds.ceiling, row.id).toBeGreaterThan(bounds.medium);
        expect(bounds.medium, row.id).toBeGreaterThan(bounds.small);
      }
    }
  });

  it('never lets two rows claim overlapping code prefixes', () => {
    // Prepare
    const prefixes = sizeRows.flatMap((row) => row.codePrefixes);

    // Assess
    for (const a of prefixes) {
      for (const b of prefixes) {
        if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
      }
    }
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe('Function: sizeIndustryRow', () => {
  it.each([
    ['A01', 'agriculture'],
    ['A0511', 'agriculture'],
    ['B06', 'industry'],
    ['C3911', 'industry'],
    ['D44', 'industry'],
    ['E47', 'construction'],
    ['F51', 'wholesale'],
    ['F5211', 'retail'],
    ['G53', 'transport'],
    ['G54', 'transport'],
    ['G5821', 'transport'],
    ['G59', 'warehousing'],
    ['G60', 'postal'],
    ['H61', 'accommodation'],
    ['H62', 'catering'],
    ['I63', 'information-transmission'],
    ['I64', 'information-transmission'],
    ['I65', 'software-it-services'],
    ['K7010', 'real-estate-development'],
    ['K7020', 'property-management'],
    ['K703', 'other'],
    ['L72', 'leasing-business-services'],
    ['L7111', 'leasing-business-services'],
    ['M73', 'other'],
    ['P83', 'other'],
    ['R', 'other'],
    ['C', 'industry'],
    [' c3911 ', 'industry'],
  ])('maps %j to %s', (code, rowId) => {
    // Act
    const row = sizeIndustryRow(code);

    // Assess
    expect(row.id).toBe(rowId);
  });

  it.each([
    ['G', 'G53'],
    ['F', 'F51'],
    ['H', 'H61'],
    ['I', 'I63'],
    ['K', 'K701'],
    ['K70', 'K702'],
  ])('rejects %j as too coarse to pick a row', (code, finer) => {
    // Act & Assess
    expect(() => sizeIndustryRow(code)).toThrow(ValidationError);
    expect(() => sizeIndustryRow(code)).toThrow(finer);
  });

  it.each([
    ['', 'section letter'],
    ['X12', 'section letter'],
    ['C3', 'section letter'],
    ['C39111', 'section letter'],
    ['3911', 'section letter'],
    ['C06', 'division 06 is not in section C'],
    ['G61', 'division 61 is not in section G'],
  ])('rejects malformed code %j', (code, message) => {
    // Act
    let caught: unknown;
    try {
      sizeIndustryRow(code);
    } catch (error) {
      caught = error;
    }

    // Assess
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues[0]?.path).toBe('industryCode');
    expect((caught as ValidationError).message).toContain(message);
  });
});

describe('Function: classifySize', () => {
  it.each(standard.flatMap(boundaryCases))('$name', ({ input, expected }) => {
    // Act
    const result = classifySize(input);

    // Assess
    expect(result.status).toBe('classified');
    expect(result.status === 'classified' && result.sizeClass).toBe(expected);
  });

  it.each(standard)('reports $id thresholds in the standard units', (row) => {
    // Prepare
    const input: SizeInput = { industryCode: row.code, employees: 0, revenueYuan: 0, totalAssetsYuan: 0 };
    const expected: Record<string, { ceiling: number; medium: number; small: number }> = {};
    const unitKey = { employees: 'employees', revenueYuan: 'revenueWan', totalAssetsYuan: 'totalAssetsWan' };
    for (const [figure, [ceiling, medium, small]] of Object.entries(row.bounds) as Array<[Figure, Bounds]>) {
      expected[unitKey[figure]] = { ceiling, medium, small };
    }

    // Act
    const result = classifySize(input);

    // Assess
    expect(result.status === 'classified' && result.thresholds).toEqual(expected);
    expect(result.row.id).toBe(row.id);
  });

  it.each<[string, SizeInput, SizeClass, string]>([
    [
      'a small manufacturer',
      { industryCode: 'C3911', employees: 25, revenueYuan: 3_000_000 },
      'small',
      'industry: 25 employees ≥ 20 and revenue 3,000,000 yuan ≥ 3,000,000 (300 万元) → small',
    ],
    [
      'a large manufacturer',
      { industryCode: 'C3911', employees: 1200, revenueYuan: 450_000_000 },
      'large',
      'industry: 1,200 employees ≥ 1,000 and revenue 450,000,000 yuan ≥ 400,000,000 (40,000 万元) → large',
    ],
    [
      'a manufacturer with many staff but little revenue (micro needs only one figure below)',
      { industryCode: 'C3911', employees: 5000, revenueYuan: 2_999_999 },
      'micro',
      'industry: revenue 2,999,999 yuan < 3,000,000 (300 万元) → micro',
    ],
    [
      'a wholesaler above the staff ceiling but below the revenue ceiling',
      { industryCode: 'F5123', employees: 500, revenueYuan: 399_999_999 },
      'medium',
      'wholesale: 500 employees ≥ 20 and revenue 399,999,999 yuan ≥ 50,000,000 (5,000 万元) → medium',
    ],
    [
      'a one-person software shop',
      { industryCode: 'I6510', employees: 1, revenueYuan: 200_000 },
      'micro',
      'software-it-services: 1 employee < 10 and revenue 200,000 yuan < 500,000 (50 万元) → micro',
    ],
    [
      'a farm judged on revenue alone',
      { industryCode: 'A0141', employees: 900, revenueYuan: 5_000_000 },
      'medium',
      'agriculture: revenue 5,000,000 yuan ≥ 5,000,000 (500 万元) → medium',
    ],
    [
      'a developer with huge revenue but assets below the ceiling',
      { industryCode: 'K7010', revenueYuan: 2_500_000_000, totalAssetsYuan: 99_999_999 },
      'medium',
      'real-estate-development: revenue 2,500,000,000 yuan ≥ 10,000,000 (1,000 万元) and total assets 99,999,999 yuan ≥ 50,000,000 (5,000 万元) → medium',
    ],
    [
      'a leasing firm, where revenue is irrelevant',
      { industryCode: 'L7112', employees: 150, revenueYuan: 1, totalAssetsYuan: 80_000_000 },
      'medium',
      'leasing-business-services: 150 employees ≥ 100 and total assets 80,000,000 yuan ≥ 80,000,000 (8,000 万元) → medium',
    ],
    [
      'a consultancy judged on staff alone',
      { industryCode: 'M7320', employees: 9, revenueYuan: 900_000_000 },
      'micro',
      'other: 9 employees < 10 → micro',
    ],
  ])('classifies %s', (_, input, sizeClass, reason) => {
    // Act
    const result = classifySize(input);

    // Assess
    expect(result).toMatchObject({ status: 'classified', sizeClass, reason });
  });

  it('names the row in English and Chinese', () => {
    // Act
    const result = classifySize({ industryCode: 'H62', employees: 12, revenueYuan: 1_500_000 });

    // Assess
    expect(result.row).toEqual({ id: 'catering', name: 'Catering', nameZh: '餐饮业' });
  });

  it.each<[string, SizeInput, Figure[]]>([
    [
      'agriculture without revenue',
      { industryCode: 'A01', employees: 40, totalAssetsYuan: 1 },
      ['revenueYuan'],
    ],
    ['other without employees', { industryCode: 'P83', revenueYuan: 10_000_000 }, ['employees']],
    ['industry with nothing', { industryCode: 'C13' }, ['employees', 'revenueYuan']],
    ['construction without assets', { industryCode: 'E48', revenueYuan: 10_000_000 }, ['totalAssetsYuan']],
    [
      'leasing with only revenue',
      { industryCode: 'L72', revenueYuan: 10_000_000 },
      ['employees', 'totalAssetsYuan'],
    ],
    [
      'real estate without revenue',
      { industryCode: 'K7010', employees: 30, totalAssetsYuan: 1 },
      ['revenueYuan'],
    ],
  ])('reports insufficient data for %s', (_, input, missing) => {
    // Act
    const result = classifySize(input);

    // Assess
    expect(result.status).toBe('insufficient-data');
    expect(result.status === 'insufficient-data' && result.missing).toEqual(missing);
  });

  it('classifies agriculture with revenue alone and other with employees alone', () => {
    // Act
    const farm = classifySize({ industryCode: 'A03', revenueYuan: 4_999_999 });
    const school = classifySize({ industryCode: 'P8391', employees: 100 });

    // Assess
    expect(farm).toMatchObject({ status: 'classified', sizeClass: 'small' });
    expect(school).toMatchObject({ status: 'classified', sizeClass: 'medium' });
  });

  it.each<[Figure, number]>([
    ['employees', -1],
    ['employees', 2.5],
    ['revenueYuan', 1_000_000.5],
    ['revenueYuan', Number.NaN],
    ['totalAssetsYuan', -100],
    ['totalAssetsYuan', Number.POSITIVE_INFINITY],
  ])('rejects %s = %d', (figure, value) => {
    // Prepare
    const input: SizeInput = { industryCode: 'E47', employees: 10, revenueYuan: 10, totalAssetsYuan: 10 };
    input[figure] = value;

    // Act
    let caught: unknown;
    try {
      classifySize(input);
    } catch (error) {
      caught = error;
    }

    // Assess
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues).toEqual([
      { path: figure, message: 'must be a non-negative integer' },
    ]);
  });
});
