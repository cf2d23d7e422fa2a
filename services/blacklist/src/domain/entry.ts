import { freeText, type Role, usccSchema, ValidationError } from '@sme/kernel';
import * as z from 'zod';
import { type EntryEventType, type EntryState, isListed, nextEntryState } from './entry-state.ts';
import type { IdentifierKeyring } from './identifier-keyring.ts';
import { mergeParties, partyInputSchema, protectParty, type StoredParty } from './parties.ts';

/**
 * A report of an illegal intermediary and the list entry it becomes (seed 001 §四(五)). One id for
 * both: a report is an entry in state `reported`. Each step below returns the next version and the
 * audit action; every state change goes through `nextEntryState`, so a refused step is a 409
 * whoever asks.
 */

export const reportInputSchema = z.strictObject({
  /** A category code of the city config (`blacklist.categories`). */
  category: z.string().min(1).max(63),
  /** What happened, in the reporter's words; ID numbers, mobiles and cards typed in it are stored masked. */
  description: freeText(4000),
  /** Where the evidence is kept (case numbers, document ids, URIs); never the evidence itself. */
  evidenceRefs: z.array(freeText(500)).min(1).max(50),
  /** Enterprises the intermediary served or approached (USCC): they are held back from pushes while listed. */
  enterprises: z.array(usccSchema).max(50).default([]),
  parties: z.array(partyInputSchema).min(1).max(20),
});
export type ReportInput = z.output<typeof reportInputSchema>;

export interface Actor {
  clientId: string;
  orgId: string;
  role: Role;
}

/** One report as filed: the entry's own, and those of duplicates merged into it. */
export interface ReportRecord {
  reportId: string;
  category: string;
  description: string;
  evidenceRefs: string[];
  enterprises: string[];
  reporter: Actor;
  reportedAt: string;
}

export interface CriterionAssessment {
  code: string;
  met: boolean;
  note?: string;
}

export interface Decision {
  outcome: 'confirmed' | 'dismissed';
  criteria: CriterionAssessment[];
  reasons: string;
  by: Actor;
  at: string;
}

/** An appeal, recorded by the coordination office on the listed party's behalf. */
export interface Appeal {
  appellant: string;
  grounds: string;
  receivedOn: string;
  recordedBy: Actor;
  recordedAt: string;
  outcome?: 'upheld' | 'rejected';
  reasons?: string;
  decidedBy?: Actor;
  decidedAt?: string;
}

export interface BlacklistEntry {
  entryId: string;
  version: number;
  state: EntryState;
  category: string;
  description: string;
  evidenceRefs: string[];
  enterprises: string[];
  parties: StoredParty[];
  /** Who filed it: shown to the coordination office, never to banks. */
  reporter: Actor;
  reportedAt: string;
  /** Duplicates folded into this entry, each with its own reporter. */
  mergedReports: ReportRecord[];
  mergedInto?: string;
  decision?: Decision;
  appeals: Appeal[];
  revocation?: { reason: string; by: Actor; at: string };
  /** When it was first confirmed; set once, kept after revocation. */
  listedAt?: string;
  updatedAt: string;
}

/** The result of a step: the next version, the audit action and the state-machine events applied. */
export interface EntryStep {
  entry: BlacklistEntry;
  action: string;
  events: EntryEventType[];
}

const fail = (message: string, path: string, detail: string): never => {
  throw new ValidationError(message, [{ path, message: detail }]);
};

/**
 * A new report (state `reported`, version 1). Individual identifiers are hashed under the keyring's
 * current version (recorded with each hash) and masked here; the returned entry holds no raw identifier.
 */
export function newReport(args: {
  entryId: string;
  input: ReportInput;
  categories: readonly { code: string }[];
  keyring: IdentifierKeyring;
  reporter: Actor;
  now: string;
}): BlacklistEntry {
  const { input } = args;
  if (!args.categories.some((c) => c.code === input.category)) {
    fail(
      'Unknown report category',
      'body.category',
      `one of ${args.categories.map((c) => c.code).join(', ')}`,
    );
  }
  return {
    entryId: args.entryId,
    version: 1,
    state: 'reported',
    category: input.category,
    description: input.description,
    evidenceRefs: [...new Set(input.evidenceRefs)],
    enterprises: [...new Set(input.enterprises)],
    parties: mergeParties(
      [],
      input.parties.map((p, i) => protectParty(p, `p${i + 1}`, args.keyring, `body.parties.${i}`)),
    ),
    reporter: args.reporter,
    reportedAt: args.now,
    mergedReports: [],
    appeals: [],
    updatedAt: args.now,
  };
}

function step(
  entry: BlacklistEntry,
  event: EntryEventType,
  action: string,
  change: Partial<BlacklistEntry>,
  now: string,
): EntryStep {
  const state = nextEntryState(entry.state, event);
  return {
    entry: { ...entry, ...change, state, version: entry.version + 1, updatedAt: now },
    action,
    events: [event],
  };
}

/**
 * Confirms or dismisses a report, recording for each criterion of the identification standard
 * whether the evidence meets it. Confirming needs at least one criterion met; every code must be
 * one of the city's standard, each at most once.
 */
