import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { assignPushBatch } from './push-assignment.ts';
import { bank, CNY, enterprise, product, usccOf } from './push-batch.fixture.ts';
import type { BankDecision, PushAssignmentResult } from './push-result.ts';

function only(result: PushAssignmentResult) {
  const [first] = result.enterprises;
  if (first === undefined || result.enterprises.length !== 1)
    throw new Error('expected exactly one enterprise');
  return first;
}

function pushed(result: PushAssignmentResult, n = 0): string[] {
  return (result.enterprises[n]?.assignedBanks ?? []).map((d) => d.bankId);
}

function decision(result: PushAssignmentResult, bankId: string): BankDecision {
  const e = only(result);
  const found = [...e.assignedBanks, ...e.excludedBanks].find((d) => d.bankId === bankId);
  if (found === undefined) throw new Error(`no decision for ${bankId}`);
  return found;
}

function codes(d: BankDecision): string[] {
  return d.reasons.map((r) => r.code);
}

function loadOf(result: PushAssignmentResult, bankId: string): number | undefined {
  return result.banks.find((b) => b.bankId === bankId)?.load;
}

const fourCityBanks = [bank('bank-a'), bank('bank-b'), bank('bank-c'), bank('bank-d')];

describe('Function: assignPushBatch — rule 1, the bank cap', () => {
  it('pushes at most 3 of 4 fitting banks, ranked 1–3, and says the fourth lost on the cap', () => {
    // Act
    const result = assignPushBatch({ enterprises: [enterprise(1)], banks: fourCityBanks });

    // Assess
    expect(only(result).assignedBanks.map((d) => [d.bankId, d.rank])).toEqual([
      ['bank-a', 1],
      ['bank-b', 2],
      ['bank-c', 3],
    ]);
    expect(decision(result, 'bank-d').rank).toBeNull();
    expect(codes(decision(result, 'bank-d'))[0]).toBe('cap-reached');
    expect(decision(result, 'bank-d').reasons[0]?.rule).toBe(1);
  });

  it('holds the cap at 3 even when 4 city banks already lend to the enterprise', () => {
    // Prepare: 20 million CNY of credit, so partner-bank caution does not apply
    const e = enterprise(1, {
      totalCreditFen: 20_000_000 * CNY,
      existingBankIds: ['bank-a', 'bank-b', 'bank-c', 'bank-d'],
    });

    // Act
    const result = assignPushBatch({ enterprises: [e], banks: [...fourCityBanks, bank('bank-e')] });

    // Assess
    expect(pushed(result)).toEqual(['bank-a', 'bank-b', 'bank-c']);
    expect(codes(decision(result, 'bank-d'))).toContain('cap-reached');
    expect(codes(decision(result, 'bank-e'))).toContain('cap-reached');
    expect(only(result).flags).toEqual([]);
  });

  it('honours a cap configured to 2', () => {
    // Act
    const result = assignPushBatch({
      enterprises: [enterprise(1)],
      banks: fourCityBanks,
      config: { maxBanksPerEnterprise: 2 },
    });

    // Assess
    expect(result.maxBanksPerEnterprise).toBe(2);
    expect(pushed(result)).toEqual(['bank-a', 'bank-b']);
    expect(loadOf(result, 'bank-c')).toBe(0);
  });

  it.each([4, 0])('rejects a cap configured to %i, naming the field', (cap) => {
    // Act
    const act = () =>
      assignPushBatch({
        enterprises: [enterprise(1)],
        banks: fourCityBanks,
        config: { maxBanksPerEnterprise: cap },
      });

    // Assess
    expect(act).toThrow(ValidationError);
    try {
      act();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['config.maxBanksPerEnterprise']);
    }
  });
});

