import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalStack } from '@sme/local';
import { registryManifest } from '@sme/registry';
import { dynamoClient } from '@sme/runtime';
import { benchDocuments } from './dynamo.ts';
import { enterpriseBody } from './enterprise-body.ts';
import { itemSizeBytes } from './item-size.ts';
import { benchTownships, benchUscc, freshSeries } from './uscc.ts';

/** One DynamoDB call as the handlers made it, with what DynamoDB (Local) says it consumed. */
export interface CapturedCall {
  command: string;
  table: string;
  total: number;
  tableUnits: number;
  indexes: Record<string, number>;
}

export interface CapacityRow {
  operation: string;
  call: string;
  measured: CapturedCall | undefined;
  minimum: number;
  reasoning: string;
  met: boolean;
}

export interface CapacitySection {
  itemBytes: number;
  rows: CapacityRow[];
  /** What the stream consumer wrote afterwards for each operation (the outbox's cost; not the request's). */
  background: { operation: string; calls: CapturedCall[] }[];
}

const tracked = new Set([
  'GetItemCommand',
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'QueryCommand',
  'BatchGetItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
  'TransactGetItemsCommand',
]);

function normalise(command: string, c: ConsumedCapacity): CapturedCall {
  const indexes: Record<string, number> = {};
  for (const [name, u] of Object.entries(c.GlobalSecondaryIndexes ?? {}))
    indexes[name] = u.CapacityUnits ?? 0;
  for (const [name, u] of Object.entries(c.LocalSecondaryIndexes ?? {})) indexes[name] = u.CapacityUnits ?? 0;
  return {
    command: command.replace(/Command$/, ''),
    table: c.TableName ?? '',
    total: c.CapacityUnits ?? 0,
    tableUnits: c.Table?.CapacityUnits ?? 0,
    indexes,
  };
}

/**
 * Asks DynamoDB for ReturnConsumedCapacity=INDEXES on every call of the SDK client the handlers share
 * (@sme/runtime's dynamoClient(): the bench runs in the stack's process, so it is the same instance),
 * and records what each call consumed. The handlers are called over HTTP as any client would.
 */
function captureCapacity(): { calls: CapturedCall[]; stop(): void } {
  const calls: CapturedCall[] = [];
  const name = 'benchConsumedCapacity';
  dynamoClient().middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? '');
      if (!tracked.has(command)) return next(args);
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'INDEXES';
      const out = await next(args);
      const consumed = (out.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] })
        .ConsumedCapacity;
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        calls.push(normalise(command, c));
      }
      return out;
    },
    { step: 'initialize', name },
  );
  return { calls, stop: () => dynamoClient().middlewareStack.remove(name) };
}

const wcu = (bytes: number) => Math.ceil(bytes / 1024);
const rcu = (bytes: number, consistent: boolean) => Math.ceil(bytes / 4096) * (consistent ? 1 : 0.5);

/**
 * Capacity per registry operation through the gateway: a new enterprise, an update that changes no
 * index key, one that moves the enterprise to another township, and a read; each with the design's
 * minimum from the item size and the table's indexes (all three project ALL).
 */
