import { createApiClient, DynamoDbApiClientStore, hashApiKey } from '@sme/access';
import { type CityConfig, type Role, roles, usccCheckCharacter } from '@sme/kernel';
import type { EnterpriseInput } from '@sme/registry';
import { documentClient, tableName } from '@sme/runtime';

export interface DemoClient {
  clientId: string;
  apiKey: string;
  orgId: string;
  role: Role;
}

/** A valid USCC for demo data: market-supervision registration (9), enterprise (1), the district, a made-up org code. */
export function demoUscc(district: string, orgCode: string): string {
  const first17 = `91${district}${orgCode}`;
  return first17 + usccCheckCharacter(first17);
}

/** The organisation each role's demo client speaks for. */
function demoOrg(city: CityConfig, role: Role): string {
  const pick: Record<Role, string | undefined> = {
    coordinator: city.coordinators[0]?.id,
    agency: city.agencies.find((a) => a.kind === 'market-supervision')?.id ?? city.agencies[0]?.id,
    bank: city.banks[0]?.id,
    guarantor: city.guarantors[0]?.id,
    finance: city.financeBureaus[0]?.id,
    ops: 'ops',
  };
  const org = pick[role];
  if (!org) throw new Error(`The city config has no organisation for the demo ${role} client`);
  return org;
}

/**
 * One API client per role (plus a second bank, to show that banks see only their own). A client of
 * `kept` (the previous run's, when the database was kept) is reused while its key still works for the
 * same organisation and role, so a restart does not pile up demo clients or change the keys.
 */
export async function seedClients(
  city: CityConfig,
  kept: Record<string, { apiKey: string; clientId?: string }> = {},
): Promise<Record<string, DemoClient>> {
  const store = new DynamoDbApiClientStore(documentClient(), tableName('api-clients'));
  const now = new Date().toISOString();
  const clients: Record<string, DemoClient> = {};
  const wanted: [string, Role, string][] = roles.map((role) => [role, role, demoOrg(city, role)]);
  const secondBank = city.banks[1];
  if (secondBank) wanted.push(['bank2', 'bank', secondBank.id]);
  // The convenor signs the recommendation list (seed 001 §二(二)); the office's key cannot.
  const convenor = (city.matching as { convenors?: string[] }).convenors?.[0];
  if (convenor) wanted.push(['convenor', 'coordinator', convenor]);
  for (const [label, role, orgId] of wanted) {
    const previous = kept[label];
    const found = previous ? await store.byKeyHash(hashApiKey(previous.apiKey)) : undefined;
    if (previous && found && !found.revokedAt && found.orgId === orgId && found.role === role) {
      clients[label] = { clientId: found.clientId, apiKey: previous.apiKey, orgId, role };
      continue;
    }
    const { client, apiKey } = await createApiClient(store, city, {
      orgId,
      role,
      name: `demo ${label}`,
      now,
    });
    clients[label] = { clientId: client.clientId, apiKey, orgId, role };
  }
  return clients;
}

