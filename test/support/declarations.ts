import { shanghaiDate } from '@sme/kernel';
import { expect } from 'vitest';
import { json, type TestStack } from './local-stack.ts';

/**
 * An enterprise of 青石镇 (township 999101002) registered, declared after a visit today, reviewed by
 * the township's client (`townshipKey`) and signed off by the coordinator: a RECOMMENDED declaration.
 * Returns its id.
 */
export async function recommendedDeclaration(
  t: TestStack,
  args: {
    uscc: string;
    name: string;
    townshipKey: string;
    preferredBankIds?: string[];
    /** Registry tags, e.g. `{ keyIndustryChain: { chain: '新能源装备' } }`. */
    tags?: Record<string, unknown>;
    creditApplication?: boolean;
  },
): Promise<string> {
  const registered = await t.call('agency', 'PUT', `/v1/enterprises/${args.uscc}`, {
    name: args.name,
    entityType: 'enterprise',
    township: '999101002',
    industryCode: 'C3420',
    employees: 30,
    annualRevenueYuan: 5_000_000,
    hasFixedPremises: true,
    ...(args.tags ? { tags: args.tags } : {}),
  });
  expect(registered.status).toBe(201);
  await t.stack.idle();
  const declaration = await json(
    t.call('agency', 'POST', '/v1/declarations', {
      uscc: args.uscc,
      demand: {
        amountFen: 200_000_000,
        termMonths: 12,
        purpose: 'working-capital',
        purposeDetail: '采购原材料',
        guaranteeType: 'mortgage',
        ...(args.preferredBankIds ? { preferredBankIds: args.preferredBankIds } : {}),
      },
      visit: { visitedBy: '青石镇金融专员 王敏', visitedOn: shanghaiDate(new Date()), place: '企业生产车间' },
      contact: { name: '李娜', phone: '13800138000' },
      wishes: '希望两周内放款，联系请提前电话预约',
      ...(args.creditApplication === undefined ? {} : { creditApplication: args.creditApplication }),
    }),
  );
  const reviewed = await t.call(
    undefined,
    'POST',
    `/v1/declarations/${declaration.id}/reviews`,
    {
      opinions: [
        { criterion: 'genuine-need', outcome: 'confirmed' },
        { criterion: 'lawful-purpose', outcome: 'confirmed' },
      ],
    },
    { 'x-api-key': args.townshipKey },
  );
  expect(reviewed.status).toBe(200);
  const signedOff = await t.call('coordinator', 'POST', `/v1/declarations/${declaration.id}/sign-off`, {});
  expect(signedOff.status).toBe(200);
  return declaration.id;
}
