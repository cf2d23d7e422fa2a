import { type Permission, roleHas } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * Every operation of /openapi.json × every role (and no key, and a forged key): a role without the
 * route's permission gets 403 problem+json, before anything else; a role with it never gets 401 or
 * 403, except where the route refuses an organisation the role does not make right (listed below with
 * the reason). Cross-organisation attempts are pinned in the services' own end-to-end tests: another
 * bank's push or card (delivery.test.ts, bank-package.test.ts: 404), another township or the tax bureau
 * writing the registry (registry.test.ts: 403 naming the field), a bank reading a credit profile without
 * consent or push grant (credit.test.ts: 403).
 */

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
}, 60_000);
afterAll(async () => {
  await t?.stack.stop();
});

/** Routes whose permission is necessary but not sufficient for the demo client of the role. */
const organisationRefusals: Record<string, { labels: string[]; why: string }> = {
  'POST /v1/declarations/{declarationId}/sign-off': {
    labels: ['coordinator'],
    why: 'only the convenors named in matching.convenors sign (seed 001 §二(二)); the office key does not',
  },
};

const sample: Record<string, string> = {
  uscc: demoUscc('999101', 'MA0000011'),
  pushId: `p${'0'.repeat(24)}`,
  declarationId: 'd-00000000000000000001',
  batchId: 'pb-20261204-00000000',
  deliveryId: `dlv_${'0'.repeat(26)}`,
  bankId: 'bank-city',
  year: '2026',
};

describe('Authorization matrix over /openapi.json', () => {
  it('refuses every operation to every role without its permission (403), to no key (401) and to a forged key (403, at the gateway)', async () => {
    // Prepare
    const document = (await (await fetch(`${t.stack.baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { description?: string; requestBody?: unknown }>>;
    };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(sample[name] ?? 'x-1')),
        permission: /Permission: `([^`]+)`/.exec(op.description ?? '')?.[1] as Permission | undefined,
        hasBody: op.requestBody !== undefined,
      })),
    );
    const callers = [
      ...Object.entries(t.clients).map(([label, c]) => ({
        label,
        role: c.role,
        key: c.apiKey as string | undefined,
      })),
      { label: 'no key', role: undefined, key: undefined },
      { label: 'forged key', role: undefined, key: 'sme_linshan_forged0000000000000000000000000000000' },
    ];

    // Act
    const wrong: string[] = [];
    let checked = 0;
    for (const op of operations) {
      for (const caller of callers) {
        const response = await fetch(`${t.stack.baseUrl}${op.url}`, {
          method: op.method,
          headers: {
            ...(caller.key ? { 'x-api-key': caller.key } : {}),
            ...(op.hasBody ? { 'content-type': 'application/json' } : {}),
          },
          ...(op.hasBody ? { body: '{}' } : {}),
        });
        await response.arrayBuffer();
        checked++;
        const status = response.status;
        const type = response.headers.get('content-type') ?? '';
        if (op.permission === undefined) {
          if (status === 401 || status === 403)
            wrong.push(`${op.key} is public but answered ${caller.label} ${status}`);
          continue;
        }
        if (caller.role === undefined) {
          // The gateway answers these itself, before any function: 401 without a key, 403 for a denied one.
          const expected = caller.key === undefined ? 401 : 403;
          if (status !== expected)
            wrong.push(`${op.key} answered ${caller.label} ${status}, not ${expected}`);
          continue;
        }
        const allowed = roleHas(caller.role, op.permission);
        const refusedOrg = organisationRefusals[op.key]?.labels.includes(caller.label) ?? false;
        if (!allowed && (status !== 403 || type !== 'application/problem+json'))
          wrong.push(
            `${op.key} answered ${caller.label} (${caller.role}, lacks ${op.permission}) ${status} ${type}`,
          );
        if (allowed && !refusedOrg && (status === 401 || status === 403))
          wrong.push(
            `${op.key} refused ${caller.label} (${caller.role}, has ${op.permission}) with ${status}`,
          );
        if (allowed && refusedOrg && status !== 403)
          wrong.push(
            `${op.key} let ${caller.label} through (${status}): ${organisationRefusals[op.key]?.why}`,
          );
      }
    }

    // Assess
    expect(operations.length).toBeGreaterThan(60);
    expect(checked).toBe(operations.length * callers.length);
    expect(wrong).toEqual([]);
  }, 300_000);
});
