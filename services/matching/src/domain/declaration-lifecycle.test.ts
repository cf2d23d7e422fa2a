import { ConflictError, ForbiddenError, ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { declared, facts, NOW, registryFacts } from './declaration.fixture.ts';
import type { Declaration, Review } from './declaration.ts';
import {
  checkReviewer,
  currentAttestations,
  recordReview,
  remove,
  rescreen,
  type ScreeningPolicy,
  signOff,
} from './declaration-lifecycle.ts';

/** 经行业主管部门确认: the economy bureau confirms every industry in these tests. */
const policy: ScreeningPolicy = {
  failingGrades: ['D'],
  competentDepartments: [{ agencies: ['ls-econ'], industries: [] }],
};
const econ = { id: 'ls-econ', kind: 'industry-department', townships: [] };
const later = '2026-05-02T02:00:00.000Z';
const reviewers = {
  'fixed-premises': ['township'],
  'genuine-need': ['township', 'industry-department'],
  'good-credit': ['tax'],
  'lawful-purpose': ['township'],
} as const;
const township = { id: 'ls-qingshi-tn', kind: 'township', townships: ['999101002'] };
const coordinator = { clientId: 'c-9', orgId: 'ls-office' };

function opinion(
  criterion: Review['criterion'],
  outcome: Review['outcome'],
  agencyId = 'ls-qingshi-tn',
): Review {
  return {
    id: `${agencyId}/${criterion}/${outcome}`,
    agencyId,
    agencyKind: 'township',
    criterion,
    outcome,
    at: NOW,
    clientId: 'c-2',
  };
}

const screened = () => rescreen(declared(), facts(), policy, NOW).declaration;
const attested = (): Declaration =>
  recordReview(
    screened(),
    { agency: township, reviewers },
    [opinion('genuine-need', 'confirmed'), opinion('lawful-purpose', 'confirmed')],
    policy,
    NOW,
  ).declaration;
const confirmedByEcon = (d: Declaration) =>
  recordReview(
    d,
    { agency: econ, reviewers },
    [opinion('genuine-need', 'confirmed', 'ls-econ')],
    policy,
    later,
  );
const reviewed = (): Declaration => confirmedByEcon(attested()).declaration;

describe('Function: rescreen', () => {
  it('leaves a declaration DECLARED and unscreened while the registry has not described the enterprise', () => {
    // Act
    const step = rescreen(declared(), facts({ registry: undefined }), policy, NOW);

    // Assess
    expect(step.declaration.state).toBe('DECLARED');
    expect(step.declaration.screening).toBeUndefined();
    expect(step.action).toBe('declaration.facts-updated');
    expect(step.declaration.version).toBe(2);
  });

  it('screens a DECLARED declaration once the registry is known: SCREENED, need and purpose awaiting attestation', () => {
    // Act
    const step = rescreen(declared(), facts(), policy, NOW);

    // Assess
    expect(step.events).toEqual(['screen']);
    expect(step.declaration.state).toBe('SCREENED');
    expect(step.declaration.screening?.outcome).toBe('needs-attestation');
    expect(step.declaration.screening?.criteria.map((c) => c.outcome)).toEqual([
      'pass',
      'pass',
      'needs-attestation',
      'pass',
      'needs-attestation',
    ]);
  });

  it('changes nothing when the same facts arrive again (a redelivered event writes nothing)', () => {
    // Prepare
    const once = screened();

    // Act
    const again = rescreen(once, facts(), policy, later);

    // Assess
    expect(again.action).toBeUndefined();
    expect(again.declaration).toBe(once);
  });

  it('fails good credit naming the court record when a hard stop arrives after the review', () => {
    // Prepare
    const d = reviewed();
    const flagged = facts({
      credit: {
        recordId: 'credit-profile:x:v2',
        profileVersion: 2,
        grade: 'D',
        hardStop: true,
        flags: [{ kind: 'dishonest-judgment-debtor', recordId: 'ls-court/ZX-1' }],
      },
    });

    // Act
    const step = rescreen(d, flagged, policy, later);

    // Assess: no way back in the machine; the stored screening says why sign-off will be refused.
    expect(step.declaration.state).toBe('REVIEWED');
    expect(step.declaration.screening?.outcome).toBe('fail');
    expect(step.declaration.screening?.criteria[3]).toMatchObject({
      outcome: 'fail',
      records: ['ls-court/ZX-1'],
    });
    expect(step.declaration.version).toBe(d.version + 1);
  });

  it('records the intermediary hit on the declaration', () => {
    // Act
    const step = rescreen(screened(), facts({ intermediaryEntryIds: ['bl-1'] }), policy, later);

    // Assess
    expect(step.declaration.facts.intermediaryEntryIds).toEqual(['bl-1']);
    expect(step.action).toBe('declaration.screened');
  });

  it('leaves a closed declaration alone', () => {
    // Prepare
    const closed = declared({ state: 'REMOVED' });

    // Act
    const step = rescreen(closed, facts(), policy, later);

    // Assess
    expect(step.action).toBeUndefined();
    expect(step.declaration.state).toBe('REMOVED');
  });
});

describe('Function: recordReview', () => {
  it('moves to REVIEWED when the department confirms need and purpose and the data pass the rest', () => {
    // Act
    const d = reviewed();

    // Assess
    expect(d.state).toBe('REVIEWED');
    expect(d.screening?.outcome).toBe('pass');
    expect(d.confirmedBy).toBe('ls-econ');
    expect(d.reviews).toHaveLength(3);
  });

  it("leaves a township's attestations alone in review: all five pass, but no competent department confirmed", () => {
    // Act
    const d = attested();

    // Assess
    expect(d.screening?.outcome).toBe('pass');
    expect(d.state).toBe('SCREENED');
    expect(d.confirmedBy).toBeUndefined();
  });

  it('takes a confirmation only from the department competent for the industry, and not a refuting one', () => {
    // Prepare: the economy bureau is competent for agriculture (A) only; the enterprise is C3420.
    const agricultureOnly = {
      ...policy,
      competentDepartments: [{ agencies: ['ls-econ'], industries: ['A'] }],
    };
    const manufacturing = {
      ...policy,
      competentDepartments: [{ agencies: ['ls-econ'], industries: ['C34'] }],
    };
    const review = (p: typeof policy, outcome: Review['outcome']) =>
      recordReview(
        attested(),
        { agency: econ, reviewers },
        [opinion('genuine-need', outcome, 'ls-econ')],
        p,
        later,
      ).declaration;

    // Assess
    expect(review(agricultureOnly, 'confirmed').state).toBe('SCREENED');
    expect(review(manufacturing, 'confirmed')).toMatchObject({ state: 'REVIEWED', confirmedBy: 'ls-econ' });
    expect(review(manufacturing, 'refuted').state).toBe('SCREENED');
  });

  it('stays SCREENED with a fail when the department refutes the purpose', () => {
    // Act
    const step = recordReview(
      screened(),
      { agency: township, reviewers },
      [opinion('genuine-need', 'confirmed'), opinion('lawful-purpose', 'refuted')],
      policy,
      NOW,
    );

    // Assess
    expect(step.declaration.state).toBe('SCREENED');
    expect(step.declaration.screening?.criteria[4]).toMatchObject({
      outcome: 'fail',
      records: ['ls-qingshi-tn/lawful-purpose/refuted'],
    });
  });

  it("lets a department's later opinion on a criterion replace its earlier one", () => {
    // Prepare
    const refused = recordReview(
      screened(),
      { agency: township, reviewers },
      [opinion('genuine-need', 'refuted'), opinion('lawful-purpose', 'confirmed')],
      policy,
      NOW,
    ).declaration;

    // Act
    const step = recordReview(
      confirmedByEcon(refused).declaration,
      { agency: township, reviewers },
      [opinion('genuine-need', 'confirmed')],
      policy,
      later,
    );

    // Assess
    expect(step.declaration.state).toBe('REVIEWED');
    expect(step.declaration.reviews).toHaveLength(4);
  });

  it('refuses a review before screening (ConflictError), whoever sends it', () => {
    // Act
    const act = () =>
      recordReview(
        declared(),
        { agency: { ...township, kind: 'court' }, reviewers },
        [opinion('genuine-need', 'confirmed')],
        policy,
        NOW,
      );

    // Assess
    expect(act).toThrow(ConflictError);
    expect(act).toThrow('Declaration in state DECLARED cannot take event "review"');
  });
});

describe('Function: checkReviewer', () => {
  it('refuses a department not configured for the criterion, naming it', () => {
    // Act
    const act = () =>
      checkReviewer({
        agency: { id: 'ls-court', kind: 'court', townships: [] },
        criteria: ['genuine-need', 'lawful-purpose'],
        reviewers,
        declaration: screened(),
      });

    // Assess
    expect(act).toThrow(ForbiddenError);
    expect(act).toThrow('A court agency does not review genuine-need, lawful-purpose in this city');
  });

  it('refuses a township speaking for an enterprise of another township', () => {
    // Prepare
    const elsewhere = rescreen(
      declared(),
      facts({ registry: registryFacts({ township: '999101001' }) }),
      policy,
      NOW,
    ).declaration;

    // Act
    const act = () =>
      checkReviewer({ agency: township, criteria: ['genuine-need'], reviewers, declaration: elsewhere });

    // Assess
    expect(act).toThrow('ls-qingshi-tn does not speak for township 999101001');
  });
});

describe('Function: currentAttestations', () => {
  it('keeps the latest opinion per department and criterion', () => {
    // Act
    const attestations = currentAttestations([
      opinion('genuine-need', 'refuted'),
      opinion('genuine-need', 'confirmed', 'ls-econ'),
      { ...opinion('genuine-need', 'confirmed'), id: 'second' },
    ]);

    // Assess
    expect(attestations.map((a) => [a.by, a.id, a.outcome])).toEqual([
      ['ls-qingshi-tn', 'second', 'confirmed'],
      ['ls-econ', 'ls-econ/genuine-need/confirmed', 'confirmed'],
    ]);
  });
});

describe('Function: signOff', () => {
  it('moves a REVIEWED declaration to RECOMMENDED and records who signed', () => {
    // Act
    const step = signOff(reviewed(), coordinator, later, '联席会议通过');

    // Assess
    expect(step.declaration.state).toBe('RECOMMENDED');
    expect(step.declaration.signOff).toEqual({ ...coordinator, at: later, note: '联席会议通过' });
    expect(step.action).toBe('declaration.signed-off');
  });

  it('refuses a REVIEWED declaration whose screening fails since, naming the record', () => {
    // Prepare
    const flagged = rescreen(
      reviewed(),
      facts({
        credit: {
          recordId: 'cp:v2',
          profileVersion: 2,
          grade: 'D',
          hardStop: true,
          flags: [{ kind: 'serious-illegal-dishonest', recordId: 'ls-market/YZ-7' }],
        },
      }),
      policy,
      later,
    ).declaration;

    // Act
    const act = () => signOff(flagged, coordinator, later);

    // Assess
    expect(act).toThrow(ConflictError);
    expect(act).toThrow('good-credit fail: credit hard stop: serious-illegal-dishonest (ls-market/YZ-7)');
  });

  it('refuses to skip review', () => {
    expect(() => signOff(screened(), coordinator, later)).toThrow('cannot take event "sign-off"');
  });
});

describe('Function: remove', () => {
  it('removes an open declaration with its reason, for good', () => {
    // Act
    const step = remove(reviewed(), coordinator, 'false-materials', '虚假合同', later);

    // Assess
    expect(step.declaration).toMatchObject({
      state: 'REMOVED',
      removal: { reason: 'false-materials', detail: '虚假合同' },
    });
    expect(() => remove(step.declaration, coordinator, 'loan-misuse', 'again', later)).toThrow(
      'the item is closed',
    );
  });

  it('needs a detail', () => {
    expect(() => remove(reviewed(), coordinator, 'loan-misuse', ' ', later)).toThrow(ValidationError);
  });
});
