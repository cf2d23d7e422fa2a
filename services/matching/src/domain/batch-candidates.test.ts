import { describe, expect, it } from 'vitest';
import { selectBatchCandidates, toPushEnterprise } from './batch-candidates.ts';
import { declared, facts, NOW, registryFacts } from './declaration.fixture.ts';
import type { Declaration } from './declaration.ts';
import { rescreen } from './declaration-lifecycle.ts';
import { assignPushBatch } from './push-assignment.ts';
import { bank } from './push-batch.fixture.ts';

/** A RECOMMENDED declaration with a passing screening (need and purpose attested). */
function recommended(id: string, uscc: string, overrides: Partial<Declaration> = {}): Declaration {
  const base = declared({
    id,
    uscc,
    reviews: [
      {
        id: `${id}-n`,
        agencyId: 'tn',
        agencyKind: 'township',
        criterion: 'genuine-need',
        outcome: 'confirmed',
        at: NOW,
        clientId: 'c',
      },
      {
        id: `${id}-p`,
        agencyId: 'tn',
        agencyKind: 'township',
        criterion: 'lawful-purpose',
        outcome: 'confirmed',
        at: NOW,
        clientId: 'c',
      },
    ],
  });
  const screened = rescreen(
    base,
    facts(),
    { failingGrades: ['D'], competentDepartments: [] },
    NOW,
  ).declaration;
  return { ...screened, state: 'RECOMMENDED', ...overrides };
}

describe('Function: selectBatchCandidates', () => {
  it('takes RECOMMENDED declarations and skips other states, saying why', () => {
    // Prepare
    const ok = recommended('d-1', 'U1');
    const pushed = recommended('d-2', 'U2', { state: 'PUSHED' });

    // Act
    const selected = selectBatchCandidates([ok, pushed]);

    // Assess
    expect(selected.enterprises.map((e) => e.uscc)).toEqual(['U1']);
    expect(selected.skipped).toEqual([
      { declarationId: 'd-2', uscc: 'U2', reason: 'state PUSHED: only RECOMMENDED declarations are pushed' },
    ]);
  });

  it('skips a recommendation whose screening fails since, naming the record', () => {
    // Prepare
    const failing = rescreen(
      recommended('d-3', 'U3'),
      facts({
        credit: {
          recordId: 'cp:v2',
          profileVersion: 2,
          grade: 'D',
          hardStop: true,
          flags: [{ kind: 'dishonest-judgment-debtor', recordId: 'ls-court/ZX-3' }],
        },
      }),
      { failingGrades: ['D'], competentDepartments: [] },
      NOW,
    ).declaration;

    // Act
    const selected = selectBatchCandidates([failing]);

    // Assess
    expect(selected.enterprises).toEqual([]);
    expect(selected.skipped[0]?.reason).toContain('(ls-court/ZX-3)');
  });

  it('pushes one demand per enterprise per batch: the earliest declaration', () => {
    // Prepare
    const later = recommended('d-5', 'U5', { createdAt: '2026-05-03T00:00:00.000Z' });
    const earlier = recommended('d-6', 'U5', { createdAt: '2026-05-02T00:00:00.000Z' });

    // Act
    const selected = selectBatchCandidates([later, earlier]);

    // Assess
    expect(selected.declarationOf.get('U5')?.id).toBe('d-6');
    expect(selected.skipped).toEqual([
      {
        declarationId: 'd-5',
        uscc: 'U5',
        reason: 'the enterprise is in this batch with declaration d-6; one demand per batch',
      },
    ]);
  });

  it('passes a removed declaration and an intermediary hit on, so rule 8 excludes them with its reasons', () => {
    // Prepare
    const removed = recommended('d-7', '915117000000000007', { state: 'REMOVED' });
    const hit = recommended('d-8', '915117000000000008');
    hit.facts = { ...hit.facts, intermediaryEntryIds: ['bl-9'] };

    // Act
    const selected = selectBatchCandidates([removed, hit]);
    const result = assignPushBatch({ enterprises: selected.enterprises, banks: [bank('bank-a')] });

    // Assess
    expect(result.enterprises.map((e) => [e.uscc, e.status, e.exclusion.map((r) => r.code)])).toEqual([
      ['915117000000000007', 'excluded', ['removed-from-list']],
      ['915117000000000008', 'excluded', ['blacklist-hit']],
    ]);
  });
});

describe('Function: toPushEnterprise', () => {
  it('maps lending banks to existing relationships, preferences to wishes and unknown credit to 0', () => {
    // Prepare
    const d = recommended('d-9', 'U9');
    d.facts = {
      ...d.facts,
      registry: registryFacts({
        lendingBankIds: ['bank-nh'],
        entityType: 'individual-business',
        keyIndustryChain: true,
      }),
    };
    d.demand = { ...d.demand, preferredBankIds: ['bank-city'], preferredProductNames: ['税信贷'] };

    // Act
    const e = toPushEnterprise(d);

    // Assess
    expect(e).toMatchObject({
      entityType: 'individual-business',
      keyIndustryChain: true,
      existingBankIds: ['bank-nh'],
      totalCreditFen: 0,
      wishes: { bankIds: ['bank-city'], productNames: ['税信贷'] },
      demand: { amountFen: 200_000_000, termMonths: 12, guaranteeType: 'mortgage', creditLoanWanted: false },
      blacklistHit: false,
      removed: false,
    });
  });

  it('treats an entity type matching does not know as an enterprise', () => {
    // Prepare
    const d = recommended('d-10', 'U10');
    d.facts = { ...d.facts, registry: registryFacts({ entityType: 'branch-office' }) };

    // Act / Assess
    expect(toPushEnterprise(d).entityType).toBe('enterprise');
  });
});