describe('Function: assignPushBatch — rule 2, existing relationships first', () => {
  it('ranks the bank already lending first', () => {
    // Act
    const result = assignPushBatch({
      enterprises: [enterprise(1, { existingBankIds: ['bank-d'] })],
      banks: fourCityBanks,
    });

    // Assess
    expect(pushed(result)).toEqual(['bank-d', 'bank-a', 'bank-b']);
    expect(codes(decision(result, 'bank-d'))).toContain('existing-lender');
  });

  it('puts an existing lender with a plain product ahead of a specialist offering the wanted credit loan', () => {
    // Prepare: bank-a is the better fit (credit loan wanted and offered, C39 speciality); bank-z already lends
    const e = enterprise(1, {
      existingBankIds: ['bank-z'],
      demand: { amountFen: 500_000 * CNY, termMonths: 12, guaranteeType: 'mortgage', creditLoanWanted: true },
    });
    const specialist = bank('bank-a', {
      industries: ['C39'],
      products: [product({ name: 'tech-credit', guaranteeTypes: [], creditLoan: true })],
    });

    // Act
    const result = assignPushBatch({
      enterprises: [e],
      banks: [specialist, bank('bank-z')],
      config: { maxBanksPerEnterprise: 1 },
    });

    // Assess
    expect(pushed(result)).toEqual(['bank-z']);
    expect(codes(decision(result, 'bank-a'))).toEqual(['cap-reached', 'product-fit']);
  });
});

describe('Function: assignPushBatch — rule 3, the enterprise wishes', () => {
  it('follows the order of wished banks after existing lenders', () => {
    // Prepare
    const e = enterprise(1, { existingBankIds: ['bank-a'], wishes: { bankIds: ['bank-d', 'bank-c'] } });

    // Act
    const result = assignPushBatch({ enterprises: [e], banks: fourCityBanks });

    // Assess
    expect(pushed(result)).toEqual(['bank-a', 'bank-d', 'bank-c']);
    expect(decision(result, 'bank-d').reasons.find((r) => r.code === 'wished-bank')?.detail).toBe(
      'preference 1 of 2',
    );
  });

  it('prefers a bank offering a wished product over a better-fitting one', () => {
    // Prepare: bank-a specialises in C3911 (better fit); bank-b offers the wished product
    const e = enterprise(1, { wishes: { productNames: ['rural-revival'] } });
    const banks = [
      bank('bank-a', { industries: ['C3911'] }),
      bank('bank-b', { products: [product({ name: 'rural-revival' })] }),
    ];

    // Act
    const result = assignPushBatch({ enterprises: [e], banks, config: { maxBanksPerEnterprise: 1 } });

    // Assess
    expect(pushed(result)).toEqual(['bank-b']);
    expect(codes(decision(result, 'bank-b'))).toContain('wished-product');
  });

  it('ignores a wished product the demand does not fit', () => {
    // Prepare: the wished product stops at 1 million CNY; the demand is 2 million
    const e = enterprise(1, { wishes: { productNames: ['small-loan'] } });
    const banks = [
      bank('bank-a'),
      bank('bank-b', { products: [product({ name: 'small-loan', maxAmountFen: 1_000_000 * CNY })] }),
    ];

    // Act
    const result = assignPushBatch({ enterprises: [e], banks });

    // Assess
    expect(pushed(result)).toEqual(['bank-a']);
    expect(codes(decision(result, 'bank-b'))).toEqual(['no-product-fit']);
  });
});

