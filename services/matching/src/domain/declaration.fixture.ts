import { usccCheckCharacter } from '@sme/kernel';
import type { Declaration, EnterpriseFacts, RegistryFacts } from './declaration.ts';

/** Test builders for declarations: a plain enterprise of 青石镇 with a 2,000,000 CNY mortgage demand. */

export const USCC = `91999101MM0000001${usccCheckCharacter('91999101MM0000001')}`;
export const NOW = '2026-05-01T02:00:00.000Z';

export function registryFacts(overrides: Partial<RegistryFacts> = {}): RegistryFacts {
  return {
    recordId: `enterprise:${USCC}:v1`,
    version: 1,
    township: '999101002',
    industryCode: 'C3420',
    entityType: 'enterprise',
    status: 'normal',
    hasFixedPremises: true,
    keyIndustryChain: false,
    lendingBankIds: [],
    ...overrides,
  };
}

export function facts(overrides: Partial<EnterpriseFacts> = {}): EnterpriseFacts {
  return {
    registry: registryFacts(),
    credit: {
      recordId: `credit-profile:${USCC}:v1`,
      profileVersion: 1,
      grade: 'B',
      hardStop: false,
      recordsInForce: 2,
      flags: [],
    },
    intermediaryEntryIds: [],
    ...overrides,
  };
}

export function declared(overrides: Partial<Declaration> = {}): Declaration {
  return {
    id: 'd-00000000000000000001',
    uscc: USCC,
    demand: {
      amountFen: 200_000_000,
      termMonths: 12,
      purpose: 'working-capital',
      purposeDetail: '采购原材料',
      guaranteeType: 'mortgage',
      creditLoanWanted: false,
      preferredBankIds: [],
      preferredProductNames: [],
    },
    demandKey: 'working-capital|mortgage',
    source: { kind: 'agency-visit', clientId: 'c-1', orgId: 'ls-market' },
    state: 'DECLARED',
    version: 1,
    facts: { intermediaryEntryIds: [] },
    reviews: [],
    declinedBy: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}
