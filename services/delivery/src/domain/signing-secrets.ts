/**
 * A webhook bank's signing secret with its validity. `S` is how the secret is held: the plaintext
 * `whsec_…` while signing, a sealed form (or, in rows written before sealing, the plaintext) when stored.
 */
export interface SigningSecret<S = string> {
  secret: S;
  createdAt: string;
  /** Set on the previous secret when a newer one replaces it. */
  validUntil?: string;
}

/** Secrets to sign with at `now`: the current one, and the previous one until its overlap ends. */
export function activeSecrets<S>(secrets: readonly SigningSecret<S>[], now: Date): S[] {
  const at = now.toISOString();
  return secrets.filter((s) => s.validUntil === undefined || s.validUntil > at).map((s) => s.secret);
}

/**
 * Secrets after a rotation: the new one first; the current one stays valid for `overlapHours` so a
 * bank can switch without losing a delivery; older ones are dropped.
 */
export function rotateSecrets<S>(
  secrets: readonly SigningSecret<S>[],
  fresh: S,
  now: Date,
  overlapHours: number,
): SigningSecret<S>[] {
  const at = now.toISOString();
  const until = new Date(now.getTime() + overlapHours * 3_600_000).toISOString();
  const current = secrets.find((s) => s.validUntil === undefined);
  return [{ secret: fresh, createdAt: at }, ...(current ? [{ ...current, validUntil: until }] : [])];
}
