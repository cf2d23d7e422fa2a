import { ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { documentClient, envNames } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, json, startTestStack, type TestStack } from '../support/local-stack.ts';

let t: TestStack;
let sqs: SQSClient;
const keys: Record<string, string> = {};
const today = shanghaiDate(new Date());
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * 86_400_000));

beforeAll(async () => {
  t = await startTestStack();
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
  for (const org of ['ls-tax', 'ls-court', 'ls-qingshi-tn']) {
    keys[org] = (
      await createApiClient(store, t.city, { orgId: org, name: org, now: new Date().toISOString() })
    ).apiKey;
  }
});
afterAll(async () => {
  sqs?.destroy();
  await t?.stack.stop();
});

const as = (org: string) => ({ 'x-api-key': keys[org] ?? '' });
const uscc = (n: number) => demoUscc('999101', `MD${String(n).padStart(7, '0')}`);
const enterprise = {
  name: '临山信用测试有限公司',
  entityType: 'enterprise',
  township: '999101002',
  industryCode: 'C3420',
  employees: 30,
  annualRevenueYuan: 5_000_000,
};
const taxRating = (code: string, grade: string, id = `TAX-${code}`) => ({
  sourceRecordId: id,
  category: 'tax-credit-rating',
  uscc: code,
  occurredOn: '2026-04-20',
  facts: { year: 2025, grade },
  evidenceRef: 'tax-internal://2025/ratings/42',
});
const profile = (role: string, code: string, headers: Record<string, string> = {}) =>
  t.call(role, 'GET', `/v1/enterprises/${code}/credit-profile?purpose=credit-assessment`, undefined, headers);

const documentSha = 'ab'.repeat(32);
/** A bank (by label) files the enterprise's signed authorisation for itself. */
const fileConsent = (
  label: string,
  code: string,
  over: { bankId?: string; validFrom?: string; validTo?: string; signedOn?: string } = {},
) =>
  t.call(label, 'POST', '/v1/credit-authorisations', {
    uscc: code,
    bankId: over.bankId ?? t.clients[label]?.orgId,
    purposes: ['credit-assessment', 'loan-review'],
    description: 'working-capital loan',
    validFrom: over.validFrom ?? today,
    validTo: over.validTo ?? day(90),
    document: {
      sha256: documentSha,
      signedOn: over.signedOn ?? today,
      signer: { name: '王芳', capacity: 'legal-representative' },
    },
  });

async function auditOf(code: string) {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: t.stack.tables.audit,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `credit-profile#${code}` },
    }),
  );
  return (out.Items ?? []).map((i) => ({
    action: i.action as string,
    orgId: i.orgId as string,
    purpose: i.purpose as string,
  }));
}

async function drainProfileEvents(): Promise<{ eventId: string; uscc: string; grade: string }[]> {
  const events = [];
  for (;;) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: t.stack.queues['observe-credit-profile-events']?.url,
        MaxNumberOfMessages: 10,
      }),
    );
    if (!out.Messages?.length) return events;
    events.push(...out.Messages.map((m) => JSON.parse(m.Body ?? '{}')));
  }
}