export function decideReport(
  entry: BlacklistEntry,
  input: { outcome: 'confirm' | 'dismiss'; criteria: CriterionAssessment[]; reasons: string },
  standard: readonly { code: string }[],
  by: Actor,
  now: string,
): EntryStep {
  const known = new Set(standard.map((c) => c.code));
  const seen = new Set<string>();
  for (const [i, c] of input.criteria.entries()) {
    const path = `body.criteria.${i}.code`;
    if (!known.has(c.code)) fail('Not a criterion of the identification standard', path, `unknown ${c.code}`);
    if (seen.has(c.code)) fail('A criterion is assessed once', path, `${c.code} appears twice`);
    seen.add(c.code);
  }
  const confirm = input.outcome === 'confirm';
  if (confirm && !input.criteria.some((c) => c.met)) {
    fail(
      'Confirming needs at least one criterion of the identification standard met',
      'body.criteria',
      'no criterion is marked met',
    );
  }
  const decision: Decision = {
    outcome: confirm ? 'confirmed' : 'dismissed',
    criteria: input.criteria,
    reasons: input.reasons,
    by,
    at: now,
  };
  return step(
    entry,
    confirm ? 'confirm' : 'dismiss',
    confirm ? 'blacklist-entry.confirmed' : 'blacklist-entry.dismissed',
    { decision, ...(confirm ? { listedAt: now } : {}) },
    now,
  );
}

/** Records an appeal the office received from the listed party; the listing stands until it is decided. */
export function recordAppeal(
  entry: BlacklistEntry,
  input: { appellant: string; grounds: string; receivedOn: string },
  by: Actor,
  now: string,
): EntryStep {
  const appeal: Appeal = { ...input, recordedBy: by, recordedAt: now };
  return step(entry, 'appeal', 'blacklist-entry.appealed', { appeals: [...entry.appeals, appeal] }, now);
}

/** Decides the open appeal: upheld revokes the entry, rejected leaves it confirmed. */
export function decideAppeal(
  entry: BlacklistEntry,
  input: { outcome: 'upheld' | 'rejected'; reasons: string },
  by: Actor,
  now: string,
): EntryStep {
  const upheld = input.outcome === 'upheld';
  const event = upheld ? 'uphold-appeal' : 'reject-appeal';
  nextEntryState(entry.state, event);
  const open = entry.appeals.at(-1);
  if (!open || open.outcome) throw new Error(`Entry ${entry.entryId} is appealed without an open appeal`);
  const decided: Appeal = {
    ...open,
    outcome: input.outcome,
    reasons: input.reasons,
    decidedBy: by,
    decidedAt: now,
  };
  return step(
    entry,
    event,
    upheld ? 'blacklist-entry.appeal-upheld' : 'blacklist-entry.appeal-rejected',
    {
      appeals: [...entry.appeals.slice(0, -1), decided],
      ...(upheld ? { revocation: { reason: `appeal upheld: ${input.reasons}`, by, at: now } } : {}),
    },
    now,
  );
}

/** Takes a confirmed entry off the list (e.g. the office finds the listing was wrong or has lapsed). */
export function revokeEntry(entry: BlacklistEntry, reason: string, by: Actor, now: string): EntryStep {
  return step(entry, 'revoke', 'blacklist-entry.revoked', { revocation: { reason, by, at: now } }, now);
}

const recordOf = (e: BlacklistEntry): ReportRecord => ({
  reportId: e.entryId,
  category: e.category,
  description: e.description,
  evidenceRefs: e.evidenceRefs,
  enterprises: e.enterprises,
  reporter: e.reporter,
  reportedAt: e.reportedAt,
});

/**
 * Folds a duplicate report into `target`: the target takes its parties (the same party merged,
 * others appended), enterprises and evidence, and keeps its report with the reporter; the duplicate
 * closes as `merged`, pointing at the target. Only a report still `reported` can be folded in.
 * Who merged is recorded with the write (audit), as for every step.
 */
export function mergeDuplicate(
  target: BlacklistEntry,
  duplicate: BlacklistEntry,
  now: string,
): { target: EntryStep; duplicate: EntryStep } {
  if (target.entryId === duplicate.entryId) {
    fail('An entry cannot absorb itself', 'body.duplicateId', 'names the target entry');
  }
  const merged = step(duplicate, 'merge-into', 'blacklist-entry.merged', { mergedInto: target.entryId }, now);
  const absorbed = step(
    target,
    'absorb',
    'blacklist-entry.absorbed',
    {
      parties: mergeParties(target.parties, duplicate.parties),
      enterprises: [...new Set([...target.enterprises, ...duplicate.enterprises])],
      evidenceRefs: [...new Set([...target.evidenceRefs, ...duplicate.evidenceRefs])],
      mergedReports: [...target.mergedReports, recordOf(duplicate), ...duplicate.mergedReports],
    },
    now,
  );
  return { target: absorbed, duplicate: merged };
}

/** Whether banks see the entry and screening matches it. */
export const listed = (entry: Pick<BlacklistEntry, 'state'>): boolean => isListed(entry.state);
