import type { Permission } from '@sme/kernel';
import type { z } from 'zod';

/**
 * A service manifest declares, once, everything the service runs and touches. The CDK app
 * (infra/lib) and the local stack (packages/local) both build from it; infra tests check that
 * every entry is wired in the synthesized template.
 */

/** DynamoDB attribute types used in keys. */
export type KeyType = 'S' | 'N';
export interface KeySpec {
  name: string;
  type: KeyType;
}

export interface IndexSpec {
  partitionKey: KeySpec;
  sortKey?: KeySpec;
  /** `all` copies the item (list pages need no second read); `keys` keeps the index small. */
  projection: 'all' | 'keys';
}

export interface TableSpec {
  partitionKey: KeySpec;
  sortKey?: KeySpec;
  indexes?: Record<string, IndexSpec>;
  /** Attribute holding an epoch-seconds expiry. */
  timeToLive?: string;
  /** Stream of new and old images, for the outbox publisher. */
  stream?: boolean;
  /** Why the keys look the way they do: every access pattern, documented beside the definition. */
  accessPatterns: string[];
}

export interface QueueSpec {
  /** Receives before a message is moved to the DLQ. */
  maxReceiveCount: number;
  fifo?: boolean;
  /** Seconds; the consumer's timeout × 6 is used when larger (AWS guidance for event source mappings). */
  visibilityTimeoutSeconds?: number;
  /** The event channel this queue subscribes to: every event published there is sent here too. */
  subscribes?: string;
  description: string;
}

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/** A route's contract: used by the handler to validate, by infra to wire, by /openapi.json to document. */
/** One response of a route as the OpenAPI document declares it. */
export interface ResponseSpec {
  description: string;
  /** The JSON body (problem+json for 4xx/5xx). */
  schema?: z.ZodType;
  /** Other media types the response may carry (`text/csv`, `text/html`, …), chosen by the request. */
  mediaTypes?: string[];
  /** Response headers the handler sets: name → what it holds (`ETag`, `Location`, …). */
  headers?: Record<string, string>;
}

export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway path syntax, e.g. `/v1/enterprises/{uscc}`. */
  path: string;
  /** `public` routes skip the authorizer (docs only). */
  permission: Permission | 'public';
  summary: string;
  /** Longer text for the OpenAPI document: who may call, what is audited, what the errors mean. */
  description?: string;
  tags: string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * A realistic JSON body for the docs and generated clients; a test parses it with `body`, so it
   * never drifts from the contract.
   */
  example?: unknown;
  /** Media types accepted besides JSON (e.g. text/csv for imports). */
  bodyMediaTypes?: string[];
  /** Largest accepted body in bytes; larger gets 413. */
  maxBodyBytes?: number;
  /** Status → response, for the OpenAPI document. */
  responses: Record<number, ResponseSpec>;
  /** POST routes honour `Idempotency-Key`. */
  idempotent?: boolean;
  /** Honours If-Match with the resource's ETag. */
  conditional?: boolean;
  /**
   * A read of sensitive data: a caller whose role lacks the permission is refused (403) only after the
   * refusal is in the audit trail, as the handler's own refusals are (`<subjectType>.read-refused`,
   * subject from the path parameter, purpose from the query).
   */
  auditRefusals?: { subjectType: string; subjectParam: string };
}

export type Trigger =
  | { kind: 'http'; route: RouteSpec }
  | { kind: 'authorizer' }
  | {
      kind: 'queue';
      queue: string;
      batchSize: number;
      maxBatchingWindowSeconds?: number;
      maxConcurrency?: number;
    }
  | { kind: 'stream'; table: string; batchSize: number }
  | { kind: 'schedule'; expression: string; description: string };

export type TableAccess = 'read' | 'write' | 'readwrite' | 'append';

/** What a function does with a city KMS key: seal (`kms:Encrypt`), open (`kms:Decrypt`), or both. */
export type KeyUse = 'encrypt' | 'decrypt' | 'encrypt-decrypt';

