import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { manifests } from '@sme/catalog';
import { type PlatformClient, platformClient } from '@sme/client';
import { type CityConfig, loadCityConfig } from '@sme/kernel';
import {
  type DemoClient,
  type LocalStack,
  type LocalStackOptions,
  seedClients,
  startLocalStack,
} from '@sme/local';
import { defineService, documentClient } from '@sme/runtime';
import { contractViolation } from './contract.ts';

/** Test-only subscribers, so tests can see what each channel carries without taking a service's messages. */
export const observerManifest = defineService({
  service: 'observer',
  queues: {
    'observe-enterprise-events': {
      maxReceiveCount: 1,
      subscribes: 'enterprise-events',
      description: 'test observer',
    },
    'observe-credit-profile-events': {
      maxReceiveCount: 1,
      subscribes: 'credit-profile-events',
      description: 'test observer',
    },
    'observe-enterprise-pushed': {
      maxReceiveCount: 1,
      subscribes: 'enterprise-pushed',
      description: 'test observer',
    },
    'observe-blacklist-entries': {
      maxReceiveCount: 1,
      subscribes: 'blacklist-entries',
      description: 'test observer',
    },
    'observe-intermediary-hits': {
      maxReceiveCount: 1,
      subscribes: 'intermediary-hits',
      description: 'test observer',
    },
    'observe-bank-feedback': {
      maxReceiveCount: 1,
      subscribes: 'bank-feedback',
      description: 'test observer',
    },
    'observe-push-deadlines': {
      maxReceiveCount: 1,
      subscribes: 'push-deadlines',
      description: 'test observer',
    },
  },
  functions: {},
});

export interface TestStack {
  stack: LocalStack;
  clients: Record<string, DemoClient>;
  city: ReturnType<typeof loadCityConfig>;
  /** The typed client (`@sme/client`) with a role's key; its answers are checked against /openapi.json too. */
  api(role: string): PlatformClient;
  /** fetch against the gateway with a role's key; an answer that breaks /openapi.json fails the test. */
  call(
    role: string | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

/**
 * Starts the real local stack (DynamoDB Local, fauxqs, gateway, pollers) for one test file.
 * The authorizer cache is off so that revocations are visible at once; the city's per-client request
 * limit is lifted (a test of the limit gives its client its own).
 */
export async function startTestStack(
  options: {
    /** The demo city as this test needs it, e.g. a short delivery retry schedule. */
    city?: (city: CityConfig) => CityConfig;
    /** Run the consumers in a worker process the test can SIGKILL (`stack.worker`). */
    consumers?: LocalStackOptions['consumers'];
    visibilityTimeoutSeconds?: number;
  } = {},
): Promise<TestStack> {
  const loaded = loadCityConfig('linshan');
  // Tests fire thousands of requests a minute from one key; the limit itself is tested with a client's own.
  const limited = { ...loaded, auth: { ...loaded.auth, requestsPerMinute: 1_000_000 } };
  const city = options.city ? options.city(limited) : limited;
  const stack = await startLocalStack({
    city,
    authCacheTtlSeconds: 0,
    manifests: [...manifests, observerManifest],
    ...(options.consumers ? { consumers: options.consumers } : {}),
    ...(options.visibilityTimeoutSeconds
      ? { visibilityTimeoutSeconds: options.visibilityTimeoutSeconds }
      : {}),
  });
  const clients = await seedClients(city);
  const call: TestStack['call'] = async (role, method, path, body, headers = {}) => {
    const key = role ? clients[role]?.apiKey : undefined;
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...(key ? { 'x-api-key': key } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const violation = await contractViolation(method, `${stack.baseUrl}${path}`, response);
    // The answer breaks /openapi.json: fail the test that met it, naming what differs.
    if (violation) throw new Error(`Contract: ${violation}`);
    return response;
  };
  const checkedFetch = async (input: Request) => {
    const response = await fetch(input);
    const violation = await contractViolation(input.method, input.url, response);
    if (violation) throw new Error(`Contract: ${violation}`);
    return response;
  };
  const api: TestStack['api'] = (role) =>
    platformClient({
      baseUrl: stack.baseUrl,
      apiKey: clients[role]?.apiKey ?? '',
      fetch: checkedFetch as typeof fetch,
    });
  return { stack, clients, city, api, call };
}

/** `./dev ops …` against this stack as its ops client (stdout and stderr; rejects on a non-zero exit). */
export function opsCommand(t: TestStack, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      join(import.meta.dirname, '..', '..', 'packages/local/src/cli/ops.ts'),
      ...args,
      '--url',
      t.stack.baseUrl,
      '--key',
      t.clients.ops?.apiKey ?? '',
    ],
    { timeout: 60_000 },
  );
}

/** The city with delivery retried after 1 s and 1 s, then parked: retries and parking take seconds, not a day. */
export const withShortRetries = (city: CityConfig): CityConfig => ({
  ...city,
  delivery: { ...(city.delivery as Record<string, unknown>), retryDelaysSeconds: [1, 1] },
});

/** One new API key per organisation of the city (role from the city file), by organisation id. */
export async function apiKeysFor(t: TestStack, orgIds: readonly string[]): Promise<Record<string, string>> {
  const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
  const keys: Record<string, string> = {};
  for (const orgId of orgIds) {
    keys[orgId] = (
      await createApiClient(store, t.city, { orgId, name: orgId, now: new Date().toISOString() })
    ).apiKey;
  }
  return keys;
}

/** A message as a test reads it: its JSON body (shape asserted by the test) and attributes. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary message fields
export type DrainedMessage = { body: any; attributes: Record<string, string> };

/** Every message waiting on a queue (an observer, or a bank's inbox), received and deleted. */
export async function drainQueue(stack: LocalStack, url: string): Promise<DrainedMessage[]> {
  const sqs = new SQSClient({ endpoint: stack.sqsEndpoint, region: 'cn-north-1' });
  const out: DrainedMessage[] = [];
  try {
    for (;;) {
      const got = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'] }),
      );
      if (!got.Messages?.length) return out;
      for (const m of got.Messages) {
        out.push({
          body: JSON.parse(m.Body ?? '{}'),
          attributes: Object.fromEntries(
            Object.entries(m.MessageAttributes ?? {}).map(([k, v]) => [k, v.StringValue ?? '']),
          ),
        });
      }
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: url,
          Entries: got.Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }),
      );
    }
  } finally {
    sqs.destroy();
  }
}

/** A response body as loosely-typed JSON: tests assert its shape instead of trusting a cast. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary response fields
export const json = async (res: Response | Promise<Response>): Promise<any> => (await res).json();

/**
 * Retries an async assertion until it passes or `timeoutMs` runs out (then rethrows the last
 * failure). For effects that cross a stream and a queue, where "idle" can be reached before a
 * freshly created stream shard is first seen.
 */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
