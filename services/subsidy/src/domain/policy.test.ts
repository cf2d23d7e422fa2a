import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import { demoPolicyJson, issuesOf } from './policy.fixture.ts';
import { parseSubsidyPolicy } from './policy.ts';
import { byIndustry, lprInForce, programVersionInForce } from './policy-lookup.ts';

describe('Function: programVersionInForce', () => {
  it.each([
    ['2022-06-01', 'linshan-guarantee-fee-2022'],
    ['2024-12-31', 'linshan-guarantee-fee-2022'],
    ['2025-01-01', 'linshan-guarantee-fee-2025'],
    ['2031-07-15', 'linshan-guarantee-fee-2025'],
  ])('on %s picks %s', (date, id) => {
    // Act
    const version = programVersionInForce(linshanDemoPolicy, 'guarantee-fee', date, 'contractDate');

    // Assess
    expect(version.id).toBe(id);
  });

  it('names the date field when no version is in force', () => {
    // Act
    const issues = issuesOf(() =>
      programVersionInForce(linshanDemoPolicy, 'guarantee-fee', '2022-05-31', 'contractDate'),
    );

    // Assess
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('contractDate');
    expect(issues[0]?.message).toContain('2022-05-31');
  });

  it('names `program` when the city does not run the program', () => {
    // Prepare
    const json = demoPolicyJson();
    const policy = parseSubsidyPolicy({
      ...json,
      programs: json.programs.filter((v) => v.program !== 'patent-pledge-loan'),
    });

    // Act
    const issues = issuesOf(() =>
      programVersionInForce(policy, 'patent-pledge-loan', '2025-01-01', 'contractDate'),
    );

    // Assess
    expect(issues).toEqual([
      { path: 'program', message: 'city linshan has no program "patent-pledge-loan"' },
    ]);
  });
});

describe('Function: lprInForce', () => {
  it.each([
    ['one-year', '2024-01-10', '0.0345'],
    ['one-year', '2024-06-30', '0.0345'],
    ['one-year', '2024-07-01', '0.0335'], // mid-year cut: the contract month decides
    ['one-year', '2024-09-30', '0.0335'],
    ['one-year', '2024-10-21', '0.031'],
    ['one-year', '2025-04-30', '0.031'],
    ['one-year', '2025-05-20', '0.03'],
    ['five-year', '2024-06-30', '0.0395'],
    ['five-year', '2024-07-01', '0.0385'],
    ['five-year', '2026-01-01', '0.035'],
  ] as const)('%s LPR on %s is %s', (tenor, date, rate) => {
    // Act
    const entry = lprInForce(linshanDemoPolicy, tenor, date, 'contractDate');

    // Assess
    expect(entry.rate.toFixed()).toBe(rate);
  });

  it('refuses a date before the table', () => {
    // Act
    const issues = issuesOf(() => lprInForce(linshanDemoPolicy, 'one-year', '2023-12-31', 'contractDate'));

    // Assess
    expect(issues.map((i) => i.path)).toEqual(['contractDate']);
  });
});

describe('Function: byIndustry', () => {
  it('prefers the longest matching prefix and falls back to "*"', () => {
    // Prepare
    const table = { '*': 'any', C: 'manufacturing', C39: 'electronics' };

    // Act / Assess
    expect(byIndustry(table, 'C3911')).toEqual({ key: 'C39', value: 'electronics' });
    expect(byIndustry(table, 'C1310')).toEqual({ key: 'C', value: 'manufacturing' });
    expect(byIndustry(table, 'K6620')).toEqual({ key: '*', value: 'any' });
    expect(byIndustry({ C: 1 }, 'K6620')).toBeUndefined();
  });
});

