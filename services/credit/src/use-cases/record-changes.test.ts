import type { AuditEntry } from '@sme/runtime';
import { describe, expect, it } from 'vitest';
import { agencies, record, usccA, usccB } from '../domain/credit-records.fixture.ts';
import { applySubmission } from '../domain/record-history.ts';
import type { AuditLog, RecomputeQueue, RecomputeRequest } from './ports.ts';
import { handleRecordChanges, type OriginatedChange } from './record-changes.ts';

/** handleRecordChanges on in-memory ports. */

const usccC = '91510100MA6CAB14X6';

class FakeAudit implements AuditLog {
  readonly entries: AuditEntry[] = [];
  async append(entries: AuditEntry[]) {
    this.entries.push(...entries);
  }
}
class FakeQueue implements RecomputeQueue {
  readonly calls: RecomputeRequest[][] = [];
  async request(requests: RecomputeRequest[]) {
    this.calls.push(requests);
  }
}

const origin = { clientId: 'cl_tax', orgId: 'tax-bureau', jobId: 'job-1' };
const rating = (uscc: string, id: string, grade: 'A' | 'B' | 'M' | 'C' | 'D' = 'A') =>
  record(agencies.tax.id, {
    uscc,
    sourceRecordId: id,
    category: 'tax-credit-rating',
    occurredOn: '2026-04-20',
    facts: { year: 2025, grade },
  });

describe('Function: handleRecordChanges', () => {
  it('audits 10 new records about 3 enterprises one by one and asks for 3 recomputes in one call', async () => {
    // Prepare: A ×4, B ×3, C ×3.
    const plan = [usccA, usccB, usccC, usccA, usccB, usccC, usccA, usccB, usccC, usccA];
    const changes: OriginatedChange[] = plan.map((uscc, i) => ({ after: rating(uscc, `R${i}`), origin }));
    const audit = new FakeAudit();
    const queue = new FakeQueue();

    // Act
    const result = await handleRecordChanges(changes, { audit, recompute: queue });

    // Assess
    expect(result).toEqual({ audited: 10, recomputes: 3 });
    expect(audit.entries).toHaveLength(10);
    expect(audit.entries[0]).toMatchObject({
      subjectType: 'credit-record',
      subjectId: 'tax-bureau/R0',
      action: 'credit-record.created',
      principal: { clientId: 'cl_tax', orgId: 'tax-bureau' },
      discriminator: 'v1',
    });
    expect(queue.calls).toHaveLength(1);
    expect(queue.calls[0]?.map((r) => [r.uscc, r.records?.map((k) => k.sourceRecordId)])).toEqual([
      [usccA, ['R0', 'R3', 'R6', 'R9']],
      [usccB, ['R1', 'R4', 'R7']],
      [usccC, ['R2', 'R5', 'R8']],
    ]);
  });

  it('asks for both enterprises of a record a correction moved, and audits it as corrected from', async () => {
    // Prepare
    const before = rating(usccA, 'R1');
    const after = applySubmission(
      before,
      agencies.tax.id,
      { ...before, uscc: usccB } as Parameters<typeof applySubmission>[2],
      '2026-06-01T00:00:00.000Z',
    ).record;
    const audit = new FakeAudit();
    const queue = new FakeQueue();

    // Act
    await handleRecordChanges([{ before, after, origin }], { audit, recompute: queue });

    // Assess
    expect(audit.entries[0]).toMatchObject({
      action: 'credit-record.corrected',
      detail: { movedFrom: usccA },
    });
    expect(queue.calls[0]?.map((r) => r.uscc)).toEqual([usccB, usccA]);
  });

  it('asks for nothing when the batch held no record version', async () => {
    const queue = new FakeQueue();
    expect(await handleRecordChanges([], { audit: new FakeAudit(), recompute: queue })).toEqual({
      audited: 0,
      recomputes: 0,
    });
    expect(queue.calls).toEqual([]);
  });
});