/** A handful of enterprises of different kinds, registered through the API as an agency would. */
export function demoEnterprises(
  city: CityConfig,
): { uscc: string; input: Partial<EnterpriseInput> & Record<string, unknown> }[] {
  const district = city.districts[0];
  const t = (i: number) => district?.townships[i % district.townships.length]?.code ?? '';
  const d = district?.code ?? '000000';
  const bank = (i: number) => city.banks[i]?.id;
  const rows: [string, Record<string, unknown>][] = [
    [
      'MA0000011',
      {
        name: '临山青石新能源科技有限公司',
        entityType: 'enterprise',
        township: t(1),
        industryCode: 'C3841',
        employees: 85,
        annualRevenueYuan: 46_000_000,
        totalAssetsYuan: 52_000_000,
        tags: { keyIndustryChain: { chain: '新能源汽车' }, specialisedNew: true, techInnovative: true },
        lendingBanks: [bank(0)],
      },
    ],
    [
      'MA0000022',
      {
        name: '临山东湖精密机械厂',
        entityType: 'enterprise',
        township: t(0),
        industryCode: 'C3420',
        employees: 18,
        annualRevenueYuan: 2_600_000,
        tags: { noLoanHousehold: true },
        lendingBanks: [],
      },
    ],
    [
      'MA0000033',
      {
        name: '临山柳塘生态农业专业合作社',
        entityType: 'farmers-cooperative',
        township: t(2),
        industryCode: 'A0141',
        annualRevenueYuan: 1_800_000,
        tags: { green: true, noLoanHousehold: true },
        lendingBanks: [],
      },
    ],
    [
      'MA0000044',
      {
        name: '临山市云帆软件有限公司',
        entityType: 'enterprise',
        township: t(0),
        industryCode: 'I6513',
        employees: 42,
        annualRevenueYuan: 9_500_000,
        tags: { smePark: { name: '东湖小微企业园', starLevel: 4 }, techInnovative: true },
        lendingBanks: [bank(0), bank(1)],
      },
    ],
    [
      'MA0000055',
      {
        name: '临山市青石百货商行',
        entityType: 'individual-business',
        township: t(1),
        industryCode: 'F5211',
        employees: 4,
        annualRevenueYuan: 600_000,
        tags: {},
        lendingBanks: [],
      },
    ],
    [
      'MA0000066',
      {
        name: '临山市东湖物流有限公司',
        entityType: 'enterprise',
        township: t(0),
        industryCode: 'G5430',
        employees: 260,
        annualRevenueYuan: 58_000_000,
        status: 'abnormal',
        tags: { employmentAbsorbing: true },
        lendingBanks: [bank(1), bank(2), bank(3)],
      },
    ],
  ];
  return rows.map(([org, input]) => ({
    uscc: demoUscc(d, org),
    input: {
      ...input,
      lendingBanks: (input.lendingBanks as (string | undefined)[]).filter(
        (b): b is string => b !== undefined,
      ),
    },
  }));
}

