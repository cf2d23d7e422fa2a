import { createHmac } from 'node:crypto';
import { ValidationError } from '@sme/kernel';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  generateWebhookSecret,
  parseWebhookSecret,
  signWebhook,
  verifyWebhook,
  type WebhookHeaders,
} from './webhook-signature.ts';

// 32 bytes 0x00..0x1f and 32 bytes 0xff..0xe0: fixed keys so failures are reproducible.
const oldSecret = `whsec_${Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString('base64')}`;
const newSecret = `whsec_${Buffer.from(Array.from({ length: 32 }, (_, i) => 255 - i)).toString('base64')}`;
const body = '{"type":"enterprise.pushed","pushId":"psh_01","uscc":"91350100M000100Y43"}';
// 2026-03-02T01:00:00Z = 1772413200 unix seconds.
const sentAt = new Date('2026-03-02T01:00:00Z');
const sentAtSeconds = 1772413200;

function secondsLater(seconds: number): Date {
  return new Date(sentAt.getTime() + seconds * 1000);
}

describe('Function: signWebhook', () => {
  // The reference library reads the wall clock; pin it to the send time.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(sentAt);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('produces headers the independent standardwebhooks implementation accepts', () => {
    // Act
    const headers = signWebhook({ id: 'msg_1', timestamp: sentAt, body, secrets: [oldSecret] });

    // Assess
    expect(headers['webhook-id']).toBe('msg_1');
    expect(headers['webhook-timestamp']).toBe(String(sentAtSeconds));
    expect(new Webhook(oldSecret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('computes the HMAC-SHA256 over "id.timestamp.body" with the base64-decoded key', () => {
    // Prepare
    const key = Buffer.from(oldSecret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`msg_1.${sentAtSeconds}.${body}`).digest('base64');

    // Act
    const headers = signWebhook({ id: 'msg_1', timestamp: sentAt, body, secrets: [oldSecret] });

    // Assess
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
  });

  it('signs with both secrets during rotation so a receiver holding either one accepts', () => {
    // Act
    const headers = signWebhook({ id: 'msg_2', timestamp: sentAt, body, secrets: [oldSecret, newSecret] });

    // Assess
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(newSecret).verify(body, { ...headers })).not.toThrow();
    expect(verifyWebhook({ headers: { ...headers }, body, secrets: [oldSecret], now: sentAt }).ok).toBe(true);
    expect(verifyWebhook({ headers: { ...headers }, body, secrets: [newSecret], now: sentAt }).ok).toBe(true);
  });

  it('truncates the timestamp to whole unix seconds', () => {
    // Act
    const headers = signWebhook({
      id: 'msg_3',
      timestamp: new Date(sentAt.getTime() + 999),
      body,
      secrets: [oldSecret],
    });

    // Assess
    expect(headers['webhook-timestamp']).toBe(String(sentAtSeconds));
  });

  it('rejects an empty id, no secrets and a malformed secret, naming the field', () => {
    // Assess
    expect(() => signWebhook({ id: '', timestamp: sentAt, body, secrets: [oldSecret] })).toThrow(
      ValidationError,
    );
    expect(() => signWebhook({ id: 'm', timestamp: sentAt, body, secrets: [] })).toThrow(ValidationError);
    try {
      signWebhook({ id: 'm', timestamp: sentAt, body, secrets: [oldSecret, 'sk_live_abc'] });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues[0]?.path).toBe('secrets.1');
    }
  });
});

