import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { envNames } from '@sme/runtime';

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

/**
 * A city secret declared in the function's manifest entry (`secrets`), read lazily and cached for the
 * life of the process. Deployed, infra sets `SECRET_<NAME>_ARN`; the local stack sets
 * `SECRET_<NAME>_VALUE` to a development value. A failed fetch is not cached, so the next request retries.
 */
export function citySecret(
  logical: string,
  fetchByArn: SecretFetcher,
  env: Record<string, string | undefined> = process.env,
): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= (async () => {
      const arn = env[envNames.secretArn(logical)];
      if (arn) return fetchByArn(arn);
      const value = env[envNames.secretValue(logical)];
      if (value) return value;
      throw new Error(
        `Secret ${logical} is not configured: neither ${envNames.secretArn(logical)} nor ${envNames.secretValue(logical)} is set (is it in the function's manifest entry?)`,
      );
    })().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}
