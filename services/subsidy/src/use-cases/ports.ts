import type { BookRecord } from '../domain/book.ts';
import type { Borrower } from '../domain/borrower.ts';
import type { Entitlement } from '../domain/entitlements.ts';
import type { PublishedItem } from '../domain/published-policy.ts';

/** The book as the use cases need it (DynamoDbSubsidyBook implements it). */
export interface SubsidyBook {
  get(recordId: string): Promise<BookRecord | undefined>;
  /** False when the record already exists: nothing was written. */
  create(record: BookRecord, entitlements: Entitlement[]): Promise<boolean>;
  /** Throws `ConcurrentModificationError` when `previous` is no longer the stored version. */
  update(previous: BookRecord, next: BookRecord, entitlements: Entitlement[]): Promise<void>;
}

/** The registry projection (DynamoDbBorrowerStore implements it). */
export interface Borrowers {
  get(uscc: string): Promise<Borrower | undefined>;
}

/** One audit entry of a change made by the service itself (not by a caller). */
export interface ServiceAuditEntry {
  subjectType: string;
  subjectId: string;
  action: string;
  at: string;
  discriminator: string;
  detail: Record<string, unknown>;
}
export type Audit = (entry: ServiceAuditEntry) => Promise<void>;

/** Published policy (DynamoDbPolicyStore implements it). */
export interface PolicyStore {
  /** Every publication, in publication order. */
  list(): Promise<PublishedItem[]>;
  /** Stores the item with its audit entry atomically; false when the same key exists. */
  publish(item: PublishedItem, audit: PublicationAudit): Promise<boolean>;
}

/** The audit entry a publication is stored with. */
export interface PublicationAudit {
  subjectType: string;
  subjectId: string;
  action: string;
  principal: { clientId: string; orgId: string; role?: string };
  at: string;
  discriminator: string;
  detail: Record<string, unknown>;
}