describe('Function: verifyWebhook', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(sentAt);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function referenceHeaders(secret: string, id = 'msg_ref'): WebhookHeaders {
    return {
      'webhook-id': id,
      'webhook-timestamp': String(sentAtSeconds),
      'webhook-signature': new Webhook(secret).sign(id, sentAt, body),
    };
  }

  it('accepts a message signed by the independent standardwebhooks implementation', () => {
    // Act
    const result = verifyWebhook({
      headers: { ...referenceHeaders(newSecret) },
      body,
      secrets: [newSecret],
      now: sentAt,
    });

    // Assess
    expect(result).toEqual({ ok: true, id: 'msg_ref', timestamp: sentAtSeconds });
  });

  it('looks headers up case-insensitively', () => {
    // Prepare
    const h = referenceHeaders(oldSecret);
    const headers = {
      'Webhook-Id': h['webhook-id'],
      'WEBHOOK-TIMESTAMP': h['webhook-timestamp'],
      'Webhook-Signature': h['webhook-signature'],
    };

    // Act & Assess
    expect(verifyWebhook({ headers, body, secrets: [oldSecret], now: sentAt }).ok).toBe(true);
  });

  it('rejects a tampered body', () => {
    // Prepare
    const headers = signWebhook({ id: 'msg_4', timestamp: sentAt, body, secrets: [oldSecret] });
    const tampered = body.replace('psh_01', 'psh_02');

    // Act
    const result = verifyWebhook({
      headers: { ...headers },
      body: tampered,
      secrets: [oldSecret],
      now: sentAt,
    });

    // Assess
    expect(result).toEqual({ ok: false, error: { code: 'no-matching-signature' } });
    expect(() => new Webhook(oldSecret).verify(tampered, { ...headers })).toThrow('No matching signature');
  });

  it('rejects a tampered id or timestamp, since both are signed', () => {
    // Prepare
    const headers = signWebhook({ id: 'msg_5', timestamp: sentAt, body, secrets: [oldSecret] });

    // Act
    const otherId = verifyWebhook({
      headers: { ...headers, 'webhook-id': 'msg_6' },
      body,
      secrets: [oldSecret],
      now: sentAt,
    });
    const otherTime = verifyWebhook({
      headers: { ...headers, 'webhook-timestamp': String(sentAtSeconds + 1) },
      body,
      secrets: [oldSecret],
      now: sentAt,
    });

    // Assess
    expect(otherId.ok).toBe(false);
    expect(otherTime.ok).toBe(false);
  });

  it('rejects a message signed with a secret the receiver does not hold', () => {
    // Prepare
    const headers = signWebhook({ id: 'msg_7', timestamp: sentAt, body, secrets: [newSecret] });

    // Act
    const result = verifyWebhook({ headers: { ...headers }, body, secrets: [oldSecret], now: sentAt });

    // Assess
    expect(result).toEqual({ ok: false, error: { code: 'no-matching-signature' } });
  });

  it('accepts at exactly 300 s old and rejects at 301 s old', () => {
    // Prepare
    const headers = { ...signWebhook({ id: 'msg_8', timestamp: sentAt, body, secrets: [oldSecret] }) };

    // Act
    const edge = verifyWebhook({ headers, body, secrets: [oldSecret], now: secondsLater(300) });
    const stale = verifyWebhook({ headers, body, secrets: [oldSecret], now: secondsLater(301) });

    // Assess
    expect(edge.ok).toBe(true);
    expect(stale).toEqual({ ok: false, error: { code: 'timestamp-too-old', ageSeconds: 301 } });
  });

  it('rejects a timestamp more than the tolerance in the future', () => {
    // Prepare
    const headers = {
      ...signWebhook({ id: 'msg_9', timestamp: secondsLater(301), body, secrets: [oldSecret] }),
    };

    // Act
    const result = verifyWebhook({ headers, body, secrets: [oldSecret], now: sentAt });

    // Assess
    expect(result).toEqual({ ok: false, error: { code: 'timestamp-too-new', aheadSeconds: 301 } });
  });

  it('honours a custom tolerance', () => {
    // Prepare
    const headers = { ...signWebhook({ id: 'msg_10', timestamp: sentAt, body, secrets: [oldSecret] }) };

    // Act
    const result = verifyWebhook({
      headers,
      body,
      secrets: [oldSecret],
      now: secondsLater(61),
      toleranceSeconds: 60,
    });

    // Assess
    expect(result).toEqual({ ok: false, error: { code: 'timestamp-too-old', ageSeconds: 61 } });
  });

  it('names the missing header', () => {
    // Prepare
    const { 'webhook-timestamp': _dropped, ...headers } = signWebhook({
      id: 'msg_11',
      timestamp: sentAt,
      body,
      secrets: [oldSecret],
    });

    // Act
    const result = verifyWebhook({ headers, body, secrets: [oldSecret], now: sentAt });

    // Assess
    expect(result).toEqual({ ok: false, error: { code: 'missing-header', header: 'webhook-timestamp' } });
  });

  it('rejects a non-numeric timestamp', () => {
    // Prepare
    const headers = { ...signWebhook({ id: 'msg_12', timestamp: sentAt, body, secrets: [oldSecret] }) };

    // Act
    const result = verifyWebhook({
      headers: { ...headers, 'webhook-timestamp': '2026-03-02T01:00:00Z' },
      body,
      secrets: [oldSecret],
      now: sentAt,
    });

    // Assess
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-timestamp', value: '2026-03-02T01:00:00Z' },
    });
  });

  it('ignores signature versions other than v1', () => {
    // Prepare
    const signed = signWebhook({ id: 'msg_13', timestamp: sentAt, body, secrets: [oldSecret] });
    const asV2 = signed['webhook-signature'].replace('v1,', 'v2,');

    // Act
    const result = verifyWebhook({
      headers: { ...signed, 'webhook-signature': asV2 },
      body,
      secrets: [oldSecret],
      now: sentAt,
    });

    // Assess
    expect(result.ok).toBe(false);
  });

  it('verifies a Uint8Array body like the same bytes as a string', () => {
    // Prepare
    const headers = {
      ...signWebhook({ id: 'msg_14', timestamp: sentAt, body: '{"名称":"青石镇"}', secrets: [oldSecret] }),
    };

    // Act
    const result = verifyWebhook({
      headers,
      body: new TextEncoder().encode('{"名称":"青石镇"}'),
      secrets: [oldSecret],
      now: sentAt,
    });

    // Assess
    expect(result.ok).toBe(true);
  });
});

describe('Function: generateWebhookSecret', () => {
  it('returns distinct whsec_ secrets of 32 bytes that the reference library accepts', () => {
    // Act
    const first = generateWebhookSecret();
    const second = generateWebhookSecret();

    // Assess
    expect(first).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(parseWebhookSecret(first)).toHaveLength(32);
    expect(first).not.toBe(second);
    expect(() => new Webhook(first)).not.toThrow();
  });
});

describe('Function: parseWebhookSecret', () => {
  it('rejects a missing prefix, bad base64 and keys outside 24–64 bytes', () => {
    // Prepare
    const short = `whsec_${Buffer.alloc(23).toString('base64')}`;
    const long = `whsec_${Buffer.alloc(65).toString('base64')}`;

    // Assess
    expect(() => parseWebhookSecret(oldSecret.slice('whsec_'.length))).toThrow(ValidationError);
    expect(() => parseWebhookSecret('whsec_not base64!')).toThrow(ValidationError);
    expect(() => parseWebhookSecret(short)).toThrow(/24–64 bytes, got 23/);
    expect(() => parseWebhookSecret(long)).toThrow(/got 65/);
    expect(parseWebhookSecret(`whsec_${Buffer.alloc(24).toString('base64')}`)).toHaveLength(24);
  });
});
