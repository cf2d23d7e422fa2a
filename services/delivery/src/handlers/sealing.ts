import { KMSClient } from '@aws-sdk/client-kms';
import { envNames } from '@sme/runtime';
import { CachingSecretSealer } from '../adapters/caching-secret-sealer.ts';
import { KmsSecretSealer } from '../adapters/kms-secret-sealer.ts';
import { LocalSecretSealer } from '../adapters/local-secret-sealer.ts';
import type { SecretSealer } from '../domain/sealed-secrets.ts';

/**
 * The sealer of a city key declared in the function's manifest entry (`keys`). Deployed, infra sets
 * `KEY_<NAME>_ARN` (KMS, with the function's declared use only); the local stack sets `KEY_<NAME>_LOCAL`
 * to a development AES key. Opened secrets are kept per process for a few minutes either way. Only the
 * functions that sign or rotate import this module, so no other bundle carries the KMS client.
 */
export function sealerFromEnv(
  logical: string,
  env: Record<string, string | undefined> = process.env,
): SecretSealer {
  const arn = env[envNames.keyArn(logical)];
  if (arn) return new CachingSecretSealer(new KmsSecretSealer(new KMSClient({ maxAttempts: 3 }), arn));
  const local = env[envNames.localKey(logical)];
  if (local) return new CachingSecretSealer(LocalSecretSealer.fromBase64(local));
  throw new Error(
    `Key ${logical} is not configured: neither ${envNames.keyArn(logical)} nor ${envNames.localKey(logical)} is set (is it in the function's manifest entry?)`,
  );
}

let webhookSecrets: SecretSealer | undefined;
/** Seals and opens the webhook banks' signing secrets (`keys: { 'webhook-secrets': … }`). */
export const webhookSecretSealer = (): SecretSealer => {
  webhookSecrets ??= sealerFromEnv('webhook-secrets');
  return webhookSecrets;
};