describe('Credit over HTTP and SQS', () => {
  it('agency submits → profile recomputed over SQS → a bank with consent reads the new grade', async () => {
    // Prepare
    const code = uscc(1);
    expect((await t.call('agency', 'PUT', `/v1/enterprises/${code}`, enterprise)).status).toBe(201);
    // The registry's event reaches credit asynchronously (stream → queue → consumer).
    await eventually(async () =>
      expect((await json(profile('coordinator', code))).enterpriseRegistered).toBe(true),
    );
    // Act: tax bureau submits rating A; the profile is evaluated from the stream over the recompute queue.
    const submitted = await t.call(
      undefined,
      'POST',
      '/v1/credit-records',
      taxRating(code, 'A'),
      as('ls-tax'),
    );
    await t.stack.idle();
    const refused = await profile('bank', code);
    const consent = await fileConsent('bank', code, { validFrom: today, validTo: day(90) });
    const pending = await profile('bank', code);
    const confirmed = await t.call(
      undefined,
      'POST',
      `/v1/credit-authorisations/${(await json(consent)).authorisationId}/confirmation`,
      { method: 'phone-callback' },
      as('ls-qingshi-tn'),
    );
    const read = await profile('bank', code);
    // Assess: 600 base + 120 for tax grade A = 720 → grade A (650–749) under demo-v1.
    expect(submitted.status).toBe(201);
    expect((await json(submitted)).enterpriseRegistered).toBe(true);
    expect(refused.status).toBe(403);
    expect(consent.status).toBe(201);
    expect(pending.status).toBe(403);
    expect(confirmed.status).toBe(200);
    expect(read.status).toBe(200);
    const view = await json(read);
    expect(view).toMatchObject({
      view: 'bank',
      score: 720,
      grade: 'A',
      modelVersion: 'demo-v1',
      hardStop: false,
    });
    expect(view.factors).toEqual([
      {
        id: 'tax-credit-grade',
        label: 'Latest tax credit grade',
        contribution: 120,
        records: [{ category: 'tax-credit-rating', occurredOn: '2026-04-20' }],
      },
    ]);
    expect(JSON.stringify(view)).not.toContain('tax-internal://');
    const events = (await drainProfileEvents()).filter((e) => e.uscc === code);
    expect(events.at(-1)).toMatchObject({ type: 'CreditProfileChanged', grade: 'A', score: 720 });
    // Refused before consent was filed, refused while it was pending, read once confirmed.
    expect((await auditOf(code)).filter((a) => a.orgId === t.clients.bank?.orgId)).toEqual([
      { action: 'credit-profile.read-refused', orgId: t.clients.bank?.orgId, purpose: 'credit-assessment' },
      { action: 'credit-profile.read-refused', orgId: t.clients.bank?.orgId, purpose: 'credit-assessment' },
      { action: 'credit-profile.read', orgId: t.clients.bank?.orgId, purpose: 'credit-assessment' },
    ]);
  });

  it('audits a refusal by role like any other: a guarantor asking for a profile is in the trail before its 403', async () => {
    // Act
    const code = uscc(30);
    const refused = await profile('guarantor', code);

    // Assess
    expect(refused.status).toBe(403);
    expect(await auditOf(code)).toEqual([
      {
        action: 'credit-profile.read-refused',
        orgId: t.clients.guarantor?.orgId,
        purpose: 'credit-assessment',
      },
    ]);
  });

  it('a correction and a revocation change the score; a replay changes nothing', async () => {
    const code = uscc(2);
    await t.call('agency', 'PUT', `/v1/enterprises/${code}`, enterprise);
    const first = await t.call(undefined, 'POST', '/v1/credit-records', taxRating(code, 'A'), as('ls-tax'));
    const replay = await t.call(undefined, 'POST', '/v1/credit-records', taxRating(code, 'A'), as('ls-tax'));
    expect((await json(first)).version).toBe(1);
    expect(await json(replay)).toMatchObject({ outcome: 'unchanged', version: 1 });
    const corrected = await t.call(
      undefined,
      'POST',
      '/v1/credit-records',
      taxRating(code, 'C'),
      as('ls-tax'),
    );
    expect(await json(corrected)).toMatchObject({ outcome: 'corrected', version: 2 });
    // 600 − 60 (grade C) = 540 → C (400–549)
    expect(await json(profile('coordinator', code))).toMatchObject({ score: 540, grade: 'C', view: 'full' });
    const revoked = await t.call(
      undefined,
      'POST',
      `/v1/credit-records/TAX-${code}/revocation`,
      { reason: 'rated in error' },
      as('ls-tax'),
    );
    expect(revoked.status).toBe(200);
    const after = await json(profile('coordinator', code));
    expect(after).toMatchObject({ score: 600, grade: 'B', factors: [] });
    const other = await t.call(
      undefined,
      'POST',
      `/v1/credit-records/TAX-${code}/revocation`,
      { reason: 'x' },
      as('ls-court'),
    );
    expect(other.status).toBe(404);
  });

  it('category permissions per agency: market supervision cannot submit a tax rating, the court can list a debtor', async () => {
    const code = uscc(3);
    await t.call('agency', 'PUT', `/v1/enterprises/${code}`, enterprise);
    const market = await t.call('agency', 'POST', '/v1/credit-records', taxRating(code, 'A'));
    expect(market.status).toBe(403);
    const debtor = await t.call(
      undefined,
      'POST',
      '/v1/credit-records',
      {
        sourceRecordId: 'ZX-2026-001',
        category: 'dishonest-judgment-debtor',
        uscc: code,
        occurredOn: '2026-03-01',
        facts: { caseNo: '(2026)临执字第1号', court: '临山市中级人民法院', listedOn: '2026-03-01' },
        evidenceRef: 'court://zx/1',
      },
      as('ls-court'),
    );
    expect(debtor.status).toBe(201);
    const full = await json(profile('coordinator', code));
    expect(full).toMatchObject({ grade: 'D', hardStop: true, score: 300 });
    expect(full.flags.dishonestJudgmentDebtor).toMatchObject({ since: '2026-03-01' });
    expect(full.records[0].evidenceRef).toBe('court://zx/1');
    const bankForbidden = await profile('bank', code);
    expect(bankForbidden.status).toBe(403);
  });

  it('consent: filed → pending (403) → confirmed by the township (200) → revoked by the enterprise (403); no back-dating, no self-grant', async () => {
    const code = uscc(4);
    await t.call('agency', 'PUT', `/v1/enterprises/${code}`, enterprise);
    await t.stack.idle();
    // A bank cannot file for another, nor reach back, nor file a document signed 31 days ago.
    const forOther = await fileConsent('bank2', code, { bankId: t.clients.bank?.orgId });
    const backDated = await fileConsent('bank', code, { validFrom: '2000-01-01', validTo: '2000-12-31' });
    const stale = await fileConsent('bank', code, { signedOn: day(-31) });
    expect(forOther.status).toBe(403);
    expect((await json(forOther)).errors).toEqual([
      { path: 'body.bankId', message: 'must be your own bank, bank-nh' },
    ]);
    expect(backDated.status).toBe(422);
    expect((await json(backDated)).errors.map((e: { path: string }) => e.path)).toEqual([
      'body.validFrom',
      'body.validFrom',
    ]);
    expect(stale.status).toBe(422);
    // Filed: pending, grants nothing; the bank cannot confirm its own, nor can another township.
    const filed = await fileConsent('bank', code, { validFrom: today, validTo: day(30) });
    const auth = await json(filed);
    expect(filed.status).toBe(201);
    expect(auth).toMatchObject({ state: 'pending', township: '999101002' });
    expect((await profile('bank', code)).status).toBe(403);
    const confirmUrl = `/v1/credit-authorisations/${auth.authorisationId}/confirmation`;
    expect((await t.call('bank', 'POST', confirmUrl, { method: 'in-person' })).status).toBe(403);
    expect((await t.call('agency', 'POST', confirmUrl, { method: 'in-person' })).status).toBe(404);
    // The township lists it among its pending ones, checks the original: a different hash is refused.
    const pendingHere = await json(
      t.call(undefined, 'GET', '/v1/credit-authorisations?state=pending', undefined, as('ls-qingshi-tn')),
    );
    expect(pendingHere.items.map((a: { authorisationId: string }) => a.authorisationId)).toContain(
      auth.authorisationId,
    );
    const wrongDocument = await t.call(
      undefined,
      'POST',
      confirmUrl,
      { method: 'document-inspected', documentSha256: 'cd'.repeat(32) },
      as('ls-qingshi-tn'),
    );
    expect(wrongDocument.status).toBe(422);
    const confirmed = await t.call(
      undefined,
      'POST',
      confirmUrl,
      { method: 'document-inspected', documentSha256: documentSha },
      as('ls-qingshi-tn'),
    );
    expect(confirmed.status).toBe(200);
    expect(await json(confirmed)).toMatchObject({
      state: 'confirmed',
      confirmation: { by: { orgId: 'ls-qingshi-tn', role: 'agency' }, method: 'document-inspected' },
    });
    expect((await profile('bank', code)).status).toBe(200);
    // Its purposes bound the reads: this consent names credit-assessment and loan-review only.
    const monitoring = await t.call(
      'bank',
      'GET',
      `/v1/enterprises/${code}/credit-profile?purpose=post-loan-monitoring`,
    );
    expect(monitoring.status).toBe(403);
    // The enterprise revokes through its township; reads stop at once.
    const revoked = await t.call(
      undefined,
      'POST',
      `/v1/credit-authorisations/${auth.authorisationId}/revocation`,
      { reason: '企业书面撤回授权' },
      as('ls-qingshi-tn'),
    );
    expect(revoked.status).toBe(200);
    expect(await json(revoked)).toMatchObject({ state: 'revoked', ended: { reason: '企业书面撤回授权' } });
    expect((await profile('bank', code)).status).toBe(403);
    // Another bank neither sees nor ends it.
    expect((await t.call('bank2', 'GET', `/v1/credit-authorisations/${auth.authorisationId}`)).status).toBe(
      404,
    );
    expect(
      (
        await t.call('bank2', 'POST', `/v1/credit-authorisations/${auth.authorisationId}/revocation`, {
          reason: 'x',
        })
      ).status,
    ).toBe(404);
    // Every step is in the audit trail.
    const trail = await documentClient().send(
      new QueryCommand({
        TableName: t.stack.tables.audit,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `credit-authorisation#${auth.authorisationId}` },
      }),
    );
    expect((trail.Items ?? []).map((i) => i.action).sort()).toEqual([
      'credit-authorisation.confirmed',
      'credit-authorisation.filed',
      'credit-authorisation.revoked',
    ]);
    // Push grant for bank2 through the EnterprisePushed queue (the hook list matching will use).
    expect((await profile('bank2', code)).status).toBe(403);
    const pushed = {
      type: 'EnterprisePushed',
      version: 1,
      eventId: 'push-1',
      occurredAt: new Date().toISOString(),
      pushId: 'push-1',
      batchId: 'batch-1',
      uscc: code,
      bankId: t.clients.bank2?.orgId,
      creditAccessUntil: day(30),
    };
    for (let i = 0; i < 2; i++)
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: t.stack.queues['credit-access-grants']?.url,
          MessageBody: JSON.stringify(pushed),
        }),
      );
    await t.stack.idle();
    expect((await profile('bank2', code)).status).toBe(200);
    const grants = await documentClient().send(
      new QueryCommand({
        TableName: t.stack.tables.audit,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `credit-access#${code}` },
      }),
    );
    expect(grants.Items).toHaveLength(1);
  });

  it('a record for an unknown enterprise is held, then attached when the registry registers it', async () => {
    const code = uscc(5);
    const held = await json(
      t.call(undefined, 'POST', '/v1/credit-records', taxRating(code, 'B'), as('ls-tax')),
    );
    expect(held).toMatchObject({ outcome: 'created', enterpriseRegistered: false });
    await t.stack.idle();
    expect(await json(profile('coordinator', code))).toMatchObject({
      enterpriseRegistered: false,
      score: 660,
    });
    await t.call('agency', 'PUT', `/v1/enterprises/${code}`, enterprise);
    await t.stack.idle();
    expect(await json(profile('coordinator', code))).toMatchObject({
      enterpriseRegistered: true,
      score: 660,
      grade: 'A',
    });
    // The township's own agency supervises the enterprise and reads the full profile.
    expect(
      await json(
        t.call(
          undefined,
          'GET',
          `/v1/enterprises/${code}/credit-profile?purpose=supervision`,
          undefined,
          as('ls-qingshi-tn'),
        ),
      ),
    ).toMatchObject({ view: 'full' });
  });

  it('a recompute triggered twice for the same change yields one CreditProfileChanged', async () => {
    const code = uscc(6);
    await t.call(undefined, 'POST', '/v1/credit-records', taxRating(code, 'M'), as('ls-tax'));
    await t.stack.idle();
    await drainProfileEvents();
    await t.call(undefined, 'POST', '/v1/credit-records', taxRating(code, 'D'), as('ls-tax'));
    for (let i = 0; i < 2; i++) {
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: t.stack.queues['credit-recompute']?.url,
          MessageBody: JSON.stringify({ uscc: code, reason: 'test' }),
        }),
      );
    }
    await t.stack.idle();
    const events = (await drainProfileEvents()).filter((e) => e.uscc === code);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(1);
    expect(events[0]).toMatchObject({ grade: 'C', score: 450 }); // 600 − 150 (grade D) = 450 → C
  });

  it('publishes CreditProfileChanged only when the grade moves; a rename of the enterprise publishes nothing', async () => {
    // Prepare: registered with a tax grade A (720, grade A), its events drained.
    const code = uscc(7);
    await t.call('agency', 'PUT', `/v1/enterprises/${code}`, enterprise);
    await t.call(undefined, 'POST', '/v1/credit-records', taxRating(code, 'A'), as('ls-tax'));
    await t.stack.idle();
    await drainProfileEvents();

    // Act 1: A → B is 660, still grade A; the enterprise is renamed.
    await t.call(undefined, 'POST', '/v1/credit-records', taxRating(code, 'B'), as('ls-tax'));
    await t.call('agency', 'PUT', `/v1/enterprises/${code}`, {
      ...enterprise,
      name: '临山信用测试股份有限公司',
    });
    await t.stack.idle();

    // Assess 1: the profile says 660, and nobody was told.
    expect(await json(profile('coordinator', code))).toMatchObject({ score: 660, grade: 'A' });
    expect((await drainProfileEvents()).filter((e) => e.uscc === code)).toEqual([]);

    // Act 2: B → C is 540, grade C.
    await t.call(undefined, 'POST', '/v1/credit-records', taxRating(code, 'C'), as('ls-tax'));
    await t.stack.idle();

    // Assess 2
    const events = (await drainProfileEvents()).filter((e) => e.uscc === code);
    expect(events.map((e) => [e.grade, (e as unknown as { score: number }).score])).toEqual([['C', 540]]);
  });

  it('if the audit entry cannot be written, the read fails and nothing is served', async () => {
    const code = uscc(1);
    const name = envNames.table('audit');
    const real = process.env[name];
    process.env[name] = 'no-such-table';
    try {
      const res = await profile('coordinator', code);
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain('"score"');
    } finally {
      process.env[name] = real;
    }
  });

  it('bulk credit-record import reports each row; an agency lists what it supplied', async () => {
    const rows = [
      taxRating(uscc(7), 'A', 'BULK-1'),
      { ...taxRating(uscc(8), 'Z', 'BULK-2') },
      taxRating(uscc(9), 'B', 'BULK-3'),
      taxRating(uscc(9), 'B', 'BULK-1'),
    ];
    const started = await json(
      t.call(undefined, 'POST', '/v1/credit-records/imports', { rows }, as('ls-tax')),
    );
    let job = started;
    for (let i = 0; i < 100 && job.status !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = await json(t.call(undefined, 'GET', `/v1/imports/${started.jobId}`, undefined, as('ls-tax')));
    }
    expect(job).toMatchObject({ status: 'completed', acceptedRows: 2, rejectedRows: 2 });
    const results = await json(
      t.call(undefined, 'GET', `/v1/imports/${started.jobId}/rows`, undefined, as('ls-tax')),
    );
    expect(results.items.map((r: { outcome: string }) => r.outcome)).toEqual([
      'created',
      'rejected',
      'created',
      'rejected',
    ]);
    expect(results.items[1].errors[0].path).toBe('facts.grade');
    expect(results.items[3].errors[0].message).toBe('duplicate of row 1');
    const own = await json(t.call(undefined, 'GET', '/v1/credit-records?limit=100', undefined, as('ls-tax')));
    expect(own.items.map((r: { sourceRecordId: string }) => r.sourceRecordId)).toEqual(
      expect.arrayContaining(['BULK-1', 'BULK-3']),
    );
    expect(own.items.every((r: { sourceAgencyId: string }) => r.sourceAgencyId === 'ls-tax')).toBe(true);
  });
});