describe('Function: assignPushBatch — rule 4, product fit', () => {
  const demand = {
    amountFen: 2_000_000 * CNY,
    termMonths: 24,
    guaranteeType: 'mortgage' as const,
    creditLoanWanted: false,
  };

  it.each([
    ['amount at the product maximum', { maxAmountFen: 2_000_000 * CNY }, true],
    ['amount one fen above the maximum', { maxAmountFen: 2_000_000 * CNY - 1 }, false],
    [
      'amount one fen below the minimum',
      { minAmountFen: 2_000_000 * CNY + 1, maxAmountFen: 3_000_000 * CNY },
      false,
    ],
    ['term at the product maximum', { maxTermMonths: 24 }, true],
    ['term beyond the product maximum', { maxTermMonths: 23 }, false],
    ['guarantee type not accepted', { guaranteeTypes: ['pledge' as const] }, false],
    ['an unsecured product, whatever the security offered', { guaranteeTypes: [], creditLoan: true }, true],
  ])('%s → fits: %s', (_, overrides, fits) => {
    // Act
    const result = assignPushBatch({
      enterprises: [enterprise(1, { demand })],
      banks: [bank('bank-a', { products: [product(overrides)] })],
    });

    // Assess
    expect(pushed(result)).toEqual(fits ? ['bank-a'] : []);
    expect(only(result).flags).toEqual(fits ? [] : ['no-eligible-bank']);
  });

  it('refuses a bank outside the industry or the region, naming which', () => {
    // Prepare: enterprise C3911 in township 511702001
    const banks = [
      bank('bank-a', { industries: ['A01', 'C13'] }),
      bank('bank-b', { regions: ['511702002', '511703'] }),
      bank('bank-c', { industries: ['C'], regions: ['511702'] }),
    ];

    // Act
    const result = assignPushBatch({ enterprises: [enterprise(1)], banks });

    // Assess
    expect(pushed(result)).toEqual(['bank-c']);
    expect(codes(decision(result, 'bank-a'))).toEqual(['industry-not-served']);
    expect(codes(decision(result, 'bank-b'))).toEqual(['region-not-served']);
  });

  it('says how far the products miss the demand', () => {
    // Prepare: two products, the first too small, the second too short
    const banks = [
      bank('bank-a', {
        products: [
          product({ name: 'p1', maxAmountFen: 1_000_000 * CNY }),
          product({ name: 'p2', maxTermMonths: 6 }),
        ],
      }),
    ];

    // Act
    const result = assignPushBatch({ enterprises: [enterprise(1)], banks });

    // Assess
    expect(decision(result, 'bank-a').reasons[0]?.detail).toBe(
      'no product takes 2000000.00 CNY for 12 months with mortgage (amount fits 1/2, term 1/2, guarantee 2/2)',
    );
  });

  it('ranks the wanted credit loan, then the narrower industry speciality, then a named region', () => {
    // Prepare
    const e = enterprise(1, {
      demand: {
        amountFen: 300_000 * CNY,
        termMonths: 12,
        guaranteeType: 'guarantee',
        creditLoanWanted: true,
      },
    });
    const banks = [
      bank('bank-a'),
      bank('bank-b', { regions: ['511702001'] }),
      bank('bank-c', { industries: ['C39'] }),
      bank('bank-d', { industries: ['C3911'] }),
      bank('bank-e', { products: [product({ name: 'credit', guaranteeTypes: [], creditLoan: true })] }),
    ];

    // Act
    const result = assignPushBatch({ enterprises: [e], banks });

    // Assess
    expect(pushed(result)).toEqual(['bank-e', 'bank-d', 'bank-c']);
    expect(codes(decision(result, 'bank-b'))).toContain('cap-reached');
  });
});

describe('Function: assignPushBatch — rule 5, load and capacity', () => {
  it('spreads by share of capacity used: capacities 2 and 4 over 6 single-bank pushes', () => {
    // Prepare
    const enterprises = [1, 2, 3, 4, 5, 6].map((n) => enterprise(n));

    // Act
    const result = assignPushBatch({
      enterprises,
      banks: [bank('bank-a', { capacity: 2 }), bank('bank-b', { capacity: 4 })],
      config: { maxBanksPerEnterprise: 1 },
    });

    // Assess: 0/2=0/4 → a; 1/2>0/4 → b; 1/2>1/4 → b; 1/2=2/4 → a (id); a full → b; b
    expect(result.enterprises.map((_, i) => pushed(result, i)[0])).toEqual([
      'bank-a',
      'bank-b',
      'bank-b',
      'bank-a',
      'bank-b',
      'bank-b',
    ]);
    expect(result.banks).toEqual([
      { bankId: 'bank-a', capacity: 2, load: 2 },
      { bankId: 'bank-b', capacity: 4, load: 4 },
    ]);
  });

  it('leaves the third enterprise unassigned and flagged when the only bank holds 2', () => {
    // Act
    const result = assignPushBatch({
      enterprises: [enterprise(1), enterprise(2), enterprise(3)],
      banks: [bank('bank-a', { capacity: 2 })],
    });

    // Assess
    const third = result.enterprises[2];
    expect(third?.status).toBe('unassigned');
    expect(third?.flags).toEqual(['capacity-exhausted']);
    expect(third?.excludedBanks[0]?.reasons.map((r) => [r.rule, r.code])).toEqual([
      [4, 'product-fit'],
      [5, 'capacity-exhausted'],
    ]);
    expect(loadOf(result, 'bank-a')).toBe(2);
  });

  it('hands capacity to key-industry-chain enterprises first, whatever their USCC', () => {
    // Prepare: the chain enterprise has the larger USCC
    const enterprises = [enterprise(1), enterprise(2, { keyIndustryChain: true })];

    // Act
    const result = assignPushBatch({ enterprises, banks: [bank('bank-a', { capacity: 1 })] });

    // Assess
    expect(result.enterprises.map((e) => [e.uscc, e.status])).toEqual([
      [usccOf(2), 'assigned'],
      [usccOf(1), 'unassigned'],
    ]);
  });

  it('never pushes to a bank of capacity 0', () => {
    // Act
    const result = assignPushBatch({
      enterprises: [enterprise(1)],
      banks: [bank('bank-a', { capacity: 0 })],
    });

    // Assess
    expect(only(result).status).toBe('unassigned');
    expect(only(result).flags).toEqual(['capacity-exhausted']);
  });
});

