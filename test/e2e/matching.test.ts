import { ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { documentClient } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmByDepartments } from '../support/declarations.ts';
import { json, startTestStack, type TestStack } from '../support/local-stack.ts';
import { confirmAndWait } from '../support/push-batches.ts';

let t: TestStack;
let sqs: SQSClient;
const keys: Record<string, string> = {};
const wan = (n: number) => n * 1_000_000; // 万元 → fen

beforeAll(async () => {
  t = await startTestStack();
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
  for (const org of ['ls-court', 'ls-qingshi-tn', 'ls-donghu-st']) {
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
const uscc = (n: number) => demoUscc('999101', `MM${String(n).padStart(7, '0')}`);
const today = shanghaiDate(new Date());

/** 青石镇 (999101002): served by all four demo banks; C3420 is within every bank's industries. */
async function register(code: string, extra: Record<string, unknown> = {}) {
  const res = await t.call('agency', 'PUT', `/v1/enterprises/${code}`, {
    name: `临山撮合测试企业${code.slice(-6)}`,
    entityType: 'enterprise',
    township: '999101002',
    industryCode: 'C3420',
    employees: 30,
    annualRevenueYuan: 5_000_000,
    hasFixedPremises: true,
    ...extra,
  });
  expect(res.status).toBe(201);
}

/** 200万元 working capital for 12 months on mortgage: fits bank-gs, bank-nh, bank-ls-rural and (unsecured) bank-city. */
const declaration = (code: string, demand: Record<string, unknown> = {}) => ({
  uscc: code,
  demand: {
    amountFen: wan(200),
    termMonths: 12,
    purpose: 'working-capital',
    purposeDetail: '采购原材料',
    guaranteeType: 'mortgage',
    ...demand,
  },
  visit: { visitedBy: '青石镇金融专员 王敏', visitedOn: today, place: '企业生产车间' },
  wishes: '希望一个月内放款',
});

const declare = (code: string, demand: Record<string, unknown> = {}) =>
  t.call('agency', 'POST', '/v1/declarations', declaration(code, demand));
const get = (id: string) => t.call('coordinator', 'GET', `/v1/declarations/${id}`);
const review = (id: string, headers: Record<string, string> = {}) =>
  t.call(
    undefined,
    'POST',
    `/v1/declarations/${id}/reviews`,
    {
      opinions: [
        { criterion: 'genuine-need', outcome: 'confirmed', note: '走访核实订单' },
        { criterion: 'lawful-purpose', outcome: 'confirmed' },
      ],
    },
    { ...as('ls-qingshi-tn'), ...headers },
  );
const signOff = (id: string, role = 'convenor') =>
  t.call(role, 'POST', `/v1/declarations/${id}/sign-off`, { note: '联席会议通过' });

/** Registers, declares, reviews and signs off: a RECOMMENDED declaration. */
async function recommended(code: string, extra: Record<string, unknown> = {}): Promise<string> {
  await register(code, extra);
  await t.stack.idle();
  const created = await json(declare(code));
  expect((await review(created.id)).status).toBe(200);
  await confirmByDepartments(t, created.id);
  expect((await signOff(created.id)).status).toBe(200);
  return created.id;
}

async function drainPushed(): Promise<
  {
    pushId: string;
    eventId: string;
    uscc: string;
    bankId: string;
    creditAccessUntil: string;
    batchId: string;
  }[]
> {
  const events = [];
  for (;;) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: t.stack.queues['observe-enterprise-pushed']?.url,
        MaxNumberOfMessages: 10,
      }),
    );
    if (!out.Messages?.length) return events;
    events.push(...out.Messages.map((m) => JSON.parse(m.Body ?? '{}')));
  }
}

async function auditActions(subject: string): Promise<string[]> {
  const out = await documentClient().send(
    new QueryCommand({
      TableName: t.stack.tables.audit,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': subject },
    }),
  );
  return (out.Items ?? []).map((i) => i.action as string);
}

