import { type Permission, roleHas } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

/**
 * A bounded, seeded fuzzer over every operation of /openapi.json, through the real gateway: random and
 * malformed path parameters, query strings, cursors and bodies, as every role and as nobody. Whatever
 * the input, the answer is never a 5xx, and every error is application/problem+json (the exceptions are
 * API Gateway's own 401 for a missing key and 403 for a key the authorizer denies, which this gateway
 * reproduces: no function runs for them).
 */

const requests = 5_000;
const concurrency = 8;
const seed = 20_261_204;

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
}, 60_000);
afterAll(async () => {
  await t?.stack.stop();
});

/** mulberry32: small, fast and repeatable. */
function prng(state: number) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Operation {
  method: string;
  path: string;
  /** From the description's "Permission: `x`"; undefined for public routes. */
  permission?: Permission;
  /** Filters of real cursors this list returned, so forged keys get past the filter check. */
  cursorFilters: string[];
  params: { name: string; in: string }[];
  bodyKeys: string[];
  hasBody: boolean;
}

type JsonSchema = { properties?: Record<string, unknown>; $ref?: string };

/** A body's top-level property names, through a `#/components/schemas/` reference. */
function topLevelKeys(schema: JsonSchema | undefined, components: Record<string, JsonSchema>): string[] {
  if (!schema) return [];
  const prefix = '#/components/schemas/';
  const resolved = schema.$ref?.startsWith(prefix) ? components[schema.$ref.slice(prefix.length)] : schema;
  return Object.keys(resolved?.properties ?? {});
}