describe('Function: assignPushBatch — rule 6, partner-bank caution', () => {
  const outside = ['other-1', 'other-2', 'other-3', 'other-4'];

  it.each([
    ['enterprise with 3 banks', false, 'enterprise', 3],
    ['enterprise with 4 banks', true, 'enterprise', 4],
    ['individual business with 2 banks', false, 'individual-business', 2],
    ['individual business with 3 banks', true, 'individual-business', 3],
    ['business owner with 3 banks', true, 'business-owner', 3],
  ] as const)('%s and 5 million CNY of credit → caution: %s', (_, caution, entityType, count) => {
    // Prepare: the existing banks are outside this batch, so only the new bank-a could be pushed
    const e = enterprise(1, {
      entityType,
      totalCreditFen: 5_000_000 * CNY,
      existingBankIds: outside.slice(0, count),
    });

    // Act
    const result = assignPushBatch({ enterprises: [e], banks: [bank('bank-a')] });

    // Assess
    expect(pushed(result)).toEqual(caution ? [] : ['bank-a']);
    expect(only(result).flags).toEqual(caution ? ['partner-bank-caution', 'no-eligible-bank'] : []);
  });

  it.each([
    ['exactly 10,000,000.00 CNY', true, 1_000_000_000],
    ['10,000,000.01 CNY', false, 1_000_000_001],
  ])('total credit %s with 4 banks → caution: %s', (_, caution, totalCreditFen) => {
    // Prepare
    const e = enterprise(1, { totalCreditFen, existingBankIds: outside });

    // Act
    const result = assignPushBatch({ enterprises: [e], banks: [bank('bank-a')] });

    // Assess
    expect(pushed(result)).toEqual(caution ? [] : ['bank-a']);
  });

  it('still pushes the existing banks of a cautioned enterprise, and no new one', () => {
    // Prepare: bank-a already lends, with 3 outside banks: 4 in all
    const e = enterprise(1, {
      totalCreditFen: 8_000_000 * CNY,
      existingBankIds: ['bank-a', ...outside.slice(0, 3)],
    });

    // Act
    const result = assignPushBatch({ enterprises: [e], banks: [bank('bank-a'), bank('bank-b')] });

    // Assess
    expect(pushed(result)).toEqual(['bank-a']);
    expect(only(result).flags).toEqual(['partner-bank-caution']);
    expect(decision(result, 'bank-b').reasons).toEqual([
      expect.objectContaining({ rule: 4, code: 'product-fit' }),
      expect.objectContaining({
        rule: 6,
        code: 'partner-bank-caution',
        refuses: true,
        detail: 'total credit 8000000.00 CNY with 4 banks (> 3): no new bank',
      }),
    ]);
  });

  it('counts a bank listed twice once', () => {
    // Prepare: 3 distinct banks, one repeated
    const e = enterprise(1, {
      totalCreditFen: 1_000 * CNY,
      existingBankIds: ['other-1', 'other-2', 'other-3', 'other-1'],
    });

    // Act
    const result = assignPushBatch({ enterprises: [e], banks: [bank('bank-a')] });

    // Assess
    expect(only(result).existingBankCount).toBe(3);
    expect(pushed(result)).toEqual(['bank-a']);
  });

  it('applies configured thresholds', () => {
    // Prepare: caution from 2 banks up, for credit up to 1 million CNY
    const e = enterprise(1, { totalCreditFen: 1_000_000 * CNY, existingBankIds: ['other-1', 'other-2'] });

    // Act
    const result = assignPushBatch({
      enterprises: [e],
      banks: [bank('bank-a')],
      config: {
        caution: { creditCeilingFen: 1_000_000 * CNY, maxExistingBanks: 1, maxExistingBanksIndividual: 1 },
      },
    });

    // Assess
    expect(pushed(result)).toEqual([]);
  });
});

