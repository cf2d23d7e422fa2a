import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { type Role, roles, usccCheckCharacter } from '@sme/kernel';
import { demoUscc } from '@sme/local';
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

const uscc = (n: number) => demoUscc('999101', `MB${String(n).padStart(7, '0')}`);
const body = (over: Record<string, unknown> = {}) => ({
  name: '临山测试制造有限公司',
  entityType: 'enterprise',
  township: '999101002',
  industryCode: 'C3420',
  employees: 25,
  annualRevenueYuan: 3_000_000,
  tags: { noLoanHousehold: true },
  lendingBanks: [],
  ...over,
});

describe('Registry over HTTP: upsert and read', () => {
  it('registers (201), reads back with size class and ETag, and a replayed PUT changes nothing', async () => {
    // Prepare
    const code = uscc(1);
    // Act
    const created = await t.call('agency', 'PUT', `/v1/enterprises/${code.toLowerCase()}`, body());
    const again = await t.call('agency', 'PUT', `/v1/enterprises/${code}`, body());
    const read = await t.call('agency', 'GET', `/v1/enterprises/${code}`);
    // Assess
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).toBe('"1"');
    const e = await json(read);
    expect(e.uscc).toBe(code);
    expect(e.district).toBe('999101');
    // industry row: 25 ≥ 20 employees and 3,000,000 yuan ≥ 300 万元 → small
    expect(e.size).toMatchObject({ status: 'classified', sizeClass: 'small', row: { id: 'industry' } });
    expect(e.updatedBy.orgId).toBe(t.clients.agency?.orgId);
  });

  it('answers 412 to a stale If-Match and accepts the current one', async () => {
    const code = uscc(2);
    await t.call('agency', 'PUT', `/v1/enterprises/${code}`, body());
    const ok = await t.call('agency', 'PUT', `/v1/enterprises/${code}`, body({ employees: 19 }), {
      'if-match': '"1"',
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect((await json(ok)).size.sizeClass).toBe('micro'); // 19 < 20 employees
    const stale = await t.call('agency', 'PUT', `/v1/enterprises/${code}`, body({ employees: 30 }), {
      'if-match': '"1"',
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toBe('application/problem+json');
    expect(await json(stale)).toMatchObject({
      type: '/problems/precondition-failed',
      status: 412,
      currentVersion: 2,
    });
    // If-Match on an enterprise not registered: 412 with no current version, nothing created
    const absent = uscc(92);
    const none = await t.call('agency', 'PUT', `/v1/enterprises/${absent}`, body(), { 'if-match': '"1"' });
    expect(none.status).toBe(412);
    expect(await json(none)).toMatchObject({ status: 412, currentVersion: null });
    expect((await t.call('agency', 'GET', `/v1/enterprises/${absent}`)).status).toBe(404);
  });

  it('rejects a bad USCC with 400 naming the field and the reason', async () => {
    const good = uscc(3);
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const res = await t.call('agency', 'PUT', `/v1/enterprises/${bad}`, body());
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem.errors[0].path).toBe('path.uscc');
    expect(problem.errors[0].message).toContain(
      `check character should be '${usccCheckCharacter(bad.slice(0, 17))}'`,
    );
    expect(problem.requestId).toBeTruthy();
  });

  it('problem+json for malformed JSON, wrong types, unknown fields, oversize bodies and unknown townships', async () => {
    const code = uscc(4);
    const malformed = await t.call('agency', 'PUT', `/v1/enterprises/${code}`, '{"name": ', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).type).toBe('/problems/malformed-request');

    const wrongType = await t.call('agency', 'PUT', `/v1/enterprises/${code}`, body({ employees: 'many' }));
    expect(wrongType.status).toBe(400);
    expect((await json(wrongType)).errors).toContainEqual(
      expect.objectContaining({ path: 'body.employees' }),
    );

    const unknown = await t.call(
      'agency',
      'PUT',
      `/v1/enterprises/${code}`,
      body({ favouriteColour: 'red' }),
    );
    expect(unknown.status).toBe(400);
    expect((await json(unknown)).errors).toContainEqual({
      path: 'body.favouriteColour',
      message: 'unknown field',
    });

    const oversize = await t.call(
      'agency',
      'PUT',
      `/v1/enterprises/${code}`,
      body({ address: 'x'.repeat(20_000) }),
    );
    expect(oversize.status).toBe(413);

    const township = await t.call(
      'agency',
      'PUT',
      `/v1/enterprises/${code}`,
      body({ township: '999109009' }),
    );
    expect(township.status).toBe(422);
    expect((await json(township)).errors).toContainEqual(expect.objectContaining({ path: 'body.township' }));
  });
});

describe('Registry over HTTP: each agency writes its own domain', () => {
  it('the tax bureau may update revenue but not deregister; a township writes only its own enterprises', async () => {
    // Prepare: registered by market supervision (the registration authority) in 青石镇.
    const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
    const keyOf = async (orgId: string) => ({
      'x-api-key': (
        await createApiClient(store, t.city, { orgId, name: orgId, now: new Date().toISOString() })
      ).apiKey,
    });
    const [tax, qingshi, donghu] = await Promise.all([
      keyOf('ls-tax'),
      keyOf('ls-qingshi-tn'),
      keyOf('ls-donghu-st'),
    ]);
    const code = uscc(90);
    expect((await t.call('agency', 'PUT', `/v1/enterprises/${code}`, body())).status).toBe(201);
    const put = (headers: Record<string, string>, over: Record<string, unknown>) =>
      t.call(undefined, 'PUT', `/v1/enterprises/${code}`, body(over), headers);

    // Act
    const revenue = await put(tax, { annualRevenueYuan: 3_200_000 });
    const deregister = await put(tax, { annualRevenueYuan: 3_200_000, status: 'deregistered' });
    const ownTownship = await put(qingshi, { annualRevenueYuan: 3_200_000, employees: 27 });
    const otherTownship = await put(donghu, { annualRevenueYuan: 3_200_000, employees: 28 });
    const newByTax = await t.call(undefined, 'PUT', `/v1/enterprises/${uscc(91)}`, body(), tax);

    // Assess
    expect(revenue.status).toBe(200);
    expect(deregister.status).toBe(403);
    expect((await json(deregister)).errors).toEqual([expect.objectContaining({ path: 'body.status' })]);
    expect(ownTownship.status).toBe(200);
    expect(otherTownship.status).toBe(403);
    expect((await json(otherTownship)).errors).toEqual([expect.objectContaining({ path: 'body.township' })]);
    expect(newByTax.status).toBe(403);
    expect(await json(t.call('agency', 'GET', `/v1/enterprises/${code}`))).toMatchObject({
      status: 'normal',
      employees: 27,
    });
  });
});

describe('Gateway: what Node or the URL refuses still answers problem+json', () => {
  it('400 naming the segment for malformed percent-encoding, 431 for a path over the header limit', async () => {
    // Act
    const malformed = await t.call('agency', 'GET', '/v1/enterprises/%ZZ');
    const long = await t.call('agency', 'GET', `/v1/enterprises/${'9'.repeat(20_000)}`);

    // Assess
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(malformed)).errors).toEqual([expect.objectContaining({ path: 'path.uscc' })]);
    expect(long.status).toBe(431);
    expect(long.headers.get('content-type')).toBe('application/problem+json');
    expect(await json(long)).toMatchObject({
      status: 431,
      type: '/problems/request-header-fields-too-large',
    });
  });
});

