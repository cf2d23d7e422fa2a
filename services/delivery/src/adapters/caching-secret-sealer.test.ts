import { describe, expect, it } from 'vitest';
import type { SealedSecret, SealingContext, SecretSealer } from '../domain/sealed-secrets.ts';
import { CachingSecretSealer } from './caching-secret-sealer.ts';

/** Counts opens; opens to `plain:<ciphertext>` or fails while `failing` is set. */
function countingSealer() {
  const calls = { open: 0, seal: 0 };
  let failing = false;
  const inner: SecretSealer = {
    seal: async (plaintext) => {
      calls.seal += 1;
      return { scheme: 'kms', keyId: 'k', ciphertext: plaintext };
    },
    open: async (sealed) => {
      calls.open += 1;
      if (failing) throw new Error('KMS throttled');
      return `plain:${sealed.ciphertext}`;
    },
  };
  return { inner, calls, fail: (on: boolean) => (failing = on) };
}

const sealed: SealedSecret = { scheme: 'kms', keyId: 'k', ciphertext: 'c1' };
const context: SealingContext = { city: 'linshan', bankId: 'bank-city' };

describe('Class: CachingSecretSealer', () => {
  it('opens a secret once for a burst of deliveries, and again after the TTL', async () => {
    // Prepare
    let now = 0;
    const { inner, calls } = countingSealer();
    const sealer = new CachingSecretSealer(inner, { ttlMs: 1000, now: () => now });

    // Act
    const burst = await Promise.all(Array.from({ length: 20 }, () => sealer.open(sealed, context)));
    now = 999;
    await sealer.open(sealed, context);
    const beforeExpiry = calls.open;
    now = 1000;
    await sealer.open(sealed, context);

    // Assess
    expect(new Set(burst)).toEqual(new Set(['plain:c1']));
    expect(beforeExpiry).toBe(1);
    expect(calls.open).toBe(2);
  });

  it('keeps entries apart by context and ciphertext, whatever the key order', async () => {
    const { inner, calls } = countingSealer();
    const sealer = new CachingSecretSealer(inner);
    await sealer.open(sealed, context);
    await sealer.open(sealed, { bankId: 'bank-city', city: 'linshan' });
    await sealer.open(sealed, { city: 'linshan', bankId: 'bank-gs' });
    await sealer.open({ ...sealed, ciphertext: 'c2' }, context);
    expect(calls.open).toBe(3);
  });

  it('does not keep a failed open, and never caches sealing', async () => {
    // Prepare
    const { inner, calls, fail } = countingSealer();
    const sealer = new CachingSecretSealer(inner);
    fail(true);

    // Act
    await expect(sealer.open(sealed, context)).rejects.toThrow(/throttled/);
    fail(false);
    const opened = await sealer.open(sealed, context);
    await sealer.seal('x', context);
    await sealer.seal('x', context);

    // Assess
    expect(opened).toBe('plain:c1');
    expect(calls).toEqual({ open: 2, seal: 2 });
  });
});
