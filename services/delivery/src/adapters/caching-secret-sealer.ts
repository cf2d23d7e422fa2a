import {
  canonicalContext,
  type SealedSecret,
  type SealingContext,
  type SecretSealer,
} from '../domain/sealed-secrets.ts';

/** How long a process keeps an opened secret: a burst of deliveries opens each secret once. */
export const openedSecretTtlMs = 5 * 60_000;

/**
 * Keeps opened secrets in memory for a short time, per ciphertext and context, so a batch of deliveries
 * to one bank costs one KMS Decrypt rather than one per message. Concurrent opens of the same secret
 * share one call; a failed open is not kept (the next one asks again). Sealing is never cached. A key
 * disabled in KMS stops signing within the TTL.
 */
export class CachingSecretSealer implements SecretSealer {
  readonly #inner: SecretSealer;
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #opened = new Map<string, { at: number; value: Promise<string> }>();

  constructor(inner: SecretSealer, options: { ttlMs?: number; now?: () => number } = {}) {
    this.#inner = inner;
    this.#ttlMs = options.ttlMs ?? openedSecretTtlMs;
    this.#now = options.now ?? Date.now;
  }

  seal(plaintext: string, context: SealingContext): Promise<SealedSecret> {
    return this.#inner.seal(plaintext, context);
  }

  open(sealed: SealedSecret, context: SealingContext): Promise<string> {
    const now = this.#now();
    for (const [k, entry] of this.#opened) if (now - entry.at >= this.#ttlMs) this.#opened.delete(k);
    const key = `${sealed.scheme}\n${sealed.keyId}\n${sealed.ciphertext}\n${canonicalContext(context)}`;
    const hit = this.#opened.get(key);
    if (hit) return hit.value;
    const value = this.#inner.open(sealed, context);
    this.#opened.set(key, { at: now, value });
    value.catch(() => {
      if (this.#opened.get(key)?.value === value) this.#opened.delete(key);
    });
    return value;
  }
}
