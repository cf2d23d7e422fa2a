import type { CreditRecord } from './record.ts';

/** A record's key: the supplying agency and its own record id; `version`, when known, the one just written. */
export interface RecordKey {
  sourceAgencyId: string;
  sourceRecordId: string;
  version?: number;
}

/** One enterprise to re-evaluate, and the records whose change asked for it. */
export interface RecomputeRequest {
  uscc: string;
  reason: string;
  records?: RecordKey[];
}

/** One new version of a record, as the table's stream shows it (`before` absent for a new record). */
export interface RecordChange {
  before?: CreditRecord;
  after: CreditRecord;
}

/**
 * The enterprises a record change concerns: the one it is about and, when a correction moved it to
 * another USCC, the one it was about (whose profile loses it).
 */
export function requestsOf(change: RecordChange): RecomputeRequest[] {
  const key = {
    sourceAgencyId: change.after.sourceAgencyId,
    sourceRecordId: change.after.sourceRecordId,
    version: change.after.version,
  };
  const usccs = [change.after.uscc, ...(change.before ? [change.before.uscc] : [])];
  return [...new Set(usccs)].map((uscc) => ({ uscc, reason: 'record-changed', records: [key] }));
}

/**
 * One request per enterprise, in order of first appearance: the records of every request for it, each
 * once (with the highest version named); the reasons, each once. A batch of ten records about three enterprises is three recomputes.
 *
 * @example
 * collapseRequests([{ uscc: 'A', reason: 'x' }, { uscc: 'B', reason: 'x' }, { uscc: 'A', reason: 'y' }]);
 * // [{ uscc: 'A', reason: 'x,y' }, { uscc: 'B', reason: 'x' }]
 */
export function collapseRequests(requests: readonly RecomputeRequest[]): RecomputeRequest[] {
  const byUscc = new Map<string, { reasons: Set<string>; records: Map<string, RecordKey> }>();
  for (const request of requests) {
    let entry = byUscc.get(request.uscc);
    if (!entry) {
      entry = { reasons: new Set(), records: new Map() };
      byUscc.set(request.uscc, entry);
    }
    entry.reasons.add(request.reason);
    for (const r of request.records ?? []) {
      const id = `${r.sourceAgencyId}/${r.sourceRecordId}`;
      const seen = entry.records.get(id);
      if (!seen || (r.version ?? 0) > (seen.version ?? 0)) entry.records.set(id, r);
    }
  }
  return [...byUscc].map(([uscc, { reasons, records }]) => ({
    uscc,
    reason: [...reasons].join(','),
    ...(records.size > 0 ? { records: [...records.values()] } : {}),
  }));
}
