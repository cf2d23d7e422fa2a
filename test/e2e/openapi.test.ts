import { createConfig, lintFromString } from '@redocly/openapi-core';
import { demoUscc } from '@sme/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * The contract partners build against: /openapi.json as served passes Redocly's recommended rules, every
 * operation is named, and the headers the handlers really send are the ones the document declares.
 */

let t: TestStack;
let document: {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { headers?: Record<string, unknown> }> };
};
type Operation = {
  operationId?: string;
  tags?: string[];
  responses: Record<string, { $ref?: string; headers?: Record<string, unknown> }>;
};

beforeAll(async () => {
  t = await startTestStack();
  document = (await (await fetch(`${t.stack.baseUrl}/openapi.json`)).json()) as typeof document;
}, 60_000);
afterAll(async () => {
  await t?.stack.stop();
});

const operations = () =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );

describe('The OpenAPI document', () => {
  it('lints with no problem under Redocly’s recommended rules (an internal API states no licence)', async () => {
    // Prepare
    const config = await createConfig({ extends: ['recommended'], rules: { 'info-license': 'off' } });

    // Act
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: '/openapi.json',
      config,
    });

    // Assess
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
    ).toEqual([]);
  });

  it('names every operation once and tags it with a documented tag', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set((document as unknown as { tags: { name: string }[] }).tags.map((tag) => tag.name));
    expect(operations().filter(({ op }) => !op.tags?.every((tag) => tags.has(tag)))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['upsertEnterprise', 'getEnterprise', 'recordAuthorisation']));
  });

  it('declares the ETag, Location and Retry-After headers the handlers send', async () => {
    // Prepare
    const declared = (method: string, path: string, status: number) => {
      const response = document.paths[path]?.[method]?.responses[String(status)];
      const resolved = response?.$ref
        ? document.components.responses[response.$ref.split('/').at(-1) ?? '']
        : response;
      return Object.keys(resolved?.headers ?? {}).map((h) => h.toLowerCase());
    };
    const sent = (response: Response) =>
      ['etag', 'location', 'retry-after'].filter((h) => response.headers.has(h));
    const uscc = demoUscc('999101', 'MA0000D01');
    const body = {
      name: '临山接口文档有限公司',
      entityType: 'enterprise',
      township: '999101001',
      industryCode: 'C3420',
      employees: 12,
      annualRevenueYuan: 1_000_000,
    };

    // Act
    const created = await t.call('agency', 'PUT', `/v1/enterprises/${uscc}`, body);
    const updated = await t.call('agency', 'PUT', `/v1/enterprises/${uscc}`, { ...body, employees: 13 });
    const read = await t.call('agency', 'GET', `/v1/enterprises/${uscc}`);

    // Assess
    expect([created.status, updated.status, read.status]).toEqual([201, 200, 200]);
    expect(sent(created)).toEqual(['etag', 'location']);
    expect(declared('put', '/v1/enterprises/{uscc}', 201)).toEqual(sent(created));
    expect(declared('put', '/v1/enterprises/{uscc}', 200)).toEqual(sent(updated));
    expect(declared('get', '/v1/enterprises/{uscc}', 200)).toEqual(sent(read));
    expect(declared('get', '/v1/enterprises/{uscc}', 429)).toEqual(['retry-after']);
    // A client that holds the current version revalidates without a body.
    const etag = read.headers.get('etag') ?? '';
    const same = await t.call('agency', 'GET', `/v1/enterprises/${uscc}`, undefined, {
      'if-none-match': etag,
    });
    const stale = await t.call('agency', 'GET', `/v1/enterprises/${uscc}`, undefined, {
      'if-none-match': '"1"',
    });
    expect(etag).toBe('"2"');
    expect([same.status, await same.text(), same.headers.get('etag')]).toEqual([304, '', etag]);
    expect(stale.status).toBe(200);
    expect(declared('get', '/v1/enterprises/{uscc}', 304)).toEqual(['etag']);
  });
});

describe('The typed client (packages/client)', () => {
  it('registers, reads and lists through operations the compiler checks against the document', async () => {
    // Prepare
    const api = t.api('agency');
    const uscc = demoUscc('999101', 'MA0000D02');

    // Act
    const put = await api.PUT('/v1/enterprises/{uscc}', {
      params: { path: { uscc } },
      body: {
        name: '临山类型客户端有限公司',
        entityType: 'enterprise',
        township: '999101002',
        industryCode: 'C3420',
        employees: 8,
        annualRevenueYuan: 800_000,
      },
    });
    const got = await api.GET('/v1/enterprises/{uscc}', { params: { path: { uscc } } });
    const wrong = await api.GET('/v1/enterprises/{uscc}', {
      params: { path: { uscc: '91999101MA0000D02X' } },
    });

    // Assess
    expect(put.response.status).toBe(201);
    expect(got.data?.name).toBe('临山类型客户端有限公司');
    expect(got.data?.township).toBe('999101002');
    expect(wrong.response.status).toBe(400);
    const problem = wrong.error && 'errors' in wrong.error ? wrong.error : undefined;
    expect(problem?.errors?.[0]?.path).toBe('path.uscc');
  });
});
