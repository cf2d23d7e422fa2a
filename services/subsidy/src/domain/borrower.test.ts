import { describe, expect, it } from 'vitest';
import { borrowerFromSummary } from './borrower.ts';

describe('Function: borrowerFromSummary', () => {
  it.each([
    [{ entityType: 'enterprise', sizeClass: 'small', industryCode: 'C3420' }, 'small-enterprise', []],
    [{ entityType: 'enterprise', sizeClass: 'micro', industryCode: 'F5123' }, 'micro-enterprise', []],
    [{ entityType: 'enterprise', sizeClass: 'large', industryCode: 'C3911' }, 'large-enterprise', []],
    [
      { entityType: 'individual-business', sizeClass: 'micro', industryCode: 'H6210' },
      'individual-business',
      [],
    ],
    [{ entityType: 'individual-business', industryCode: 'H6210' }, 'individual-business', []],
    [{ entityType: 'enterprise', industryCode: 'C3420' }, undefined, []],
    [
      { entityType: 'family-farm', sizeClass: 'micro', industryCode: 'C1311' },
      'micro-enterprise',
      ['agricultural'],
    ],
    [
      { entityType: 'enterprise', sizeClass: 'small', industryCode: 'A0111' },
      'small-enterprise',
      ['agricultural'],
    ],
  ])('%o → %s %o', (summary, borrowerType, tags) => {
    // Act
    const borrower = borrowerFromSummary('91999101MA00000110', 3, summary);

    // Assess
    expect(borrower.borrowerType).toBe(borrowerType);
    expect(borrower.tags).toEqual(tags);
    expect(borrower.industryCode).toBe(summary.industryCode);
    expect(borrower.enterpriseVersion).toBe(3);
  });
});
