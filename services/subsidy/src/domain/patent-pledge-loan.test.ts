import { describe, expect, it } from 'vitest';
import { linshanDemoPolicy } from './demo-policy.ts';
import { calculatePatentPledgeLoanSubsidy } from './patent-pledge-loan.ts';

const onTime = [
  { dueDate: '2024-03-20', paidDate: '2024-03-18', interestPaid: '10000.00' },
  { dueDate: '2024-06-20', paidDate: '2024-06-20', interestPaid: '10000.00' }, // on the due date is on time
  { dueDate: '2024-09-20', paidDate: '2024-09-19', interestPaid: '10000.00' },
];

describe('Function: calculatePatentPledgeLoanSubsidy', () => {
  it('refunds half of the interest paid when every instalment was on time', () => {
    // Act
    const result = calculatePatentPledgeLoanSubsidy(
      { contractDate: '2024-01-02', fullyRepaid: true, repayments: onTime },
      linshanDemoPolicy,
    );

    // Assess: 3 × 1,000,000 fen × 0.5 = 1,500,000
    expect(result.amountFen).toBe(1_500_000n);
    expect(result.eligible).toBe(true);
  });

  it('pays zero, naming the instalment, when one repayment was a day late', () => {
    // Prepare
    const repayments = [
      ...onTime.slice(0, 2),
      { dueDate: '2024-09-20', paidDate: '2024-09-21', interestPaid: '10000.00' },
    ];

    // Act
    const result = calculatePatentPledgeLoanSubsidy(
      { contractDate: '2024-01-02', fullyRepaid: true, repayments },
      linshanDemoPolicy,
    );

    // Assess
    expect(result.amountFen).toBe(0n);
    expect(result.reasons).toEqual(['instalment due 2024-09-20 paid 2024-09-21, 1 day(s) late']);
  });

  it('pays zero before the loan is fully repaid', () => {
    // Act
    const result = calculatePatentPledgeLoanSubsidy(
      { contractDate: '2024-01-02', fullyRepaid: false, repayments: onTime },
      linshanDemoPolicy,
    );

    // Assess
    expect(result.amountFen).toBe(0n);
    expect(result.reasons).toEqual(['loan not yet fully repaid']);
  });

  it('rounds an exact half fen up', () => {
    // Prepare: 3 × 333.33 CNY = 99,999 fen; × 0.5 = 49,999.5
    const repayments = onTime.map((r) => ({ ...r, interestPaid: '333.33' }));

    // Act
    const result = calculatePatentPledgeLoanSubsidy(
      { contractDate: '2024-01-02', fullyRepaid: true, repayments },
      linshanDemoPolicy,
    );

    // Assess
    expect(result.breakdown.find((l) => l.step === 'subsidyUnroundedFen')?.value).toBe('49999.5');
    expect(result.amountFen).toBe(50_000n);
  });
});
