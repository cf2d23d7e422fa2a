import {
  isSealed,
  type SecretSealer,
  type StoredSigningSecret,
  webhookSecretContext,
} from '../domain/sealed-secrets.ts';
import { activeSecrets, rotateSecrets } from '../domain/signing-secrets.ts';
import { generateWebhookSecret } from '../domain/webhook-signature.ts';

/**
 * The secrets to sign with at `now`, opened. A legacy plaintext secret (a row written before sealing)
 * is used as it is and left for the next rotation to seal: the sender only ever opens (kms:Decrypt),
 * it never seals, so a compromised sender cannot write secrets of its own choosing.
 */
export async function openActiveSecrets(
  sealer: SecretSealer,
  city: string,
  bankId: string,
  stored: readonly StoredSigningSecret[],
  now: Date,
): Promise<string[]> {
  const context = webhookSecretContext(city, bankId);
  return Promise.all(
    activeSecrets(stored, now).map((s) => (isSealed(s) ? sealer.open(s, context) : Promise.resolve(s))),
  );
}

/**
 * A rotation: a fresh secret, sealed, in front of the current one (kept for the overlap). The current one
 * keeps its ciphertext as it is (no need to open it); a legacy plaintext one is sealed now, so after any
 * rotation the row holds no plaintext. Returns the fresh secret, shown to ops once, and the stored list.
 */
export async function rotateSealedSecrets(input: {
  sealer: SecretSealer;
  city: string;
  bankId: string;
  stored: readonly StoredSigningSecret[];
  now: Date;
  overlapHours: number;
  generate?: () => string;
}): Promise<{ secret: string; secrets: StoredSigningSecret[] }> {
  const { sealer, city, bankId, now, overlapHours, generate = generateWebhookSecret } = input;
  const context = webhookSecretContext(city, bankId);
  const secret = generate();
  const fresh = await sealer.seal(secret, context);
  const rotated = rotateSecrets(input.stored, fresh, now, overlapHours);
  const secrets = await Promise.all(
    rotated.map(async (s) =>
      isSealed(s.secret) ? s : { ...s, secret: await sealer.seal(s.secret, context) },
    ),
  );
  return { secret, secrets };
}

/** The rotation a request made, kept on the endpoint so a retry with the same Idempotency-Key finds it. */
export interface RotationMark {
  /** SHA-256 of the caller's client id and Idempotency-Key: the key itself is not stored. */
  keyHash: string;
  at: string;
}

/** How long a retry with the same Idempotency-Key gets the same secret back (as the runtime's idempotency). */
export const rotationRetentionHours = 24;

/**
 * The secret a retry of the rotation `mark` should get back, or undefined when this is a new request: the
 * same key within the retention, and the secret that rotation made is still the newest (opened, never
 * stored in plaintext anywhere: a lost answer is recovered from the sealed row, not from a response cache).
 */
export async function rotationReplay(input: {
  sealer: SecretSealer;
  city: string;
  bankId: string;
  stored: readonly StoredSigningSecret[];
  mark: RotationMark | undefined;
  keyHash: string | undefined;
  now: Date;
}): Promise<{ secret: string; previousValidUntil?: string } | undefined> {
  const { mark, keyHash, stored, now } = input;
  if (!keyHash || mark?.keyHash !== keyHash) return undefined;
  if (now.getTime() - Date.parse(mark.at) > rotationRetentionHours * 3_600_000) return undefined;
  const [newest, previous] = stored;
  if (!newest || newest.createdAt !== mark.at || !isSealed(newest.secret)) return undefined;
  const secret = await input.sealer.open(newest.secret, webhookSecretContext(input.city, input.bankId));
  return { secret, ...(previous?.validUntil ? { previousValidUntil: previous.validUntil } : {}) };
}
