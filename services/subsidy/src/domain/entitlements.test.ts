import { describe, expect, it } from 'vitest';
import { guarantee, loan, reporter, smallBorrower } from './book.fixture.ts';
import { linshanDemoPolicy } from './demo-policy.ts';
import { type Entitlement, guaranteeEntitlements, loanEntitlements } from './entitlements.ts';
import { applyDefault, applyRepayment } from './guarantee-reports.ts';

// The fixture guarantee: 500,000,000 fen at 0.8 % for C3420 (break-even 2 %), 2025-03-01 → 2026-03-01.
// 2025 slice: 306 days; 2026 slice: 59 days. Fee subsidy accrues actual/360, risk compensation actual/365 at 5‰.
const summary = (lines: Entitlement[]) =>
  lines.map((l) => [l.program, l.year, l.status, l.amountFen] as const);

describe('Function: guaranteeEntitlements', () => {
  it('accrues fee subsidy and risk compensation per calendar year of the cover', () => {
    // Act
    const lines = guaranteeEntitlements(guarantee(), linshanDemoPolicy);

    // Assess
    expect(summary(lines)).toEqual([
      // 500,000,000 × (0.02 − 0.008) × 306 / 360 = 5,100,000
      ['fee-subsidy', 2025, 'accrued', 5_100_000n],
      // 500,000,000 × 306 × 0.005 / 365 = 2,095,890.41…
      ['risk-compensation', 2025, 'accrued', 2_095_890n],
      // 6,000,000 × 59 / 360 = 983,333.33…
      ['fee-subsidy', 2026, 'accrued', 983_333n],
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

    // Assess: (200,000,000 × 184 + 300,000,000 × 306) × 0.005 / 365 = 1,761,643.83…
    expect(summary(lines).slice(0, 2)).toEqual([
      ['fee-subsidy', 2025, 'accrued', 5_100_000n],
      ['risk-compensation', 2025, 'accrued', 1_761_644n],
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
      // 6,000,000 × 275 / 360 = 4,583,333.33…
      ['fee-subsidy', 2025, 'accrued', 4_583_333n],
      // (200,000,000 × 184 + 300,000,000 × 275) × 0.005 / 365 = 1,634,246.57…
      ['risk-compensation', 2025, 'accrued', 1_634_247n],
    ]);
  });

  it('stops accruing on the default date', () => {
    // Prepare: default on 2025-07-01, 122 days after the start
    const { record } = applyDefault(guarantee(), { reportId: 'd-1', defaultedOn: '2025-07-01' }, reporter);

    // Act
    const lines = guaranteeEntitlements(record, linshanDemoPolicy);

    // Assess
    expect(summary(lines)).toEqual([
      // 6,000,000 × 122 / 360 = 2,033,333.33…
      ['fee-subsidy', 2025, 'accrued', 2_033_333n],
      // 500,000,000 × 122 × 0.005 / 365 = 835,616.43…
      ['risk-compensation', 2025, 'accrued', 835_616n],
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
      ['risk-compensation', 2025, 'accrued', 2_095_890n],
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
      amountFen: 2_095_890n,
    });
  });

  it('leaves a year without a risk-compensation rate pending', () => {
    // Prepare: 2026-06-01 → 2027-06-01; the demo policy sets no rate for 2027
    const g = guarantee({ on: '2026-06-01' });

    // Act
    const lines = guaranteeEntitlements(g, linshanDemoPolicy);

    // Assess
    const pending = lines.find((l) => l.program === 'risk-compensation' && l.year === 2027);
    expect(pending).toMatchObject({ status: 'pending', amountFen: 0n });
    expect(pending?.reasons).toEqual(['version linshan-risk-compensation-2022 sets no rate for 2027 yet']);
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

    // Assess: 2,880,000 × 214 / 360 and × 151 / 360, both whole fen
    expect(summary(lines)).toEqual([
      ['ethnic-trade-loan', 2025, 'accrued', 1_712_000n],
      ['ethnic-trade-loan', 2026, 'accrued', 1_208_000n],
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
