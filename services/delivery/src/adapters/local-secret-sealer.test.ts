import { describe, expect, it } from 'vitest';
import { webhookSecretContext } from '../domain/sealed-secrets.ts';
import { generateWebhookSecret } from '../domain/webhook-signature.ts';
import { LocalSecretSealer } from './local-secret-sealer.ts';

describe('Class: LocalSecretSealer', () => {
  const sealer = new LocalSecretSealer(Buffer.alloc(32, 7));
  const secret = generateWebhookSecret();
  const context = webhookSecretContext('linshan', 'bank-city');

  it('opens what it sealed under the same context, and the sealed form holds no plaintext', async () => {
    // Act
    const sealed = await sealer.seal(secret, context);
    const opened = await sealer.open(sealed, {
      purpose: context.purpose ?? '',
      bankId: 'bank-city',
      city: 'linshan',
    });

    // Assess
    expect(opened).toBe(secret);
    expect(sealed.scheme).toBe('local-aes-256-gcm');
    expect(sealed.keyId).toMatch(/^local:[0-9a-f]{16}$/);
    expect(JSON.stringify(sealed)).not.toContain('whsec_');
    expect(JSON.stringify(sealed)).not.toContain(secret.slice('whsec_'.length));
  });

  it('seals the same secret differently each time (a fresh IV)', async () => {
    const [a, b] = await Promise.all([sealer.seal(secret, context), sealer.seal(secret, context)]);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it("refuses to open under another bank's or another city's context (a ciphertext copied to another row)", async () => {
    // Prepare
    const sealed = await sealer.seal(secret, context);

    // Act
    const otherBank = sealer.open(sealed, webhookSecretContext('linshan', 'bank-gs'));
    const otherCity = sealer.open(sealed, webhookSecretContext('qingshan', 'bank-city'));
    const noPurpose = sealer.open(sealed, { city: 'linshan', bankId: 'bank-city' });

    // Assess
    await expect(otherBank).rejects.toThrow(/wrong context/);
    await expect(otherCity).rejects.toThrow(/wrong context/);
    await expect(noPurpose).rejects.toThrow(/wrong context/);
  });

  it('refuses a ciphertext with any byte changed (IV, tag or body)', async () => {
    // Prepare
    const sealed = await sealer.seal(secret, context);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');

    // Act / Assess
    for (const at of [0, 12, 28, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at] = (changed[at] ?? 0) ^ 1;
      await expect(
        sealer.open({ ...sealed, ciphertext: changed.toString('base64') }, context),
      ).rejects.toThrow();
    }
    await expect(
      sealer.open({ ...sealed, ciphertext: bytes.subarray(0, 20).toString('base64') }, context),
    ).rejects.toThrow(/too short/);
  });

  it('refuses what another key or another scheme sealed', async () => {
    // Prepare
    const other = new LocalSecretSealer(Buffer.alloc(32, 8));
    const sealed = await other.seal(secret, context);

    // Act / Assess
    await expect(sealer.open(sealed, context)).rejects.toThrow(/not with this local key/);
    await expect(sealer.open({ ...sealed, keyId: sealer.keyId }, context)).rejects.toThrow(/wrong context/);
    await expect(sealer.open({ ...sealed, scheme: 'kms' }, context)).rejects.toThrow(
      /not with this local key/,
    );
  });

  it('takes a 32-byte key only; the development key is fixed per logical name, so kept local data still opens', async () => {
    // Prepare
    const key = LocalSecretSealer.developmentKey('webhook-secrets');
    const sealed = await LocalSecretSealer.fromBase64(key).seal(secret, context);

    // Act
    const afterRestart = await LocalSecretSealer.fromBase64(
      LocalSecretSealer.developmentKey('webhook-secrets'),
    ).open(sealed, context);

    // Assess
    expect(() => new LocalSecretSealer(Buffer.alloc(16))).toThrow(/32 bytes/);
    expect(afterRestart).toBe(secret);
    expect(LocalSecretSealer.developmentKey('other-key')).not.toBe(key);
  });
});
