import { describe, expect, it } from 'vitest';
import { LocalSecretSealer } from '../adapters/local-secret-sealer.ts';
import { isSealed, type StoredSigningSecret } from '../domain/sealed-secrets.ts';
import { openActiveSecrets, rotateSealedSecrets, rotationReplay } from './webhook-secrets.ts';

const sealer = new LocalSecretSealer(Buffer.alloc(32, 3));
const t0 = new Date('2026-11-23T00:00:00Z');
const later = new Date('2026-11-23T01:00:00Z');
const afterOverlap = new Date('2026-11-24T01:00:00Z');
let n = 0;
const generate = () => `whsec_${Buffer.alloc(32, ++n).toString('base64')}`;

describe('Function: rotateSealedSecrets / openActiveSecrets', () => {
  it('stores a rotation sealed, signs with both secrets during the overlap and with the new one after it', async () => {
    // Prepare
    const first = await rotateSealedSecrets({
      sealer,
      city: 'linshan',
      bankId: 'bank-city',
      stored: [],
      now: t0,
      overlapHours: 24,
      generate,
    });

    // Act
    const second = await rotateSealedSecrets({
      sealer,
      city: 'linshan',
      bankId: 'bank-city',
      stored: first.secrets,
      now: later,
      overlapHours: 24,
      generate,
    });

    // Assess
    expect(JSON.stringify(second.secrets)).not.toContain('whsec_');
    expect(second.secrets[1]?.secret).toEqual(first.secrets[0]?.secret); // kept as sealed, not opened again
    expect(await openActiveSecrets(sealer, 'linshan', 'bank-city', second.secrets, later)).toEqual([
      second.secret,
      first.secret,
    ]);
    expect(await openActiveSecrets(sealer, 'linshan', 'bank-city', second.secrets, afterOverlap)).toEqual([
      second.secret,
    ]);
  });

  it('reads a legacy plaintext row as it is, and seals it at the next rotation (kept for the overlap)', async () => {
    // Prepare: a row written before secrets were sealed.
    const legacy = generate();
    const stored: StoredSigningSecret[] = [{ secret: legacy, createdAt: '2026-01-01T00:00:00.000Z' }];

    // Act
    const before = await openActiveSecrets(sealer, 'linshan', 'bank-city', stored, t0);
    const rotated = await rotateSealedSecrets({
      sealer,
      city: 'linshan',
      bankId: 'bank-city',
      stored,
      now: t0,
      overlapHours: 24,
      generate,
    });

    // Assess
    expect(before).toEqual([legacy]);
    expect(rotated.secrets.every((s) => isSealed(s.secret))).toBe(true);
    expect(JSON.stringify(rotated.secrets)).not.toContain('whsec_');
    expect(await openActiveSecrets(sealer, 'linshan', 'bank-city', rotated.secrets, t0)).toEqual([
      rotated.secret,
      legacy,
    ]);
  });

  it("fails to sign with a bank's secret copied into another bank's row", async () => {
    // Prepare
    const ofCity = await rotateSealedSecrets({
      sealer,
      city: 'linshan',
      bankId: 'bank-city',
      stored: [],
      now: t0,
      overlapHours: 24,
      generate,
    });

    // Act
    const copied = openActiveSecrets(sealer, 'linshan', 'bank-evil', ofCity.secrets, t0);

    // Assess
    await expect(copied).rejects.toThrow(/wrong context/);
  });
});

describe('Function: rotationReplay', () => {
  it('answers the same secret to the same key for 24 hours (inclusive), while that rotation is the newest', async () => {
    // Prepare
    const first = await rotateSealedSecrets({
      sealer,
      city: 'linshan',
      bankId: 'bank-city',
      stored: [],
      now: t0,
      overlapHours: 24,
      generate,
    });
    const mark = { keyHash: 'h1', at: t0.toISOString() };
    const replay = (keyHash: string | undefined, now: Date, stored = first.secrets) =>
      rotationReplay({ sealer, city: 'linshan', bankId: 'bank-city', stored, mark, keyHash, now });
    const newer = await rotateSealedSecrets({
      sealer,
      city: 'linshan',
      bankId: 'bank-city',
      stored: first.secrets,
      now: later,
      overlapHours: 24,
      generate,
    });

    // Act
    const within = await replay('h1', new Date('2026-11-24T00:00:00Z')); // 24 h to the millisecond
    const expired = await replay('h1', new Date('2026-11-24T00:00:00.001Z'));
    const otherKey = await replay('h2', later);
    const noKey = await replay(undefined, later);
    const superseded = await replay('h1', later, newer.secrets);

    // Assess
    expect(within).toEqual({ secret: first.secret });
    expect([expired, otherKey, noKey, superseded]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