describe('Function: assignPushBatch — rule 7, declined banks', () => {
  it('skips a bank that declined the same demand, even an existing lender', () => {
    // Prepare
    const e = enterprise(1, {
      existingBankIds: ['bank-a'],
      declinedBy: [{ bankId: 'bank-a', repairedAndRescreened: false }],
    });

    // Act
    const result = assignPushBatch({ enterprises: [e], banks: fourCityBanks });

    // Assess
    expect(pushed(result)).toEqual(['bank-b', 'bank-c', 'bank-d']);
    expect(codes(decision(result, 'bank-a'))).toEqual([
      'existing-lender',
      'product-fit',
      'declined-same-demand',
    ]);
  });

  it('pushes it again once the enterprise was repaired and re-screened', () => {
    // Prepare
    const e = enterprise(1, {
      existingBankIds: ['bank-a'],
      declinedBy: [{ bankId: 'bank-a', repairedAndRescreened: true }],
    });

    // Act
    const result = assignPushBatch({ enterprises: [e], banks: fourCityBanks });

    // Assess
    expect(pushed(result)).toEqual(['bank-a', 'bank-b', 'bank-c']);
    expect(codes(decision(result, 'bank-a'))).toEqual([
      'within-cap',
      'existing-lender',
      'product-fit',
      'load',
      'declined-but-repaired',
    ]);
  });
});

describe('Function: assignPushBatch — rule 8, blacklist and removal', () => {
  it.each([
    ['a confirmed blacklist hit', { blacklistHit: true }, ['blacklist-hit']],
    ['removal from the list', { removed: true }, ['removed-from-list']],
    ['both', { blacklistHit: true, removed: true }, ['blacklist-hit', 'removed-from-list']],
  ])('excludes an enterprise for %s and uses no capacity', (_, overrides, expected) => {
    // Act
    const result = assignPushBatch({
      enterprises: [enterprise(1, overrides), enterprise(2)],
      banks: [bank('bank-a', { capacity: 1 })],
    });

    // Assess
    const excluded = result.enterprises.find((e) => e.uscc === usccOf(1));
    expect(excluded?.status).toBe('excluded');
    expect(excluded?.assignedBanks).toEqual([]);
    expect(excluded?.exclusion.map((r) => [r.rule, r.code])).toEqual(expected.map((code) => [8, code]));
    expect(result.enterprises.find((e) => e.uscc === usccOf(2))?.status).toBe('assigned');
  });
});

describe('Function: assignPushBatch — determinism and input checks', () => {
  it('gives the same result whatever the order of enterprises and banks', () => {
    // Prepare
    const enterprises = [1, 2, 3, 4, 5].map((n) => enterprise(n, { keyIndustryChain: n % 2 === 0 }));
    const banks = [
      bank('bank-a', { capacity: 3 }),
      bank('bank-b', { capacity: 4 }),
      bank('bank-c', { capacity: 2 }),
    ];

    // Act
    const forward = assignPushBatch({ enterprises, banks });
    const backward = assignPushBatch({
      enterprises: [...enterprises].reverse(),
      banks: [...banks].reverse(),
    });

    // Assess
    expect(backward).toEqual(forward);
    expect(forward.banks.map((b) => b.load)).toEqual([3, 4, 2]);
  });

  it('shares and freezes a decision that is identical for two enterprises', () => {
    // Prepare: bank-x stops at 1 million CNY, so it refuses both 2-million demands the same way
    const small = bank('bank-x', { products: [product({ maxAmountFen: 1_000_000 * CNY })] });

    // Act
    const result = assignPushBatch({
      enterprises: [enterprise(1), enterprise(2)],
      banks: [bank('bank-a'), small],
    });

    // Assess
    const [first, second] = result.enterprises.map((e) => e.excludedBanks.find((d) => d.bankId === 'bank-x'));
    expect(first).toBe(second);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.reasons)).toBe(true);
  });

  it('names every bad field, including duplicates', () => {
    // Act
    const act = () =>
      assignPushBatch({
        enterprises: [enterprise(1), enterprise(1, { township: '5117' })],
        banks: [
          bank('bank-a', { products: [product({ minAmountFen: 5, maxAmountFen: 4 })] }),
          bank('bank-a'),
        ],
      });

    // Assess
    expect(act).toThrow(ValidationError);
    try {
      act();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: 'enterprises.1.township', message: 'a 9-digit township/street code' },
        { path: 'banks.0.products.0.maxAmountFen', message: 'must be at least minAmountFen' },
        { path: 'enterprises.1.uscc', message: 'enterprise listed twice' },
        { path: 'banks.1.id', message: 'bank listed twice' },
      ]);
    }
  });
});
