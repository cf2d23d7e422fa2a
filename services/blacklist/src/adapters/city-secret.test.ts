import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { parseIdentifierKeyring } from '../domain/identifier-keyring.ts';
import { citySecret, parsedSecret, secretsManagerFetcher } from './city-secret.ts';

const arn =
  'arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:linshan/blacklist-identifier-key-AbCdEf';

describe('Function: citySecret', () => {
  it('fetches by ARN once per process, whatever the number of callers', async () => {
    // Prepare
    let fetches = 0;
    const read = citySecret(
      'blacklist-identifier-key',
      async (asked) => {
        fetches++;
        return `value-of-${asked.split(':')[3]}`;
      },
      { SECRET_BLACKLIST_IDENTIFIER_KEY_ARN: arn },
    );

    // Act
    const values = await Promise.all([read(), read(), read()]);

    // Assess
    expect(values).toEqual(['value-of-cn-north-1', 'value-of-cn-north-1', 'value-of-cn-north-1']);
    expect(fetches).toBe(1);
  });

  it('uses the local development value when no ARN is set', async () => {
    const read = citySecret('blacklist-identifier-key', async () => 'never', {
      SECRET_BLACKLIST_IDENTIFIER_KEY_VALUE: 'local-development-value',
    });
    expect(await read()).toBe('local-development-value');
  });

  it('does not cache a failure: the next request tries again', async () => {
    // Prepare
    let attempts = 0;
    const read = citySecret(
      'k',
      async () => {
        attempts++;
        if (attempts === 1) throw new Error('throttled');
        return 'second time';
      },
      { SECRET_K_ARN: arn },
    );

    // Act & Assess
    await expect(read()).rejects.toThrow('throttled');
    expect(await read()).toBe('second time');
  });

  it('names the three variables when none is set', async () => {
    await expect(citySecret('blacklist-identifier-key', async () => 'x', {})()).rejects.toThrow(
      'none of SECRET_BLACKLIST_IDENTIFIER_KEY_ARN, SECRET_BLACKLIST_IDENTIFIER_KEY_VALUE or SECRET_BLACKLIST_IDENTIFIER_KEY_FILE is set',
    );
  });
});

describe('Function: citySecret, re-read', () => {
  it('reads the secret again once maxAgeMs has passed, so a new key version reaches a running process', async () => {
    // Prepare: the secret changes in Secrets Manager at t = 1 min.
    let clock = 0;
    let stored = 'value-1';
    let fetches = 0;
    const read = citySecret(
      'blacklist-identifier-key',
      async () => {
        fetches++;
        return stored;
      },
      { SECRET_BLACKLIST_IDENTIFIER_KEY_ARN: arn },
      { maxAgeMs: 300_000, now: () => clock },
    );

    // Act & Assess
    expect(await read()).toBe('value-1');
    clock = 60_000;
    stored = 'value-2';
    expect(await read()).toBe('value-1');
    clock = 300_000;
    expect(await read()).toBe('value-2');
    expect(fetches).toBe(2);
  });

  it('keeps the value it has when a re-read fails, and tries again on the next call', async () => {
    // Prepare
    let clock = 0;
    let failing = false;
    const read = citySecret(
      'k',
      async () => {
        if (failing) throw new Error('throttled');
        return `value-at-${clock}`;
      },
      { SECRET_K_ARN: arn },
      { maxAgeMs: 1_000, now: () => clock },
    );
    expect(await read()).toBe('value-at-0');

    // Act & Assess
    clock = 5_000;
    failing = true;
    expect(await read()).toBe('value-at-0');
    failing = false;
    expect(await read()).toBe('value-at-5000');
  });
});

describe('Function: parsedSecret', () => {
  const k1 = 'linshan-test-secret-0123456789';
  const k2 = 'linshan-second-key-9876543210abcdef';

  it('refuses a keyring without its current key at load, with the reason', async () => {
    const read = parsedSecret(
      async () => JSON.stringify({ current: 'k2', keys: { k1 } }),
      parseIdentifierKeyring,
    );
    await expect(read()).rejects.toThrow(
      'Secret blacklist-identifier-key: the current key version "k2" is not in "keys" (k1)',
    );
  });

  it('parses again only when the value changes, and keeps the last good keyring when a change is bad', async () => {
    // Prepare
    let value = k1;
    let parses = 0;
    const read = parsedSecret(
      async () => value,
      (v) => {
        parses++;
        return parseIdentifierKeyring(v);
      },
    );

    // Act
    const legacy = await read();
    await read();
    value = JSON.stringify({ current: 'k3', keys: { k1, k2 } });
    const afterBadChange = await read();
    value = JSON.stringify({ current: 'k2', keys: { k1, k2 } });
    const rotated = await read();

    // Assess
    expect(legacy.current).toBe('k1');
    expect(afterBadChange).toBe(legacy);
    expect(rotated.current).toBe('k2');
    expect([...rotated.keys.keys()]).toEqual(['k2', 'k1']);
    expect(parses).toBe(3);
  });
});

describe('Function: secretsManagerFetcher', () => {
  const client = new DynamoDBClient({
    region: 'cn-north-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example-secret-key', sessionToken: 'token' },
  });

  it('signs GetSecretValue for Secrets Manager in the ARN’s region and partition, and returns SecretString', async () => {
    // Prepare
    const sent: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify({ ARN: arn, SecretString: 'k'.repeat(64) }), { status: 200 });
    }) as unknown as typeof fetch;

    // Act
    const value = await secretsManagerFetcher(client, fakeFetch)(arn);

    // Assess
    expect(value).toBe('k'.repeat(64));
    expect(sent[0]?.url).toBe('https://secretsmanager.cn-north-1.amazonaws.com.cn/');
    const headers = sent[0]?.init.headers as Record<string, string>;
    expect(headers['x-amz-target']).toBe('secretsmanager.GetSecretValue');
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/cn-north-1\/secretsmanager\/aws4_request, SignedHeaders=content-type;host;/,
    );
    expect(headers['x-amz-security-token']).toBe('token');
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual({ SecretId: arn });
  });

  it('reports the AWS error type, not a body, when the call fails', async () => {
    // Prepare
    const denied = (async () =>
      new Response(JSON.stringify({ __type: 'AccessDeniedException', message: 'no' }), {
        status: 400,
      })) as unknown as typeof fetch;

    // Act & Assess
    await expect(secretsManagerFetcher(client, denied)(arn)).rejects.toThrow(
      'GetSecretValue failed: HTTP 400 AccessDeniedException',
    );
    await expect(secretsManagerFetcher(client, denied)('arn:aws:s3:::bucket')).rejects.toThrow(
      'Not a Secrets Manager ARN',
    );
  });
});

describe('Function: citySecret, local file', () => {
  it('reads SECRET_<NAME>_FILE and sees a rewritten file within a second (a local rotation)', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'secret-'));
    const file = join(dir, 'blacklist-identifier-key');
    writeFileSync(file, 'first-value-0123456789\n');
    let clock = 0;
    const read = citySecret(
      'blacklist-identifier-key',
      async () => 'from-arn',
      {
        SECRET_BLACKLIST_IDENTIFIER_KEY_FILE: file,
      },
      { now: () => clock },
    );

    // Act
    const first = await read();
    writeFileSync(file, 'second-value-0123456789\n');
    clock = 999;
    const cached = await read();
    clock = 1_000;
    const reread = await read();

    // Assess
    expect([first, cached, reread]).toEqual([
      'first-value-0123456789',
      'first-value-0123456789',
      'second-value-0123456789',
    ]);
  });
});
