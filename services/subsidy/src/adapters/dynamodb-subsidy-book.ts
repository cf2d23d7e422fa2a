import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError } from '@sme/kernel';
import { batchGetAll, decodeCursor, encodeCursor } from '@sme/runtime';
import type { BookRecord, GuaranteeStatus, LedgerProgram } from '../domain/book.ts';
import { type Entitlement, type EntitlementStatus, entitlementKey } from '../domain/entitlements.ts';
import type { BreakdownLine, PolicyVersionRef } from '../domain/result.ts';
import { safeFen } from './safe-fen.ts';

/** One entitlement as the ledger stores and shows it. */
export interface LedgerLine {
  year: number;
  program: LedgerProgram;
  recordId: string;
  kind: BookRecord['kind'];
  pushId: string;
  uscc: string;
  bankId: string;
  guarantorId?: string;
  amountFen: number;
  status: EntitlementStatus;
  reasons: string[];
  period: { start: string; end: string } | null;
  policyVersion: PolicyVersionRef | null;
  breakdown: BreakdownLine[];
  /** The record version that computed it: a line is rewritten with every new version of its record. */
  recordVersion: number;
  updatedAt: string;
}

/** Most items one record's booking writes: DynamoDB's transaction limit. */
const maxTransactionItems = 100;

export const ledgerHead = (year: number) => ({ pk: String(year), sk: 'HEAD' });
export const lineSk = (program: string, recordId: string) => `LINE#${program}#${recordId}`;
export const actualAttribute = (program: string) => `actual:${program}`;

type StoredRecord = BookRecord & { lines: Record<string, number>; guarantorSk?: string };

/** Guarantees by guarantor: status first, so a status filter is a key prefix, then start date. */
const guarantorSk = (r: BookRecord) =>
  r.kind === 'guarantee' ? { guarantorSk: `${r.status}#${r.startDate}#${r.recordId}` } : {};

function toRecord(item: Record<string, unknown>): BookRecord {
  const { lines: _lines, guarantorSk: _sk, ...record } = item;
  return record as unknown as BookRecord;
}

/**
 * Adapter for `subsidy-records` (guarantees and subsidised loans, one item each, keyed by the push)
 * and the entitlement lines and yearly totals in `subsidy-ledger`. A record and every line and total
 * it changes are written in ONE transaction, conditioned on the record: on its absence when created
 * (so a re-delivered approval books nothing twice) and on its version when changed. The record keeps
 * its lines' amounts, so a change adds exactly the difference to each year's totals.
 */
export class DynamoDbSubsidyBook {
  readonly #db: DynamoDBDocumentClient;
  readonly #records: string;
  readonly #ledger: string;
  constructor(db: DynamoDBDocumentClient, tables: { records: string; ledger: string }) {
    this.#db = db;
    this.#records = tables.records;
    this.#ledger = tables.ledger;
  }

