import type { SigningSecret } from './signing-secrets.ts';

/**
 * Signing secrets at rest: sealed with the city key, bound by an encryption context to the city and
 * the bank, so a ciphertext copied to another bank's row (or another city's table) does not open.
 * The port is `SecretSealer`; the adapters are KMS (deployed) and AES-256-GCM with a development key
 * (local stack and tests), both taking the same context, so a wrong context fails in either.
 */

/** What a ciphertext is bound to. Opening it under any other context fails. */
export type SealingContext = Readonly<Record<string, string>>;

/** How a secret was sealed: `kms` under the city key, `local-aes-256-gcm` under a development key. */
export type SealingScheme = 'kms' | 'local-aes-256-gcm';

/** A sealed secret as stored: no plaintext, only the ciphertext and which key sealed it. */
export interface SealedSecret {
  scheme: SealingScheme;
  /** The sealing key: a KMS key ARN (its versions are inside the ciphertext), or `local:<fingerprint>`. */
  keyId: string;
  /** Base64. */
  ciphertext: string;
}

/** Seals and opens small secrets (a `whsec_…` is ~50 bytes: no envelope encryption needed). */
export interface SecretSealer {
  seal(plaintext: string, context: SealingContext): Promise<SealedSecret>;
  /** Throws when the key, the context or the ciphertext is not the one it was sealed with. */
  open(sealed: SealedSecret, context: SealingContext): Promise<string>;
}

/** A stored secret: sealed, or the plaintext of a row written before secrets were sealed (legacy). */
export type StoredSecret = SealedSecret | string;
export type StoredSigningSecret = SigningSecret<StoredSecret>;

/** The context of a webhook bank's signing secret. Infra conditions the key's use on `city`. */
export function webhookSecretContext(city: string, bankId: string): SealingContext {
  return { city, bankId, purpose: 'webhook-signing-secret' };
}

export function isSealed(secret: StoredSecret): secret is SealedSecret {
  return typeof secret !== 'string';
}

/** The context as bytes, independent of key order: the AAD of the local scheme, and a cache key. */
export function canonicalContext(context: SealingContext): string {
  return JSON.stringify(Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
