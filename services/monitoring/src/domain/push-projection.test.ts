import { describe, expect, it } from 'vitest';
import { approval, deadline, feedback, pushed, wan } from './events.fixture.ts';
import {
  applyDeadline,
  applyFeedback,
  applyPushed,
  type PushProjection,
  shouldBeLent,
  shouldBeLentEntry,
} from './push-projection.ts';

const pushedP1 = (): PushProjection => {
  const p = applyPushed(undefined, pushed('p1', 'E1', 'bank-gs', '2026-03-06T01:00:00.000Z'), '999101002');
  if (!p) throw new Error('fixture');
  return p;
};

const step = (p: PushProjection | undefined, s: Parameters<typeof feedback>[3]) =>
  applyFeedback(p, feedback('p1', 'E1', 'bank-gs', s)) ?? p;

describe('Function: shouldBeLent', () => {
  it('lists a push without a decision, also after contact and complete materials', () => {
    // Act
    const contacted = step(pushedP1(), { seq: 1, stage: 'contacted', on: '2026-03-07' });
    const materials = step(contacted, { seq: 2, stage: 'materials-complete', on: '2026-03-09' });

    // Assess
    expect([pushedP1(), contacted, materials].map((p) => p && shouldBeLent(p))).toEqual([true, true, true]);
  });

  it('drops a push once approved or rejected with reasons', () => {
    // Act
    const approved = step(pushedP1(), {
      seq: 1,
      stage: 'approved',
      on: '2026-03-09',
      approved: approval(wan(50), '3.6', false),
    });
    const rejected = step(pushedP1(), {
      seq: 1,
      stage: 'rejected',
      on: '2026-03-09',
      rejected: { reasonCodes: ['high-leverage'], reasonText: '负债率高', repairSuggestions: [] },
    });

    // Assess
    expect(approved && shouldBeLent(approved)).toBe(false);
    expect(rejected && shouldBeLent(rejected)).toBe(false);
  });

  it('keeps a rejection without a reason code on the list', () => {
    // Prepare: a rejection whose only code is blank (the feedback API refuses this; old data may not)
    const rejected = step(pushedP1(), {
      seq: 1,
      stage: 'rejected',
      on: '2026-03-09',
      rejected: { reasonCodes: [' '], reasonText: '未说明', repairSuggestions: [] },
    });

    // Act
    const entry = rejected && shouldBeLentEntry({ ...rejected, pushedOn: '2026-03-06' }, '2026-03-20');

    // Assess
    expect(rejected && shouldBeLent(rejected)).toBe(true);
    expect(entry).toMatchObject({ latestStage: 'rejected', rejectedWithoutReason: true, daysSincePush: 14 });
  });

  it('waits for the push itself when a bank step arrives first', () => {
    // Act
    const early = applyFeedback(
      undefined,
      feedback('p1', 'E1', 'bank-gs', { seq: 1, stage: 'contacted', on: '2026-03-07' }),
    );
    const thenPushed =
      early && applyPushed(early, pushed('p1', 'E1', 'bank-gs', '2026-03-06T01:00:00.000Z'), undefined);

    // Assess
    expect(early && shouldBeLent(early)).toBe(false);
    expect(thenPushed && shouldBeLent(thenPushed)).toBe(true);
    expect(thenPushed?.steps.map((s) => s.stage)).toEqual(['contacted']);
  });
});

describe('Function: applyFeedback', () => {
  it('ignores a redelivered step', () => {
    // Prepare
    const once = step(pushedP1(), { seq: 1, stage: 'contacted', on: '2026-03-07' });

    // Act
    const again =
      once &&
      applyFeedback(once, feedback('p1', 'E1', 'bank-gs', { seq: 1, stage: 'contacted', on: '2026-03-07' }));

    // Assess
    expect(again).toBeUndefined();
  });
});

describe('Function: applyDeadline', () => {
  it('never downgrades a breach to a reminder', () => {
    // Prepare
    const breached = applyDeadline(pushedP1(), deadline('p1', 'E1', 'bank-gs', '2026-04-05', 'breached'));

    // Act
    const late =
      breached && applyDeadline(breached, deadline('p1', 'E1', 'bank-gs', '2026-04-05', 'nearing'));

    // Assess
    expect(breached?.deadline?.status).toBe('breached');
    expect(late).toBeUndefined();
  });
});

describe('Function: shouldBeLentEntry', () => {
  it('counts calendar days since the push', () => {
    // Act
    const entry = shouldBeLentEntry({ ...pushedP1(), pushedOn: '2026-03-06' }, '2026-04-05');

    // Assess: 25 days left in March after the 6th, plus 5 in April
    expect(entry).toEqual({
      pushId: 'p1',
      batchId: 'pb-20260306-0000abcd',
      uscc: 'E1',
      bankId: 'bank-gs',
      township: '999101002',
      pushedOn: '2026-03-06',
      daysSincePush: 30,
      latestStage: 'pushed',
      rejectedWithoutReason: false,
      deadline: null,
    });
  });
});
