import { describe, expect, it } from 'vitest';
import { submission } from './credit-records.fixture.ts';
import {
  defaultRetentionPolicy,
  isInForce,
  type RetentionPolicy,
  retentionPolicySchema,
  ttlEpochSeconds,
} from './retention.ts';

const penalty = (dates: {
  occurredOn: string;
  conductEndedOn?: string;
  expiresOn?: string;
  effectiveFrom?: string;
}) =>
  submission({
    sourceRecordId: 'PEN',
    category: 'administrative-penalty',
    ...dates,
    facts: { authority: '市市场监督管理局', decisionNo: '罚1', amountFen: 100_000, reason: '违规' },
  });

const abnormal = (removedOn?: string, conductEndedOn?: string) =>
  submission({
    sourceRecordId: 'ABN',
    category: 'abnormal-operation',
    occurredOn: '2018-04-02',
    ...(conductEndedOn ? { conductEndedOn } : {}),
    facts: { reason: 'unreachable-at-address', listedOn: '2018-04-02', ...(removedOn ? { removedOn } : {}) },
  });

describe('Function: isInForce', () => {
  it('keeps a negative record through the 5th anniversary of the end of the conduct, not a day longer', () => {
    // Prepare: 民法典 201–202: the end day is not counted; the period ends on the corresponding day
    const record = penalty({ occurredOn: '2021-01-04', conductEndedOn: '2021-03-15' });

    // Act
    const lastDay = isInForce(record, '2026-03-15', defaultRetentionPolicy);
    const dayAfter = isInForce(record, '2026-03-16', defaultRetentionPolicy);

    // Assess
    expect(lastDay).toEqual({
      inForce: true,
      reason: 'in-force',
      expiresOn: '2026-03-16',
      lastDayInForce: '2026-03-15',
    });
    expect(dayAfter).toEqual({
      inForce: false,
      reason: 'retention-elapsed',
      expiresOn: '2026-03-16',
      lastDayInForce: '2026-03-15',
    });
  });

  it('counts from occurredOn when the end of the conduct is not given, and ends 29 February on 28 February', () => {
    // Prepare
    const record = penalty({ occurredOn: '2024-02-29' });

    // Act
    const verdict = isInForce(record, '2029-02-28', defaultRetentionPolicy);

    // Assess: 2029 has no 29 February, so the month's last day is the period's last day
    expect(verdict).toMatchObject({ inForce: true, lastDayInForce: '2029-02-28', expiresOn: '2029-03-01' });
    expect(isInForce(record, '2029-03-01', defaultRetentionPolicy).inForce).toBe(false);
  });

  it("applies a city's shorter period for one category only", () => {
    // Prepare
    const policy: RetentionPolicy = retentionPolicySchema().parse({
      retentionYears: { 'administrative-penalty': 3 },
    });
    const record = penalty({ occurredOn: '2022-06-30' });

    // Act
    const verdict = isInForce(record, '2025-07-01', policy);

    // Assess: 2022-06-30 + 3 years = 2025-06-30 last day
    expect(verdict).toMatchObject({
      inForce: false,
      reason: 'retention-elapsed',
      lastDayInForce: '2025-06-30',
    });
    expect(isInForce(record, '2025-07-01', defaultRetentionPolicy).inForce).toBe(true);
  });

  it('ends a record on an explicit expiresOn before its retention period', () => {
    // Prepare
    const record = penalty({ occurredOn: '2024-01-10', expiresOn: '2025-01-10' });

    // Act
    const before = isInForce(record, '2025-01-09', defaultRetentionPolicy);
    const on = isInForce(record, '2025-01-10', defaultRetentionPolicy);

    // Assess
    expect(before).toMatchObject({ inForce: true, expiresOn: '2025-01-10', lastDayInForce: '2025-01-09' });
    expect(on).toMatchObject({ inForce: false, reason: 'expired' });
  });

  it('does not count a record before it takes effect', () => {
    // Prepare
    const record = penalty({ occurredOn: '2025-03-01', effectiveFrom: '2025-04-01' });

    // Act / Assess
    expect(isInForce(record, '2025-03-31', defaultRetentionPolicy)).toMatchObject({
      inForce: false,
      reason: 'not-yet-effective',
    });
    expect(isInForce(record, '2025-04-01', defaultRetentionPolicy).inForce).toBe(true);
  });

  it('keeps an ongoing listing in force beyond five years, and ends it on the removal day', () => {
    // Prepare
    const ongoing = abnormal();
    const removed = abnormal('2025-02-10');

    // Act
    const sevenYearsOn = isInForce(ongoing, '2025-04-02', defaultRetentionPolicy);
    const dayBeforeRemoval = isInForce(removed, '2025-02-09', defaultRetentionPolicy);
    const removalDay = isInForce(removed, '2025-02-10', defaultRetentionPolicy);

    // Assess
    expect(sevenYearsOn).toEqual({ inForce: true, reason: 'in-force' });
    expect(dayBeforeRemoval).toMatchObject({ inForce: true, expiresOn: '2025-02-10' });
    expect(removalDay).toMatchObject({ inForce: false, reason: 'ended' });
  });

  it('never counts a revoked record', () => {
    // Prepare
    const record = { ...penalty({ occurredOn: '2025-01-02' }), status: 'revoked' as const };

    // Act / Assess
    expect(isInForce(record, '2025-06-30', defaultRetentionPolicy)).toMatchObject({
      inForce: false,
      reason: 'revoked',
    });
  });
});

describe('Function: retentionPolicySchema', () => {
  it('rejects periods beyond the legal five years and periods for non-negative categories', () => {
    // Act
    const result = retentionPolicySchema().safeParse({
      retentionYears: { 'administrative-penalty': 6, honour: 2 },
    });

    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'retentionYears.administrative-penalty',
      'retentionYears.honour',
    ]);
  });
});

describe('Function: ttlEpochSeconds', () => {
  it('is 00:00 China Standard Time on the first day out of retention', () => {
    // Prepare
    const record = penalty({ occurredOn: '2021-01-04', conductEndedOn: '2021-03-15' });

    // Act
    const ttl = ttlEpochSeconds(record, defaultRetentionPolicy);

    // Assess: 2026-03-16T00:00+08:00 = 2026-03-15T16:00Z
    expect(ttl).toBe(Date.parse('2026-03-15T16:00:00Z') / 1000);
  });

  it('runs from the removal day for a removed listing, and is absent while the listing is ongoing', () => {
    // Act
    const removed = ttlEpochSeconds(abnormal('2020-09-01'), defaultRetentionPolicy);
    const ongoing = ttlEpochSeconds(abnormal(), defaultRetentionPolicy);

    // Assess: removal 2020-09-01 → retention through 2025-09-01 → TTL at 2025-09-02T00:00+08:00
    expect(removed).toBe(Date.parse('2025-09-01T16:00:00Z') / 1000);
    expect(ongoing).toBeUndefined();
  });

  it('is absent for a positive record without expiry', () => {
    // Prepare
    const honour = submission({
      sourceRecordId: 'HON',
      category: 'honour',
      occurredOn: '2024-10-01',
      facts: { title: '小巨人', level: 'national', year: 2024, awardedBy: '工业和信息化部' },
    });

    // Act / Assess
    expect(ttlEpochSeconds(honour, defaultRetentionPolicy)).toBeUndefined();
  });
});
