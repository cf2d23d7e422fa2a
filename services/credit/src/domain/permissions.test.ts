import { describe, expect, it } from 'vitest';
import { hardStopCategories } from './categories.ts';
import { canSupply, suppliableCategories, supplyOverridesSchema } from './permissions.ts';

const amr = { id: 'amr', kind: 'market-supervision' } as const;
const tax = { id: 'tax-bureau', kind: 'tax' } as const;
const court = { id: 'intermediate-court', kind: 'court' } as const;
const hrss = { id: 'hrss-bureau', kind: 'human-resources-social-security' } as const;
const environment = { id: 'ecology-bureau', kind: 'other' } as const;
const township = { id: 'xizhou-street', kind: 'township' } as const;

describe('Function: canSupply', () => {
  it('lets tax supply tax credit ratings and not market supervision', () => {
    // Act
    const byTax = canSupply(tax, 'tax-credit-rating');
    const byAmr = canSupply(amr, 'tax-credit-rating');

    // Assess
    expect(byTax).toEqual({ allowed: true, reason: 'tax agencies supply tax-credit-rating' });
    expect(byAmr.allowed).toBe(false);
    expect(byAmr.reason).toBe('market-supervision agencies do not supply tax-credit-rating (suppliers: tax)');
  });

  it('gives each kind exactly its default categories', () => {
    // Act / Assess
    expect(suppliableCategories(amr)).toEqual([
      'registration',
      'administrative-licence',
      'administrative-penalty',
      'serious-illegal-dishonest',
      'abnormal-operation',
      'collateral-registration',
      'intellectual-property',
    ]);
    expect(suppliableCategories(tax)).toEqual(['tax-credit-rating', 'tax-payment']);
    expect(suppliableCategories(court)).toEqual([
      'court-judgment',
      'dishonest-judgment-debtor',
      'debt-evasion',
    ]);
    expect(suppliableCategories(hrss)).toEqual(['social-insurance-arrears']);
    expect(suppliableCategories(township)).toEqual([]);
    expect(suppliableCategories(environment)).toEqual([]);
  });

  it("replaces an agency's defaults with the city's list for that agency id", () => {
    // Prepare
    const overrides = supplyOverridesSchema().parse({
      'ecology-bureau': ['environmental-penalty'],
      amr: ['registration'],
    });

    // Act / Assess
    expect(canSupply(environment, 'environmental-penalty', overrides)).toEqual({
      allowed: true,
      reason: 'the city configures agency ecology-bureau to supply environmental-penalty',
    });
    expect(canSupply(amr, 'administrative-penalty', overrides)).toEqual({
      allowed: false,
      reason: 'the city configures agency amr to supply only: registration',
    });
    // Another market-supervision agency keeps the kind's defaults
    expect(
      canSupply({ id: 'county-amr', kind: 'market-supervision' }, 'administrative-penalty', overrides)
        .allowed,
    ).toBe(true);
  });

  it('rejects overrides naming an unknown category', () => {
    // Act
    const result = supplyOverridesSchema().safeParse({ amr: ['tax-evasion'] });

    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['amr', 0]);
  });
});

describe('Data: hardStopCategories', () => {
  it('are the three lists that stop a grade', () => {
    // Assess
    expect(hardStopCategories).toEqual([
      'dishonest-judgment-debtor',
      'serious-illegal-dishonest',
      'abnormal-operation',
    ]);
  });
});