  async get(recordId: string): Promise<BookRecord | undefined> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#records, Key: { recordId }, ConsistentRead: true }),
    );
    return out.Item ? toRecord(out.Item) : undefined;
  }

  /** Books a new record and its entitlements; false when the record already exists (nothing written). */
  async create(record: BookRecord, entitlements: Entitlement[]): Promise<boolean> {
    const put = {
      TableName: this.#records,
      Item: this.#item(record, entitlements),
      ConditionExpression: 'attribute_not_exists(recordId)',
    };
    try {
      await this.#transact([{ Put: put }, ...this.#ledgerWrites(record, entitlements, {})]);
      return true;
    } catch (error) {
      if (isFirstConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Stores the next version of a record with its recomputed entitlements; stale `previous` → 412. */
  async update(previous: BookRecord, next: BookRecord, entitlements: Entitlement[]): Promise<void> {
    const stored = await this.#db.send(
      new GetCommand({
        TableName: this.#records,
        Key: { recordId: previous.recordId },
        ProjectionExpression: '#l',
        ExpressionAttributeNames: { '#l': 'lines' },
        ConsistentRead: true,
      }),
    );
    const before = (stored.Item?.lines as Record<string, number> | undefined) ?? {};
    const put = {
      TableName: this.#records,
      Item: this.#item(next, entitlements, before),
      ConditionExpression: 'version = :v',
      ExpressionAttributeValues: { ':v': previous.version },
    };
    try {
      await this.#transact([{ Put: put }, ...this.#ledgerWrites(next, entitlements, before)]);
    } catch (error) {
      if (isFirstConditionFailure(error)) {
        throw new ConcurrentModificationError(`${previous.recordId} changed meanwhile; read it again`);
      }
      throw error;
    }
  }

  /** A page of a guarantor's guarantees, optionally of one status (Query on byGuarantor). */
  async listByGuarantor(
    guarantorId: string,
    status: GuaranteeStatus | undefined,
    limit: number,
    cursor?: string,
  ) {
    const filter = `${guarantorId}|${status ?? ''}`;
    const start = decodeCursor(filter, cursor);
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#records,
        IndexName: 'byGuarantor',
        KeyConditionExpression: status
          ? 'guarantorId = :g AND begins_with(guarantorSk, :s)'
          : 'guarantorId = :g',
        ExpressionAttributeValues: { ':g': guarantorId, ...(status ? { ':s': `${status}#` } : {}) },
        Limit: limit,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const nextCursor = encodeCursor(filter, out.LastEvaluatedKey);
    return { items: (out.Items ?? []).map(toRecord), ...(nextCursor ? { nextCursor } : {}) };
  }

  /** The ledger lines of a record, by year then program. */
  async linesOf(record: BookRecord): Promise<LedgerLine[]> {
    const stored = await this.#db.send(
      new GetCommand({
        TableName: this.#records,
        Key: { recordId: record.recordId },
        ProjectionExpression: '#l',
        ExpressionAttributeNames: { '#l': 'lines' },
        ConsistentRead: true,
      }),
    );
    const keys = Object.keys((stored.Item?.lines as Record<string, number> | undefined) ?? {}).map((key) => {
      const [year = '', program = ''] = key.split('|');
      return { pk: year, sk: lineSk(program, record.recordId) };
    });
    const items = await batchGetAll(this.#db, this.#ledger, keys);
    return items
      .map((item) => toLine(item))
      .sort((a, b) => a.year - b.year || (a.program < b.program ? -1 : a.program > b.program ? 1 : 0));
  }

  #item(record: BookRecord, entitlements: Entitlement[], before: Record<string, number> = {}): StoredRecord {
    // A line that no longer accrues keeps its key at zero, so its history stays explainable.
    const lines: Record<string, number> = Object.fromEntries(Object.keys(before).map((key) => [key, 0]));
    for (const e of entitlements) lines[entitlementKey(e)] = safeFen(e.amountFen);
    return { ...record, ...guarantorSk(record), lines };
  }

  #ledgerWrites(
    record: BookRecord,
    entitlements: Entitlement[],
    before: Record<string, number>,
  ): NonNullable<TransactWriteCommandInput['TransactItems']> {
    const writes: NonNullable<TransactWriteCommandInput['TransactItems']> = [];
    const deltas = new Map<number, Map<string, number>>();
    const addDelta = (year: number, program: string, delta: number) => {
      if (delta === 0) return;
      const byProgram = deltas.get(year) ?? new Map<string, number>();
      byProgram.set(program, (byProgram.get(program) ?? 0) + delta);
      deltas.set(year, byProgram);
    };
    const seen = new Set<string>();
    for (const e of entitlements) {
      const key = entitlementKey(e);
      seen.add(key);
      const amountFen = safeFen(e.amountFen);
      addDelta(e.year, e.program, amountFen - (before[key] ?? 0));
      writes.push({ Put: { TableName: this.#ledger, Item: this.#lineItem(record, e, amountFen) } });
    }
    for (const [key, amount] of Object.entries(before)) {
      if (seen.has(key)) continue;
      const [yearText = '', program = ''] = key.split('|');
      const year = Number(yearText);
      addDelta(year, program, -amount);
      const gone: Entitlement = {
        recordId: record.recordId,
        program: program as LedgerProgram,
        year,
        amountFen: 0n,
        status: 'not-eligible',
        reasons: [`no longer accrues in ${year} after version ${record.version} of the record`],
        period: null,
        policyVersion: null,
        breakdown: [],
      };
      writes.push({ Put: { TableName: this.#ledger, Item: this.#lineItem(record, gone, 0) } });
    }
    for (const [year, byProgram] of deltas) {
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = { ':at': record.updatedAt };
      const adds = [...byProgram].map(([program, delta], i) => {
        names[`#a${i}`] = actualAttribute(program);
        values[`:d${i}`] = delta;
        return `#a${i} :d${i}`;
      });
      writes.push({
        Update: {
          TableName: this.#ledger,
          Key: ledgerHead(year),
          UpdateExpression: `SET updatedAt = :at ADD ${adds.join(', ')}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      });
    }
    return writes;
  }

  #lineItem(record: BookRecord, e: Entitlement, amountFen: number) {
    const line: LedgerLine = {
      year: e.year,
      program: e.program,
      recordId: record.recordId,
      kind: record.kind,
      pushId: record.pushId,
      uscc: record.uscc,
      bankId: record.bankId,
      ...(record.kind === 'guarantee' ? { guarantorId: record.guarantorId } : {}),
      amountFen,
      status: e.status,
      reasons: e.reasons,
      period: e.period,
      policyVersion: e.policyVersion,
      breakdown: e.breakdown,
      recordVersion: record.version,
      updatedAt: record.updatedAt,
    };
    return { pk: String(e.year), sk: lineSk(e.program, record.recordId), ...line };
  }

  async #transact(items: NonNullable<TransactWriteCommandInput['TransactItems']>): Promise<void> {
    if (items.length > maxTransactionItems) {
      throw new RangeError(
        `Booking needs ${items.length} writes; a transaction takes ${maxTransactionItems}`,
      );
    }
    await this.#db.send(new TransactWriteCommand({ TransactItems: items }));
  }
}

export function toLine(item: Record<string, unknown>): LedgerLine {
  const { pk: _pk, sk: _sk, ...line } = item;
  return line as unknown as LedgerLine;
}

function isFirstConditionFailure(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledException &&
    error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
  );
}
