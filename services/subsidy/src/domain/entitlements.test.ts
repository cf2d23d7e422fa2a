import { describe, expect, it } from 'vitest';
import { guarantee, loan, reporter, smallBorrower } from './book.fixture.ts';
import { linshanDemoPolicy } from './demo-policy.ts';
import { type Entitlement, guaranteeEntitlements, loanEntitlements } from './entitlements.ts';
import { applyDefault, applyRepayment } from './guarantee-reports.ts';
import { demoPolicyJson } from './policy.fixture.ts';
import { parseSubsidyPolicy } from './policy.ts';

// The fixture guarantee: 500,000,000 fen at 0.8 % for C3420 (break-even 2 %), 2025-03-01 → 2026-03-01.
// 2025 slice: 306 days; 2026 slice: 59 days. Fee subsidy and risk compensation count actual/actual (both
// years have 365 days); risk compensation is 2‰ in 2025 and 5‰ in 2026.
const summary = (lines: Entitlement[]) =>
  lines.map((l) => [l.program, l.year, l.status, l.amountFen] as const);

describe('Function: guaranteeEntitlements', () => {
  it('accrues fee subsidy and risk compensation per calendar year of the cover', () => {
    // Act
    const lines = guaranteeEntitlements(guarantee(), linshanDemoPolicy);

    // Assess
    expect(summary(lines)).toEqual([
      // 500,000,000 × (0.02 − 0.008) × 306 / 365 = 5,030,136.98…
      ['fee-subsidy', 2025, 'accrued', 5_030_137n],
      // 500,000,000 × 306 × 0.002 / 365 = 838,356.16…
      ['risk-compensation', 2025, 'accrued', 838_356n],
      // 6,000,000 × 59 / 365 = 969,863.01…; with 2025's line, exactly a year's 6,000,000
      ['fee-subsidy', 2026, 'accrued', 969_863n],
      // 500,000,000 × 59 × 0.005 / 365 = 404,109.58…
      ['risk-compensation', 2026, 'accrued', 404_110n],
    ]);
    expect(lines[0]?.policyVersion?.versionId).toBe('linshan-fee-subsidy-2022');
    expect(lines[0]?.period).toEqual({ start: '2025-03-01', end: '2026-01-01' });
  });

  it('releases a repaid tranche from the risk-compensation balance on its repayment day', () => {
    // Prepare: 200,000,000 repaid on 2025-09-01 (184 days after the start)
    const { record } = applyRepayment(
      guarantee(),
      { reportId: 'r-1', repaidOn: '2025-09-01', amountFen: 200_000_000 },
      reporter,
    );

    // Act
    const lines = guaranteeEntitlements(record, linshanDemoPolicy);

    // Assess: (200,000,000 × 184 + 300,000,000 × 306) × 0.002 / 365 = 704,657.53…
    expect(summary(lines).slice(0, 2)).toEqual([
      ['fee-subsidy', 2025, 'accrued', 5_030_137n],
      ['risk-compensation', 2025, 'accrued', 704_658n],
    ]);
  });

  it('ends every line on the day the balance reaches zero', () => {
    // Prepare
    const first = applyRepayment(
      guarantee(),
      { reportId: 'r-1', repaidOn: '2025-09-01', amountFen: 200_000_000 },
      reporter,
    ).record;
    const { record } = applyRepayment(
      first,
      { reportId: 'r-2', repaidOn: '2025-12-01', amountFen: 300_000_000 },
      reporter,
    );

    // Act
    const lines = guaranteeEntitlements(record, linshanDemoPolicy);

    // Assess: 275 days to 2025-12-01; no 2026 lines
    expect(record.status).toBe('REPAID');
    expect(summary(lines)).toEqual([
      // 6,000,000 × 275 / 365 = 4,520,547.94…
      ['fee-subsidy', 2025, 'accrued', 4_520_548n],
      // (200,000,000 × 184 + 300,000,000 × 275) × 0.002 / 365 = 653,698.63…
      ['risk-compensation', 2025, 'accrued', 653_699n],
    ]);
  });

  it('stops accruing on the default date', () => {
    // Prepare: default on 2025-07-01, 122 days after the start
    const { record } = applyDefault(guarantee(), { reportId: 'd-1', defaultedOn: '2025-07-01' }, reporter);

    // Act
    const lines = guaranteeEntitlements(record, linshanDemoPolicy);

    // Assess
    expect(summary(lines)).toEqual([
      // 6,000,000 × 122 / 365 = 2,005,479.45…
      ['fee-subsidy', 2025, 'accrued', 2_005_479n],
      // 500,000,000 × 122 × 0.002 / 365 = 334,246.57…
      ['risk-compensation', 2025, 'accrued', 334_247n],
    ]);
  });

  it('pays nothing to a guarantor the city does not list, and says why', () => {
    // Act
    const lines = guaranteeEntitlements(
      guarantee({ guarantee: { guarantorId: 'other-guarantee', feeRatePercent: '0.8' } }),
      linshanDemoPolicy,
    );

    // Assess
    expect(lines.every((l) => l.amountFen === 0n && l.status === 'not-eligible')).toBe(true);
    expect(lines[0]?.reasons).toEqual(['guarantor other-guarantee is not a guarantor of city linshan']);
  });

  it('forfeits the fee subsidy of a fee above the cap, but keeps the risk compensation', () => {
    // Prepare: 1.2 % on 5,000,000.00: the cap up to 10 million is 1 %
    const g = guarantee({ guarantee: { guarantorId: 'ls-guarantee', feeRatePercent: '1.2' } });

    // Act
    const lines = guaranteeEntitlements(g, linshanDemoPolicy);

    // Assess
    expect(summary(lines).slice(0, 2)).toEqual([
      ['fee-subsidy', 2025, 'not-eligible', 0n],
      ['risk-compensation', 2025, 'accrued', 838_356n],
    ]);
    expect(lines[0]?.reasons[0]).toContain('fee rate 0.012 is above the cap 0.01');
  });

  it('waits for the registry to classify the borrower before paying a fee subsidy', () => {
    // Act
    const lines = guaranteeEntitlements(
      guarantee({}, { ...smallBorrower, borrowerType: undefined }),
      linshanDemoPolicy,
    );

    // Assess
    expect(lines[0]).toMatchObject({ program: 'fee-subsidy', status: 'not-eligible', amountFen: 0n });
    expect(lines[1]).toMatchObject({
      program: 'risk-compensation',
      status: 'accrued',
      amountFen: 838_356n,
    });
  });

  it('leaves a year past the last risk-compensation version pending', () => {
    // Prepare: a city whose 5‰ version ends with 2026; a guarantee 2026-06-01 → 2027-06-01
    const json = demoPolicyJson();
    const programs = json.programs.map((v) =>
      v.id === 'linshan-risk-compensation-2026-01-01' ? { ...v, effectiveTo: '2026-12-31' } : v,
    );
    const policy = parseSubsidyPolicy({ ...json, programs });

    // Act
    const lines = guaranteeEntitlements(guarantee({ on: '2026-06-01' }), policy);

    // Assess: 2026 accrues, 2027 waits for a rate
    const risk = lines.filter((l) => l.program === 'risk-compensation');
    expect(risk.map((l) => [l.year, l.status])).toEqual([
      [2026, 'accrued'],
      [2027, 'pending'],
    ]);
    expect(risk[1]?.reasons).toEqual([
      'version linshan-risk-compensation-2026-01-01 ends on 2026-12-31; no rate is set after it yet',
    ]);
  });
});

