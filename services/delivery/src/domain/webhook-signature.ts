import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '@sme/kernel';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com, symmetric `v1` scheme).
 *
 * The signed content is `${webhook-id}.${webhook-timestamp}.${body}` and the signature is the
 * base64 HMAC-SHA256 of it under the endpoint secret. During a secret rotation the sender signs with
 * every valid secret, so a receiver that holds either the old or the new one accepts the message.
 */

export const webhookSecretPrefix = 'whsec_';
/** The spec allows 24–64 byte keys; we generate 32 (the HMAC-SHA256 block-size sweet spot). */
const minSecretBytes = 24;
const maxSecretBytes = 64;
const generatedSecretBytes = 32;
/** Receivers reject messages whose timestamp is further than this from their clock (replay window). */
export const defaultToleranceSeconds = 300;

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export type WebhookBody = string | Uint8Array;

export type WebhookVerificationFailure =
  | { code: 'missing-header'; header: keyof WebhookHeaders }
  | { code: 'invalid-timestamp'; value: string }
  | { code: 'timestamp-too-old'; ageSeconds: number }
  | { code: 'timestamp-too-new'; aheadSeconds: number }
  | { code: 'no-matching-signature' };

export type WebhookVerification =
  | { ok: true; id: string; timestamp: number }
  | { ok: false; error: WebhookVerificationFailure };

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes a `whsec_<base64>` secret into its HMAC key. Throws `ValidationError` for anything else,
 * so a mistyped secret fails at configuration time rather than as "no matching signature" later.
 */
export function parseWebhookSecret(secret: string, path = 'secret'): Buffer {
  const fail = (message: string) =>
    new ValidationError(`Invalid webhook secret: ${message}`, [{ path, message }]);
  if (!secret.startsWith(webhookSecretPrefix)) throw fail(`must start with "${webhookSecretPrefix}"`);
  const encoded = secret.slice(webhookSecretPrefix.length);
  if (encoded.length === 0 || !base64Pattern.test(encoded)) {
    throw fail('the part after the prefix must be base64');
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length < minSecretBytes || key.length > maxSecretBytes) {
    throw fail(`key must be ${minSecretBytes}–${maxSecretBytes} bytes, got ${key.length}`);
  }
  return key;
}

/** A fresh endpoint secret, `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return webhookSecretPrefix + randomBytes(generatedSecretBytes).toString('base64');
}

function signatureOf(key: Buffer, id: string, timestamp: number, body: WebhookBody): string {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64');
}

function unixSeconds(instant: Date, path: string): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    throw new ValidationError('Invalid timestamp', [{ path, message: 'must be a valid Date' }]);
  }
  return Math.floor(ms / 1000);
}

/**
 * Signs one delivery attempt. Sign again for every retry: the timestamp is the attempt time and a
 * receiver rejects messages older than its tolerance.
 *
 * @example
 * signWebhook({ id: 'dlv_01', timestamp: new Date(), body: '{"type":"push"}', secrets: [current, next] })
 * // → { 'webhook-id': 'dlv_01', 'webhook-timestamp': '1767225600', 'webhook-signature': 'v1,… v1,…' }
 */
export function signWebhook(input: {
  id: string;
  timestamp: Date;
  body: WebhookBody;
  secrets: readonly string[];
}): WebhookHeaders {
  const { id, body, secrets } = input;
  if (id.length === 0) {
    throw new ValidationError('Webhook id is empty', [{ path: 'id', message: 'must not be empty' }]);
  }
  if (secrets.length === 0) {
    throw new ValidationError('No webhook secret', [
      { path: 'secrets', message: 'at least one secret is needed' },
    ]);
  }
  const timestamp = unixSeconds(input.timestamp, 'timestamp');
  const signatures = secrets.map(
    (s, i) => `v1,${signatureOf(parseWebhookSecret(s, `secrets.${i}`), id, timestamp, body)}`,
  );
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatures.join(' '),
  };
}

type HeaderBag = Readonly<Record<string, string | readonly string[] | undefined>>;

// HTTP header names are case-insensitive; frameworks differ in how they present them.
function header(headers: HeaderBag, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    const text = typeof value === 'string' ? value : value?.join(' ');
    if (text !== undefined && text.length > 0) return text;
  }
  return undefined;
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // Lengths are public (base64 of a 32-byte digest); only the content comparison must not leak.
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Verifies a received webhook against the receiver's valid secrets (old and new during rotation).
 * Returns a typed failure instead of throwing: a bad signature is an expected outcome for a receiver.
 */
export function verifyWebhook(input: {
  headers: HeaderBag;
  body: WebhookBody;
  secrets: readonly string[];
  now: Date;
  toleranceSeconds?: number;
}): WebhookVerification {
  const { headers, body, secrets, toleranceSeconds = defaultToleranceSeconds } = input;
  if (secrets.length === 0) {
    throw new ValidationError('No webhook secret', [
      { path: 'secrets', message: 'at least one secret is needed' },
    ]);
  }
  const keys = secrets.map((s, i) => parseWebhookSecret(s, `secrets.${i}`));
  const id = header(headers, 'webhook-id');
  if (id === undefined) return { ok: false, error: { code: 'missing-header', header: 'webhook-id' } };
  const rawTimestamp = header(headers, 'webhook-timestamp');
  if (rawTimestamp === undefined) {
    return { ok: false, error: { code: 'missing-header', header: 'webhook-timestamp' } };
  }
  const rawSignatures = header(headers, 'webhook-signature');
  if (rawSignatures === undefined) {
    return { ok: false, error: { code: 'missing-header', header: 'webhook-signature' } };
  }

  if (!/^\d{1,15}$/.test(rawTimestamp)) {
    return { ok: false, error: { code: 'invalid-timestamp', value: rawTimestamp } };
  }
  const timestamp = Number(rawTimestamp);
  const now = unixSeconds(input.now, 'now');
  if (now - timestamp > toleranceSeconds) {
    return { ok: false, error: { code: 'timestamp-too-old', ageSeconds: now - timestamp } };
  }
  if (timestamp - now > toleranceSeconds) {
    return { ok: false, error: { code: 'timestamp-too-new', aheadSeconds: timestamp - now } };
  }

  const offered = rawSignatures
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => entry.slice(3));
  for (const key of keys) {
    const expected = signatureOf(key, id, timestamp, body);
    if (offered.some((candidate) => constantTimeEqual(candidate, expected))) {
      return { ok: true, id, timestamp };
    }
  }
  return { ok: false, error: { code: 'no-matching-signature' } };
}
