import { describe, expect, it } from 'vitest';
import { agencies, record, usccA } from '../domain/credit-records.fixture.ts';
import type { CreditRecord } from '../domain/record.ts';
import { importRecordChunk } from './import-record-chunk.ts';
import type { CreditRecordStore, WriteOrigin } from './ports.ts';

/** importRecordChunk on an in-memory record store. */

class FakeRecordStore implements CreditRecordStore {
  readonly records = new Map<string, CreditRecord>();
  readonly writes: { records: CreditRecord[]; origin: WriteOrigin }[] = [];
  async getMany(agencyId: string, ids: string[]) {
    return new Map(
      ids.flatMap((id) => {
        const r = this.records.get(`${agencyId}|${id}`);
        return r ? [[id, r] as const] : [];
      }),
    );
  }
  async putAll(records: CreditRecord[], origin: WriteOrigin) {
    this.writes.push({ records, origin });
    for (const r of records) this.records.set(`${r.sourceAgencyId}|${r.sourceRecordId}`, r);
  }
}

const now = '2026-12-04T02:00:00.000Z';
const rating = (sourceRecordId: string, grade: string) => ({
  uscc: usccA,
  sourceRecordId,
  category: 'tax-credit-rating',
  occurredOn: '2026-04-20',
  evidenceRef: `case-file/${sourceRecordId}`,
  facts: { year: 2025, grade },
});
const chunk = (rows: { row: number; data: unknown; duplicateOf?: number }[]) => ({
  rows,
  principal: { clientId: 'cl_tax', orgId: agencies.tax.id },
  jobId: 'job-1',
});

describe('Function: importRecordChunk', () => {
  it('decides every row — created, corrected, unchanged, bad shape, duplicate, not the agency’s category — and writes the changes once', async () => {
    // Prepare: TCR-U exists with grade B, TCR-S with grade A.
    const store = new FakeRecordStore();
    for (const [id, grade] of [
      ['TCR-U', 'B'],
      ['TCR-S', 'A'],
    ] as const) {
      const r = record(agencies.tax.id, {
        sourceRecordId: id,
        category: 'tax-credit-rating',
        occurredOn: '2026-04-20',
        facts: { year: 2025, grade },
      });
      store.records.set(`${agencies.tax.id}|${id}`, r);
    }

    // Act
    const results = await importRecordChunk(
      chunk([
        {
          row: 6,
          data: {
            ...rating('PEN-1', 'A'),
            category: 'administrative-penalty', // the market regulator's, not the tax bureau's
            facts: {
              authority: '市市场监督管理局',
              decisionNo: '市监罚〔2026〕12号',
              amountFen: 500_000,
              reason: '虚假宣传',
            },
          },
        },
        { row: 1, data: rating('TCR-N', 'A') },
        { row: 2, data: rating('TCR-U', 'A') },
        { row: 3, data: rating('TCR-S', 'A') },
        { row: 4, data: { ...rating('TCR-X', 'A'), occurredOn: '2026-02-30' } },
        { row: 5, data: rating('TCR-N', 'A'), duplicateOf: 1 },
      ]),
      { agency: agencies.tax, supplyOverrides: {}, records: store, now },
    );

    // Assess
    expect(results.map((r) => [r.row, r.outcome, r.key])).toEqual([
      [1, 'created', 'TCR-N'],
      [2, 'corrected', 'TCR-U'],
      [3, 'unchanged', 'TCR-S'],
      [4, 'rejected', undefined],
      [5, 'rejected', 'TCR-N'],
      [6, 'rejected', 'PEN-1'],
    ]);
    expect(results[3]?.errors?.[0]?.path).toBe('occurredOn');
    expect(results[4]?.errors).toEqual([{ path: 'sourceRecordId', message: 'duplicate of row 1' }]);
    expect(results[5]?.errors?.[0]?.path).toBe('category');
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]?.records.map((r) => [r.sourceRecordId, r.version])).toEqual([
      ['TCR-N', 1],
      ['TCR-U', 2],
    ]);
    expect(store.writes[0]?.origin).toEqual({ clientId: 'cl_tax', orgId: 'tax-bureau', jobId: 'job-1' });
  });

  it('rejects every row of a principal that is not an agency of the city, and writes nothing', async () => {
    // Prepare
    const store = new FakeRecordStore();

    // Act
    const results = await importRecordChunk(
      { ...chunk([{ row: 1, data: rating('TCR-N', 'A') }]), principal: { clientId: 'c', orgId: 'bank-gs' } },
      { agency: undefined, supplyOverrides: {}, records: store, now },
    );

    // Assess
    expect(results).toEqual([
      {
        row: 1,
        outcome: 'rejected',
        errors: [{ path: '', message: 'bank-gs is not an agency of this city' }],
      },
    ]);
    expect(store.writes).toEqual([]);
  });
});
