import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { documentClient } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestStack, type TestStack } from '../support/local-stack.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => {
  await t?.stack.stop();
});

describe('API clients and the authorizer', () => {
  it('a revoked key is denied by the authorizer (403 at the gateway, no route runs); the key is stored only as a hash', async () => {
    // Prepare
    const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
    const { client, apiKey } = await createApiClient(store, t.city, {
      orgId: 'ls-tax',
      name: 'tax bureau',
      now: new Date().toISOString(),
    });
    const headers = { 'x-api-key': apiKey };
    // Act
    const before = await t.call(undefined, 'GET', '/v1/enterprises', undefined, headers);
    await store.revoke(client.clientId, new Date().toISOString());
    const after = await t.call(undefined, 'GET', '/v1/enterprises', undefined, headers);
    // Assess
    expect(client.role).toBe('agency');
    expect(before.status).toBe(200);
    expect(after.status).toBe(403);
    expect(await json(after)).toEqual({ message: 'Forbidden' });
    const listed = await store.list();
    expect(JSON.stringify(listed)).not.toContain(apiKey);
  });

  it('refuses a client for an organisation the city does not know, or with the wrong role', async () => {
    const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
    const now = new Date().toISOString();
    await expect(createApiClient(store, t.city, { orgId: 'nobody', name: 'x', now })).rejects.toThrow(
      /Unknown organisation nobody/,
    );
    await expect(
      createApiClient(store, t.city, { orgId: 'bank-gs', role: 'agency', name: 'x', now }),
    ).rejects.toThrow(/is a bank/);
  });
});

describe('Per-client rate limits', () => {
  it('refuses the 6th request in a minute of a client limited to 5 with 429 and Retry-After; other clients go on', async () => {
    // Prepare: start well inside a minute, so the window does not turn between the requests.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 100));
    const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
    const { apiKey } = await createApiClient(store, t.city, {
      orgId: 'ls-econ',
      name: 'slow partner',
      now: new Date().toISOString(),
      requestsPerMinute: 5,
    });
    const headers = { 'x-api-key': apiKey };

    // Act
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.call(undefined, 'GET', '/v1/enterprises', undefined, headers)).status);
    const sixth = await t.call(undefined, 'GET', '/v1/enterprises?tag=no-loan-household', undefined, headers);
    const other = await t.call('agency', 'GET', '/v1/enterprises');

    // Assess
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('content-type')).toBe('application/problem+json');
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await json(sixth)).toMatchObject({
      status: 429,
      type: '/problems/rate-limited',
      limitPerMinute: 5,
      retryAfterSeconds: retryAfter,
    });
    expect(other.status).toBe(200);
  });

  it('refuses a limit that is not a whole number ≥ 1', async () => {
    const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
    await expect(
      createApiClient(store, t.city, {
        orgId: 'ls-econ',
        name: 'x',
        now: '2026-12-04T00:00:00Z',
        requestsPerMinute: 0,
      }),
    ).rejects.toThrow(/requestsPerMinute/);
  });
});

describe('API documentation', () => {
  it('serves an OpenAPI 3.1 document with every route and a docs page, without a key', async () => {
    const doc = await json(t.call(undefined, 'GET', '/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/enterprises/{uscc}',
        '/v1/enterprises',
        '/v1/enterprises/imports',
        '/v1/imports/{jobId}',
        '/v1/imports/{jobId}/rows',
      ]),
    );
    const put = doc.paths['/v1/enterprises/{uscc}'].put;
    expect(put.requestBody.content['application/json'].schema.properties.township).toBeTruthy();
    expect(put.responses['412']).toBeTruthy();
    const page = await t.call(undefined, 'GET', '/docs');
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    const script = /src="(\/docs\/assets\/scalar-api-reference-[^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(html).toContain('href="/docs/guide"');
    // The renderer comes from our own route, compressed for a browser, whole for a client without gzip.
    const compressed = await t.call(undefined, 'GET', script ?? '', undefined, { 'accept-encoding': 'gzip' });
    expect(compressed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await compressed.text()).length).toBeGreaterThan(1_000_000);
    const missing = await t.call(undefined, 'GET', '/docs/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    const guide = await t.call(undefined, 'GET', '/docs/guide');
    expect(await guide.text()).toContain('/v1/enterprises/imports');
  });

  it('unknown paths and methods get problem+json 404 / 405', async () => {
    const missing = await t.call('agency', 'GET', '/v1/nothing');
    expect(missing.status).toBe(404);
    expect((await json(missing)).type).toBe('/problems/not-found');
    const method = await t.call('agency', 'DELETE', '/v1/enterprises');
    expect(method.status).toBe(405);
  });
});
