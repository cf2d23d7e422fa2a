import { parseScoringModel, type ScoringModel, type ScoringModelInput } from './scoring-model.ts';

/**
 * Version 1 of the demo city's scoring model. Points are on a 0–1000 scale from a base of 600;
 * hard-stop categories also lose points so that the score alone already tells the story.
 * Money thresholds are in fen: 10,000,000 fen = 100,000 CNY.
 */
const demoModelInput: ScoringModelInput = {
  version: 'demo-v1',
  effectiveFrom: '2025-01-01',
  baseScore: 600,
  factors: [
    {
      id: 'dishonest-judgment-debtor',
      label: 'Listed as a dishonest judgment debtor',
      category: 'dishonest-judgment-debtor',
      rule: { kind: 'per-record', points: -300, cap: 300 },
    },
    {
      id: 'serious-illegal-dishonest',
      label: 'On the serious illegal and dishonest list',
      category: 'serious-illegal-dishonest',
      rule: { kind: 'per-record', points: -300, cap: 300 },
    },
    {
      id: 'abnormal-operation',
      label: 'On the abnormal operation list',
      category: 'abnormal-operation',
      rule: { kind: 'per-record', points: -150, cap: 150 },
    },
    {
      id: 'debt-evasion',
      label: 'Debt evasion',
      category: 'debt-evasion',
      rule: { kind: 'per-record', points: -200, cap: 400 },
    },
    {
      id: 'administrative-penalties',
      label: 'Administrative penalties',
      category: 'administrative-penalty',
      rule: { kind: 'per-record', points: -30, cap: 120 },
    },
    {
      id: 'environmental-penalties',
      label: 'Environmental penalties',
      category: 'environmental-penalty',
      rule: { kind: 'per-record', points: -40, cap: 120 },
    },
    {
      id: 'court-judgments-as-defendant',
      label: 'Court judgments as defendant',
      category: 'court-judgment',
      where: { role: 'defendant' },
      rule: { kind: 'per-record', points: -25, cap: 100 },
    },
    {
      id: 'tax-credit-grade',
      label: 'Latest tax credit grade',
      category: 'tax-credit-rating',
      rule: {
        kind: 'by-value',
        field: 'grade',
        select: 'latest',
        points: { A: 120, B: 60, M: 20, C: -60, D: -150 },
      },
    },
    {
      id: 'tax-paid',
      label: 'Taxes paid in the latest year',
      category: 'tax-payment',
      rule: {
        kind: 'tiers',
        field: 'amountFen',
        aggregate: 'latest',
        tiers: [
          { atLeast: 10_000_000, points: 20 },
          { atLeast: 100_000_000, points: 50 },
          { atLeast: 1_000_000_000, points: 80 },
        ],
      },
    },
    {
      id: 'social-insurance-arrears',
      label: 'Social insurance or housing fund in arrears',
      category: 'social-insurance-arrears',
      rule: {
        kind: 'tiers',
        field: 'monthsInArrears',
        aggregate: 'max',
        tiers: [
          { atLeast: 1, points: -20 },
          { atLeast: 3, points: -60 },
          { atLeast: 6, points: -120 },
        ],
      },
    },
    {
      id: 'utility-arrears',
      label: 'Water, electricity or gas in arrears',
      category: 'utility-arrears',
      rule: {
        kind: 'tiers',
        field: 'monthsInArrears',
        aggregate: 'max',
        tiers: [
          { atLeast: 1, points: -10 },
          { atLeast: 3, points: -30 },
          { atLeast: 6, points: -60 },
        ],
      },
    },
    {
      id: 'honours',
      label: 'Honours',
      category: 'honour',
      rule: {
        kind: 'by-value',
        field: 'level',
        select: 'each',
        points: { national: 60, provincial: 40, city: 20 },
        cap: 100,
      },
    },
    {
      id: 'policy-support',
      label: 'Policy support received',
      category: 'policy-support',
      rule: { kind: 'per-record', points: 10, cap: 30 },
    },
    {
      id: 'invention-patents',
      label: 'Invention patents held',
      category: 'intellectual-property',
      rule: {
        kind: 'tiers',
        field: 'inventionPatents',
        aggregate: 'latest',
        tiers: [
          { atLeast: 1, points: 20 },
          { atLeast: 5, points: 40 },
          { atLeast: 10, points: 60 },
        ],
      },
    },
    {
      id: 'exports',
      label: 'Exports in the latest year',
      category: 'import-export',
      rule: {
        kind: 'tiers',
        field: 'exportsFen',
        aggregate: 'latest',
        tiers: [{ atLeast: 100_000_000, points: 10 }],
      },
    },
  ],
  gradeBands: [
    { grade: 'AAA', minScore: 850 },
    { grade: 'AA', minScore: 750 },
    { grade: 'A', minScore: 650 },
    { grade: 'B', minScore: 550 },
    { grade: 'C', minScore: 400 },
    { grade: 'D', minScore: 0 },
  ],
  hardStopGrade: 'D',
};

let parsed: ScoringModel | undefined;
/**
 * The demo model, validated on first use: parsing it at import would cost every credit function's
 * cold start several milliseconds, though only a city without its own models ever scores with it.
 */
export function demoScoringModel(): ScoringModel {
  parsed ??= parseScoringModel(demoModelInput, 'demoScoringModel');
  return parsed;
}