export interface FunctionSpec {
  /** Absolute path of the handler module; it exports `handler`. */
  entry: string;
  trigger: Trigger;
  timeoutSeconds?: number;
  memoryMb?: number;
  /** Tables by logical name (service or platform tables) and how the function uses them. */
  tables?: Record<string, TableAccess>;
  /** Queues the function sends to. */
  sends?: string[];
  /** Event channels the function publishes to (fan-out to every queue that subscribes). */
  publishes?: string[];
  /**
   * Sends to the city's per-bank inbox queues (banks whose delivery is `sqs`). They are made from
   * the city config, not a manifest: one queue per bank, readable only by that bank's account.
   */
  sendsToBankQueues?: boolean;
  /**
   * City secrets the function reads, by logical name (e.g. `blacklist-identifier-key`). Each is
   * generated per city stack (never in a config file or a bundle); the function gets its ARN in
   * `SECRET_<NAME>_ARN` and read access to it alone. The local stack sets a development value instead.
   */
  secrets?: string[];
  /**
   * City KMS keys the function uses, by logical name (e.g. `webhook-secrets`), and for what: `encrypt`
   * (seal) or `decrypt` (open), never both unless declared so. Each is a customer-managed key per city
   * stack (alias `alias/<city>/<name>`, rotation on, retained); the function gets its ARN in
   * `KEY_<NAME>_ARN` and only the declared action, on that key, with the city in the encryption context.
   * The local stack sets a development AES key in `KEY_<NAME>_LOCAL` instead.
   */
  keys?: Record<string, KeyUse>;
  /**
   * Files the function reads at run time that are not code (a browser bundle it serves, a Markdown page
   * it renders): path in the deployment package (relative, e.g. `docs/guide.md`) → absolute source path
   * in the repository. Infra copies each beside the bundle (`LAMBDA_TASK_ROOT/<path>`); the local stack
   * reads the source path.
   */
  files?: Record<string, string>;
  /** Extra environment; `resolveChannels` fills it, manifests need not. */
  environment?: Record<string, string>;
}

export interface ServiceManifest {
  service: string;
  tables?: Record<string, TableSpec>;
  queues?: Record<string, QueueSpec>;
  functions: Record<string, FunctionSpec>;
}

export const defaultTimeoutSeconds = 10;
export const defaultMemoryMb = 1024;

/** Identity helper that keeps literal types and checks the shape. */
export function defineService<const M extends ServiceManifest>(manifest: M): M {
  return manifest;
}

/** The stack-unique function name: `<service>-<function>`. */
export function functionId(service: string, fn: string): string {
  return `${service}-${fn}`;
}

/**
 * Env-var names shared by infra (which sets them) and runtime (which reads them).
 * Logical names are kebab-case; env vars upper snake.
 */
