import { ConcurrentModificationError } from '@sme/kernel';
import type { BookRecord } from '../domain/book.ts';
import type { Entitlement } from '../domain/entitlements.ts';
import type { Audit, ServiceAuditEntry, SubsidyBook } from './ports.ts';

/** An in-memory book with the adapter's conditions: create once per record, update on the version. */
export class InMemoryBook implements SubsidyBook {
  readonly records = new Map<string, BookRecord>();
  readonly lines = new Map<string, Entitlement>();
  /** Makes the next `update` lose a race once, as if another change had landed first. */
  raceOnce = false;

  async get(recordId: string) {
    return this.records.get(recordId);
  }

  async create(record: BookRecord, entitlements: Entitlement[]) {
    if (this.records.has(record.recordId)) return false;
    this.records.set(record.recordId, record);
    for (const e of entitlements) this.lines.set(`${e.year}|${e.program}|${e.recordId}`, e);
    return true;
  }

  async update(previous: BookRecord, next: BookRecord, entitlements: Entitlement[]) {
    const stored = this.records.get(previous.recordId);
    if (this.raceOnce || stored?.version !== previous.version) {
      this.raceOnce = false;
      throw new ConcurrentModificationError('changed meanwhile');
    }
    this.records.set(next.recordId, next);
    for (const e of entitlements) this.lines.set(`${e.year}|${e.program}|${e.recordId}`, e);
  }

  /** Σ amountFen of a year's lines of one program. */
  actual(year: number, program: string): bigint {
    let sum = 0n;
    for (const e of this.lines.values()) if (e.year === year && e.program === program) sum += e.amountFen;
    return sum;
  }
}

export function recordingAudit(): Audit & { entries: ServiceAuditEntry[] } {
  const entries: ServiceAuditEntry[] = [];
  const audit = async (entry: ServiceAuditEntry) => {
    entries.push(entry);
  };
  return Object.assign(audit, { entries });
}
