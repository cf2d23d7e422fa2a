import { ConflictError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { declared, facts, NOW } from './declaration.fixture.ts';
import type { Declaration } from './declaration.ts';
import {
  applyBankDecision,
  assignRepair,
  type BankOutcome,
  completeRepair,
  rescreen,
} from './declaration-lifecycle.ts';

const policy = { failingGrades: ['D'], competentDepartments: [{ agencies: ['ls-econ'], industries: [] }] };
const later = '2026-06-01T02:00:00.000Z';
const office = { clientId: 'c-9', orgId: 'ls-office' };
const batchId = 'pb-20260520-0000aaaa';

/** Pushed to two banks in one batch, all five criteria passed (the township attested the rest). */
function pushed(): Declaration {
  const screened = rescreen(declared(), facts(), policy, NOW).declaration;
  return {
    ...screened,
    state: 'PUSHED',
    reviews: [
      {
        id: 'r1',
        agencyId: 'ls-qingshi-tn',
        agencyKind: 'township',
        criterion: 'genuine-need',
        outcome: 'confirmed',
        at: NOW,
        clientId: 'c',
      },
      {
        id: 'r3',
        agencyId: 'ls-econ',
        agencyKind: 'industry-department',
        criterion: 'genuine-need',
        outcome: 'confirmed',
        at: NOW,
        clientId: 'c',
      },
      {
        id: 'r2',
        agencyId: 'ls-qingshi-tn',
        agencyKind: 'township',
        criterion: 'lawful-purpose',
        outcome: 'confirmed',
        at: NOW,
        clientId: 'c',
      },
    ],
    push: {
      batchId,
      at: NOW,
      banks: [
        { bankId: 'bank-gs', pushId: 'p-gs', rank: 1 },
        { bankId: 'bank-nh', pushId: 'p-nh', rank: 2 },
      ],
    },
  };
}

const rejection = (bankId: string, pushId: string): BankOutcome => ({
  kind: 'rejected',
  bankId,
  pushId,
  batchId,
  on: '2026-05-25',
  reasonCodes: ['insufficient-cash-flow'],
  reasonText: '经营性现金流不足以覆盖还款',
  repairSuggestions: ['补充近六个月银行流水'],
});

describe('Function: applyBankDecision', () => {
  it('credits the declaration on the first approval', () => {
    const step = applyBankDecision(
      pushed(),
      { kind: 'approved', bankId: 'bank-nh', pushId: 'p-nh', batchId, on: '2026-05-25' },
      later,
    );
    expect(step.declaration.state).toBe('CREDITED');
    expect(step.action).toBe('declaration.credited');
  });

  it('keeps the declaration PUSHED while another bank may still lend, and REJECTED once all have declined', () => {
    // Act
    const one = applyBankDecision(pushed(), rejection('bank-gs', 'p-gs'), later);
    const both = applyBankDecision(one.declaration, rejection('bank-nh', 'p-nh'), later);

    // Assess
    expect(one.declaration.state).toBe('PUSHED');
    expect(one.declaration.declinedBy).toEqual([{ bankId: 'bank-gs', repairedAndRescreened: false }]);
    expect(both.declaration.state).toBe('REJECTED');
    expect(both.declaration.rejections?.map((r) => r.reasonCodes)).toEqual([
      ['insufficient-cash-flow'],
      ['insufficient-cash-flow'],
    ]);
    expect(both.events).toEqual(['reject']);
  });

  it('ignores a repeated rejection and a decision on another batch', () => {
    const once = applyBankDecision(pushed(), rejection('bank-gs', 'p-gs'), later).declaration;
    expect(applyBankDecision(once, rejection('bank-gs', 'p-gs'), later).action).toBeUndefined();
    expect(
      applyBankDecision(pushed(), { ...rejection('bank-gs', 'p-gs'), batchId: 'pb-20250101-0000bbbb' }, later)
        .action,
    ).toBeUndefined();
  });
});

describe('Functions: assignRepair / completeRepair', () => {
  const rejected = () =>
    applyBankDecision(
      applyBankDecision(pushed(), rejection('bank-gs', 'p-gs'), later).declaration,
      rejection('bank-nh', 'p-nh'),
      later,
    ).declaration;

  it('sends a rejected declaration to the township, then re-screens it back to REVIEWED with the banks marked repaired', () => {
    // Act
    const repairing = assignRepair(
      rejected(),
      office,
      'ls-qingshi-tn',
      '补齐流水并辅导编制现金流预测',
      later,
    ).declaration;
    const repaired = completeRepair(repairing, office, '已补充流水', policy, later);

    // Assess
    expect(repairing.state).toBe('REPAIRING');
    expect(repaired.events).toEqual(['rescreen', 'review']);
    expect(repaired.declaration.state).toBe('REVIEWED');
    expect(repaired.declaration.declinedBy.every((d) => d.repairedAndRescreened)).toBe(true);
    expect(repaired.declaration.repair).toMatchObject({
      agencyId: 'ls-qingshi-tn',
      completedBy: 'ls-office',
    });
  });

  it('refuses coaching before a rejection and completion before coaching', () => {
    expect(() => assignRepair(pushed(), office, 'ls-qingshi-tn', 'x', later)).toThrow(ConflictError);
    expect(() => completeRepair(rejected(), office, 'x', policy, later)).toThrow(ConflictError);
  });

  it('does not leave REPAIRING because a registry event re-screens it', () => {
    const repairing = assignRepair(rejected(), office, 'ls-qingshi-tn', 'x', later).declaration;
    expect(rescreen(repairing, facts({ intermediaryEntryIds: [] }), policy, later).declaration.state).toBe(
      'REPAIRING',
    );
  });
});