describe('Function: loanEntitlements', () => {
  // 100,000,000 fen for 12 months from 2025-06-01: 214 days in 2025, 151 in 2026.
  const base = { on: '2025-06-01', amountFen: 100_000_000 };

  it('entrepreneurship loan: the treasury pays the rate above LPR − 150 bp, per year', () => {
    // Prepare: 3 % loan; one-year LPR in force in June 2025 is 3 %, so the borrower bears 1.5 %
    const l = loan({ ...base, annualRatePercent: '3', subsidyProgram: 'entrepreneurship-loan' });

    // Act
    const lines = loanEntitlements(l, linshanDemoPolicy);

    // Assess
    expect(summary(lines)).toEqual([
      // 100,000,000 × 0.015 × 214 / 360 = 891,666.66…
      ['entrepreneurship-loan', 2025, 'accrued', 891_667n],
      // × 151 / 360 = 629,166.66…
      ['entrepreneurship-loan', 2026, 'accrued', 629_167n],
    ]);
  });

  it('ethnic-trade loan: 2.88 % of principal a year, pro-rated', () => {
    // Prepare
    const l = loan({ ...base, annualRatePercent: '4', subsidyProgram: 'ethnic-trade-loan' });

    // Act
    const lines = loanEntitlements(l, linshanDemoPolicy);

    // Assess: 2,880,000 × 214 / 365 = 1,688,547.94… and × 151 / 365 = 1,191,452.05…: the loan's year
    // together pays 2,880,000, exactly 2.88 %
    expect(summary(lines)).toEqual([
      ['ethnic-trade-loan', 2025, 'accrued', 1_688_548n],
      ['ethnic-trade-loan', 2026, 'accrued', 1_191_452n],
    ]);
  });

  it('patent-pledge loan: one pending line in the year the term ends', () => {
    // Prepare
    const l = loan({ ...base, annualRatePercent: '4', subsidyProgram: 'patent-pledge-loan' });

    // Act
    const lines = loanEntitlements(l, linshanDemoPolicy);

    // Assess
    expect(summary(lines)).toEqual([['patent-pledge-loan', 2026, 'pending', 0n]]);
    expect(lines[0]?.policyVersion?.versionId).toBe('linshan-patent-pledge-loan-2022');
  });

  it('names the policy gap when no version is in force on the contract date', () => {
    // Prepare: 2021, before every program version
    const l = loan({
      ...base,
      on: '2021-06-01',
      annualRatePercent: '4',
      subsidyProgram: 'ethnic-trade-loan',
    });

    // Act
    const lines = loanEntitlements(l, linshanDemoPolicy);

    // Assess
    expect(lines[0]?.status).toBe('not-eligible');
    expect(lines[0]?.reasons[0]).toBe('No ethnic-trade-loan policy in force on 2021-06-01');
  });
});
