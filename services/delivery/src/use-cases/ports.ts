import type { DeliveryRecord, DeliveryStatus } from '../domain/delivery-record.ts';
import type { PushItem } from '../domain/push.ts';
import type { StoredSigningSecret } from '../domain/sealed-secrets.ts';
import type { RotationMark } from './webhook-secrets.ts';

/**
 * What delivery's use cases need from storage, and nothing about how it is stored: the DynamoDB
 * adapters implement these, the use-case tests use in-memory fakes.
 */

/** `delivery-deliveries`: one record per notice and bank, the truth about its attempts. */
export interface DeliveryStore {
  /** Creates the record; when it exists already (a re-processed event), answers the stored one. */
  create(record: DeliveryRecord): Promise<{ created: boolean; record: DeliveryRecord }>;
  get(deliveryId: string, consistent?: boolean): Promise<DeliveryRecord | undefined>;
  /** Takes the attempt `attempt` for `leaseMs`; false when another copy holds it or the record moved on. */
  claim(record: DeliveryRecord, attempt: number, now: Date, leaseMs: number): Promise<boolean>;
  /** Writes the record after an attempt, conditioned on the state it was computed from. */
  save(
    next: DeliveryRecord,
    expected: { status: DeliveryStatus; attempts: number; round: number },
  ): Promise<void>;
  count(status: DeliveryStatus): Promise<number>;
}

/** A webhook bank's endpoint: its sealed signing secrets and whether a 410 disabled it. */
export interface EndpointState {
  bankId: string;
  /** Sealed with the city key `webhook-secrets`; rows written before sealing may hold plaintext (legacy). */
  secrets: StoredSigningSecret[];
  disabled?: { at: string; status: number };
  /** The last rotation and the (hashed) Idempotency-Key it was made with. */
  rotation?: RotationMark;
}

/** `delivery-endpoints`. */
export interface EndpointStore {
  get(bankId: string): Promise<EndpointState>;
  /** Stores a rotation only if no other one landed since `newestBefore` was read; false when one did. */
  putRotated(state: EndpointState, newestBefore: string | undefined): Promise<boolean>;
  disable(bankId: string, at: string, status: number): Promise<void>;
  enable(bankId: string): Promise<void>;
}

/** `delivery-pushes`: the banks' inbox items, as the deadline sweep reads them. */
export interface PushStore {
  /** Undecided pushes whose earliest deadline may fall before `before`, page by page. */
  dueBefore(before: string): AsyncGenerator<PushItem[]>;
  /** Records an alert once: false when it was already recorded or the push was decided meanwhile. */
  recordAlert(pushId: string, alert: string): Promise<boolean>;
}

/** An enterprise's no-loan household flag as of a registry version (the 5-working-day reply rule). */
export interface NoLoanFlag {
  uscc: string;
  enterpriseVersion: number;
  noLoanHousehold: boolean;
}

/** `delivery-enterprises`. */
export interface HouseholdStore {
  isNoLoanHousehold(uscc: string): Promise<boolean>;
  /** Stores the flag unless a newer (or the same) version is there already; false when it was. */
  putIfNewer(flag: NoLoanFlag): Promise<boolean>;
}