describe('Function: parseSubsidyPolicy', () => {
  it('accepts the demo policy and reads amounts as fen', () => {
    // Act
    const policy = parseSubsidyPolicy(demoPolicyJson());

    // Assess
    const fee = policy.programs.find((v) => v.program === 'guarantee-fee');
    expect(fee?.program === 'guarantee-fee' && fee.params.tiers[0]?.upTo).toBe(1_000_000_000n);
    expect(policy.lpr.oneYear.map((e) => e.month)).toEqual(['2024-01', '2024-07', '2024-10', '2025-05']);
  });

  it('refuses two versions of one program in force on the same day', () => {
    // Prepare: the 2025 fee version now starts on the 2022 version's last day
    const json = demoPolicyJson();
    const programs = json.programs.map((v) =>
      v.id === 'linshan-guarantee-fee-2025' ? { ...v, effectiveFrom: '2024-12-31' } : v,
    );

    // Act
    const issues = issuesOf(() => parseSubsidyPolicy({ ...json, programs }));

    // Assess
    expect(issues.map((i) => i.path)).toEqual(['programs.1.effectiveFrom']);
  });

  it('names each bad field: a rate above 100 %, tiers out of order, a bad LPR month', () => {
    // Prepare
    const json = demoPolicyJson();
    const tiers = (id: string) =>
      id === 'linshan-guarantee-fee-2022'
        ? [{ upTo: '10000000.00', maxRate: '1.5' }, { maxRate: '0.015' }]
        : [
            { upTo: '10000000.00', maxRate: '0.01' },
            { upTo: '500.00', maxRate: '0.015' },
            { maxRate: '0.02' },
          ];
    const programs = json.programs.map((v) =>
      v.program === 'guarantee-fee' ? { ...v, params: { ...v.params, tiers: tiers(v.id) } } : v,
    );
    const lpr = { ...json.lpr, oneYear: { ...json.lpr.oneYear, '2024-13': '0.03' } };

    // Act
    const issues = issuesOf(() => parseSubsidyPolicy({ ...json, lpr, programs }));

    // Assess
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'programs.0.params.tiers.0.maxRate', message: 'must be at most 1 (100 %)' },
        { path: 'programs.1.params.tiers.1.upTo', message: 'tiers must ascend' },
        expect.objectContaining({ path: 'lpr.oneYear.2024-13' }),
      ]),
    );
  });

  it('refuses a day count on a program whose yearly rate is a cap: it is fixed in code', () => {
    // Prepare: actual/360 would pay an ethnic-trade producer 2.92 % of principal in a year
    const json = demoPolicyJson();
    const programs = json.programs.map((v) =>
      v.program === 'ethnic-trade-loan' ? { ...v, dayCount: 'actual/360' } : v,
    );

    // Act
    const issues = issuesOf(() => parseSubsidyPolicy({ ...json, programs }));

    // Assess
    expect(issues).toEqual([{ path: 'programs.7.dayCount', message: 'unknown field' }]);
  });

  it('counts entrepreneurship-loan interest actual/360 unless the city says otherwise', () => {
    // Act
    const version = programVersionInForce(
      linshanDemoPolicy,
      'entrepreneurship-loan',
      '2025-01-01',
      'contractDate',
    );

    // Assess
    expect(version.dayCount).toBe('actual/360');
  });

  it('refuses a maximum loan amount for a borrower type the program does not lend to', () => {
    // Prepare
    const json = demoPolicyJson();
    const programs = json.programs.map((v) =>
      v.program === 'entrepreneurship-loan'
        ? { ...v, params: { ...v.params, maxPrincipal: { 'medium-enterprise': '3000000.00' } } }
        : v,
    );

    // Act
    const issues = issuesOf(() => parseSubsidyPolicy({ ...json, programs }));

    // Assess
    expect(issues).toEqual([
      { path: 'programs.6.params.maxPrincipal.medium-enterprise', message: 'not in eligibleBorrowerTypes' },
    ]);
  });

  it('throws ValidationError for a policy that is not an object', () => {
    // Act / Assess
    expect(() => parseSubsidyPolicy('linshan')).toThrow(ValidationError);
  });
});
