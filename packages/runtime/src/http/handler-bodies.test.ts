import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { RouteSpec } from '../manifest.ts';
import { type HttpEvent, type HttpRequest, httpHandler } from './handler.ts';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const route = {
  method: 'POST',
  path: '/v1/files',
  permission: 'public',
  summary: 'test route taking files',
  tags: ['test'],
  body: z.looseObject({}),
  bodyMediaTypes: ['text/csv', xlsx],
  responses: { 200: { description: 'ok' } },
} as const satisfies RouteSpec;

/** 企业 in GBK. */
const qiYeGbk = Buffer.from([0xc6, 0xf3, 0xd2, 0xb5]);

function event(contentType: string, body: Buffer, base64: boolean): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'POST /v1/files',
    rawPath: '/v1/files',
    rawQueryString: '',
    headers: { 'content-type': contentType },
    body: body.toString(base64 ? 'base64' : 'utf8'),
    isBase64Encoded: base64,
    requestContext: { requestId: 'req-1' },
  } as unknown as HttpEvent;
}

/** Runs the route, answering with what the business function received as its body. */
async function received(e: HttpEvent) {
  let seen: HttpRequest<typeof route>['body'] | undefined;
  const result = (await httpHandler(route, async (request) => {
    seen = request.body;
    return { status: 200, body: {} };
  })(e, {} as Context)) as { statusCode: number; body: string };
  return {
    status: result.statusCode,
    body: seen,
    problem: seen === undefined ? JSON.parse(result.body) : undefined,
  };
}

describe('Function: httpHandler with file bodies', () => {
  it('decodes a base64-delivered GBK CSV to text, detected or declared', async () => {
    // Prepare
    const csv = Buffer.concat([Buffer.from('name\r\n'), qiYeGbk]);

    // Act
    const detected = await received(event('text/csv', csv, true));
    const declared = await received(event('text/csv; charset=GBK', csv, true));

    // Assess
    expect(detected.body).toBe('name\r\n企业');
    expect(declared.body).toBe('name\r\n企业');
  });

  it('refuses a CSV whose bytes do not decode, naming the line, and never calls the business function', async () => {
    // Prepare: line 2 holds a lone GBK lead byte.
    const csv = Buffer.concat([Buffer.from('name\n'), Buffer.from([0xc6, 0x0d]), Buffer.from('\n'), qiYeGbk]);

    // Act
    const refused = await received(event('text/csv', csv, true));

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.problem.errors).toEqual([{ path: 'body.line.2', message: expect.any(String) }]);
  });

  it('hands an .xlsx body over as its bytes, and a text body sent as text as its text', async () => {
    // Prepare
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80]);

    // Act
    const file = await received(event(xlsx, zip, true));
    const text = await received(event('text/csv', Buffer.from('名称\n临山', 'utf8'), false));

    // Assess
    expect(file.body).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(file.body as Uint8Array)).toEqual(zip);
    expect(text.body).toBe('名称\n临山');
  });

  it('answers a binary body base64-encoded with isBase64Encoded, as API Gateway expects', async () => {
    // Act
    const result = (await httpHandler(route, async () => ({
      status: 200,
      rawBody: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      headers: { 'content-type': xlsx },
    }))(event('text/csv', Buffer.from('a'), false), {} as Context)) as {
      body: string;
      isBase64Encoded?: boolean;
      headers: Record<string, string>;
    };

    // Assess
    expect(result).toMatchObject({
      body: 'UEsDBA==',
      isBase64Encoded: true,
      headers: { 'content-type': xlsx },
    });
  });
});
