import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError } from '@sme/kernel';
import { decodeCursor, encodeCursor } from '@sme/runtime';
import { type LedgerProgram, ledgerPrograms } from '../domain/book.ts';
import type { LedgerFigures, LedgerState, ProgramAmounts } from '../domain/ledger.ts';
import { actualAttribute, ledgerHead, lineSk, toLine } from './dynamodb-subsidy-book.ts';

export interface Actor {
  clientId: string;
  orgId: string;
}

/** A finance step on the ledger: who, when, and the figures frozen at that moment. */
export interface LedgerStep {
  at: string;
  by: Actor;
  figures?: LedgerFigures;
  note?: string;
}

export interface LedgerHeader {
  year: number;
  state: LedgerState;
  /** Bumped by finance's writes only (pre-allocation, proposal, approval); the ETag. */
  version: number;
  preAllocated: ProgramAmounts;
  /** Live actuals: the sum of the year's entitlement lines, kept by the booking transactions. */
  actual: ProgramAmounts;
  preAllocation?: LedgerStep;
  proposal?: LedgerStep;
  approval?: LedgerStep;
}

function toHeader(year: number, item: Record<string, unknown> | undefined): LedgerHeader {
  const actual: ProgramAmounts = {};
  for (const program of ledgerPrograms) {
    const value = item?.[actualAttribute(program)];
    if (typeof value === 'number') actual[program] = value;
  }
  return {
    year,
    state: (item?.state as LedgerState | undefined) ?? 'OPEN',
    version: (item?.version as number | undefined) ?? 0,
    preAllocated: (item?.preAllocated as ProgramAmounts | undefined) ?? {},
    actual,
    ...(item?.preAllocation ? { preAllocation: item.preAllocation as LedgerStep } : {}),
    ...(item?.proposal ? { proposal: item.proposal as LedgerStep } : {}),
    ...(item?.approval ? { approval: item.approval as LedgerStep } : {}),
  };
}

/**
 * Adapter for the yearly heads and lines of `subsidy-ledger`. A head that was never written is an
 * OPEN year at version 0. Finance's writes are conditioned on the version read (and so on the state
 * it was in when the guard passed): a concurrent step makes the later one fail, never both succeed.
 */
export class DynamoDbLedgerStore {
  readonly #db: DynamoDBDocumentClient;
  readonly #table: string;
  constructor(db: DynamoDBDocumentClient, table: string) {
    this.#db = db;
    this.#table = table;
  }

  async header(year: number): Promise<LedgerHeader> {
    const out = await this.#db.send(
      new GetCommand({ TableName: this.#table, Key: ledgerHead(year), ConsistentRead: true }),
    );
    return toHeader(year, out.Item);
  }

  /** A page of the year's lines, by program then record (optionally one program's). */
  async lines(year: number, program: LedgerProgram | undefined, limit: number, cursor?: string) {
    const filter = `${year}|${program ?? ''}`;
    const start = decodeCursor(filter, cursor);
    const out = await this.#db.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'pk = :y AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':y': String(year), ':p': program ? lineSk(program, '') : 'LINE#' },
        Limit: limit,
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const nextCursor = encodeCursor(filter, out.LastEvaluatedKey);
    return { items: (out.Items ?? []).map(toLine), ...(nextCursor ? { nextCursor } : {}) };
  }

  /** Writes finance's step on a head read at `previous.version`; stale → 412. */
  async write(
    previous: LedgerHeader,
    changes: {
      state?: LedgerState;
      preAllocated?: ProgramAmounts;
      step: 'preAllocation' | 'proposal' | 'approval';
    },
    step: LedgerStep,
  ): Promise<LedgerHeader> {
    const names: Record<string, string> = { '#v': 'version', '#step': changes.step };
    const values: Record<string, unknown> = {
      ':v': previous.version,
      ':next': previous.version + 1,
      ':step': step,
    };
    const sets = ['#v = :next', '#step = :step', 'updatedAt = :at'];
    values[':at'] = step.at;
    if (changes.state) {
      names['#s'] = 'state';
      values[':s'] = changes.state;
      sets.push('#s = :s');
    }
    if (changes.preAllocated) {
      values[':pre'] = changes.preAllocated;
      sets.push('preAllocated = :pre');
    }
    try {
      const out = await this.#db.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: ledgerHead(previous.year),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: previous.version === 0 ? 'attribute_not_exists(#v)' : '#v = :v',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: previous.version === 0 ? omit(values, ':v') : values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toHeader(previous.year, out.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ConcurrentModificationError(
          `The ${previous.year} ledger changed meanwhile (was version ${previous.version}); read it again`,
        );
      }
      throw error;
    }
  }
}

function omit(values: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = values;
  return rest;
}
