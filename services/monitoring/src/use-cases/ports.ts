import type { HolidayCalendar } from '@sme/kernel';
import type { ReturnFigures } from '../domain/bank-returns.ts';
import type { Bulletin } from '../domain/bulletin.ts';
import type { EnterpriseProjection } from '../domain/enterprise-projection.ts';
import type { Fact } from '../domain/facts.ts';
import type { ProgressReport, Reminder, StoredLedger } from '../domain/policy-ledger.ts';
import type { PushProjection } from '../domain/push-projection.ts';

/** The counted facts, one per (event, kind); recording an existing fact again changes nothing. */
export interface FactLog {
  record(facts: readonly Fact[]): Promise<void>;
  /** Every fact dated within [from, to] (inclusive business dates). */
  between(from: string, to: string): Promise<Fact[]>;
}

/** A change of a projection: the new value, or `undefined` for "nothing to write". */
export type ProjectionChange<T> = (current: T | undefined) => T | undefined;

/** One page of a gap list inside one partition (a township or a bank). */
export interface PartitionPage<T> {
  items: T[];
  /** Where the next page of this partition starts; absent when the partition is exhausted. */
  lastKey?: Record<string, unknown>;
}

/** A gap list kept as a sparse index, partitioned by township or bank. */
export interface GapIndex<T> {
  page(partition: string, limit: number, startKey?: Record<string, unknown>): Promise<PartitionPage<T>>;
  count(partition: string): Promise<number>;
}

export interface EnterpriseProjections extends GapIndex<EnterpriseProjection> {
  get(uscc: string): Promise<EnterpriseProjection | undefined>;
  update(uscc: string, change: ProjectionChange<EnterpriseProjection>): Promise<void>;
}

export interface PushProjections extends GapIndex<PushProjection & { pushedOn: string }> {
  update(pushId: string, change: ProjectionChange<PushProjection>): Promise<void>;
}

/** Stored weekly bulletins by their week's Monday. */
export interface BulletinArchive {
  put(bulletin: Bulletin): Promise<void>;
  get(weekStart: string): Promise<Bulletin | undefined>;
}

/** One stored version of a bank's return for a month. */
export interface BankReturnVersion {
  bankId: string;
  month: string;
  version: number;
  submittedAt: string;
  submittedBy: { clientId: string; orgId: string; role: string };
  figures: ReturnFigures;
}

/** The audit entry a version is stored with (the runtime's `AuditEntry`). */
export interface BankReturnAudit {
  subjectType: string;
  subjectId: string;
  action: string;
  principal: { clientId: string; orgId: string; role?: string };
  at: string;
  discriminator: string;
  changes?: Record<string, { from: unknown; to: unknown }>;
  detail?: Record<string, unknown>;
}

/** Bank returns: versions per (month, bank), never overwritten. */
export interface BankReturnStore {
  /** Every version of one bank's return for the month, oldest first. */
  versions(month: string, bankId: string): Promise<BankReturnVersion[]>;
  /** Every version of every bank for the month, oldest first per bank. */
  month(month: string): Promise<BankReturnVersion[]>;
  /** Stores the version with its audit entry in one write; false when that version number exists already. */
  add(version: BankReturnVersion, audit: BankReturnAudit): Promise<boolean>;
}

/** An audit entry written with a policy ledger or progress version (the runtime's `AuditEntry`). */
export interface PolicyTaskAudit {
  subjectType: string;
  subjectId: string;
  action: string;
  principal: { clientId: string; orgId: string; role?: string; person?: { subject: string; name?: string } };
  at: string;
  discriminator: string;
  changes?: Record<string, { from: unknown; to: unknown }>;
  detail?: Record<string, unknown>;
}

/** A reminder as the schedule stored it on its day. */
export interface StoredReminder extends Reminder {
  generatedAt: string;
}

/**
 * The policy task ledger (seed 003 attachments 2–3): its versions, each unit's progress reports by period
 * (every version kept) and the reminders the schedule sent.
 */
export interface PolicyTaskStore {
  /** The latest ledger version, or undefined before the first load. */
  currentLedger(): Promise<StoredLedger | undefined>;
  /** Stores the next ledger version with its audit entry; false when that version exists already. */
  addLedger(ledger: StoredLedger, audit: PolicyTaskAudit): Promise<boolean>;
  /** Every report version of the periods due within [from, to], oldest first. */
  reports(from: string, to: string): Promise<ProgressReport[]>;
  /** Every version of one unit's report on one measure for one period, oldest first. */
  reportVersions(measureId: string, orgId: string, period: string): Promise<ProgressReport[]>;
  /** Stores a report version with its audit entry; false when that version exists already. */
  addReport(report: ProgressReport, audit: PolicyTaskAudit): Promise<boolean>;
  putReminder(reminder: StoredReminder): Promise<void>;
  reminder(asOf: string): Promise<StoredReminder | undefined>;
}

/** The national holiday calendar as it stands: the city file's years overlaid by the years ops loaded. */
export interface HolidayCalendarSource {
  calendar(): Promise<HolidayCalendar>;
}
