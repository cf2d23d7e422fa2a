import { describe, expect, it } from 'vitest';
import { agencies, record, usccA, usccB } from './credit-records.fixture.ts';
import { collapseRequests, requestsOf } from './recompute-batch.ts';

const usccC = '91510100MA6CAB14X6';

describe('Function: collapseRequests', () => {
  it('turns 10 requests about 3 enterprises into 3, each with its records once', () => {
    // Prepare: A ×5 (one record named twice), B ×3, C ×2.
    const plan: [string, string][] = [
      [usccA, 'R1'],
      [usccB, 'R2'],
      [usccA, 'R3'],
      [usccC, 'R4'],
      [usccA, 'R1'],
      [usccB, 'R5'],
      [usccA, 'R6'],
      [usccC, 'R7'],
      [usccB, 'R8'],
      [usccA, 'R9'],
    ];
    const requests = plan.map(([uscc, id]) => ({
      uscc,
      reason: 'record-changed',
      records: [{ sourceAgencyId: 'tax-bureau', sourceRecordId: id }],
    }));

    // Act
    const collapsed = collapseRequests(requests);

    // Assess
    expect(collapsed.map((r) => [r.uscc, r.records?.map((k) => k.sourceRecordId)])).toEqual([
      [usccA, ['R1', 'R3', 'R6', 'R9']],
      [usccB, ['R2', 'R5', 'R8']],
      [usccC, ['R4', 'R7']],
    ]);
    expect(collapsed.every((r) => r.reason === 'record-changed')).toBe(true);
  });

  it('keeps the highest version named for a record', () => {
    const key = (version: number) => ({ sourceAgencyId: 'tax-bureau', sourceRecordId: 'R1', version });
    expect(
      collapseRequests([
        { uscc: usccA, reason: 'record-changed', records: [key(2)] },
        { uscc: usccA, reason: 'record-changed', records: [key(3)] },
        { uscc: usccA, reason: 'record-changed', records: [key(1)] },
      ])[0]?.records,
    ).toEqual([key(3)]);
  });

  it('keeps each reason once and leaves out `records` when no request named any', () => {
    expect(
      collapseRequests([
        { uscc: usccA, reason: 'EnterpriseRegistered' },
        { uscc: usccA, reason: 'test' },
        { uscc: usccA, reason: 'test' },
      ]),
    ).toEqual([{ uscc: usccA, reason: 'EnterpriseRegistered,test' }]);
  });
});

describe('Function: requestsOf', () => {
  const rating = (uscc: string) =>
    record(agencies.tax.id, {
      uscc,
      sourceRecordId: 'TCR-1',
      category: 'tax-credit-rating',
      occurredOn: '2026-04-20',
      facts: { year: 2025, grade: 'A' },
    });

  it('asks for the enterprise the record is about', () => {
    expect(requestsOf({ after: rating(usccA) })).toEqual([
      {
        uscc: usccA,
        reason: 'record-changed',
        records: [{ sourceAgencyId: 'tax-bureau', sourceRecordId: 'TCR-1', version: 1 }],
      },
    ]);
  });

  it('asks for both enterprises when a correction moved the record to another USCC', () => {
    expect(requestsOf({ before: rating(usccA), after: rating(usccB) }).map((r) => r.uscc)).toEqual([
      usccB,
      usccA,
    ]);
  });
});
