import { usccSchema } from '@sme/kernel';
import { enterpriseInputSchema } from '@sme/registry';
import type { RouteSpec } from '@sme/runtime';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { manifests } from './index.ts';

/** Every HTTP route with a request body, named as the failure output shows it. */
const bodyRoutes = manifests.flatMap((m) =>
  Object.entries(m.functions).flatMap(([name, f]) =>
    f.trigger.kind === 'http' && f.trigger.route.body
      ? [
          {
            label: `${m.service} ${name} ${f.trigger.route.method} ${f.trigger.route.path}`,
            route: f.trigger.route,
          },
        ]
      : [],
  ),
);

function bodyOf(method: RouteSpec['method'], path: string): z.ZodType {
  const found = bodyRoutes.find((r) => r.route.method === method && r.route.path === path)?.route.body;
  if (!found) throw new Error(`no route ${method} ${path} with a body`);
  return found;
}

/** The zod issues of `value` under `schema`, one line each, paths prefixed with `at`. */
function issues(schema: z.ZodType, value: unknown, at = 'body'): string[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `${[at, ...i.path.map(String)].join('.')}: ${i.message}`);
}

/**
 * Bodies whose schema takes `z.unknown()` items that the handler validates one by one: the example's
 * items must pass that validation too (an import row as the registry or credit checks it, a batch row
 * as its calculator's own route does).
 */
const itemChecks: Record<string, (example: unknown) => string[]> = {
  'POST /v1/enterprises/imports': (example) => {
    const row = enterpriseInputSchema.extend({ uscc: usccSchema });
    return rows(example).flatMap((r, i) => issues(row, r, `body.rows.${i}`));
  },
  'POST /v1/credit-records/imports': (example) => {
    const record = bodyOf('POST', '/v1/credit-records');
    return rows(example).flatMap((r, i) => issues(record, r, `body.rows.${i}`));
  },
  'POST /v1/calculations': (example) => {
    const calculations = (example as { calculations: { program: string; input: unknown }[] }).calculations;
    return calculations.flatMap((c, i) =>
      issues(bodyOf('POST', `/v1/calculations/${c.program}`), c.input, `body.calculations.${i}.input`),
    );
  },
};

const rows = (example: unknown): unknown[] => (example as { rows: unknown[] }).rows;

describe('request body examples in the route specs (shown in /openapi.json)', () => {
  it('finds the routes with a body', () => {
    expect(bodyRoutes.length).toBeGreaterThan(0);
  });

  it.each(bodyRoutes)('$label: has an example that its body schema accepts', ({ label, route }) => {
    // Prepare
    const { body, example } = route;
    expect(example, `${label}: no example`).toBeDefined();

    // Act
    const found = [
      ...(body ? issues(body, example) : []),
      ...(itemChecks[`${route.method} ${route.path}`]?.(example) ?? []),
    ];

    // Assess
    expect(found, `${label}: the example breaks its contract`).toEqual([]);
  });
});
