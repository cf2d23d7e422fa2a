import { freeText } from '@sme/kernel';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { RouteSpec } from '../manifest.ts';
import { type HttpEvent, httpHandler, jsonDepth } from './handler.ts';
import { problemBody } from './problem.ts';

const route = {
  method: 'POST',
  path: '/v1/things',
  permission: 'public',
  summary: 'test route',
  tags: ['test'],
  query: z.strictObject({ cursor: z.string().optional() }),
  body: z.looseObject({}),
  responses: { 200: { description: 'ok' } },
} as const satisfies RouteSpec;

function event(body: string, query?: Record<string, string>): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'POST /v1/things',
    rawPath: '/v1/things',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    ...(query ? { queryStringParameters: query } : {}),
    body,
    isBase64Encoded: false,
    requestContext: { requestId: 'req-1' },
  } as unknown as HttpEvent;
}

const call = (fn: () => Promise<never>, e: HttpEvent) =>
  httpHandler(route, fn)(e, {} as Context) as Promise<{ statusCode: number; body: string }>;

describe('Function: problemBody', () => {
  it("keeps the HTTP status when a conflict carries the resource's own status", () => {
    // Act
    const body = problemBody('conflict', 'req-1', 'Guarantee is DEFAULTED', [], {
      status: 'DEFAULTED',
      guaranteeId: 'g-1',
    });

    // Assess
    expect(body).toMatchObject({ status: 409, guaranteeId: 'g-1', context: { status: 'DEFAULTED' } });
  });
});

describe('Function: httpHandler', () => {
  it('refuses JSON nested deeper than 32 levels with a 400 naming the body, before parsing it', async () => {
    // Prepare: 100,000 levels would overflow a recursive validator or copy.
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const fine = `{"a":${'['.repeat(31)}"x]]]{{"${']'.repeat(31)}}`;

    // Act
    const refused = await call(async () => {
      throw new Error('not reached');
    }, event(deep));

    // Assess: 32 levels pass the check (brackets inside strings do not count), 33 do not.
    expect(refused.statusCode).toBe(400);
    expect(JSON.parse(refused.body).errors).toEqual([expect.objectContaining({ path: 'body' })]);
    expect(jsonDepth(fine)).toBe(32);
    expect(jsonDepth(`[${fine}]`)).toBe(33);
  });

  it("answers a cursor DynamoDB refuses as the caller's 400, and the same error without a cursor as a 500", async () => {
    // Prepare
    const refusedByDynamo = async (): Promise<never> => {
      throw Object.assign(new Error('The provided starting key is invalid'), { name: 'ValidationException' });
    };

    // Act
    const withCursor = await call(refusedByDynamo, event('{}', { cursor: 'eyJmIjoieCJ9' }));
    const withoutCursor = await call(refusedByDynamo, event('{}'));

    // Assess
    expect(withCursor.statusCode).toBe(400);
    expect(JSON.parse(withCursor.body).errors).toEqual([expect.objectContaining({ path: 'query.cursor' })]);
    expect(withoutCursor.statusCode).toBe(500);
  });

  it('refuses a value SQS could not carry, naming where it is; takes characters of every plane', async () => {
    // Prepare
    const ok = async (): Promise<never> => {
      throw Object.assign(new Error('reached'), { name: 'Reached' });
    };
    const send = (payload: unknown) => call(ok, event(JSON.stringify(payload)));

    // Act
    const nul = await send({ rows: [{ name: 'a\u0000b' }] });
    const nonCharacter = await send({ name: '临山\uFFFF' });
    const loneSurrogate = await call(ok, event('{"name":"\\ud840x"}'));
    const extensionB = await send({ name: '𠀀𠀁鑫源' });

    // Assess: the first three are refused (400 naming the field), the CJK Extension B name gets through to the handler.
    expect(nul.statusCode).toBe(400);
    expect(JSON.parse(nul.body).errors).toEqual([expect.objectContaining({ path: 'body.rows.0.name' })]);
    expect(JSON.parse(nul.body).detail).toContain('U+0000');
    expect(nonCharacter.statusCode).toBe(400);
    expect(JSON.parse(nonCharacter.body).detail).toContain('U+FFFF');
    expect(loneSurrogate.statusCode).toBe(400);
    expect(extensionB.statusCode).toBe(500);
  });

  it('hands the business function masked free text and the count of identifiers masked by kind', async () => {
    // Prepare
    const masking = {
      ...route,
      query: z.strictObject({ purpose: freeText(200).optional() }),
      body: z.strictObject({ description: freeText(4000), notes: z.array(freeText(100)) }),
    } as const satisfies RouteSpec;
    let seen: unknown;
    const handler = httpHandler(masking, async (request) => {
      seen = { body: request.body, query: request.query, masked: request.maskedIdentifiers };
      return { status: 200 };
    });
    const payload = {
      description: '联系人张三 身份证 110101199003074514 手机 13800138000',
      notes: ['回电 139-0013-9000', '统一社会信用代码91110000100000000X'],
    };

    // Act
    const response = (await handler(event(JSON.stringify(payload), { purpose: '核实 13700137000' }), {
      getRemainingTimeInMillis: () => 1000,
    } as Context)) as { statusCode: number };

    // Assess: the handler never sees the raw values, only the masked forms and the counts.
    expect(response.statusCode).toBe(200);
    expect(seen).toEqual({
      body: {
        description: '联系人张三 身份证 110101********4514 手机 138****8000',
        notes: ['回电 139****9000', '统一社会信用代码91110000100000000X'],
      },
      query: { purpose: '核实 137****7000' },
      masked: [
        { kind: 'id-number', count: 1 },
        { kind: 'mobile', count: 3 },
      ],
    });
  });
});
