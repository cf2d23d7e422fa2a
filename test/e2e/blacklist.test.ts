import { readFileSync } from 'node:fs';
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
import { shanghaiDate } from '@sme/kernel';
import { demoUscc } from '@sme/local';
import { documentClient, logger } from '@sme/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendedDeclaration } from '../support/declarations.ts';
import {
  type DrainedMessage,
  drainQueue,
  eventually,
  json,
  opsCommand,
  startTestStack,
  type TestStack,
} from '../support/local-stack.ts';
import { waitConfirmed } from '../support/push-batches.ts';

let t: TestStack;
let sqs: SQSClient;
let townshipKey = '';
/** Every line any function wrote to stdout or stderr while the tests ran. */
const logged: string[] = [];
/** Every response body the tests received. */
const answered: string[] = [];
const restore: (() => void)[] = [];

/** Two brokers' raw identifiers: they must never be stored, answered or logged. */
const brokers = {
  a: { idNumber: '11010519491231002X', phone: '139-1234-5678', account: '6222021234567890123' },
  b: { idNumber: '440524188001010014', phone: '13700001111', account: '6228480012345678901' },
};
/** Identifiers a reporter types into free text (description, reasons): stored, answered and logged only masked. */
const typedIn = { idNumber: '110101199003074514', mobile: '13800138000', otherMobile: '13700137000' };
const rawValues = [
  ...Object.values(brokers).flatMap((b) => [b.idNumber, b.account, b.phone]),
  '13912345678',
  ...Object.values(typedIn),
];

beforeAll(async () => {
  t = await startTestStack();
  sqs = new SQSClient({ endpoint: t.stack.sqsEndpoint, region: 'cn-north-1' });
  const store = new DynamoDbApiClientStore(documentClient(), t.stack.tables['api-clients'] ?? '');
  townshipKey = (
    await createApiClient(store, t.city, {
      orgId: 'ls-qingshi-tn',
      name: 'ls-qingshi-tn',
      now: new Date().toISOString(),
    })
  ).apiKey;
  logger.setLogLevel('INFO');
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      logged.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = write;
    });
  }
});
afterAll(async () => {
  for (const undo of restore) undo();
  sqs?.destroy();
  await t?.stack.stop();
});

/** A call whose response body is kept for the "never answered raw" assertion. */
async function call(role: string | undefined, method: string, path: string, body?: unknown, headers = {}) {
  const res = await t.call(role, method, path, body, headers);
  const text = await res.text();
  answered.push(text);
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const uscc = (n: number) => demoUscc('999101', `BL${String(n).padStart(7, '0')}`);
const today = shanghaiDate(new Date());

/** Registered, declared, reviewed by the township and signed off: a RECOMMENDED declaration. */
async function recommended(code: string): Promise<string> {
  return recommendedDeclaration(t, { uscc: code, name: `临山名单测试企业${code.slice(-6)}`, townshipKey });
}

async function drain(queue: string): Promise<Record<string, unknown>[]> {
  const messages = [];
  for (;;) {
    const out = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: t.stack.queues[queue]?.url, MaxNumberOfMessages: 10 }),
    );
    if (!out.Messages?.length) return messages;
    messages.push(...out.Messages.map((m) => JSON.parse(m.Body ?? '{}')));
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

const brokerReport = (enterprises: string[] = [], broker = brokers.a) => ({
  category: 'illegal-loan-facilitation',
  description: '以“包过”为名向企业收取贷款金额8%的服务费，冒称与银行有合作',
  evidenceRefs: ['bank-gs://complaints/2026-0412', 'photo://receipt/778'],
  enterprises,
  parties: [
    {
      kind: 'organisation',
      name: broker === brokers.a ? '临山市鑫源商务信息咨询有限公司' : '临山市恒通财务顾问有限公司',
      uscc: demoUscc('999101', broker === brokers.a ? 'MA0000X01' : 'MA0000X02'),
      aliases: ['鑫源助贷'],
    },
    {
      kind: 'individual',
      name: '欧阳娜娜',
      idNumber: broker.idNumber,
      phones: [broker.phone],
      accounts: [broker.account],
    },
  ],
});
const confirm = (entryId: string, headers = {}) =>
  call(
    'coordinator',
    'POST',
    `/v1/blacklist/reports/${entryId}/decision`,
    {
      outcome: 'confirm',
      criteria: [
        { code: 'unlicensed-intermediation', met: true, note: '无金融许可居间撮合' },
        { code: 'fee-padding', met: true },
        { code: 'impersonation', met: false },
      ],
      reasons: '三家银行反映同一中介以包过为名收取高额服务费',
    },
    headers,
  );

