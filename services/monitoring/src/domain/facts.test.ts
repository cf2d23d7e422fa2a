import { describe, expect, it } from 'vitest';
import { approval, deadline, declarationChanged, feedback, pushed, wan } from './events.fixture.ts';
import {
  deadlineFacts,
  declarationFacts,
  type EnterpriseDimensions,
  feedbackFacts,
  pushFacts,
} from './facts.ts';

const dims: EnterpriseDimensions = { township: '999101002', industry: 'C', noLoanHousehold: true };

describe('Function: declarationFacts', () => {
  it('counts the first version as declared, whatever state screening left it in', () => {
    // Act
    const facts = declarationFacts(
      declarationChanged('d-1', 'E1', 1, 'SCREENED', '2026-03-02T02:00:00.000Z'),
      dims,
    );

    // Assess
    expect(facts).toEqual([
      {
        eventId: 'declaration:d-1:v1',
        kind: 'declared',
        on: '2026-03-02',
        uscc: 'E1',
        subject: 'd-1',
        township: '999101002',
        industry: 'C',
      },
    ]);
  });

  it('counts a move into RECOMMENDED as recommended, and no other move', () => {
    // Act
    const signOff = declarationFacts(
      declarationChanged('d-1', 'E1', 3, 'RECOMMENDED', '2026-03-05T02:00:00.000Z', 'REVIEWED'),
      dims,
    );
    const push = declarationFacts(
      declarationChanged('d-1', 'E1', 4, 'PUSHED', '2026-03-06T02:00:00.000Z', 'RECOMMENDED'),
      dims,
    );
    const review = declarationFacts(
      declarationChanged('d-1', 'E1', 2, 'REVIEWED', '2026-03-04T02:00:00.000Z', 'SCREENED'),
      dims,
    );

    // Assess
    expect(signOff.map((f) => [f.kind, f.eventId])).toEqual([['recommended', 'declaration:d-1:v3']]);
    expect(push).toEqual([]);
    expect(review).toEqual([]);
  });

  it('dates a fact by the Shanghai calendar: 16:00 UTC is the next business day', () => {
    // Act
    const before = declarationFacts(
      declarationChanged('d-2', 'E2', 1, 'SCREENED', '2026-03-31T15:59:59.000Z'),
      dims,
    );
    const after = declarationFacts(
      declarationChanged('d-3', 'E3', 1, 'SCREENED', '2026-03-31T16:00:00.000Z'),
      dims,
    );

    // Assess
    expect(before[0]?.on).toBe('2026-03-31');
    expect(after[0]?.on).toBe('2026-04-01');
  });
});

describe('Function: pushFacts', () => {
  it('counts the push for its bank on its business date', () => {
    // Act
    const [fact] = pushFacts(pushed('p1', 'E1', 'bank-gs', '2026-03-05T17:30:00.000Z'), dims);

    // Assess
    expect(fact).toMatchObject({ kind: 'pushed', on: '2026-03-06', subject: 'p1', bankId: 'bank-gs' });
  });
});

describe('Function: feedbackFacts', () => {
  it('records an approval with amount, rate, credit-loan flag and the no-loan tag it had', () => {
    // Act
    const [fact] = feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', {
        seq: 3,
        stage: 'approved',
        on: '2026-03-09',
        approved: approval(wan(200), '3.45', true),
      }),
      dims,
    );

    // Assess
    expect(fact).toMatchObject({
      eventId: 'bank-feedback:p1:3',
      kind: 'approved',
      on: '2026-03-09',
      seq: 3,
      amountFen: 200_000_000,
      annualRatePercent: '3.45',
      creditLoan: true,
      noLoanHousehold: true,
    });
  });

  it('ignores materials-complete and a stage without its details', () => {
    // Act
    const materials = feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', { seq: 2, stage: 'materials-complete', on: '2026-03-08' }),
      dims,
    );
    const bareApproval = feedbackFacts(
      feedback('p1', 'E1', 'bank-gs', { seq: 3, stage: 'approved', on: '2026-03-09' }),
      dims,
    );

    // Assess
    expect(materials).toEqual([]);
    expect(bareApproval).toEqual([]);
  });
});

describe('Function: deadlineFacts', () => {
  it('counts a breach on the first day past due, not when the sweep noticed it', () => {
    // Prepare: due 31 March, announced late on 3 April
    const event = {
      ...deadline('p2', 'E1', 'bank-nh', '2026-03-31', 'breached'),
      occurredAt: '2026-04-03T01:00:00.000Z',
    };

    // Act
    const facts = deadlineFacts(event, dims);

    // Assess
    expect(facts.map((f) => [f.kind, f.on, f.bankId])).toEqual([
      ['deadline-breached', '2026-04-01', 'bank-nh'],
    ]);
  });

  it('counts nothing for a reminder', () => {
    expect(deadlineFacts(deadline('p2', 'E1', 'bank-nh', '2026-03-31', 'nearing'), dims)).toEqual([]);
  });
});
