import { ConflictError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { guarantee, reporter } from './book.fixture.ts';
import { applyDefault, applyDisbursement, applyRepayment } from './guarantee-reports.ts';
import { issuesOf } from './policy.fixture.ts';

const repayment = { reportId: 'r-1', repaidOn: '2025-09-01', amountFen: 200_000_000 };

describe('Function: applyRepayment', () => {
  it('releases the amount from the outstanding balance and bumps the version', () => {
    // Act
    const { record, changed } = applyRepayment(guarantee(), repayment, reporter);

    // Assess
    expect(changed).toBe(true);
    expect(record.outstandingFen).toBe(300_000_000);
    expect(record.status).toBe('ACTIVE');
    expect(record.version).toBe(2);
    expect(record.repayments).toEqual([{ ...repayment, reportedAt: reporter.at, reportedBy: reporter.by }]);
  });

  it('changes nothing when the same report comes again', () => {
    // Prepare
    const once = applyRepayment(guarantee(), repayment, reporter).record;

    // Act
    const again = applyRepayment(once, repayment, reporter);

    // Assess
    expect(again.changed).toBe(false);
    expect(again.record).toBe(once);
  });

  it('refuses a report id reused with other figures (409)', () => {
    // Prepare
    const once = applyRepayment(guarantee(), repayment, reporter).record;

    // Act / Assess
    expect(() => applyRepayment(once, { ...repayment, amountFen: 1 }, reporter)).toThrow(ConflictError);
  });

  it.each([
    [{ amountFen: 500_000_001 }, 'amountFen'],
    [{ repaidOn: '2025-02-28' }, 'repaidOn'],
    [{ repaidOn: '2025-12-03' }, 'repaidOn'], // after "today" (2025-12-02)
  ])('refuses %o, naming %s', (change, path) => {
    // Act
    const issues = issuesOf(() => applyRepayment(guarantee(), { ...repayment, ...change }, reporter));

    // Assess
    expect(issues.map((i) => i.path)).toEqual([path]);
  });

  it('closes the guarantee at zero and refuses a repayment after that (409)', () => {
    // Prepare
    const { record } = applyRepayment(guarantee(), { ...repayment, amountFen: 500_000_000 }, reporter);

    // Act / Assess
    expect(record.status).toBe('REPAID');
    expect(() => applyRepayment(record, { ...repayment, reportId: 'r-2', amountFen: 1 }, reporter)).toThrow(
      ConflictError,
    );
  });
});

describe('Function: applyDefault', () => {
  it('marks the guarantee DEFAULTED with the compensation paid', () => {
    // Act
    const { record } = applyDefault(
      guarantee(),
      { reportId: 'd-1', defaultedOn: '2025-07-01', compensatedFen: 100_000_000 },
      reporter,
    );

    // Assess
    expect(record.status).toBe('DEFAULTED');
    expect(record.defaulted).toMatchObject({ defaultedOn: '2025-07-01', compensatedFen: 100_000_000 });
  });

  it.each([
    [{ defaultedOn: '2025-08-31' }, 'defaultedOn'], // before the repayment of 2025-09-01
    [{ compensatedFen: 300_000_001 }, 'compensatedFen'], // 300,000,000 still outstanding
  ])('refuses %o after a repayment, naming %s', (change, path) => {
    // Prepare
    const repaid = applyRepayment(guarantee(), repayment, reporter).record;

    // Act
    const issues = issuesOf(() =>
      applyDefault(repaid, { reportId: 'd-1', defaultedOn: '2025-10-01', ...change }, reporter),
    );

    // Assess
    expect(issues.map((i) => i.path)).toEqual([path]);
  });
});

describe('Function: applyDisbursement', () => {
  it('re-bases the record on the disbursed amount and date, once', () => {
    // Prepare
    const disbursement = { eventId: 'bank-feedback:p-1:4', on: '2025-03-10', amountFen: 450_000_000 };

    // Act
    const first = applyDisbursement(guarantee(), disbursement, reporter.at);
    const again = applyDisbursement(first.record, disbursement, reporter.at);

    // Assess
    expect(first.record).toMatchObject({
      principalFen: 450_000_000,
      outstandingFen: 450_000_000,
      startDate: '2025-03-10',
      endDate: '2026-03-10',
      contractDate: '2025-03-01',
      version: 2,
    });
    expect(again.changed).toBe(false);
  });

  it('is ignored, with the reason, once the guarantor has reported a repayment', () => {
    // Prepare
    const repaid = applyRepayment(guarantee(), repayment, reporter).record;

    // Act
    const result = applyDisbursement(repaid, { eventId: 'e-9', on: '2025-03-10', amountFen: 1 }, reporter.at);

    // Assess
    expect(result.changed).toBe(false);
    expect(result.ignored).toBe('the guarantor has already reported on this guarantee');
  });
});
