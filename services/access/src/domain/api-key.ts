import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys are 256 random bits; only their SHA-256 is stored. A fast hash is right here: the key
 * is not a password a person chose, so there is nothing to brute-force from the hash.
 */
export function newApiKey(city: string): string {
  return `sme_${city}_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