describe('Fuzzing every operation of /openapi.json', () => {
  it(`answers ${requests.toLocaleString('en')} malformed requests without a 5xx, every error as problem+json`, async () => {
    // Prepare
    const document = (await (await fetch(`${t.stack.baseUrl}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: { schemas: Record<string, JsonSchema> };
    };
    const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => {
        const body = (op.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
          ?.content?.['application/json']?.schema;
        const permission = /Permission: `([^`]+)`/.exec(String(op.description ?? ''))?.[1] as
          | Permission
          | undefined;
        return {
          method: method.toUpperCase(),
          path,
          ...(permission ? { permission } : {}),
          cursorFilters: [],
          params: (op.parameters as { name: string; in: string }[] | undefined) ?? [],
          bodyKeys: topLevelKeys(body, document.components.schemas),
          hasBody: op.requestBody !== undefined,
        };
      }),
    );
    // Real cursors first: each list read once with an allowed key and limit=1.
    const allowed = (op: Operation) =>
      Object.values(t.clients).filter((c) => op.permission === undefined || roleHas(c.role, op.permission));
    for (const op of operations) {
      if (op.method !== 'GET' || op.path.includes('{') || !op.params.some((p) => p.name === 'cursor'))
        continue;
      for (const client of allowed(op)) {
        const page = await fetch(`${t.stack.baseUrl}${op.path}?limit=1`, {
          headers: { 'x-api-key': client.apiKey },
        });
        const next = page.ok ? ((await page.json()) as { nextCursor?: string }).nextCursor : undefined;
        const filter = next
          ? (JSON.parse(Buffer.from(next, 'base64url').toString('utf8')) as { f?: string }).f
          : undefined;
        if (filter !== undefined) op.cursorFilters.push(filter);
      }
    }
    const random = prng(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const keys = [undefined, 'sme_linshan_forged', ...Object.values(t.clients).map((c) => c.apiKey)];
    const strings = [
      '',
      ' ',
      'a',
      '0',
      '-1',
      '1e309',
      'null',
      'true',
      '临山市',
      '𠀀𠀁',
      '\u0000',
      '\uFFFE',
      '%ZZ',
      '../../etc/passwd',
      "'; DROP TABLE x; --",
      '<script>alert(1)</script>',
      'x'.repeat(5_000),
      demoUscc('999101', 'MA0000011'),
      `p${'0'.repeat(24)}`,
      'd-00000000000000000001',
      '2026-02-30',
      '2026-12-04',
      'dlv_00000000000000000000000000',
    ];
    const cursorOf = (op: Operation, k: unknown) =>
      Buffer.from(JSON.stringify({ f: pick([...op.cursorFilters, '', 'x']), k })).toString('base64url');
    const values = (depth = 0): unknown => {
      const r = random();
      if (depth > 3 || r < 0.25) return pick(strings);
      if (r < 0.4) return pick([0, -1, 1.5, 2 ** 53, Number.MAX_VALUE, 1e-9]);
      if (r < 0.5) return pick([true, false, null]);
      if (r < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => values(depth + 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(random() * 4) }, () => [
          pick(strings).slice(0, 20),
          values(depth + 1),
        ]),
      );
    };
    const body = (op: Operation): { text?: string; type: string } => {
      const r = random();
      if (r < 0.05) return { text: '{"a":', type: 'application/json' };
      if (r < 0.1) return { text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, type: 'application/json' };
      if (r < 0.15)
        return { text: 'uscc,name\n1,2', type: pick(['text/csv', 'text/plain', 'application/xml']) };
      const fields = Object.fromEntries(op.bodyKeys.filter(() => random() < 0.7).map((k) => [k, values()]));
      return { text: JSON.stringify(random() < 0.8 ? fields : values()), type: 'application/json' };
    };
    const request = (op: Operation) => {
      let path = op.path;
      const query = new URLSearchParams();
      for (const p of op.params) {
        const value = p.name === 'cursor' ? cursorOf(op, values()) : String(pick(strings));
        if (p.in === 'path')
          path = path.replace(
            `{${p.name}}`,
            p.name === 'year'
              ? pick(['2027', '1', 'abcd'])
              : value.startsWith('%')
                ? value
                : encodeURIComponent(value),
          );
        else if (p.in === 'query' && random() < 0.7) query.set(p.name, value);
      }
      if (random() < 0.1) query.set(pick(strings).slice(0, 10) || 'extra', pick(strings));
      const b = op.hasBody || random() < 0.1 ? body(op) : undefined;
      // Mostly a key the route allows, so requests get past the authorizer to the code behind it.
      const permitted = allowed(op);
      const key = random() < 0.8 && permitted.length > 0 ? pick(permitted).apiKey : pick(keys);
      return {
        url: `${t.stack.baseUrl}${path}${query.size ? `?${query}` : ''}`,
        init: {
          method: op.method,
          headers: {
            ...(key ? { 'x-api-key': key } : {}),
            ...(b ? { 'content-type': b.type } : {}),
            ...(random() < 0.1 ? { 'if-match': pick(['"1"', 'W/"x"', '*', '"-1"']) } : {}),
            ...(random() < 0.1 ? { 'idempotency-key': pick(strings).slice(0, 300) || 'k' } : {}),
          },
          ...(b?.text !== undefined ? { body: b.text } : {}),
        } satisfies RequestInit,
        operation: `${op.method} ${op.path}`,
      };
    };
    const plan = Array.from({ length: requests }, () => request(pick(operations)));

    // Act
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      for (let item = plan[next++]; item; item = plan[next++]) {
        let response: Response;
        try {
          response = await fetch(item.url, item.init);
        } catch (error) {
          // fetch itself refuses some inputs (a header with a NUL): not a request the platform saw.
          if (error instanceof TypeError) continue;
          throw error;
        }
        const text = await response.text();
        const type = response.headers.get('content-type') ?? '';
        // The gateway's own answers: 401 for a missing key, 403 for a key the authorizer denied.
        const gatewayOwn =
          (response.status === 401 && !item.init.headers['x-api-key']) ||
          (response.status === 403 && item.init.headers['x-api-key'] === 'sme_linshan_forged');
        if (response.status >= 500)
          failures.push(
            `${response.status} ${item.operation} ${item.url.slice(0, 200)} ${text.slice(0, 300)} body: ${String(item.init.body ?? '').slice(0, 400)} type: ${item.init.headers['content-type']}`,
          );
        else if (response.status >= 400 && !gatewayOwn && type !== 'application/problem+json')
          failures.push(`${response.status} not problem+json (${type}) ${item.operation}`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    await t.stack.idle();

    // Assess
    expect(operations.length).toBeGreaterThan(60);
    // Bodies are built from their schemas' fields (a broken reference would leave them all random).
    expect(operations.filter((op) => op.bodyKeys.length > 0).length).toBeGreaterThan(30);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 300_000);
});
