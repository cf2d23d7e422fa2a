import { ValidationError } from '@sme/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAdjustments } from './push-adjustments.ts';
import { assignPushBatch } from './push-assignment.ts';
import type { BankInput, EnterpriseInput, ProductInput } from './push-batch.fixture.ts';
import { CNY, usccOf } from './push-batch.fixture.ts';
import { guaranteeTypes } from './push-input.ts';
import type { PushAssignmentResult } from './push-result.ts';

/**
 * Random cities (1–20 banks with random products, specialities and capacities) and batches
 * (1–200 enterprises): whatever the facts, no assignment breaks a hard rule. The checks below are
 * written from the policy, independently of the implementation.
 */

const bankPool = Array.from({ length: 20 }, (_, i) => `bank-${String(i + 1).padStart(2, '0')}`);
const industries = ['C3911', 'C3921', 'A0111', 'F5123'];
const townships = ['511702001', '511702002', '511703005'];
const yuan = (values: number[]) => values.map((v) => v * CNY);

/** Ranges drawn so that demands often fall inside them, with the boundaries themselves in play. */
const productArb: fc.Arbitrary<ProductInput> = fc
  .record({
    minAmountFen: fc.constantFrom(...yuan([10_000, 300_000, 1_000_000])),
    maxAmountFen: fc.constantFrom(...yuan([1_000_000, 5_000_000, 10_000_000, 30_000_000])),
    minTermMonths: fc.constantFrom(1, 6, 12),
    maxTermMonths: fc.constantFrom(12, 36, 60),
    guaranteeTypes: fc.subarray([...guaranteeTypes], { minLength: 1 }),
    creditLoan: fc.boolean(),
  })
  .map((p) => ({
    ...p,
    name: `p-${p.minAmountFen}-${p.maxAmountFen}-${p.minTermMonths}-${p.maxTermMonths}`,
  }));

const demandAmounts = yuan([10_000, 50_000, 300_000, 1_000_000, 2_000_000, 5_000_000, 8_000_000, 20_000_000]);

const generalistOr = (specialities: string[]): fc.Arbitrary<string[]> =>
  fc.oneof(
    { arbitrary: fc.constant<string[]>([]), weight: 2 },
    { arbitrary: fc.subarray(specialities), weight: 1 },
  );

const bankArb = (id: string): fc.Arbitrary<BankInput> =>
  fc.record({
    id: fc.constant(id),
    products: fc.uniqueArray(productArb, { maxLength: 3, selector: (p) => p.name }),
    // Generalist banks are common, so enterprises often have more fitting banks than the cap.
    industries: generalistOr(['C', 'C39', 'C3911', 'A01', 'F']),
    regions: generalistOr(['511702001', '511702002', '511703']),
    // Small capacities are common, so banks fill up within a batch.
    capacity: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 })),
  });

const cityArb = fc
  .shuffledSubarray(bankPool, { minLength: 1, maxLength: 20 })
  .chain((ids) => fc.tuple(...ids.map(bankArb)));

const enterpriseArb = (bankIds: string[]): fc.Arbitrary<Omit<EnterpriseInput, 'uscc'>> => {
  const anyBank = fc.constantFrom(...bankIds, 'other-1', 'other-2', 'other-3', 'other-4');
  return fc.record({
    entityType: fc.constantFrom('enterprise', 'individual-business', 'business-owner', 'family-farm'),
    industryCode: fc.constantFrom(...industries),
    township: fc.constantFrom(...townships),
    keyIndustryChain: fc.boolean(),
    totalCreditFen: fc.oneof(
      fc.constantFrom(0, 999_999_999, 1_000_000_000, 1_000_000_001),
      fc.integer({ min: 0, max: 50_000_000 * CNY }),
    ),
    existingBankIds: fc.uniqueArray(anyBank, { maxLength: 6 }),
    wishes: fc.record({
      bankIds: fc.uniqueArray(fc.constantFrom(...bankIds), { maxLength: 3 }),
      productNames: fc.constant([]),
    }),
    demand: fc.record({
      amountFen: fc.oneof(fc.constantFrom(...demandAmounts), fc.integer({ min: 1, max: 40_000_000 * CNY })),
      termMonths: fc.oneof(fc.constantFrom(3, 6, 12, 24, 36, 48), fc.integer({ min: 1, max: 72 })),
      guaranteeType: fc.constantFrom(...guaranteeTypes),
      creditLoanWanted: fc.boolean(),
    }),
    declinedBy: fc.array(
      fc.record({ bankId: fc.constantFrom(...bankIds), repairedAndRescreened: fc.boolean() }),
      {
        maxLength: 3,
      },
    ),
    blacklistHit: fc.boolean(),
    removed: fc.boolean(),
  });
};