describe('List matching over HTTP, SQS and streams', () => {
  it('declaration → screening (a court record fails one) → review → sign-off → preview → confirm → EnterprisePushed; the pushed banks read the credit profile', async () => {
    // Prepare: A already borrows from bank-nh and is on a key industry chain; B is plain.
    const a = uscc(1);
    const b = uscc(2);
    await register(a, { lendingBanks: ['bank-nh'], tags: { keyIndustryChain: { chain: '新能源汽车' } } });
    await register(b);
    await t.stack.idle();

    // Act 1: declare both; screening runs on the registry and credit facts already received.
    const declaredA = await json(declare(a));
    const declaredB = await json(declare(b));

    // Assess 1: data decide two criteria; need and purpose wait for a department, and so does good
    // credit: a new enterprise has no credit record (查无记录), which is not "good credit".
    expect(declaredA).toMatchObject({ state: 'SCREENED', keyIndustryChain: true });
    expect(declaredA.screening.outcome).toBe('needs-attestation');
    expect(
      declaredA.screening.criteria.map((c: { criterion: string; outcome: string }) => [
        c.criterion,
        c.outcome,
      ]),
    ).toEqual([
      ['compliant-operation', 'pass'],
      ['fixed-premises', 'pass'],
      ['genuine-need', 'needs-attestation'],
      ['good-credit', 'needs-attestation'],
      ['lawful-purpose', 'needs-attestation'],
    ]);
    expect(declaredA.screening.criteria[3].reason).toContain('查无记录');
    expect(declaredA.screening.criteria[0].records).toEqual([`enterprise:${a}:v1`]);

    // Act 2: the court lists B as a dishonest judgment debtor; credit re-evaluates, matching re-screens.
    const debtor = await t.call(
      undefined,
      'POST',
      '/v1/credit-records',
      {
        sourceRecordId: 'ZX-MATCH-001',
        category: 'dishonest-judgment-debtor',
        uscc: b,
        occurredOn: '2026-03-01',
        facts: { caseNo: '(2026)临执字第9号', court: '临山市中级人民法院', listedOn: '2026-03-01' },
        evidenceRef: 'court://zx/9',
      },
      as('ls-court'),
    );
    expect(debtor.status).toBe(201);
    await t.stack.idle();

    // Assess 2: good credit standing fails and names the court's record.
    const rescreened = await json(get(declaredB.id));
    const credit = rescreened.screening.criteria.find(
      (c: { criterion: string }) => c.criterion === 'good-credit',
    );
    expect(rescreened.screening.outcome).toBe('fail');
    expect(credit).toMatchObject({
      outcome: 'fail',
      reason: 'credit hard stop: dishonest-judgment-debtor',
      records: ['ls-court/ZX-MATCH-001'],
    });
    expect(rescreened.version).toBeGreaterThan(declaredB.version);

    // Act 3: the township attests both (its attestations alone leave A in review); the tax bureau
    // attests A's credit standing and the economy bureau, competent for its industry, confirms; the
    // convenor signs off; the office's own coordinator key and a bank may not.
    const attestedA = await json(review(declaredA.id));
    const reviewedB = await json(review(declaredB.id));
    const reviewedA = await confirmByDepartments(t, declaredA.id);
    const bankSignOff = await signOff(declaredA.id, 'bank');
    const officeSignOff = await signOff(declaredA.id, 'coordinator');
    const signOffB = await signOff(declaredB.id);
    const signedA = await signOff(declaredA.id);

    // Assess 3
    expect(attestedA).toMatchObject({ state: 'SCREENED' });
    expect(attestedA.screening.criteria[3].outcome).toBe('needs-attestation');
    expect(reviewedA).toMatchObject({
      state: 'REVIEWED',
      confirmedBy: 'ls-econ',
      screening: { outcome: 'pass' },
    });
    expect(reviewedB).toMatchObject({ state: 'SCREENED', screening: { outcome: 'fail' } });
    expect(bankSignOff.status).toBe(403);
    expect(officeSignOff.status).toBe(403);
    expect((await json(officeSignOff)).detail).toContain('召集人');
    expect(signOffB.status).toBe(409);
    expect((await json(signOffB)).detail).toContain('cannot take event "sign-off"');
    expect(signedA.status).toBe(200);
    expect(signedA.headers.get('etag')).toBe(`"${reviewedA.version + 1}"`);
    const recommendations = await json(t.call('agency', 'GET', '/v1/recommendations?township=999101002'));
    expect(recommendations.items.map((d: { id: string }) => d.id)).toContain(declaredA.id);
    expect(recommendations.items[0].keyIndustryChain).toBe(true);

    // Act 4: preview (no writes), then create and confirm the batch.
    const preview = await json(
      t.call('coordinator', 'POST', '/v1/push-batches/preview', {
        declarationIds: [declaredA.id, declaredB.id],
      }),
    );
    const afterPreview = await json(get(declaredA.id));
    const created = await t.call('coordinator', 'POST', '/v1/push-batches', {
      declarationIds: [declaredA.id, declaredB.id],
    });
    const batch = await json(created);
    const key = { 'idempotency-key': `confirm-${batch.batchId}` };
    const { accepted, batch: confirmed } = await confirmAndWait(t, batch.batchId, { headers: key });
    const replayed = await t.call(
      'coordinator',
      'POST',
      `/v1/push-batches/${batch.batchId}/confirm`,
      undefined,
      key,
    );
    const again = await t.call('coordinator', 'POST', `/v1/push-batches/${batch.batchId}/confirm`);

    // Assess 4: B is skipped (never reviewed); A goes to 3 banks, its lender first, with reasons.
    expect(preview.skipped).toEqual([
      {
        declarationId: declaredB.id,
        uscc: b,
        reason: 'state SCREENED: only RECOMMENDED declarations are pushed',
      },
    ]);
    const entry = preview.enterprises[0];
    expect(entry.assignedBanks.map((x: { bankId: string }) => x.bankId)).toHaveLength(3);
    expect(entry.assignedBanks[0]).toMatchObject({ bankId: 'bank-nh', rank: 1, existingLender: true });
    expect(entry.assignedBanks[0].reasons.map((r: { code: string }) => r.code)).toContain('existing-lender');
    expect(afterPreview.state).toBe('RECOMMENDED');
    expect(created.status).toBe(201);
    expect(batch).toMatchObject({ state: 'DRAFT', summary: { enterprises: 1, pushes: 3 } });
    // The confirm is accepted at once (202) and finished in the background; polling shows CONFIRMED.
    expect(accepted.status).toBe(202);
    expect(accepted.location).toBe(`/v1/push-batches/${batch.batchId}`);
    expect(['CONFIRMING', 'CONFIRMED']).toContain(accepted.body.state);
    expect(accepted.body).toMatchObject({
      links: { self: `/v1/push-batches/${batch.batchId}` },
      progress: { pushes: { total: 3 } },
    });
    expect(confirmed).toMatchObject({
      state: 'CONFIRMED',
      outcome: { pushes: 3 },
      progress: { chunks: { total: 1, done: 1 }, pushes: { total: 3, done: 3, dropped: 0 } },
    });
    // The same Idempotency-Key replays the first answer; a confirm without one on a CONFIRMED batch is a 200.
    expect(replayed.status).toBe(202);
    expect(await json(replayed)).toEqual(accepted.body);
    expect(again.status).toBe(200);
    expect(await json(again)).toMatchObject({ state: 'CONFIRMED', outcome: { pushes: 3 } });
    const pushedA = await json(get(declaredA.id));
    expect(pushedA.state).toBe('PUSHED');
    expect(pushedA.push.banks.map((x: { bankId: string }) => x.bankId)).toEqual(
      entry.assignedBanks.map((x: { bankId: string }) => x.bankId),
    );

    // Assess 5: one EnterprisePushed per bank, carrying the push id and the credit-access date.
    await t.stack.idle();
    const events = (await drainPushed()).filter((e) => e.batchId === batch.batchId);
    expect(events.map((e) => e.bankId).sort()).toEqual(
      pushedA.push.banks.map((x: { bankId: string }) => x.bankId).sort(),
    );
    expect(events.map((e) => e.pushId).sort()).toEqual(
      pushedA.push.banks.map((x: { pushId: string }) => x.pushId).sort(),
    );
    const until = new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
    expect(events.every((e) => e.uscc === a && e.creditAccessUntil === until && e.eventId === e.pushId)).toBe(
      true,
    );

    // Assess 6: credit turned the push into a read grant for the pushed bank (bank-nh = the bank2 client).
    const read = await t.call('bank2', 'GET', `/v1/enterprises/${a}/credit-profile?purpose=push-follow-up`);
    expect(read.status).toBe(200);
    expect(await auditActions(`declaration#${declaredA.id}`)).toEqual(
      expect.arrayContaining([
        'declaration.created',
        'declaration.screened',
        'declaration.reviewed',
        'declaration.signed-off',
        'declaration.pushed',
      ]),
    );
    expect(await auditActions(`push-batch#${batch.batchId}`)).toEqual([
      'push-batch.created',
      'push-batch.confirm-requested',
      'push-batch.confirmed',
    ]);
  });

  it('one open declaration per enterprise per demand: a duplicate gets 409 naming the existing one', async () => {
    // Prepare
    const code = uscc(10);
    await register(code);
    await t.stack.idle();
    const first = await json(declare(code));

    // Act
    const duplicate = await declare(code, { amountFen: wan(50), purposeDetail: '另一笔' });
    const otherPurpose = await declare(code, { purpose: 'equipment', purposeDetail: '购置数控机床' });
    const otherGuarantee = await declare(code, { guaranteeType: 'credit' });

    // Assess
    expect(duplicate.status).toBe(409);
    expect(await json(duplicate)).toMatchObject({
      existingDeclarationId: first.id,
      demandKey: 'working-capital|mortgage',
    });
    expect(otherPurpose.status).toBe(201);
    expect(otherGuarantee.status).toBe(201);
  });

  it('guarded transitions: no skipping, no re-opening; stale If-Match → 412; removal frees the demand', async () => {
    // Prepare: an enterprise the registry does not know yet stays DECLARED.
    const unknown = uscc(20);
    const declared = await json(declare(unknown));
    const code = uscc(21);
    await register(code);
    await t.stack.idle();
    const screened = await json(declare(code));

    // Act
    const skip = await signOff(declared.id);
    const reviewDeclared = await review(declared.id);
    const stale = await review(screened.id, { 'if-match': `"${screened.version - 1}"` });
    const removed = await t.call(
      'coordinator',
      'POST',
      `/v1/declarations/${screened.id}/removal`,
      { reason: 'false-materials', detail: '提供虚假购销合同' },
      { 'if-match': `"${screened.version}"` },
    );
    const reopen = await signOff(screened.id);
    const removeAgain = await t.call('coordinator', 'POST', `/v1/declarations/${screened.id}/removal`, {
      reason: 'loan-misuse',
      detail: 'x',
    });
    const again = await declare(code);

    // Assess
    expect(declared.state).toBe('DECLARED');
    expect(skip.status).toBe(409);
    expect(await json(skip)).toMatchObject({ state: 'DECLARED', event: 'sign-off' });
    expect(reviewDeclared.status).toBe(409);
    expect(stale.status).toBe(412);
    expect(removed.status).toBe(200);
    expect(await json(removed)).toMatchObject({ state: 'REMOVED', removal: { reason: 'false-materials' } });
    expect(reopen.status).toBe(409);
    expect((await json(reopen)).detail).toContain('the item is closed');
    expect(removeAgain.status).toBe(409);
    expect(again.status).toBe(201);
    // The registry event screens a declaration that was waiting for it.
    await register(unknown);
    await t.stack.idle();
    expect(await json(get(declared.id))).toMatchObject({ state: 'SCREENED' });
  });

  it('a declaration removed after the batch was decided is dropped at confirm, the others pushed', async () => {
    // Prepare
    const kept = await recommended(uscc(35));
    const gone = await recommended(uscc(36));
    const batch = await json(
      t.call('coordinator', 'POST', '/v1/push-batches', { declarationIds: [kept, gone] }),
    );
    await t.call('coordinator', 'POST', `/v1/declarations/${gone}/removal`, {
      reason: 'loan-misuse',
      detail: '贷款挪用于购房',
    });
    await drainPushed();

    // Act
    const { batch: confirmed } = await confirmAndWait(t, batch.batchId);
    await t.stack.idle();
    const events = (await drainPushed()).filter((e) => e.batchId === batch.batchId);

    // Assess
    expect(batch.summary.assigned).toBe(2);
    expect(confirmed.outcome?.droppedDeclarationIds).toEqual([gone]);
    expect(confirmed.progress.pushes.dropped).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.uscc))).toEqual(new Set([uscc(35)]));
    expect(confirmed.outcome?.pushes).toBe(events.length);
    expect((await json(get(gone))).state).toBe('REMOVED');
    expect((await json(get(kept))).state).toBe('PUSHED');
  });

  it('a confirmed intermediary hit keeps the enterprise out of a batch (rule 8)', async () => {
    // Prepare
    const code = uscc(40);
    const id = await recommended(code);
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: t.stack.queues['matching-intermediary-hits']?.url,
        MessageBody: JSON.stringify({
          type: 'IntermediaryHitChanged',
          version: 1,
          eventId: 'hit-1',
          occurredAt: new Date().toISOString(),
          uscc: code,
          entryId: 'bl-0001',
          status: 'confirmed',
        }),
      }),
    );
    await t.stack.idle();

    // Act
    const preview = await json(
      t.call('coordinator', 'POST', '/v1/push-batches/preview', { declarationIds: [id] }),
    );

    // Assess
    expect(preview.enterprises[0]).toMatchObject({ status: 'excluded', assignedBanks: [] });
    expect(preview.enterprises[0].exclusion[0]).toMatchObject({ rule: 8, code: 'blacklist-hit' });
    expect(await json(get(id))).toMatchObject({ facts: { intermediaryEntryIds: ['bl-0001'] } });
  });

  it("partner-bank caution is a flag, not a ban: a new bank is added only with the coordinator's recorded reason", async () => {
    // Prepare: an individual business (个体工商户) with 5,000,000 CNY of credit from three banks
    // (more than 2, seed 002 §(七)); it asks for an unsecured loan, which the fourth bank also offers.
    const code = uscc(60);
    await register(code, {
      entityType: 'individual-business',
      lendingBanks: ['bank-gs', 'bank-nh', 'bank-ls-rural'],
    });
    await t.stack.idle();
    const created = await json(
      t.call('agency', 'POST', '/v1/declarations', {
        ...declaration(code, {
          guaranteeType: 'credit',
          creditLoanWanted: true,
          preferredBankIds: ['bank-city'],
        }),
        currentCreditFen: wan(500),
      }),
    );
    expect((await review(created.id)).status).toBe(200);
    await confirmByDepartments(t, created.id);
    expect((await signOff(created.id)).status).toBe(200);
    const selection = { declarationIds: [created.id] };

    // Act
    const preview = await json(t.call('coordinator', 'POST', '/v1/push-batches/preview', selection));
    const refused = await t.call('coordinator', 'POST', '/v1/push-batches', {
      ...selection,
      adjustments: [{ uscc: code, bankId: 'bank-city', action: 'add' }],
    });
    const note = '企业书面申请由城商行对接（见申报表意愿栏）';
    const batchResponse = await t.call('coordinator', 'POST', '/v1/push-batches', {
      ...selection,
      adjustments: [{ uscc: code, bankId: 'bank-city', action: 'add', note }],
    });
    const batch = await json(batchResponse);
    const stored = await json(t.call('coordinator', 'GET', `/v1/push-batches/${batch.batchId}`));

    // Assess: flagged; the existing lenders first; the new bank held back with the caution as its reason.
    const entry = preview.enterprises[0];
    expect(entry.flags).toContain('partner-bank-caution');
    expect(entry.assignedBanks.map((b: { bankId: string }) => b.bankId).sort()).toEqual(
      expect.not.arrayContaining(['bank-city']),
    );
    const city = entry.excludedBanks.find((b: { bankId: string }) => b.bankId === 'bank-city');
    expect(city.reasons).toContainEqual(
      expect.objectContaining({ rule: 6, code: 'partner-bank-caution', refuses: true }),
    );
    // Without a reason the override is refused, naming the adjustment; with one it goes through.
    expect(refused.status).toBe(422);
    expect((await json(refused)).errors).toEqual([
      expect.objectContaining({ path: 'body.adjustments.0', message: expect.stringContaining('note') }),
    ]);
    expect(batchResponse.status).toBe(201);
    const pushedCity = stored.enterprises[0].assignedBanks.find(
      (b: { bankId: string }) => b.bankId === 'bank-city',
    );
    expect(stored.enterprises[0].flags).toContain('partner-bank-caution');
    expect(pushedCity.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'partner-bank-caution',
          refuses: false,
          detail: expect.stringContaining(note),
        }),
        expect.objectContaining({ code: 'coordinator-added', detail: note }),
      ]),
    );
    const audit = await documentClient().send(
      new QueryCommand({
        TableName: t.stack.tables.audit,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `push-batch#${batch.batchId}` },
      }),
    );
    expect(audit.Items?.find((i) => i.action === 'push-batch.created')?.detail.adjustments).toEqual([
      { uscc: code, bankId: 'bank-city', action: 'add', note },
    ]);
  });

  it('the product catalogue is readable by agencies and banks', async () => {
    const products = await json(t.call('bank', 'GET', '/v1/products?bankId=bank-city'));
    expect(products.items.map((p: { name: string }) => p.name)).toEqual(['科创贷', '税信贷']);
    expect(products.items[1]).toMatchObject({
      creditLoan: true,
      minAmountFen: wan(10),
      maxAmountFen: wan(500),
    });
    expect((await t.call('agency', 'GET', '/v1/products')).status).toBe(200);
    expect((await t.call('finance', 'GET', '/v1/products')).status).toBe(403);
  });
});