/** Everything drained from the SQS banks' inboxes so far, so repeated checks see earlier messages. */
const inboxSeen: Record<string, DrainedMessage[]> = {};

/** The blacklist notices each bank of the city received on its own channel (SQS inbox or webhook). */
async function bankNotices(entryId: string, entryVersion: number): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const bank of t.stack.city.banks) {
    const isNotice = (n: { type: string; data: Record<string, unknown> }) =>
      n.type === 'blacklist.entry-changed' &&
      n.data.entryId === entryId &&
      n.data.entryVersion === entryVersion;
    if (bank.delivery.kind === 'sqs') {
      inboxSeen[bank.id] = [
        ...(inboxSeen[bank.id] ?? []),
        ...(await drainQueue(t.stack, t.stack.bankQueues[bank.id] ?? '')),
      ];
      const got = inboxSeen[bank.id] ?? [];
      counts[bank.id] = new Set(got.filter((m) => isNotice(m.body)).map((m) => m.body.id)).size;
    } else {
      counts[bank.id] = t.stack.bankReceiver.log(bank.id).accepted.filter(isNotice).length;
    }
  }
  return counts;
}

describe('Illegal-intermediary blacklist over HTTP, streams and queues', () => {
  it('report → confirm → banks notified → screening hit → the batch confirm refuses that enterprise', async () => {
    // Prepare: two recommended enterprises in one DRAFT batch; X's application will name the broker.
    const x = uscc(1);
    const y = uscc(2);
    const declarationX = await recommended(x);
    const declarationY = await recommended(y);
    const batch = await json(
      t.call('coordinator', 'POST', '/v1/push-batches', { declarationIds: [declarationX, declarationY] }),
    );
    expect(batch.summary.assigned).toBe(2);
    await drain('observe-blacklist-entries');
    await drain('observe-intermediary-hits');

    // Act 1: a bank reports; the office confirms against the identification standard.
    const reported = await call('bank', 'POST', '/v1/blacklist/reports', brokerReport());
    const entryId = reported.body.entryId as string;
    const bankBeforeConfirm = await call('bank2', 'GET', `/v1/blacklist/entries/${entryId}`);
    const confirmed = await confirm(entryId);
    await t.stack.idle();
    const entryEvents = await drain('observe-blacklist-entries');

    // Assess 1: stored masked, confirmed, one thin notice for the banks.
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({ state: 'reported', version: 1 });
    expect(reported.body.parties[1]).toEqual({
      partyId: 'p2',
      kind: 'individual',
      name: '欧阳**',
      idNumber: '110105********002X',
      phones: ['139****5678'],
      accounts: ['****0123'],
    });
    expect(bankBeforeConfirm.status).toBe(404);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ state: 'confirmed', version: 2, listed: true });
    expect(entryEvents).toEqual([
      expect.objectContaining({
        type: 'BlacklistEntryChanged',
        eventId: `blacklist:${entryId}:v2`,
        entryId,
        entryVersion: 2,
        status: 'confirmed',
      }),
    ]);

    // Every bank of the city got one notice on its own channel (delivery).
    const everyBank = Object.fromEntries(t.stack.city.banks.map((b) => [b.id, 1]));
    await eventually(async () => expect(await bankNotices(entryId, 2)).toEqual(everyBank), 20_000);

    // Act 2: another bank reads the list and fetches the entry the notice named.
    const list = await call('bank2', 'GET', '/v1/blacklist/entries?purpose=credit-check');
    const fetched = await call('bank2', 'GET', `/v1/blacklist/entries/${entryId}?purpose=notice`);

    // Assess 2: masked parties and criteria; no reporter identity, evidence or description.
    expect(list.body.items.map((e: { entryId: string }) => e.entryId)).toContain(entryId);
    expect(fetched.body).toMatchObject({
      entryId,
      status: 'confirmed',
      criteriaMet: [
        { code: 'unlicensed-intermediation', text: expect.stringContaining('非法助贷') },
        { code: 'fee-padding', text: expect.any(String) },
      ],
    });
    for (const hidden of [
      'bank-gs',
      t.clients.bank?.clientId ?? 'x',
      'reporter',
      'evidence',
      '冒称与银行有合作',
    ]) {
      expect(JSON.stringify(fetched.body)).not.toContain(hidden);
      expect(JSON.stringify(list.body)).not.toContain(hidden);
    }
    expect(await auditActions(`blacklist-entry#${entryId}`)).toEqual(
      expect.arrayContaining([
        'blacklist-entry.reported',
        'blacklist-entry.confirmed',
        'blacklist-entry.fetched',
      ]),
    );

    // Act 3: an agency screens X's application; its "consultant" is the broker under another name.
    const screening = await call('agency', 'POST', '/v1/screenings', {
      application: { uscc: x, declarationId: declarationX },
      purpose: 'declaration screening',
      parties: [
        { role: 'consultant', kind: 'individual', name: '李明', phones: ['+86 139 1234 5678'] },
        { role: 'agent', kind: 'organisation', name: '临山市青石镇农资经营部' },
      ],
    });
    await t.stack.idle();
    const hitEvents = await drain('observe-intermediary-hits');

    // Assess 3: a hit on the phone whatever the name; X is tied to the entry.
    expect(screening.status).toBe(201);
    expect(screening.body.outcome).toBe('hit');
    expect(screening.body.parties[0]).toMatchObject({
      outcome: 'hit',
      party: { name: '李*', phones: ['139****5678'] },
      matches: [{ entryId, partyIds: ['p2'], matchedFields: ['phone'], score: 1, strong: true }],
    });
    expect(screening.body.parties[1].outcome).toBe('clear');
    expect(hitEvents).toEqual([
      expect.objectContaining({ type: 'IntermediaryHitChanged', uscc: x, entryId, status: 'confirmed' }),
    ]);
    expect(await auditActions(`screening#${screening.body.screeningId}`)).toEqual(['screening.run']);

    // Act 4: the coordinator confirms the batch decided before the hit.
    const pushed = await call('coordinator', 'POST', `/v1/push-batches/${batch.batchId}/confirm`);
    const pushedBatch = await waitConfirmed(t, batch.batchId);
    const declarationXAfter = await json(t.call('coordinator', 'GET', `/v1/declarations/${declarationX}`));

    // Assess 4: X is refused at confirm, Y is pushed.
    expect(pushed.status).toBe(202);
    expect(pushedBatch.outcome?.droppedDeclarationIds).toEqual([declarationX]);
    expect(declarationXAfter).toMatchObject({
      state: 'RECOMMENDED',
      facts: { intermediaryEntryIds: [entryId] },
    });
    expect((await json(t.call('coordinator', 'GET', `/v1/declarations/${declarationY}`))).state).toBe(
      'PUSHED',
    );
  });

  it('revocation: banks notified, the enterprise released, and the entry stops matching', async () => {
    // Prepare
    const code = uscc(10);
    const entryId = (await call('bank', 'POST', '/v1/blacklist/reports', brokerReport([code], brokers.b)))
      .body.entryId;
    await confirm(entryId);
    await t.stack.idle();
    const before = await call('bank', 'POST', '/v1/screenings', {
      application: { uscc: uscc(11) },
      phones: [brokers.b.phone],
    });
    await t.stack.idle();
    await drain('observe-blacklist-entries');
    const hitsOnConfirm = await drain('observe-intermediary-hits');

    // Act
    const revoked = await call('coordinator', 'POST', `/v1/blacklist/reports/${entryId}/revocation`, {
      reason: '经复核，举报人撤回且无其他证据',
    });
    await t.stack.idle();
    const entryEvents = await drain('observe-blacklist-entries');
    const hitEvents = await drain('observe-intermediary-hits');
    const after = await call('bank', 'POST', '/v1/screenings', {
      application: { uscc: uscc(11) },
      phones: [brokers.b.phone],
    });
    const fetched = await call('bank2', 'GET', `/v1/blacklist/entries/${entryId}`);
    const list = await call('bank2', 'GET', '/v1/blacklist/entries?limit=100');

    // Assess
    expect(hitsOnConfirm.map((e) => [e.uscc, e.status]).sort()).toEqual(
      [
        [code, 'confirmed'],
        [uscc(11), 'confirmed'],
      ].sort(),
    );
    expect(before.body.parties[0].matches.map((m: { entryId: string }) => m.entryId)).toContain(entryId);
    expect(revoked.body).toMatchObject({ state: 'revoked', listed: false });
    expect(entryEvents).toEqual([expect.objectContaining({ entryId, entryVersion: 3, status: 'revoked' })]);
    const everyBank = Object.fromEntries(t.stack.city.banks.map((b) => [b.id, 1]));
    await eventually(async () => expect(await bankNotices(entryId, 3)).toEqual(everyBank), 20_000);
    expect(hitEvents.map((e) => [e.uscc, e.entryId, e.status]).sort()).toEqual(
      [
        [code, entryId, 'revoked'],
        [uscc(11), entryId, 'revoked'],
      ].sort(),
    );
    expect(before.body.outcome).toBe('hit');
    expect(after.body.outcome).toBe('clear');
    expect(fetched.body).toEqual({ entryId, version: 3, status: 'revoked', revokedAt: expect.any(String) });
    expect(list.body.items.map((e: { entryId: string }) => e.entryId)).not.toContain(entryId);
  });

  it('guards: skipped or repeated steps 409, stale If-Match 412, confirming with no criterion met 422, banks may not review', async () => {
    // Prepare
    const entryId = (await call('agency', 'POST', '/v1/blacklist/reports', brokerReport())).body.entryId;

    // Act
    const revokeReported = await call('coordinator', 'POST', `/v1/blacklist/reports/${entryId}/revocation`, {
      reason: 'x',
    });
    const appealReported = await call('coordinator', 'POST', `/v1/blacklist/reports/${entryId}/appeal`, {
      appellant: '欧阳娜娜',
      grounds: '不认识举报企业',
      receivedOn: today,
    });
    const noneMet = await call('coordinator', 'POST', `/v1/blacklist/reports/${entryId}/decision`, {
      outcome: 'confirm',
      criteria: [{ code: 'fee-padding', met: false }],
      reasons: '证据不足',
    });
    const byBank = await call('bank', 'POST', `/v1/blacklist/reports/${entryId}/decision`, {
      outcome: 'dismiss',
      reasons: '银行自行认定',
    });
    const stale = await confirm(entryId, { 'if-match': '"7"' });
    const confirmed = await confirm(entryId, { 'if-match': '"1"' });
    const again = await confirm(entryId);
    const appealed = await call('coordinator', 'POST', `/v1/blacklist/reports/${entryId}/appeal`, {
      appellant: '欧阳娜娜（委托律师）',
      grounds: '收费系评估费',
      receivedOn: today,
    });
    const rejected = await call('coordinator', 'POST', `/v1/blacklist/reports/${entryId}/appeal/decision`, {
      outcome: 'rejected',
      reasons: '收据载明为服务费',
    });
    const badId = await call('bank', 'POST', '/v1/blacklist/reports', {
      ...brokerReport(),
      parties: [{ kind: 'individual', name: '张伟', idNumber: '110105194912310021' }],
    });

    // Assess
    expect(revokeReported.status).toBe(409);
    expect(revokeReported.body.detail).toContain('cannot take event "revoke"');
    expect(appealReported.status).toBe(409);
    expect(noneMet.status).toBe(422);
    expect(noneMet.body.errors).toEqual([{ path: 'body.criteria', message: 'no criterion is marked met' }]);
    expect(byBank.status).toBe(403);
    expect(stale.status).toBe(412);
    expect(confirmed.status).toBe(200);
    expect(again.status).toBe(409);
    expect(appealed.body).toMatchObject({ state: 'appealed', listed: true });
    expect(rejected.body).toMatchObject({ state: 'confirmed', version: 4 });
    expect(badId.status).toBe(422);
    expect(badId.body.errors).toEqual([
      { path: 'body.parties.0.idNumber', message: 'ID number check character is wrong' },
    ]);
    await t.stack.idle();
    expect(await auditActions(`blacklist-entry#${entryId}`)).toEqual(
      expect.arrayContaining([
        'blacklist-entry.reported',
        'blacklist-entry.confirmed',
        'blacklist-entry.appealed',
        'blacklist-entry.appeal-rejected',
      ]),
    );
  });

  it('a possible hit: "not the same" is remembered, "the same" ties the enterprise; duplicates merge into one entry', async () => {
    // Prepare: a firm listed by name; a duplicate report about it is merged in before the decision.
    const firm = {
      category: 'fund-broker',
      description: '以过桥垫资名义收取资金占用费',
      evidenceRefs: ['ls-office://case/31'],
      parties: [{ kind: 'organisation', name: '临山市宏远企业管理咨询有限公司' }],
    };
    const first = (await call('agency', 'POST', '/v1/blacklist/reports', firm)).body.entryId;
    const duplicate = (
      await call('bank2', 'POST', '/v1/blacklist/reports', {
        ...firm,
        evidenceRefs: ['bank-nh://case/9'],
        enterprises: [uscc(20)],
        parties: [{ kind: 'organisation', name: '宏远企业管理咨询（临山）有限公司', aliases: ['宏远过桥'] }],
      })
    ).body.entryId;
    const merged = await call('coordinator', 'POST', `/v1/blacklist/reports/${first}/merges`, {
      duplicateId: duplicate,
    });
    await call('coordinator', 'POST', `/v1/blacklist/reports/${first}/decision`, {
      outcome: 'confirm',
      criteria: [{ code: 'fund-brokering', met: true }],
      reasons: '多家银行反映其以过桥名义收取资金占用费',
    });
    await t.stack.idle();
    await drain('observe-intermediary-hits');
    const party = { role: 'consultant', kind: 'organisation', name: '临山宏远企业管理咨询有限责任公司' };

    // Act
    const possible = await call('bank', 'POST', '/v1/screenings', {
      application: { uscc: uscc(21) },
      parties: [party],
    });
    const notSame = await call(
      'coordinator',
      'POST',
      `/v1/screenings/${possible.body.screeningId}/decisions`,
      {
        partyIndex: 0,
        entryId: first,
        decision: 'not-same',
        note: '同名不同主体，经营范围不同',
      },
    );
    const decideTwice = await call(
      'coordinator',
      'POST',
      `/v1/screenings/${possible.body.screeningId}/decisions`,
      {
        partyIndex: 0,
        entryId: first,
        decision: 'same',
      },
    );
    const rescreened = await call('bank', 'POST', '/v1/screenings', {
      application: { uscc: uscc(21) },
      parties: [party],
    });
    const other = await call('bank', 'POST', '/v1/screenings', {
      application: { uscc: uscc(22) },
      parties: [{ role: 'agent', kind: 'organisation', name: '宏远过桥' }],
    });
    const same = await call('coordinator', 'POST', `/v1/screenings/${other.body.screeningId}/decisions`, {
      partyIndex: 0,
      entryId: first,
      decision: 'same',
    });
    await t.stack.idle();
    const hitEvents = await drain('observe-intermediary-hits');
    const ownScreening = await call('bank', 'GET', `/v1/screenings/${other.body.screeningId}`);
    const othersScreening = await call('bank2', 'GET', `/v1/screenings/${other.body.screeningId}`);

    // Assess
    expect(merged.body.mergedReports.map((r: { reportId: string }) => r.reportId)).toEqual([duplicate]);
    expect(merged.body.enterprises).toEqual([uscc(20)]);
    expect(possible.body.outcome).toBe('possible-hit');
    expect(possible.body.parties[0].matches[0]).toMatchObject({ entryId: first, strong: false });
    expect(possible.body.parties[0].matches[0].explanation).toContain('宏远');
    expect(notSame.status).toBe(200);
    expect(decideTwice.status).toBe(409);
    expect(rescreened.body.outcome).toBe('clear');
    expect(other.body.outcome).toBe('possible-hit');
    expect(same.status).toBe(200);
    expect(same.body.decisions).toEqual([
      expect.objectContaining({ partyIndex: 0, entryId: first, decision: 'same' }),
    ]);
    expect(hitEvents.map((e) => [e.uscc, e.status])).toEqual([[uscc(22), 'confirmed']]);
    expect(ownScreening.status).toBe(200);
    expect(othersScreening.status).toBe(404);
  });

  it('masks ID numbers and mobiles typed into a description or reasons: stored, served and shared masked, counted in the audit', async () => {
    // Prepare
    const report = {
      category: 'fee-padding',
      description: `联系人张三 身份证 ${typedIn.idNumber} 手机 ${typedIn.mobile}，统一社会信用代码91110000100000000X`,
      evidenceRefs: ['ls-office://case/88'],
      parties: [{ kind: 'organisation', name: '临山市张三财务咨询有限公司' }],
    };

    // Act
    const created = await call('agency', 'POST', '/v1/blacklist/reports', report);
    const entryId = created.body.entryId as string;
    const read = await call('coordinator', 'GET', `/v1/blacklist/reports/${entryId}`);
    const confirmed = await call('coordinator', 'POST', `/v1/blacklist/reports/${entryId}/decision`, {
      outcome: 'confirm',
      criteria: [{ code: 'fee-padding', met: true, note: `收款人手机 ${typedIn.otherMobile}` }],
      reasons: `张三（手机 +86 ${typedIn.mobile.replace(/(\d{3})(\d{4})(\d{4})/, '$1-$2-$3')}）收取服务费`,
    });
    const shared = await call('bank2', 'GET', `/v1/blacklist/entries/${entryId}?purpose=credit-check`);
    await t.stack.idle();
    const audit = await documentClient().send(
      new QueryCommand({
        TableName: t.stack.tables.audit,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `blacklist-entry#${entryId}` },
      }),
    );

    // Assess: masked in the answer, on reading back, and in what banks are shown; the USCC is kept.
    const masked =
      '联系人张三 身份证 110101********4514 手机 138****8000，统一社会信用代码91110000100000000X';
    expect(created.status).toBe(201);
    expect(read.body.description).toBe(masked);
    expect(confirmed.body.decision.criteria[0].note).toBe('收款人手机 137****7000');
    expect(shared.body.reasons).toBe('张三（手机 +86 138****8000）收取服务费');
    // The audit counts what was masked, by kind, and never holds a value.
    const details = Object.fromEntries(
      (audit.Items ?? []).map((i) => [i.action as string, i.detail?.maskedInFreeText]),
    );
    expect(details).toEqual({
      'blacklist-entry.reported': [
        { kind: 'id-number', count: 1 },
        { kind: 'mobile', count: 1 },
      ],
      'blacklist-entry.confirmed': [{ kind: 'mobile', count: 2 }],
    });
  });

  it('ops see how many entries hold hashes of each identifier key version; nobody else does', async () => {
    // Act: the local stack's key is one plain secret, as every stack's was before versioning (k1).
    const ops = await call('ops', 'GET', '/v1/blacklist/key-versions');
    const bank = await call('bank', 'GET', '/v1/blacklist/key-versions');

    // Assess: the listed entries of the earlier tests are on k1, the only (current) version.
    expect(ops.status).toBe(200);
    expect(ops.body).toMatchObject({ current: 'k1', retirable: [], pendingRekeyHints: 0 });
    expect(ops.body.versions).toEqual([
      expect.objectContaining({ keyVersion: 'k1', current: true, live: true, listed: expect.any(Number) }),
    ]);
    expect(ops.body.versions[0].listed).toBeGreaterThanOrEqual(1);
    expect(bank.status).toBe(403);
  });

  it('./dev ops blacklist rotate-key: k2 becomes current, k1 entries keep matching, retiring k1 is refused until forced', async () => {
    // Prepare
    const secretFile = t.stack.secretFiles['blacklist-identifier-key'] ?? '';
    const ops = (...args: string[]) => opsCommand(t, ...args, '--secret-file', secretFile);
    const screenPhone = (phone: string) =>
      call('bank', 'POST', '/v1/screenings', { application: { uscc: uscc(31) }, phones: [phone] });

    // Act
    const rotated = await ops('blacklist', 'rotate-key');
    const ringAfterRotation = readFileSync(secretFile, 'utf8');
    const versions = await eventually(async () => {
      const answer = await call('ops', 'GET', '/v1/blacklist/key-versions');
      expect(answer.body.current).toBe('k2');
      return answer.body;
    }, 10_000);
    const refused = await ops('blacklist', 'retire-key', 'k1').catch(
      (error: { code: number; stderr: string }) => error,
    );
    const hitUnderK1 = await screenPhone(brokers.a.phone);
    await t.stack.idle();
    const forced = await ops('blacklist', 'retire-key', 'k1', '--force');
    const after = await eventually(async () => {
      const answer = await call('ops', 'GET', '/v1/blacklist/key-versions');
      // k1 is no longer live; entries that still hold its hashes (identifiers never presented since) count as retired.
      expect(
        answer.body.versions.find((v: { keyVersion: string }) => v.keyVersion === 'k1')?.live ?? false,
      ).toBe(false);
      return answer.body;
    }, 10_000);
    const hitUnderK2 = await screenPhone(brokers.a.phone);

    // Assess
    expect(rotated.stdout).toContain('Key version k2 is current');
    expect(ringAfterRotation).toMatch(/^\{"current":"k2","keys":\{"k1":"local-development-/);
    expect(versions.versions.find((v: { keyVersion: string }) => v.keyVersion === 'k1')).toMatchObject({
      current: false,
      live: true,
    });
    expect((refused as { code: number }).code).toBe(2);
    expect((refused as { stderr: string }).stderr).toMatch(/k1 still holds \d+ listed/);
    expect(hitUnderK1.body.outcome).toBe('hit');
    expect(forced.stdout).toContain('Key version k1 is retired');
    expect(after.current).toBe('k2');
    expect(JSON.parse(readFileSync(secretFile, 'utf8')).keys).not.toHaveProperty('k1');
    // The phone was presented while k1 was live, so its entry was re-keyed and still matches under k2.
    expect(hitUnderK2.body.outcome).toBe('hit');
    for (const raw of rawValues) expect(rotated.stdout + forced.stdout).not.toContain(raw);
  });

  it('never stores, answers or logs a raw identifier', async () => {
    // Prepare: everything the earlier tests wrote and answered, and the logs of every function.
    const tables = ['blacklist-entries', 'blacklist-screenings', 'audit', 'idempotency'];
    const stored: string[] = [];
    for (const table of tables) {
      const out = await documentClient().send(new ScanCommand({ TableName: t.stack.tables[table] }));
      stored.push(JSON.stringify(out.Items ?? []));
    }

    // Act
    const everything = { stored: stored.join('\n'), answered: answered.join('\n'), logged: logged.join('') };

    // Assess: the capture saw the screenings' log lines, and no raw value anywhere.
    expect(everything.logged).toContain('Screened');
    expect(everything.stored).toContain('110105********002X');
    for (const [where, text] of Object.entries(everything)) {
      for (const value of rawValues)
        expect({ where, found: text.includes(value) }).toEqual({ where, found: false });
    }
  });
});