describe('Registry over HTTP: authentication and permissions', () => {
  it('401 without a key; a wrong key is denied at the gateway (403), as API Gateway does', async () => {
    const none = await t.call(undefined, 'GET', '/v1/enterprises');
    const wrong = await t.call(undefined, 'GET', '/v1/enterprises', undefined, {
      'x-api-key': 'sme_linshan_nope',
    });
    expect(none.status).toBe(401);
    expect(wrong.status).toBe(403);
    expect(await json(wrong)).toEqual({ message: 'Forbidden' });
  });

  const allowed: Record<string, Role[]> = {
    'GET /v1/enterprises': ['coordinator', 'agency'],
    'PUT /v1/enterprises/{uscc}': ['coordinator', 'agency'],
  };
  for (const [route, permitted] of Object.entries(allowed)) {
    for (const role of roles) {
      it(`${route} as ${role} → ${permitted.includes(role) ? 'allowed' : '403'}`, async () => {
        const [method = 'GET'] = route.split(' ');
        const path =
          method === 'PUT' ? `/v1/enterprises/${uscc(10 + roles.indexOf(role))}` : '/v1/enterprises';
        const res = await t.call(role, method, path, method === 'PUT' ? body() : undefined);
        if (permitted.includes(role)) expect([200, 201]).toContain(res.status);
        else {
          expect(res.status).toBe(403);
          expect((await json(res)).type).toBe('/problems/forbidden');
        }
      });
    }
  }
});

