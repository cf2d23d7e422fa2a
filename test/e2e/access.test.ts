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
  it('a revoked key gets 401 and the key is stored only as a hash', async () => {
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
    expect(after.status).toBe(401);
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
    expect(await page.text()).toContain('/v1/enterprises/imports');
  });

  it('unknown paths and methods get problem+json 404 / 405', async () => {
    const missing = await t.call('agency', 'GET', '/v1/nothing');
    expect(missing.status).toBe(404);
    expect((await json(missing)).type).toBe('/problems/not-found');
    const method = await t.call('agency', 'DELETE', '/v1/enterprises');
    expect(method.status).toBe(405);
  });
});
