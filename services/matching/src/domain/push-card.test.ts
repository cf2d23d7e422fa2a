import { pushCardV1 } from '@sme/events';
import { describe, expect, it } from 'vitest';
import { declared, facts, registryFacts, USCC } from './declaration.fixture.ts';
import type { PushedBank } from './push-batch-plan.ts';
import { type CityNames, pushCardBase, pushCardFor } from './push-card.ts';
import { reason } from './push-reasons.ts';
import { screenDeclaration } from './screening.ts';

const names: CityNames = {
  township: (code) => ({ '999101002': '青石镇' })[code] ?? code,
  org: (id) => ({ 'ls-qingshi-tn': '青石镇人民政府', 'bank-gs': '工商银行临山支行' })[id] ?? id,
};

const registry = registryFacts({
  name: '临山青石精密机械有限公司',
  sizeClass: 'small',
  keyIndustryChain: true,
  keyIndustryChainName: '新能源装备',
});
const screening = screenDeclaration({
  registry: { recordId: registry.recordId, operatingStatus: 'normal', hasFixedPremises: true },
  credit: { evaluation: { grade: 'B', recordId: `credit-profile:${USCC}:v1`, recordsInForce: 4 } },
  attestations: [
    { id: 'r-1', criterion: 'genuine-need', outcome: 'confirmed', by: 'ls-qingshi-tn' },
    { id: 'r-2', criterion: 'lawful-purpose', outcome: 'confirmed', by: 'ls-qingshi-tn' },
  ],
  policy: { failingGrades: ['D'] },
});
const review = (id: string, criterion: 'genuine-need' | 'lawful-purpose') => ({
  id,
  agencyId: 'ls-qingshi-tn',
  agencyKind: 'township',
  criterion,
  outcome: 'confirmed' as const,
  at: '2026-05-01T03:00:00.000Z',
  clientId: 'c-2',
});
const declaration = declared({
  state: 'RECOMMENDED',
  facts: facts({ registry }),
  contact: { name: '李娜', phone: '13800138000' },
  wishes: '希望两周内放款',
  visit: { visitedBy: '青石镇金融专员 王敏', visitedOn: '2026-04-28', place: '企业生产车间' },
  source: { kind: 'agency-visit', clientId: 'c-2', orgId: 'ls-qingshi-tn' },
  screening: { ...screening, screenedAt: '2026-05-01T03:00:00.000Z' },
  reviews: [review('r-1', 'genuine-need'), review('r-2', 'lawful-purpose')],
});

describe('Function: pushCardBase', () => {
  it('fills the card from the registry facts and the declaration, records left out', () => {
    // Act
    const card = pushCardBase(declaration, names);

    // Assess
    expect(card.enterprise).toEqual({
      uscc: USCC,
      name: '临山青石精密机械有限公司',
      entityType: 'enterprise',
      township: { code: '999101002', name: '青石镇' },
      industryCode: 'C3420',
      sizeClass: 'small',
      keyIndustryChain: { marked: true, chain: '新能源装备' },
    });
    expect(card.contact).toEqual({ name: '李娜', phone: '13800138000' });
    expect(card.demand).toMatchObject({
      amountFen: 200_000_000,
      termMonths: 12,
      purpose: 'working-capital',
      guaranteeType: 'mortgage',
      wishes: '希望两周内放款',
      creditApplication: true,
    });
    expect(card.referral).toEqual({
      kind: 'agency-visit',
      orgId: 'ls-qingshi-tn',
      orgName: '青石镇人民政府',
      visit: { visitedBy: '青石镇金融专员 王敏', visitedOn: '2026-04-28', place: '企业生产车间' },
    });
    expect(card.screening.map((c) => [c.criterion, c.basis, c.attestedBy])).toEqual([
      ['compliant-operation', 'data', undefined],
      ['fixed-premises', 'data', undefined],
      ['genuine-need', 'attested', '青石镇人民政府'],
      ['good-credit', 'data', undefined],
      ['lawful-purpose', 'attested', '青石镇人民政府'],
    ]);
    // No record ids or credit facts travel to the bank.
    expect(JSON.stringify(card)).not.toMatch(/credit-profile:|enterprise:9|recordId|grade/);
  });

  it('says the enterprise applies after contact when the declaration is not its application', () => {
    expect(pushCardBase({ ...declaration, creditApplication: false }, names).demand.creditApplication).toBe(
      false,
    );
  });
});

describe('Function: pushCardFor', () => {
  it("adds the bank's rank, products and the reasons that chose it, and validates as the event contract", () => {
    // Prepare
    const bank: PushedBank = {
      bankId: 'bank-gs',
      rank: 1,
      pushId: 'p000000000000000000000001',
      existingLender: true,
      products: ['经营快贷'],
      reasons: [
        reason(1, 'within-cap', false, 'rank 1 of at most 3'),
        reason(2, 'existing-lender', false, 'already lends to the enterprise'),
        reason(4, 'product-fit', false, '经营快贷 takes 2,000,000 CNY for 12 months on mortgage'),
        reason(5, 'load', false, 'load 3 of capacity 50'),
      ],
    };

    // Act
    const card = pushCardFor(pushCardBase(declaration, names), bank, 2);

    // Assess
    expect(card.match).toEqual({
      rank: 1,
      banksInBatch: 2,
      existingLender: true,
      products: ['经营快贷'],
      reasons: [
        { code: 'existing-lender', detail: 'already lends to the enterprise' },
        { code: 'product-fit', detail: '经营快贷 takes 2,000,000 CNY for 12 months on mortgage' },
      ],
    });
    expect(pushCardV1.safeParse(card).success).toBe(true);
  });
});
