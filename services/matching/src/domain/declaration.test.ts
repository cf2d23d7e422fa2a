import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { NOW, USCC } from './declaration.fixture.ts';
import {
  type DeclarationInput,
  declarationDemandKey,
  declarationInputSchema,
  newDeclaration,
} from './declaration.ts';

const catalogue = {
  bankIds: new Set(['bank-gs', 'bank-nh']),
  productNames: new Set(['税信贷', '科创贷']),
};
const actor = { clientId: 'c-1', orgId: 'ls-qingshi-tn' };

function input(overrides: Record<string, unknown> = {}): DeclarationInput {
  return declarationInputSchema.parse({
    uscc: USCC,
    demand: {
      amountFen: 200_000_000,
      termMonths: 12,
      purpose: 'working-capital',
      purposeDetail: '采购原材料',
      guaranteeType: 'mortgage',
    },
    visit: { visitedBy: '王敏', visitedOn: '2026-05-01', place: '车间' },
    ...overrides,
  });
}

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('Function: declarationDemandKey', () => {
  it('is the purpose and the guarantee type, whatever the amount or term', () => {
    // Act
    const a = declarationDemandKey({ purpose: 'working-capital', guaranteeType: 'mortgage' });
    const b = declarationDemandKey({ purpose: 'equipment', guaranteeType: 'mortgage' });

    // Assess
    expect(a).toBe('working-capital|mortgage');
    expect(b).toBe('equipment|mortgage');
  });
});

describe('Function: newDeclaration', () => {
  it('records an agency visit as DECLARED, version 1, unscreened, with its demand key', () => {
    // Act
    const d = newDeclaration({ id: 'd-1', input: input(), role: 'agency', actor, catalogue, now: NOW });

    // Assess
    expect(d).toMatchObject({
      state: 'DECLARED',
      version: 1,
      demandKey: 'working-capital|mortgage',
      source: { kind: 'agency-visit', orgId: 'ls-qingshi-tn' },
      facts: { intermediaryEntryIds: [] },
    });
    expect(d.screening).toBeUndefined();
    expect(d.demand.creditLoanWanted).toBe(false);
  });

  it('requires the visit of an agency but not of a bank referral', () => {
    // Prepare
    const noVisit = input({ visit: undefined });

    // Act
    const issues = issuesOf(() =>
      newDeclaration({ id: 'd-1', input: noVisit, role: 'agency', actor, catalogue, now: NOW }),
    );
    const referral = newDeclaration({ id: 'd-2', input: noVisit, role: 'bank', actor, catalogue, now: NOW });

    // Assess
    expect(issues).toEqual([
      { path: 'body.visit', message: 'an agency records the visit (who, when, where)' },
    ]);
    expect(referral.source.kind).toBe('bank-referral');
  });

  it('names each preferred bank or product the city does not have', () => {
    // Prepare
    const raw = input();
    raw.demand.preferredBankIds = ['bank-gs', 'bank-xx'];
    raw.demand.preferredProductNames = ['税信贷', '无此产品'];

    // Act
    const issues = issuesOf(() =>
      newDeclaration({ id: 'd-1', input: raw, role: 'coordinator', actor, catalogue, now: NOW }),
    );

    // Assess
    expect(issues.map((i) => i.path)).toEqual([
      'body.demand.preferredBankIds.1',
      'body.demand.preferredProductNames.1',
    ]);
  });
});
