import { benchTownships } from './uscc.ts';

/**
 * The enterprise every bench write sends: a small manufacturer with one tag, so the stream consumer
 * has its usual work (audit entry, one tag item, one event) for each new version.
 */
export function enterpriseBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '临山基准精密制造有限公司',
    entityType: 'enterprise',
    township: benchTownships[1],
    industryCode: 'C3420',
    employees: 25,
    annualRevenueYuan: 3_000_000,
    totalAssetsYuan: 5_000_000,
    address: '临山市东湖区青石镇工业园区纬三路 18 号',
    hasFixedPremises: true,
    establishedOn: '2019-04-12',
    tags: { noLoanHousehold: true },
    lendingBanks: [],
    ...over,
  };
}
