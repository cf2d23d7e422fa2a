import { readFile } from 'node:fs/promises';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { envNames, logger } from '@sme/runtime';

/** Fetches a secret's string value by ARN. */
export type SecretFetcher = (arn: string) => Promise<string>;

type Signer = Awaited<ReturnType<DynamoDBClient['config']['signer']>>;
type SignableRequest = Parameters<Signer['sign']>[0];

/**
 * Secrets Manager `GetSecretValue`, signed by the SDK's own SigV4 signer and credential chain (those
 * of the DynamoDB client the function already has), so no second SDK client is bundled for one call
 * per cold start. The endpoint follows the ARN's region and partition (aws-cn → amazonaws.com.cn).
 */
export function secretsManagerFetcher(
  client: Pick<DynamoDBClient, 'config'>,
  send: typeof fetch = fetch,
): SecretFetcher {
  return async (arn) => {
    const [, partition, service, region] = arn.split(':');
    if (service !== 'secretsmanager' || !region || !partition) throw new Error('Not a Secrets Manager ARN');
    const hostname = `secretsmanager.${region}.${partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
    const body = JSON.stringify({ SecretId: arn });
    const request = {
      method: 'POST',
      protocol: 'https:',
      hostname,
      path: '/',
      query: {},
      headers: {
        host: hostname,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'secretsmanager.GetSecretValue',
      },
      body,
    } as SignableRequest;
    const signer = await client.config.signer();
    const signed = await signer.sign(request, { signingService: 'secretsmanager', signingRegion: region });
    // fetch derives Host from the URL; the signed value is the same.
    const { host: _host, ...headers } = signed.headers;
    const response = await send(`https://${hostname}/`, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(5_000),
    });
    const json = (await response.json().catch(() => ({}))) as { SecretString?: unknown; __type?: unknown };
    if (!response.ok)
      throw new Error(`GetSecretValue failed: HTTP ${response.status} ${String(json.__type ?? '')}`);
    if (typeof json.SecretString !== 'string' || json.SecretString === '') {
      throw new Error('GetSecretValue returned no SecretString');
    }
    return json.SecretString;
  };
}

export interface CitySecretOptions {
  /**
   * How long a value read is used before it is read again, so that a changed secret (a new key
   * version) reaches running processes without a redeploy. A failed re-read keeps the last value.
   */
  maxAgeMs?: number;
  /** Milliseconds since the epoch; tests pin it. */
  now?: () => number;
}

/** Secrets are re-read every five minutes: a key rotation reaches every process within that. */
export const SECRET_MAX_AGE_MS = 300_000;

/**
 * A city secret declared in the function's manifest entry (`secrets`), read lazily and kept for
 * `maxAgeMs`, then read again. Deployed, infra sets `SECRET_<NAME>_ARN`; the local stack sets
 * `SECRET_<NAME>_FILE` to a file holding a development value (or `SECRET_<NAME>_VALUE`, given by hand). A failed first read is not kept, so the next request
 * retries; a failed re-read keeps serving the value it had (and tries again on the next call).
 */
export function citySecret(
  logical: string,
  fetchByArn: SecretFetcher,
  env: Record<string, string | undefined> = process.env,
  options: CitySecretOptions = {},
): () => Promise<string> {
  const maxAgeMs = options.maxAgeMs ?? SECRET_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  let held: { value: string; readAt: number } | undefined;
  let reading: Promise<string> | undefined;
  const file =
    env[envNames.secretArn(logical)] || env[envNames.secretValue(logical)]
      ? undefined
      : env[envNames.secretFile(logical)];
  // A local file costs nothing to read: a change (./dev ops blacklist rotate-key) is seen within a second.
  const ttl = file ? Math.min(maxAgeMs, 1_000) : maxAgeMs;
  const read = async () => {
    const arn = env[envNames.secretArn(logical)];
    if (arn) return fetchByArn(arn);
    const value = env[envNames.secretValue(logical)];
    if (value) return value;
    if (file) return (await readFile(file, 'utf8')).trim();
    throw new Error(
      `Secret ${logical} is not configured: none of ${envNames.secretArn(logical)}, ${envNames.secretValue(logical)} or ${envNames.secretFile(logical)} is set (is it in the function's manifest entry?)`,
    );
  };
  return async () => {
    if (held && now() - held.readAt < ttl) return held.value;
    reading ??= read()
      .then((value) => {
        held = { value, readAt: now() };
        return value;
      })
      .catch((error: unknown) => {
        if (!held) throw error;
        logger.warn('Re-reading a city secret failed; keeping the value read before', {
          secret: logical,
          error: error instanceof Error ? error.message : String(error),
        });
        return held.value;
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
}

/**
 * A secret's value parsed (a keyring, say), parsed again only when the value changes. A changed
 * value that does not parse is refused loudly (an error log naming what is wrong) while the last
 * good one stays in use; with no good value yet, the parse error is thrown.
 */
export function parsedSecret<T>(read: () => Promise<string>, parse: (value: string) => T): () => Promise<T> {
  let good: { raw: string; parsed: T } | undefined;
  let refused: string | undefined;
  return async () => {
    const raw = await read();
    if (good?.raw === raw) return good.parsed;
    try {
      good = { raw, parsed: parse(raw) };
      return good.parsed;
    } catch (error) {
      if (!good) throw error;
      if (refused !== raw) {
        refused = raw;
        logger.error('A changed city secret was refused; the previous value stays in use until it is fixed', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
      return good.parsed;
    }
  };
}