describe('Registry over HTTP: listing', () => {
  it('filters by township, industry prefix, size class, status and tag, and pages with a cursor', async () => {
    const base = 100;
    for (let i = 0; i < 5; i++) {
      const res = await t.call(
        'agency',
        'PUT',
        `/v1/enterprises/${uscc(base + i)}`,
        body({
          township: '999102002',
          industryCode: i < 3 ? 'F5211' : 'I6513',
          employees: 5 + i,
          status: i === 4 ? 'abnormal' : 'normal',
          tags: i === 0 ? { green: true } : {},
        }),
      );
      expect(res.status).toBe(201);
    }
    await t.stack.idle();
    const page1 = await json(t.call('agency', 'GET', '/v1/enterprises?township=999102002&limit=2'));
    expect(page1.items).toHaveLength(2);
    const page2 = await json(
      t.call('agency', 'GET', `/v1/enterprises?township=999102002&limit=10&cursor=${page1.nextCursor}`),
    );
    expect(page2.items).toHaveLength(3);
    const all = [...page1.items, ...page2.items].map((e: { uscc: string }) => e.uscc).sort();
    expect(all).toEqual([0, 1, 2, 3, 4].map((i) => uscc(base + i)).sort());

    const retail = await json(t.call('agency', 'GET', '/v1/enterprises?township=999102002&industry=F52'));
    expect(retail.items).toHaveLength(3);
    const section = await json(t.call('agency', 'GET', '/v1/enterprises?industry=I&status=abnormal'));
    expect(section.items.map((e: { uscc: string }) => e.uscc)).toContain(uscc(base + 4));
    const abnormal = await json(
      t.call('agency', 'GET', '/v1/enterprises?status=abnormal&entityType=enterprise'),
    );
    expect(abnormal.items.map((e: { uscc: string }) => e.uscc)).toContain(uscc(base + 4));
    expect(abnormal.items.every((e: { status: string }) => e.status === 'abnormal')).toBe(true);
    const green = await json(t.call('agency', 'GET', '/v1/enterprises?tag=green&township=999102002'));
    expect(green.items.map((e: { uscc: string }) => e.uscc)).toEqual([uscc(base)]);

    const misuse = await t.call(
      'agency',
      'GET',
      `/v1/enterprises?township=999101001&cursor=${page1.nextCursor}`,
    );
    expect(misuse.status).toBe(400);
    expect(((await misuse.json()) as { errors?: { path: string }[] }).errors?.[0]?.path).toBe('query.cursor');
  });
});

describe('Registry: audit trail and events from the stream', () => {
  it('each version leaves one audit entry with principal and changes, and one event', async () => {
    const code = uscc(200);
    await t.call('agency', 'PUT', `/v1/enterprises/${code}`, body());
    await t.call(
      'coordinator',
      'PUT',
      `/v1/enterprises/${code}`,
      body({ employees: 300, annualRevenueYuan: 20_000_000 }),
    );
    await t.stack.idle();
    const audit = await documentClient().send(
      new QueryCommand({
        TableName: t.stack.tables.audit,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `enterprise#${code}` },
      }),
    );
    expect(audit.Items?.map((i) => [i.action, i.orgId])).toEqual([
      ['enterprise.registered', t.clients.agency?.orgId],
      ['enterprise.changed', t.clients.coordinator?.orgId],
    ]);
    expect(audit.Items?.[1]?.changes).toEqual({
      employees: { from: 25, to: 300 },
      annualRevenueYuan: { from: 3_000_000, to: 20_000_000 },
    });

    const sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
    const seen: { type: string; uscc: string; enterpriseVersion: number }[] = [];
    for (let i = 0; i < 20; i++) {
      const out = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: t.stack.queues['observe-enterprise-events']?.url,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 0,
        }),
      );
      if (!out.Messages?.length) break;
      seen.push(...out.Messages.map((m) => JSON.parse(m.Body ?? '{}')));
    }
    const mine = seen
      .filter((e) => e.uscc === code)
      .sort((a, b) => a.enterpriseVersion - b.enterpriseVersion);
    expect(mine.map((e) => [e.type, e.enterpriseVersion])).toEqual([
      ['EnterpriseRegistered', 1],
      ['EnterpriseChanged', 2],
    ]);
    sqs.destroy();
  });
});