export async function benchCapacity(args: {
  stack: LocalStack;
  agencyKey: string;
}): Promise<CapacitySection> {
  const { stack, agencyKey } = args;
  const table = stack.tables.enterprises ?? '';
  const indexes = Object.keys(registryManifest.tables.enterprises.indexes);
  const uscc = benchUscc(freshSeries(), 0);
  const call = async (method: 'PUT' | 'GET', body?: Record<string, unknown>) => {
    const res = await fetch(`${stack.baseUrl}/v1/enterprises/${uscc}`, {
      method,
      headers: { 'x-api-key': agencyKey, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    await res.arrayBuffer();
    return res.status;
  };
  const storedSize = async () => {
    const out = await benchDocuments(stack).send(
      new GetCommand({ TableName: table, Key: { pk: `ENT#${uscc}`, sk: 'ENT' }, ConsistentRead: true }),
    );
    return out.Item ? itemSizeBytes(out.Item) : 0;
  };

  // Warm the authorizer cache and the stream poller, so the captured calls are the route's own.
  const warm = benchUscc(freshSeries(), 0);
  await fetch(`${stack.baseUrl}/v1/enterprises/${warm}`, {
    method: 'PUT',
    headers: { 'x-api-key': agencyKey, 'content-type': 'application/json' },
    body: JSON.stringify(enterpriseBody()),
  });
  await stack.idle();

  const capture = captureCapacity();
  const rows: CapacityRow[] = [];
  const background: CapacitySection['background'] = [];
  const requestCalls = (op: string) => {
    const mine = capture.calls.splice(0);
    const own = mine.filter((c) => c.table === table && (c.command === 'GetItem' || c.command === 'PutItem'));
    background.push({ operation: op, calls: mine.filter((c) => !own.includes(c)) });
    return { get: own.find((c) => c.command === 'GetItem'), put: own.find((c) => c.command === 'PutItem') };
  };
  const row = (
    operation: string,
    callName: string,
    measured: CapturedCall | undefined,
    minimum: number,
    reasoning: string,
  ) =>
    rows.push({ operation, call: callName, measured, minimum, reasoning, met: measured?.total === minimum });

  try {
    const readReason = (bytes: number) =>
      `strongly consistent read of a ${bytes}-byte item: ceil(${bytes}/4096) = ${Math.ceil(bytes / 4096)} RCU (needed to decide registered/updated/unchanged and the version)`;

    // 1. A new enterprise.
    const created = await call('PUT', enterpriseBody());
    if (created !== 201) throw new Error(`capacity: new upsert answered ${created}`);
    await stack.idle();
    const v1 = await storedSize();
    let c = requestCalls('upsert (new)');
    row(
      'upsert, new enterprise',
      'GetItem ConsistentRead (item absent)',
      c.get,
      rcu(1, true),
      'a read of an absent item still costs the 1 RCU minimum (strongly consistent)',
    );
    row(
      'upsert, new enterprise',
      'PutItem attribute_not_exists(pk)',
      c.put,
      wcu(v1) * (1 + indexes.length),
      `${v1}-byte item: ${wcu(v1)} WCU on the table + ${wcu(v1)} WCU on each of the ${indexes.length} GSIs (${indexes.join(', ')}; projection ALL, so the whole item is the index entry)`,
    );

    // 2. An update that changes no index key (the name is in no key).
    const renamed = enterpriseBody({ name: '临山基准精密制造股份有限公司' });
    if ((await call('PUT', renamed)) !== 200) throw new Error('capacity: update answered non-200');
    await stack.idle();
    const v2 = await storedSize();
    c = requestCalls('update, no index key changed');
    row('update, no index key changed', 'GetItem ConsistentRead', c.get, rcu(v1, true), readReason(v1));
    row(
      'update, no index key changed',
      'PutItem version = :v',
      c.put,
      wcu(Math.max(v1, v2)) * (1 + indexes.length),
      `${v2}-byte item: ${wcu(Math.max(v1, v2))} WCU on the table (larger of old and new) + ${wcu(v2)} WCU on each GSI: with projection ALL every changed attribute rewrites each index entry, keys unchanged`,
    );

    // 3. An update that moves the enterprise to another township (byTownship's partition key).
    const moved = { ...renamed, township: benchTownships[0] };
    if ((await call('PUT', moved)) !== 200) throw new Error('capacity: township change answered non-200');
    await stack.idle();
    const v3 = await storedSize();
    c = requestCalls('update, township changed');
    row(
      'update, township (index key) changed',
      'GetItem ConsistentRead',
      c.get,
      rcu(v2, true),
      readReason(v2),
    );
    row(
      'update, township (index key) changed',
      'PutItem version = :v',
      c.put,
      wcu(Math.max(v2, v3)) * (1 + indexes.length) + wcu(v2),
      `${v3}-byte item: table ${wcu(Math.max(v2, v3))} + byTownship ${wcu(v2)} (delete old entry) + ${wcu(v3)} (put new entry) + ${wcu(v3)} on each of the other ${indexes.length - 1} GSIs`,
    );

    // 4. A read (eventually consistent).
    if ((await call('GET')) !== 200) throw new Error('capacity: read answered non-200');
    c = requestCalls('read');
    row(
      'read',
      'GetItem (eventually consistent)',
      c.get,
      rcu(v3, false),
      `eventually consistent read of a ${v3}-byte item: ceil(${v3}/4096) × 0.5 = ${rcu(v3, false)} RCU`,
    );

    // 5. For information: a replayed PUT (same body) reads and writes nothing else.
    if ((await call('PUT', moved)) !== 200) throw new Error('capacity: replay answered non-200');
    await stack.idle();
    c = requestCalls('replayed PUT (unchanged)');
    row(
      'replayed PUT, unchanged',
      'GetItem ConsistentRead (no PutItem follows)',
      c.get,
      rcu(v3, true),
      readReason(v3),
    );
    if (c.put)
      row(
        'replayed PUT, unchanged',
        'PutItem (should not happen)',
        c.put,
        0,
        'an unchanged enterprise is not written',
      );

    return { itemBytes: v3, rows, background };
  } finally {
    capture.stop();
  }
}