export const envNames = {
  table: (logical: string) => `TABLE_${logical.replaceAll('-', '_').toUpperCase()}`,
  queueUrl: (logical: string) => `QUEUE_${logical.replaceAll('-', '_').toUpperCase()}_URL`,
  /** Comma-separated logical names of the queues subscribed to a channel. */
  channel: (name: string) => `CHANNEL_${name.replaceAll('-', '_').toUpperCase()}_QUEUES`,
  city: 'CITY_ID',
  cityConfig: 'CITY_CONFIG_JSON',
  /** Local runs point the SDK at DynamoDB Local / fauxqs. */
  dynamoEndpoint: 'DYNAMODB_ENDPOINT',
  sqsEndpoint: 'SQS_ENDPOINT',
  /** ARN of a city secret the function declares in `secrets`. */
  secretArn: (logical: string) => `SECRET_${logical.replaceAll('-', '_').toUpperCase()}_ARN`,
  /** Local runs only: the secret's value itself, set by the local stack in place of an ARN. */
  secretValue: (logical: string) => `SECRET_${logical.replaceAll('-', '_').toUpperCase()}_VALUE`,
  /**
   * Local runs only: a file holding the secret's value, read again within a second of a change, so an ops
   * command can rotate a local secret as Secrets Manager rotates a deployed one.
   */
  secretFile: (logical: string) => `SECRET_${logical.replaceAll('-', '_').toUpperCase()}_FILE`,
  /** ARN of a city KMS key the function declares in `keys`. */
  keyArn: (logical: string) => `KEY_${logical.replaceAll('-', '_').toUpperCase()}_ARN`,
  /** Local runs only: a development AES-256 key (base64) standing in for the KMS key. */
  localKey: (logical: string) => `KEY_${logical.replaceAll('-', '_').toUpperCase()}_LOCAL`,
  /** JSON object bank id → inbox queue URL, for functions with `sendsToBankQueues`. */
  bankQueues: 'BANK_QUEUE_URLS',
  /**
   * People's sign-in (the authorizer): the OpenID issuer whose tokens are accepted, the API's audience (a
   * token's `aud`, or Cognito's `client_id`), and the issuer's JWKS URL (default `<issuer>/.well-known/jwks.json`).
   */
  oidcIssuer: 'OIDC_ISSUER',
  oidcAudience: 'OIDC_AUDIENCE',
  oidcJwksUri: 'OIDC_JWKS_URI',
  /** The console's OpenID client id (GET /console/config.json). */
  oidcConsoleClientId: 'OIDC_CONSOLE_CLIENT_ID',
  /** The scopes the console asks for (default `openid profile api`, the local provider's). */
  oidcConsoleScope: 'OIDC_CONSOLE_SCOPE',
} as const;

/** Physical resource names: `<city>-<logical>`; FIFO queues keep the required suffix. */
export const physicalName = {
  table: (city: string, logical: string) => `${city}-${logical}`,
  queue: (city: string, logical: string, fifo = false) => `${city}-${logical}${fifo ? '.fifo' : ''}`,
  dlq: (city: string, logical: string, fifo = false) => `${city}-${logical}-dlq${fifo ? '.fifo' : ''}`,
  /** A bank's inbox queue (delivery `sqs`): `<city>-bank-<bankId>`; its DLQ is `…-dlq`. */
  bankQueue: (city: string, bankId: string) => `${city}-bank-${bankId}`,
};

/**
 * Turns channels into plain queue sends: a function that publishes to channel C gets every queue
 * subscribed to C in its `sends` (so infra grants and wires them like any queue) and the list in
 * an env var (so `publish` knows where to send). A channel nobody subscribes to sends nowhere.
 * Both runtimes call this on the full list of manifests, so adding a subscriber is one queue entry.
 * It also grants every authenticated HTTP function the platform's `rate-limits` table, when declared.
 */
export function resolveChannels(manifests: readonly ServiceManifest[]): ServiceManifest[] {
  const subscribers = new Map<string, string[]>();
  for (const m of manifests) {
    for (const [logical, q] of Object.entries(m.queues ?? {})) {
      if (q.subscribes) subscribers.set(q.subscribes, [...(subscribers.get(q.subscribes) ?? []), logical]);
    }
  }
  // Every HTTP function counts its callers' requests (packages/runtime/src/http/rate-limit.ts).
  const rateLimited = manifests.some((m) => Object.hasOwn(m.tables ?? {}, 'rate-limits'));
  return manifests.map((m) => ({
    ...m,
    functions: Object.fromEntries(
      Object.entries(m.functions).map(([name, declared]) => {
        const fn =
          rateLimited && declared.trigger.kind === 'http' && declared.trigger.route.permission !== 'public'
            ? { ...declared, tables: { ...declared.tables, 'rate-limits': 'write' as const } }
            : declared;
        if (!fn.publishes?.length) return [name, fn];
        const environment = { ...fn.environment };
        const sends = new Set(fn.sends ?? []);
        for (const channel of fn.publishes) {
          const queues = (subscribers.get(channel) ?? []).sort();
          environment[envNames.channel(channel)] = queues.join(',');
          for (const q of queues) sends.add(q);
        }
        return [name, { ...fn, sends: [...sends], environment }];
      }),
    ),
  }));
}
