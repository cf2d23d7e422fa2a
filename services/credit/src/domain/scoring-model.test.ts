import { NotFoundError, ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { demoScoringModel } from './demo-scoring-model.ts';
import { gradeFor, parseScoringModel, type ScoringModelInput, selectScoringModel } from './scoring-model.ts';

const minimal: ScoringModelInput = {
  version: 'test-v1',
  effectiveFrom: '2025-01-01',
  baseScore: 500,
  factors: [
    {
      id: 'penalties',
      label: 'Penalties',
      category: 'administrative-penalty',
      rule: { kind: 'per-record', points: -10, cap: 50 },
    },
  ],
  gradeBands: [
    { grade: 'AAA', minScore: 900 },
    { grade: 'AA', minScore: 800 },
    { grade: 'A', minScore: 700 },
    { grade: 'B', minScore: 600 },
    { grade: 'C', minScore: 300 },
    { grade: 'D', minScore: 0 },
  ],
};

function issuePaths(raw: unknown): string[] {
  try {
    parseScoringModel(raw);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((i) => i.path).sort();
  }
}

describe('Function: parseScoringModel', () => {
  it('accepts the demo model and defaults the hard-stop grade to D', () => {
    // Act
    const model = parseScoringModel(minimal);

    // Assess
    expect(model.hardStopGrade).toBe('D');
    expect(demoScoringModel().version).toBe('demo-v1');
  });

  it('rejects facts the category does not have, and points for values the field cannot take', () => {
    // Prepare
    const factors = [
      {
        id: 'court',
        label: 'Court',
        category: 'court-judgment',
        where: { side: 'defendant' },
        rule: { kind: 'per-record', points: -1, cap: 1 },
      },
      {
        id: 'tax',
        label: 'Tax',
        category: 'tax-credit-rating',
        rule: { kind: 'by-value', field: 'grade', select: 'latest', points: { A: 1, E: 2 } },
      },
      {
        id: 'arrears',
        label: 'Arrears',
        category: 'utility-arrears',
        rule: { kind: 'tiers', field: 'utility', aggregate: 'max', tiers: [{ atLeast: 1, points: -1 }] },
      },
      {
        id: 'ip',
        label: 'IP',
        category: 'intellectual-property',
        rule: { kind: 'by-value', field: 'trademarks', select: 'each', points: {} },
      },
    ];

    // Act / Assess
    expect(issuePaths({ ...minimal, factors })).toEqual([
      'scoringModel.factors.0.where.side',
      'scoringModel.factors.1.rule.points.E',
      'scoringModel.factors.2.rule.field',
      'scoringModel.factors.3.rule.field',
    ]);
  });

  it('rejects duplicate factor ids and tiers that do not ascend', () => {
    // Prepare
    const tiers = {
      kind: 'tiers',
      field: 'monthsInArrears',
      aggregate: 'max',
      tiers: [
        { atLeast: 3, points: -30 },
        { atLeast: 3, points: -60 },
      ],
    };
    const factors = [
      { id: 'same', label: 'One', category: 'utility-arrears', rule: tiers },
      { id: 'same', label: 'Two', category: 'honour', rule: { kind: 'per-record', points: 5, cap: 10 } },
    ];

    // Act / Assess
    expect(issuePaths({ ...minimal, factors })).toEqual([
      'scoringModel.factors.0.rule.tiers.1.atLeast',
      'scoringModel.factors.1.id',
    ]);
  });

  it('rejects grade bands that are incomplete, out of order or do not start at 0', () => {
    // Prepare
    const [aaa, aa, a, b, c, d] = minimal.gradeBands;

    // Act / Assess
    expect(issuePaths({ ...minimal, gradeBands: [aaa, aa, a, b, c] })).toEqual(['scoringModel.gradeBands']);
    expect(issuePaths({ ...minimal, gradeBands: [aaa, aa, a, { grade: 'B', minScore: 700 }, c, d] })).toEqual(
      ['scoringModel.gradeBands.3.minScore'],
    );
    expect(issuePaths({ ...minimal, gradeBands: [aaa, aa, a, b, c, { grade: 'D', minScore: 100 }] })).toEqual(
      ['scoringModel.gradeBands.5.minScore'],
    );
  });
});

describe('Function: gradeFor', () => {
  it('uses each band from its minimum score', () => {
    // Prepare
    const model = parseScoringModel(minimal);

    // Act / Assess
    expect([900, 899, 800, 700, 699, 600, 300, 299, 0].map((s) => gradeFor(s, model))).toEqual([
      'AAA',
      'AA',
      'AA',
      'A',
      'B',
      'B',
      'C',
      'D',
      'D',
    ]);
  });
});

describe('Function: selectScoringModel', () => {
  it('picks the version with the latest effective date not after the day', () => {
    // Prepare
    const v1 = parseScoringModel(minimal);
    const v2 = parseScoringModel({ ...minimal, version: 'test-v2', effectiveFrom: '2025-07-01' });

    // Act / Assess
    expect(selectScoringModel([v2, v1], '2025-06-30').version).toBe('test-v1');
    expect(selectScoringModel([v2, v1], '2025-07-01').version).toBe('test-v2');
    expect(() => selectScoringModel([v2, v1], '2024-12-31')).toThrow(NotFoundError);
  });

  it('rejects two versions effective the same day', () => {
    // Prepare
    const v1 = parseScoringModel(minimal);
    const clash = parseScoringModel({ ...minimal, version: 'test-v1b' });

    // Act / Assess
    expect(() => selectScoringModel([v1, clash], '2025-06-30')).toThrow(ValidationError);
  });
});