const batchArb = cityArb.chain((banks) => {
  const ids = banks.map((b) => b.id);
  return fc.record({
    banks: fc.constant(banks),
    enterprises: fc
      .array(enterpriseArb(ids), { minLength: 1, maxLength: 200 })
      .map((list): EnterpriseInput[] => list.map((e, i) => ({ ...e, uscc: usccOf(i + 1) }))),
    cap: fc.integer({ min: 1, max: 3 }),
  });
});

function productFits(p: ProductInput, e: EnterpriseInput): boolean {
  const d = e.demand;
  return (
    p.minAmountFen <= d.amountFen &&
    d.amountFen <= p.maxAmountFen &&
    p.minTermMonths <= d.termMonths &&
    d.termMonths <= p.maxTermMonths &&
    (p.creditLoan || p.guaranteeTypes.includes(d.guaranteeType))
  );
}

function bankServes(b: BankInput, e: EnterpriseInput): boolean {
  const industryOk =
    (b.industries ?? []).length === 0 || (b.industries ?? []).some((p) => e.industryCode.startsWith(p));
  const regionOk =
    (b.regions ?? []).length === 0 ||
    (b.regions ?? []).some((r) => r === e.township || r === e.township.slice(0, 6));
  return industryOk && regionOk && b.products.some((p) => productFits(p, e));
}

/** Seed 002 §(七) restated: ≤ 10 million CNY (inclusive) and more than 3 banks (2 for individuals). */
function cautioned(e: EnterpriseInput): boolean {
  const individual = e.entityType === 'individual-business' || e.entityType === 'business-owner';
  return e.totalCreditFen <= 10_000_000 * CNY && new Set(e.existingBankIds).size > (individual ? 2 : 3);
}

function assertHardRules(
  result: PushAssignmentResult,
  enterprises: EnterpriseInput[],
  banks: BankInput[],
  cap: number,
) {
  const byUscc = new Map(enterprises.map((e) => [e.uscc, e]));
  const byBank = new Map(banks.map((b) => [b.id, b]));
  const counted = new Map<string, number>();
  for (const a of result.enterprises) {
    const e = byUscc.get(a.uscc);
    if (e === undefined) throw new Error(`unknown enterprise ${a.uscc}`);
    const ids = a.assignedBanks.map((d) => d.bankId);
    // Rule 1
    expect(ids.length).toBeLessThanOrEqual(cap);
    expect(new Set(ids).size).toBe(ids.length);
    expect(a.assignedBanks.map((d) => d.rank)).toEqual(ids.map((_, i) => i + 1));
    // Rule 8
    if (e.blacklistHit || e.removed) {
      expect(ids).toEqual([]);
      expect(a.status).toBe('excluded');
    }
    // Rule 6
    if (cautioned(e)) for (const id of ids) expect(e.existingBankIds).toContain(id);
    for (const id of ids) {
      // Rule 7
      const declines = (e.declinedBy ?? []).filter((d) => d.bankId === id);
      expect(declines.every((d) => d.repairedAndRescreened)).toBe(true);
      // Rule 4
      const bank = byBank.get(id);
      expect(bank !== undefined && bankServes(bank, e)).toBe(true);
      counted.set(id, (counted.get(id) ?? 0) + 1);
    }
  }
  // Rule 5: the reported load is the real one and within capacity
  for (const b of banks) {
    const load = result.banks.find((x) => x.bankId === b.id)?.load;
    expect(load).toBe(counted.get(b.id) ?? 0);
    expect(load ?? 0).toBeLessThanOrEqual(b.capacity);
  }
}

