import { createHash } from 'node:crypto';
import type { EnterprisePushed } from '@sme/events';
import { ValidationError } from '@sme/kernel';
import type { Declaration } from './declaration.ts';
import { type CityNames, type PushCardBase, pushCardBase, pushCardFor } from './push-card.ts';
import type { Reason } from './push-reasons.ts';
import type { BankDecision, EnterpriseFlag, PushAssignmentResult } from './push-result.ts';

/**
 * A decided push batch as it is stored and confirmed. Confirming writes each chunk in one
 * DynamoDB transaction (at most 100 items: the chunk's own marker, one update per pushed
 * declaration and one item per push), so the chunks are cut once, when the batch is created, and a
 * retried confirm replays exactly the same chunks.
 */

/** DynamoDB's ceiling on items per TransactWriteItems. */
export const TRANSACTION_ITEM_LIMIT = 100;

export interface PushedBank extends BankDecision {
  rank: number;
  pushId: string;
}

/** One enterprise of a batch: what the rules decided and why. */
export interface BatchEntry {
  declarationId: string;
  uscc: string;
  keyIndustryChain: boolean;
  status: 'assigned' | 'unassigned' | 'excluded';
  assignedBanks: PushedBank[];
  excludedBanks: BankDecision[];
  exclusion: Reason[];
  flags: EnterpriseFlag[];
  existingBankCount: number;
  /** The declaration's list keys after the push. */
  township: string;
  createdAt: string;
  /** What the pushed banks read (absent from batches stored before the card existed). */
  card?: PushCardBase;
}

export interface BatchChunk {
  index: number;
  entries: BatchEntry[];
  /** Transaction items the chunk writes besides its own marker. */
  writes: number;
}

export interface ChunkLimits {
  /** Items per transaction, the chunk marker included; at most 100. */
  transactionItems: number;
  /** Enterprises per chunk, pushed or not: bounds the stored chunk's size. */
  entries: number;
}

export const defaultChunkLimits: ChunkLimits = { transactionItems: TRANSACTION_ITEM_LIMIT, entries: 25 };

/**
 * The stable id of pushing an enterprise to a bank in a batch: the same on every retry of the
 * confirm, and different in another batch.
 *
 * @example
 * pushIdOf('pb-20260501-a1b2c3', '91999101MA0000011X', 'bank-gs'); // 'p' + 24 hex characters
 */
export function pushIdOf(batchId: string, uscc: string, bankId: string): string {
  return `p${createHash('sha256').update(`${batchId}|${uscc}|${bankId}`).digest('hex').slice(0, 24)}`;
}

/** The batch's entries in assignment order (key-industry-chain first), each pushed bank with its push id. */
export function batchEntries(
  batchId: string,
  result: PushAssignmentResult,
  declarationOf: ReadonlyMap<string, Declaration>,
  names: CityNames,
): BatchEntry[] {
  return result.enterprises.map((e) => {
    const declaration = declarationOf.get(e.uscc);
    if (!declaration) throw new Error(`No declaration for ${e.uscc} in batch ${batchId}`);
    return {
      declarationId: declaration.id,
      uscc: e.uscc,
      keyIndustryChain: e.keyIndustryChain,
      status: e.status,
      assignedBanks: e.assignedBanks.map((b, i) => ({
        ...b,
        rank: b.rank ?? i + 1,
        pushId: pushIdOf(batchId, e.uscc, b.bankId),
      })),
      excludedBanks: e.excludedBanks,
      exclusion: e.exclusion,
      flags: e.flags,
      existingBankCount: e.existingBankCount,
      township: declaration.facts.registry?.township ?? '',
      createdAt: declaration.createdAt,
      ...(e.assignedBanks.length > 0 ? { card: pushCardBase(declaration, names) } : {}),
    };
  });
}

/**
 * Cuts entries into chunks, in order, each fitting one transaction: a pushed enterprise costs its
 * declaration update plus one item per bank; an enterprise pushed nowhere costs nothing.
 */
export function planChunks(
  entries: readonly BatchEntry[],
  limits: ChunkLimits = defaultChunkLimits,
): BatchChunk[] {
  if (limits.transactionItems > TRANSACTION_ITEM_LIMIT || limits.transactionItems < 5 || limits.entries < 1) {
    throw new ValidationError('Chunk limits out of range', [
      { path: 'limits', message: `5–${TRANSACTION_ITEM_LIMIT} transaction items and at least 1 entry` },
    ]);
  }
  const room = limits.transactionItems - 1;
  const chunks: BatchChunk[] = [];
  let current: BatchChunk = { index: 0, entries: [], writes: 0 };
  for (const entry of entries) {
    const cost = entry.assignedBanks.length === 0 ? 0 : entry.assignedBanks.length + 1;
    if (current.entries.length >= limits.entries || current.writes + cost > room) {
      chunks.push(current);
      current = { index: chunks.length, entries: [], writes: 0 };
    }
    current.entries.push(entry);
    current.writes += cost;
  }
  if (current.entries.length > 0) chunks.push(current);
  return chunks;
}

/** The last day a pushed bank may read the credit profile: the confirm's business date plus `days`. */
export function creditAccessUntil(confirmedOn: string, days: number): string {
  const ms = Date.parse(`${confirmedOn}T00:00:00Z`);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}$/.test(confirmedOn)) {
    throw new ValidationError('Invalid confirm date', [{ path: 'confirmedOn', message: 'YYYY-MM-DD' }]);
  }
  return new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

export interface BatchSummary {
  enterprises: number;
  assigned: number;
  unassigned: number;
  excluded: number;
  pushes: number;
  flagged: Record<EnterpriseFlag, number>;
}

export function summarise(entries: readonly BatchEntry[]): BatchSummary {
  const flagged: Record<EnterpriseFlag, number> = {
    'partner-bank-caution': 0,
    'no-eligible-bank': 0,
    'capacity-exhausted': 0,
  };
  let assigned = 0;
  let unassigned = 0;
  let excluded = 0;
  let pushes = 0;
  for (const e of entries) {
    if (e.status === 'assigned') assigned++;
    else if (e.status === 'unassigned') unassigned++;
    else excluded++;
    pushes += e.assignedBanks.length;
    for (const f of e.flags) flagged[f]++;
  }
  return { enterprises: entries.length, assigned, unassigned, excluded, pushes, flagged };
}

/**
 * One `EnterprisePushed` per (enterprise, bank) actually pushed: entries a chunk skipped (their
 * declaration changed before the confirm reached it) announce nothing. The event id is the push id,
 * so a re-published event is recognised downstream.
 */
export function pushEvents(
  batch: { batchId: string; confirmedAt: string; creditAccessUntil: string },
  chunks: readonly { entries: readonly BatchEntry[]; skipped: readonly string[] }[],
): EnterprisePushed[] {
  const events: EnterprisePushed[] = [];
  for (const chunk of chunks) {
    const skipped = new Set(chunk.skipped);
    for (const entry of chunk.entries) {
      if (skipped.has(entry.declarationId)) continue;
      for (const bank of entry.assignedBanks) {
        events.push({
          type: 'EnterprisePushed',
          version: 1,
          eventId: bank.pushId,
          occurredAt: batch.confirmedAt,
          pushId: bank.pushId,
          batchId: batch.batchId,
          uscc: entry.uscc,
          bankId: bank.bankId,
          creditAccessUntil: batch.creditAccessUntil,
          ...(entry.card ? { card: pushCardFor(entry.card, bank, entry.assignedBanks.length) } : {}),
        });
      }
    }
  }
  return events;
}
