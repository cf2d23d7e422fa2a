import { createApiClient, DynamoDbApiClientStore } from '@sme/access';
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

/** One API client per role (plus a second bank, to show that banks see only their own). */
export async function seedClients(city: CityConfig): Promise<Record<string, DemoClient>> {
  const store = new DynamoDbApiClientStore(documentClient(), tableName('api-clients'));
  const now = new Date().toISOString();
  const clients: Record<string, DemoClient> = {};
  const wanted: [string, Role, string][] = roles.map((role) => [role, role, demoOrg(city, role)]);
  const secondBank = city.banks[1];
  if (secondBank) wanted.push(['bank2', 'bank', secondBank.id]);
  for (const [label, role, orgId] of wanted) {
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
