import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbCounters, type Fact, monitoringManifest, summariseCounters } from '@sme/monitoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestTables, type TestTables } from '../support/dynamodb-local.ts';

let tables: TestTables;
let counters: DynamoDbCounters;
beforeAll(async () => {
  tables = await startTestTables('counttest', {
    'monitoring-counters': monitoringManifest.tables['monitoring-counters'],
  });
  // The only user of this client: the counters read numbers wrapped (their sums pass 2^53).
  const wrapped = DynamoDBDocumentClient.from(tables.documents as unknown as DynamoDBClient, {
    unmarshallOptions: { wrapNumbers: true },
  });
  counters = new DynamoDbCounters(wrapped, tables.names['monitoring-counters'] ?? '');
}, 60_000);
afterAll(async () => {
  await tables?.stop();
});

const labels = { township: {}, bank: {} };
const base = { uscc: 'E1', township: '999101002', industry: 'C', bankId: 'bank-gs' };
const approved = (seq: number, on: string, amountFen: number, rate: string): Fact => ({
  ...base,
  eventId: `bank-feedback:p1:${seq}`,
  kind: 'approved',
  on,
  subject: 'p1',
  seq,
  amountFen,
  annualRatePercent: rate,
  creditLoan: true,
  noLoanHousehold: true,
});

describe('Class: DynamoDbCounters (DynamoDB Local)', () => {
  it('counts facts once through redelivery, moves a re-approval, and keeps sums past 2^53 exact', async () => {
    // Prepare: 3,000,000,000,000,000 fen (30 万亿元) at 3.4567 %: rate × fen = 1.0370…e19 > 2^53.
    const big = 3_000_000_000_000_000;
    const pushed: Fact = { ...base, eventId: 'pushed:p1', kind: 'pushed', on: '2026-03-06', subject: 'p1' };

    // Act
    await counters.apply([pushed, approved(2, '2026-03-09', 100, '3.1')]);
    await counters.apply([pushed, approved(2, '2026-03-09', 100, '3.1')]); // redelivered
    await counters.apply([approved(5, '2026-04-02', big, '3.4567')]); // a later approval of the same push
    await counters.apply([approved(3, '2026-03-20', 7, '9')]); // an older step arriving late: ignored
    const march = await counters.read('2026-03-01', '2026-03-31', 'bank');
    const both = await counters.read('2026-03-05', '2026-04-30', 'township');

    // Assess
    const inMarch = summariseCounters(
      march.items,
      { from: '2026-03-01', to: '2026-03-31', groupBy: 'bank' },
      labels,
    );
    expect(inMarch.totals).toMatchObject({
      pushed: 1,
      approved: { count: 0, amountFen: '0' },
      firstLoanHouseholds: 1,
    });
    const overall = summariseCounters(
      both.items,
      { from: '2026-03-05', to: '2026-04-30', groupBy: 'township' },
      labels,
    );
    expect(overall.groups.map((g) => g.key)).toEqual(['999101002']);
    expect(overall.totals.approved).toEqual({ count: 1, amountFen: String(big) });
    expect(overall.totals.creditLoan.amountFen).toBe(String(big));
    expect(overall.totals.averageRatePercent).toEqual({ amountWeighted: '3.4567', simpleMean: '3.4567' });
    // Whole March comes from its month item: one item per group.
    expect(march.items).toHaveLength(1);
    expect(march.readUnits).toBeGreaterThan(0);
  });

  it('counts every fact when consumers write the same day and month items at once (conflicts retried)', async () => {
    // Act: 20 pushes of one day, from 20 concurrent writers.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        counters.apply([
          { ...base, eventId: `pushed:q${i}`, kind: 'pushed', on: '2026-05-06', subject: `q${i}` } as Fact,
        ]),
      ),
    );
    const may = await counters.read('2026-05-01', '2026-05-31', 'bank');

    // Assess
    const totals = summariseCounters(
      may.items,
      { from: '2026-05-01', to: '2026-05-31', groupBy: 'bank' },
      labels,
    ).totals;
    expect(totals.pushed).toBe(20);
  });
});
