import type { CreditProfileChanged } from '@sme/events';
import type { AuditEntry } from '@sme/runtime';
import type { PublishedProfile } from '../domain/profile-change.ts';
import type { RecomputeRequest, RecordKey } from '../domain/recompute-batch.ts';
import type { CreditRecord } from '../domain/record.ts';

export type { RecomputeRequest, RecordKey };

/** Who wrote a record version: the client, its organisation and the request or import job. */
export interface WriteOrigin {
  clientId: string;
  orgId: string;
  requestId?: string;
  jobId?: string;
}

/** `credit-records`, as the import use case needs it (the adapter is DynamoDbCreditRecordStore). */
export interface CreditRecordStore {
  /** An agency's current records by their source ids. */
  getMany(agencyId: string, sourceRecordIds: string[]): Promise<Map<string, CreditRecord>>;
  putAll(records: CreditRecord[], origin: WriteOrigin): Promise<void>;
}

/** `credit-records`, as the recompute reads it. */
export interface EnterpriseRecords {
  /**
   * Every current record about the enterprise (revoked ones included; evaluation skips them).
   * `justWritten` are records the caller knows were just written about it, with the version written:
   * read whether or not an index shows them yet, never older than that version (one that now names
   * another enterprise is left out).
   */
  ofEnterprise(uscc: string, justWritten?: readonly RecordKey[]): Promise<CreditRecord[]>;
}

/** What `credit-profiles` keeps for the recompute: the version and what was last published. */
export interface ProfileState {
  profileVersion: number;
  /** What the last CreditProfileChanged said; undefined when none was published yet. */
  published?: PublishedProfile;
}

/** `credit-profiles` (the adapter is DynamoDbCreditProfileStore). */
export interface CreditProfileStore {
  /** Strongly consistent: the version the next save is conditioned on. */
  stateOf(uscc: string): Promise<ProfileState | undefined>;
  /** Stores what was published as `previousVersion + 1`, if nobody stored another since; else throws. */
  savePublished(
    uscc: string,
    previousVersion: number,
    published: PublishedProfile,
    now: string,
  ): Promise<void>;
  /** Records that the registry knows the enterprise, in that township; says whether it was evaluated before. */
  markRegistered(uscc: string, township: string): Promise<{ evaluated: boolean }>;
}

/** The `credit-profile-events` channel. */
export interface ProfileEvents {
  publish(events: CreditProfileChanged[]): Promise<void>;
}

/** The `credit-recompute` queue. Throws if any request could not be queued. */
export interface RecomputeQueue {
  request(requests: RecomputeRequest[]): Promise<void>;
}

/** The platform's append-only audit table; appending an entry twice keeps one. */
export interface AuditLog {
  append(entries: AuditEntry[]): Promise<void>;
}
