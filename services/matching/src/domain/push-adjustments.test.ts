import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { applyAdjustments, type PushAdjustment } from './push-adjustments.ts';
import { assignPushBatch } from './push-assignment.ts';
import { bank, CNY, enterprise, product, usccOf } from './push-batch.fixture.ts';
import type { PushAssignmentResult } from './push-result.ts';

const first = usccOf(1);

function refusals(
  result: PushAssignmentResult,
  adjustments: PushAdjustment[],
): { path: string; message: string }[] {
  try {
    applyAdjustments(result, adjustments);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected the adjustments to be refused');
}

function pushedTo(result: PushAssignmentResult, uscc: string): [string, number | null][] {
  const e = result.enterprises.find((x) => x.uscc === uscc);
  return (e?.assignedBanks ?? []).map((d) => [d.bankId, d.rank]);
}

describe('Function: applyAdjustments', () => {
  const fourBanks = [bank('bank-a'), bank('bank-b'), bank('bank-c'), bank('bank-d', { capacity: 1 })];

  it('swaps a bank within the cap, re-ranks and moves the load', () => {
    // Prepare
    const preview = assignPushBatch({ enterprises: [enterprise(1)], banks: fourBanks });

    // Act
    const adjusted = applyAdjustments(preview, [
      { uscc: first, bankId: 'bank-a', action: 'remove', note: 'enterprise asked' },
      { uscc: first, bankId: 'bank-d', action: 'add' },
    ]);

    // Assess
    expect(pushedTo(adjusted, first)).toEqual([
      ['bank-b', 1],
      ['bank-c', 2],
      ['bank-d', 3],
    ]);
    expect(adjusted.banks.map((b) => [b.bankId, b.load])).toEqual([
      ['bank-a', 0],
      ['bank-b', 1],
      ['bank-c', 1],
      ['bank-d', 1],
    ]);
    const added = adjusted.enterprises[0]?.assignedBanks[2];
    expect(added?.reasons.map((r) => r.code)).toEqual([
      'within-cap',
      'product-fit',
      'load',
      'coordinator-added',
    ]);
    const removed = adjusted.enterprises[0]?.excludedBanks.find((d) => d.bankId === 'bank-a');
    expect(removed?.reasons.at(-1)).toEqual({
      rule: 'adjustment',
      code: 'coordinator-removed',
      refuses: true,
      detail: 'enterprise asked',
    });
  });

  it('leaves the preview untouched', () => {
    // Prepare
    const preview = assignPushBatch({ enterprises: [enterprise(1)], banks: fourBanks });
    const before = structuredClone(preview);

    // Act
    applyAdjustments(preview, [{ uscc: first, bankId: 'bank-a', action: 'remove' }]);

    // Assess
    expect(preview).toEqual(before);
  });

  it('refuses a fourth bank, naming rule 1', () => {
    // Prepare
    const preview = assignPushBatch({ enterprises: [enterprise(1)], banks: fourBanks });

    // Act
    const issues = refusals(preview, [{ uscc: first, bankId: 'bank-d', action: 'add' }]);

    // Assess
    expect(issues).toEqual([
      { path: 'adjustments.0', message: expect.stringMatching(/^refused by rule 1 /) },
    ]);
  });

  it('refuses a bank with no room left, naming rule 5', () => {
    // Prepare: bank-d (capacity 1) is taken by the second enterprise's wish
    const preview = assignPushBatch({
      enterprises: [enterprise(1), enterprise(2, { wishes: { bankIds: ['bank-d'] } })],
      banks: fourBanks,
      config: { maxBanksPerEnterprise: 2 },
    });

    // Act
    const issues = refusals(preview, [
      { uscc: first, bankId: 'bank-a', action: 'remove' },
      { uscc: first, bankId: 'bank-d', action: 'add' },
    ]);

    // Assess
    expect(pushedTo(preview, usccOf(2))[0]).toEqual(['bank-d', 1]);
    expect(issues).toEqual([
      { path: 'adjustments.1', message: expect.stringMatching(/^refused by rule 5 .*capacity-exhausted/) },
    ]);
  });

  it.each([
    [
      'rule 4, a product that does not fit',
      enterprise(1),
      [
        bank('bank-a'),
        bank('bank-x', { products: [product({ minAmountFen: 100 * CNY, maxAmountFen: 1_000 * CNY })] }),
      ],
      /rule 4 .*no-product-fit/,
    ],
    [
      'rule 6, a new bank for a cautioned enterprise',
      enterprise(1, { totalCreditFen: 1_000 * CNY, existingBankIds: ['o-1', 'o-2', 'o-3', 'o-4'] }),
      [bank('bank-a'), bank('bank-x')],
      /rule 6 .*partner-bank-caution/,
    ],
    [
      'rule 7, a bank that declined the demand',
      enterprise(1, { declinedBy: [{ bankId: 'bank-x', repairedAndRescreened: false }] }),
      [bank('bank-a'), bank('bank-x')],
      /rule 7 .*declined-same-demand/,
    ],
    [
      'rule 8, a blacklisted enterprise',
      enterprise(1, { blacklistHit: true }),
      [bank('bank-a'), bank('bank-x')],
      /rule 8 .*blacklist-hit/,
    ],
    [
      'rule 8, a removed enterprise',
      enterprise(1, { removed: true }),
      [bank('bank-a'), bank('bank-x')],
      /rule 8 .*removed-from-list/,
    ],
  ])('refuses by %s', (_, e, banks, expected) => {
    // Prepare: a cap of 2 leaves room, so only the hard rule can refuse
    const preview = assignPushBatch({ enterprises: [e], banks, config: { maxBanksPerEnterprise: 2 } });

    // Act
    const issues = refusals(preview, [{ uscc: first, bankId: 'bank-x', action: 'add' }]);

    // Assess
    expect(issues).toEqual([{ path: 'adjustments.0', message: expect.stringMatching(expected) }]);
  });

  it('lets the coordinator add a new bank to a cautioned enterprise with a recorded reason, keeping the flag', () => {
    // Prepare: 4 banks already lend and 10,000,000.00 CNY of credit: caution (seed 002 §(七)).
    const cautioned = enterprise(1, {
      totalCreditFen: 1_000_000_000,
      existingBankIds: ['o-1', 'o-2', 'o-3', 'o-4'],
    });
    const preview = assignPushBatch({ enterprises: [cautioned], banks: [bank('bank-x')] });

    // Act
    const result = applyAdjustments(preview, [
      { uscc: first, bankId: 'bank-x', action: 'add', note: '企业书面申请由该行对接' },
    ]);

    // Assess: pushed, the caution kept as a flag and told as a reason, with the coordinator's words.
    const entry = result.enterprises[0];
    expect(pushedTo(result, first)).toEqual([['bank-x', 1]]);
    expect(entry?.flags).toContain('partner-bank-caution');
    const reasons = entry?.assignedBanks[0]?.reasons ?? [];
    expect(reasons.filter((r) => r.code === 'partner-bank-caution')).toEqual([
      expect.objectContaining({
        rule: 6,
        refuses: false,
        detail: expect.stringContaining('企业书面申请由该行对接'),
      }),
    ]);
    expect(reasons.at(-1)).toMatchObject({ code: 'coordinator-added', detail: '企业书面申请由该行对接' });
    // The preview itself is untouched (results share decisions).
    expect(pushedTo(preview, first)).toEqual([]);
  });

  it('lets the coordinator override the preference for an existing lender', () => {
    // Prepare: bank-b already lends and ranks first
    const preview = assignPushBatch({
      enterprises: [enterprise(1, { existingBankIds: ['bank-b'] })],
      banks: [bank('bank-a'), bank('bank-b')],
      config: { maxBanksPerEnterprise: 1 },
    });

    // Act
    const adjusted = applyAdjustments(preview, [
      { uscc: first, bankId: 'bank-b', action: 'remove' },
      { uscc: first, bankId: 'bank-a', action: 'add' },
    ]);

    // Assess
    expect(pushedTo(preview, first)).toEqual([['bank-b', 1]]);
    expect(pushedTo(adjusted, first)).toEqual([['bank-a', 1]]);
  });

  it('marks an enterprise with every bank removed as unassigned', () => {
    // Prepare
    const preview = assignPushBatch({ enterprises: [enterprise(1)], banks: [bank('bank-a')] });

    // Act
    const adjusted = applyAdjustments(preview, [{ uscc: first, bankId: 'bank-a', action: 'remove' }]);

    // Assess
    expect(adjusted.enterprises[0]?.status).toBe('unassigned');
    expect(adjusted.banks[0]?.load).toBe(0);
  });

  it('refuses all when one is refused, reporting each refused adjustment and unknown ids', () => {
    // Prepare
    const preview = assignPushBatch({ enterprises: [enterprise(1)], banks: fourBanks });

    // Act
    const issues = refusals(preview, [
      { uscc: first, bankId: 'bank-a', action: 'remove' },
      { uscc: first, bankId: 'bank-a', action: 'remove' },
      { uscc: usccOf(9), bankId: 'bank-a', action: 'add' },
      { uscc: first, bankId: 'bank-zz', action: 'add' },
      { uscc: first, bankId: 'bank-b', action: 'add' },
    ]);

    // Assess
    expect(issues).toEqual([
      { path: 'adjustments.1', message: 'bank-a is not pushed this enterprise' },
      { path: 'adjustments.2.uscc', message: 'enterprise is not in this batch' },
      { path: 'adjustments.3.bankId', message: 'bank is not in this batch' },
      { path: 'adjustments.4', message: 'bank-b is already pushed' },
    ]);
  });

  it('rejects a malformed adjustment by field', () => {
    // Prepare
    const preview = assignPushBatch({ enterprises: [enterprise(1)], banks: fourBanks });

    // Act
    const issues = refusals(preview, [{ uscc: first, bankId: 'bank-a', action: 'swap' as 'add' }]);

    // Assess
    expect(issues.map((i) => i.path)).toEqual(['adjustments.0.action']);
  });
});
