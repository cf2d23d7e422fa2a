import { ConflictError, ForbiddenError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { agencies, submission, usccA, usccB } from './credit-records.fixture.ts';
import { applySubmission, revoke } from './record-history.ts';
import { parseCreditSubmission } from './submission.ts';

const t1 = '2025-06-01T08:00:00.000Z';
const t2 = '2025-06-02T08:00:00.000Z';
const t3 = '2025-06-03T08:00:00.000Z';

const rating = (grade: 'A' | 'B' | 'C', uscc = usccA) =>
  submission({
    sourceRecordId: 'TCR-2024',
    category: 'tax-credit-rating',
    occurredOn: '2025-04-20',
    facts: { year: 2024, grade },
    uscc,
  });

describe('Function: applySubmission', () => {
  it('creates version 1 for a new key', () => {
    // Act
    const outcome = applySubmission(undefined, agencies.tax.id, rating('A'), t1);

    // Assess
    expect(outcome.kind).toBe('created');
    expect(outcome.record).toMatchObject({
      sourceAgencyId: 'tax-bureau',
      sourceRecordId: 'TCR-2024',
      version: 1,
      status: 'active',
      createdAt: t1,
      updatedAt: t1,
      history: [],
    });
    expect(outcome.affectedUsccs).toEqual([usccA]);
  });

  it('treats a replay as a no-op, even with lower-case USCC and fields in another order', () => {
    // Prepare
    const { record } = applySubmission(undefined, agencies.tax.id, rating('A'), t1);
    const replay = parseCreditSubmission({
      facts: { grade: 'A', year: 2024 },
      evidenceRef: 'case-file/TCR-2024',
      occurredOn: '2025-04-20',
      category: 'tax-credit-rating',
      uscc: usccA.toLowerCase(),
      sourceRecordId: 'TCR-2024',
    });

    // Act
    const outcome = applySubmission(record, agencies.tax.id, replay, t2);

    // Assess
    expect(outcome.kind).toBe('unchanged');
    expect(outcome.record).toBe(record);
    expect(outcome.affectedUsccs).toEqual([]);
  });

  it('corrects: bumps the version and keeps the previous version in history', () => {
    // Prepare
    const { record } = applySubmission(undefined, agencies.tax.id, rating('A'), t1);

    // Act
    const outcome = applySubmission(record, agencies.tax.id, rating('C'), t2);

    // Assess
    expect(outcome.kind).toBe('corrected');
    expect(outcome.record).toMatchObject({ version: 2, facts: { grade: 'C' }, createdAt: t1, updatedAt: t2 });
    expect(outcome.record.history).toEqual([
      { version: 1, status: 'active', content: rating('A'), recordedAt: t1 },
    ]);
  });

  it('names both enterprises when a correction moves the record to another USCC', () => {
    // Prepare
    const { record } = applySubmission(undefined, agencies.tax.id, rating('A', usccB), t1);

    // Act
    const outcome = applySubmission(record, agencies.tax.id, rating('A', usccA), t2);

    // Assess
    expect(outcome.affectedUsccs).toEqual([usccA, usccB].sort());
  });

  it("refuses another agency's record", () => {
    // Prepare
    const { record } = applySubmission(undefined, agencies.tax.id, rating('A'), t1);

    // Act
    const attempt = () => applySubmission(record, agencies.amr.id, rating('C'), t2);

    // Assess
    expect(attempt).toThrow(ForbiddenError);
  });

  it('does not revive a revoked record with different content, but accepts its replay', () => {
    // Prepare
    const { record } = applySubmission(undefined, agencies.tax.id, rating('A'), t1);
    const revoked = revoke(record, { agencyId: agencies.tax.id }, 'rating withdrawn', t2).record;

    // Act
    const replay = applySubmission(revoked, agencies.tax.id, rating('A'), t3);
    const different = () => applySubmission(revoked, agencies.tax.id, rating('B'), t3);

    // Assess
    expect(replay.kind).toBe('unchanged');
    expect(replay.record.status).toBe('revoked');
    expect(different).toThrow(ConflictError);
  });
});

describe('Function: revoke', () => {
  it('bumps the version, records the reason and keeps the revoked version in history', () => {
    // Prepare
    const created = applySubmission(undefined, agencies.tax.id, rating('A'), t1).record;
    const corrected = applySubmission(created, agencies.tax.id, rating('B'), t2).record;

    // Act
    const outcome = revoke(corrected, { agencyId: agencies.tax.id }, '  wrong enterprise  ', t3);

    // Assess
    expect(outcome.kind).toBe('revoked');
    expect(outcome.record).toMatchObject({
      version: 3,
      status: 'revoked',
      revocation: { reason: 'wrong enterprise', revokedAt: t3 },
      facts: { grade: 'B' },
    });
    expect(outcome.record.history.map((v) => [v.version, v.status, v.content.facts])).toEqual([
      [1, 'active', { year: 2024, grade: 'A' }],
      [2, 'active', { year: 2024, grade: 'B' }],
    ]);
  });

  it('is a no-op on a revoked record', () => {
    // Prepare
    const created = applySubmission(undefined, agencies.tax.id, rating('A'), t1).record;
    const revoked = revoke(created, { agencyId: agencies.tax.id }, 'withdrawn', t2).record;

    // Act
    const again = revoke(revoked, { agencyId: agencies.tax.id }, 'withdrawn', t3);

    // Assess
    expect(again.kind).toBe('unchanged');
    expect(again.record.version).toBe(2);
  });

  it('refuses another agency, and an empty reason', () => {
    // Prepare
    const created = applySubmission(undefined, agencies.tax.id, rating('A'), t1).record;

    // Act
    const byCourt = () => revoke(created, { agencyId: agencies.court.id }, 'not ours', t2);
    const noReason = () => revoke(created, { agencyId: agencies.tax.id }, '   ', t2);

    // Assess
    expect(byCourt).toThrow(ForbiddenError);
    expect(noReason).toThrow(
      expect.objectContaining({ issues: [{ path: 'reason', message: 'must be 1 to 1000 characters' }] }),
    );
  });
});