describe('Function: assignPushBatch (property)', () => {
  it('never breaks the cap, product fit, capacity, caution, declined-bank or removal/blacklist rules', () => {
    fc.assert(
      fc.property(batchArb, ({ banks, enterprises, cap }) => {
        // Act
        const result = assignPushBatch({ enterprises, banks, config: { maxBanksPerEnterprise: cap } });

        // Assess
        assertHardRules(result, enterprises, banks, cap);
        const chain = result.enterprises.map((a) => a.keyIndustryChain);
        expect(chain).toEqual([...chain].sort((x, y) => Number(y) - Number(x)));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same result for the same facts in any order', () => {
    fc.assert(
      fc.property(batchArb, ({ banks, enterprises, cap }) => {
        // Act
        const config = { maxBanksPerEnterprise: cap };
        const once = assignPushBatch({ enterprises, banks, config });
        const reversed = assignPushBatch({
          enterprises: [...enterprises].reverse(),
          banks: [...banks].reverse(),
          config,
        });

        // Assess
        expect(reversed).toEqual(once);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps every hard rule through any accepted coordinator adjustment', () => {
    // Aim the adjustments where they matter: banks the preview left out, and banks it pushed.
    const withAdjustments = batchArb.chain((batch) => {
      const preview = assignPushBatch({
        enterprises: batch.enterprises,
        banks: batch.banks,
        config: { maxBanksPerEnterprise: batch.cap },
      });
      // Left out only by the cap or by capacity: the additions that test rules 1 and 5.
      const dynamic = preview.enterprises.flatMap((e) =>
        e.excludedBanks
          .filter((d) => d.reasons.every((r) => !r.refuses || r.rule === 1 || r.rule === 5))
          .map((d) => ({ uscc: e.uscc, bankId: d.bankId, action: 'add' as const })),
      );
      const others = preview.enterprises.flatMap((e) => [
        ...e.excludedBanks.map((d) => ({ uscc: e.uscc, bankId: d.bankId, action: 'add' as const })),
        ...e.assignedBanks.map((d) => ({ uscc: e.uscc, bankId: d.bankId, action: 'remove' as const })),
      ]);
      const random = fc.record({
        uscc: fc.constantFrom(...batch.enterprises.map((e) => e.uscc)),
        bankId: fc.constantFrom(...batch.banks.map((b) => b.id)),
        action: fc.constantFrom('add' as const, 'remove' as const),
      });
      const adjustment = fc.oneof(
        ...(dynamic.length > 0 ? [{ arbitrary: fc.constantFrom(...dynamic), weight: 3 }] : []),
        ...(others.length > 0 ? [{ arbitrary: fc.constantFrom(...others), weight: 2 }] : []),
        { arbitrary: random, weight: 1 },
      );
      return fc.record({
        batch: fc.constant(batch),
        preview: fc.constant(preview),
        adjustments: fc.array(adjustment, { minLength: 1, maxLength: 4 }),
      });
    });
    fc.assert(
      fc.property(withAdjustments, ({ batch: { banks, enterprises, cap }, preview, adjustments }) => {
        // Act
        let adjusted: PushAssignmentResult;
        try {
          adjusted = applyAdjustments(preview, adjustments);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          return;
        }

        // Assess
        assertHardRules(adjusted, enterprises, banks, cap);
      }),
      { numRuns: 200 },
    );
  });
});