/** Registers the demo enterprises over HTTP with the agency's key (so they are audited and evented like any write). */
export async function seedEnterprises(
  baseUrl: string,
  agencyKey: string,
  city: CityConfig,
): Promise<string[]> {
  const usccs: string[] = [];
  for (const { uscc, input } of demoEnterprises(city)) {
    const res = await fetch(`${baseUrl}/v1/enterprises/${uscc}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-api-key': agencyKey },
      body: JSON.stringify(input),
    });
    if (!res.ok) throw new Error(`Seeding ${uscc} failed: ${res.status} ${await res.text()}`);
    usccs.push(uscc);
  }
  return usccs;
}

/** What the demo push left for the demo banks to try. */
export interface DemoPush {
  declarationId: string;
  /** Push id by bank id. */
  pushes: Record<string, string>;
}

/**
 * One no-loan household taken through the whole list over HTTP, as the office and a township would:
 * declared after a visit, attested by its street office, signed off, pushed to the first two banks. So a
 * bank trying the stack finds a push in its inbox with a card to read. Throws naming the step that failed.
 */
export async function seedDemoPush(args: {
  baseUrl: string;
  city: CityConfig;
  clients: Record<string, DemoClient>;
  idle: () => Promise<void>;
  /** The previous run's demo push (database kept): reused when its declaration is still there. */
  kept?: DemoPush;
}): Promise<DemoPush> {
  const { baseUrl, city, clients } = args;
  if (args.kept) {
    const res = await fetch(`${baseUrl}/v1/declarations/${args.kept.declarationId}`, {
      headers: { 'x-api-key': clients.coordinator?.apiKey ?? '' },
    });
    if (res.ok) return args.kept;
  }
  const store = new DynamoDbApiClientStore(documentClient(), tableName('api-clients'));
  const township = city.agencies.find((a) => a.kind === 'township' && a.townships.length > 0);
  const enterprise = demoEnterprises(city).find(
    (e) => (e.input.tags as { noLoanHousehold?: boolean })?.noLoanHousehold,
  );
  if (!township || !enterprise)
    throw new Error('The city has no township agency or no no-loan household to push');
  const agencyKey = async (orgId: string) =>
    (
      await createApiClient(store, city, {
        orgId,
        role: 'agency',
        name: `demo ${orgId}`,
        now: new Date().toISOString(),
      })
    ).apiKey;
  const townshipKey = await agencyKey(township.id);
  // The competent department confirms (经行业主管部门确认); the tax bureau attests the credit standing
  // of an enterprise with no credit record (查无记录).
  const competent = (city.matching as { competentDepartments?: { agencies: string[] }[] })
    .competentDepartments;
  const econId =
    competent?.[0]?.agencies[0] ?? city.agencies.find((a) => a.kind === 'industry-department')?.id;
  const taxId = city.agencies.find((a) => a.kind === 'tax')?.id;
  if (!econId || !taxId)
    throw new Error('The city has no competent department or tax bureau to review the demo push');
  const econKey = await agencyKey(econId);
  const taxKey = await agencyKey(taxId);
  const call = async (
    step: string,
    key: string | undefined,
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-api-key': key ?? '' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`Demo push, ${step}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const pushesOf = async (id: string) => {
    const pushed = await call('read', clients.coordinator?.apiKey, 'GET', `/v1/declarations/${id}`);
    const banks = (pushed.push as { banks?: { bankId: string; pushId: string }[] } | undefined)?.banks ?? [];
    return { declarationId: id, pushes: Object.fromEntries(banks.map((b) => [b.bankId, b.pushId])) };
  };
  await args.idle();
  const demand = {
    uscc: enterprise.uscc,
    demand: {
      amountFen: 200_000_000,
      termMonths: 12,
      purpose: 'working-capital',
      purposeDetail: '采购钢材等原材料，满足新接订单生产',
      guaranteeType: 'mortgage',
      collateral: '自有厂房（东湖街道工业园 3 号）',
      preferredBankIds: city.banks.slice(0, 2).map((b) => b.id),
    },
    visit: { visitedBy: `${township.name} 金融专员 王敏`, visitedOn: today, place: '企业生产车间' },
    contact: { name: '陈建国', phone: '13800138000' },
    wishes: '希望一个月内放款；首次贷款，请客户经理上门说明材料要求',
  };
  // A kept database whose stack.json is gone: the demo declaration is there already (409 names it).
  const declared = await fetch(`${baseUrl}/v1/declarations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': clients.agency?.apiKey ?? '' },
    body: JSON.stringify(demand),
  });
  const existing =
    declared.status === 409
      ? ((await declared.json()) as { existingDeclarationId?: unknown }).existingDeclarationId
      : undefined;
  if (typeof existing === 'string') return pushesOf(existing);
  if (!declared.ok) throw new Error(`Demo push, declare: ${declared.status} ${await declared.text()}`);
  const id = String(((await declared.json()) as Record<string, unknown>).id);
  await args.idle();
  await call('review', townshipKey, 'POST', `/v1/declarations/${id}/reviews`, {
    opinions: ['fixed-premises', 'genuine-need', 'lawful-purpose'].map((criterion) => ({
      criterion,
      outcome: 'confirmed',
    })),
  });
  await call('credit standing', taxKey, 'POST', `/v1/declarations/${id}/reviews`, {
    opinions: [{ criterion: 'good-credit', outcome: 'confirmed', note: '纳税信用B级，无欠税' }],
  });
  await call('confirm', econKey, 'POST', `/v1/declarations/${id}/reviews`, {
    opinions: [{ criterion: 'genuine-need', outcome: 'confirmed', note: '经信局确认：订单真实' }],
  });
  await call('sign-off', clients.convenor?.apiKey, 'POST', `/v1/declarations/${id}/sign-off`, {});
  const batch = await call('batch', clients.coordinator?.apiKey, 'POST', '/v1/push-batches', {
    declarationIds: [id],
  });
  await call(
    'confirm',
    clients.coordinator?.apiKey,
    'POST',
    `/v1/push-batches/${String(batch.batchId)}/confirm`,
  );
  await args.idle();
  return pushesOf(id);
}
