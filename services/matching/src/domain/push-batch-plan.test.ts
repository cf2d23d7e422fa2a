import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  type BatchEntry,
  creditAccessUntil,
  planChunks,
  pushEvents,
  pushIdOf,
  summarise,
} from './push-batch-plan.ts';

function entry(n: number, banks: number, overrides: Partial<BatchEntry> = {}): BatchEntry {
  return {
    declarationId: `d-${n}`,
    uscc: `U${n}`,
    keyIndustryChain: false,
    status: banks > 0 ? 'assigned' : 'unassigned',
    assignedBanks: Array.from({ length: banks }, (_, i) => ({
      bankId: `bank-${i}`,
      rank: i + 1,
      existingLender: false,
      products: ['p'],
      reasons: [],
      pushId: pushIdOf('pb-1', `U${n}`, `bank-${i}`),
    })),
    excludedBanks: [],
    exclusion: [],
    flags: [],
    existingBankCount: 0,
    township: '999101002',
    createdAt: '2026-05-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('Function: pushIdOf', () => {
  it('is the same for the same batch, enterprise and bank, and differs otherwise', () => {
    // Act
    const id = pushIdOf('pb-20260501-0a0b0c0d', '91999101MA0000011X', 'bank-gs');

    // Assess
    expect(id).toMatch(/^p[0-9a-f]{24}$/);
    expect(pushIdOf('pb-20260501-0a0b0c0d', '91999101MA0000011X', 'bank-gs')).toBe(id);
    expect(pushIdOf('pb-20260502-0a0b0c0d', '91999101MA0000011X', 'bank-gs')).not.toBe(id);
    expect(pushIdOf('pb-20260501-0a0b0c0d', '91999101MA0000011X', 'bank-nh')).not.toBe(id);
  });
});

describe('Function: planChunks', () => {
  it('fits 24 enterprises of 3 banks in a transaction: 24 × 4 items + the marker = 97; the 25th would make 101', () => {
    // Prepare
    const entries = Array.from({ length: 30 }, (_, i) => entry(i, 3));

    // Act
    const chunks = planChunks(entries, { transactionItems: 100, entries: 1000 });

    // Assess
    expect(chunks.map((c) => [c.entries.length, c.writes])).toEqual([
      [24, 96],
      [6, 24],
    ]);
  });

  it('packs to exactly 100 items: 33 enterprises of 2 banks = 99 writes + the marker', () => {
    // Act
    const chunks = planChunks(
      Array.from({ length: 34 }, (_, i) => entry(i, 2)),
      { transactionItems: 100, entries: 1000 },
    );

    // Assess
    expect(chunks.map((c) => c.writes)).toEqual([99, 3]);
  });

  it('counts nothing for an enterprise pushed nowhere, but bounds the enterprises per chunk', () => {
    // Act
    const chunks = planChunks([entry(1, 0), entry(2, 0), entry(3, 1), entry(4, 0), entry(5, 0)], {
      transactionItems: 100,
      entries: 2,
    });

    // Assess
    expect(chunks.map((c) => [c.index, c.entries.map((e) => e.uscc), c.writes])).toEqual([
      [0, ['U1', 'U2'], 0],
      [1, ['U3', 'U4'], 2],
      [2, ['U5'], 0],
    ]);
  });

  it('refuses limits DynamoDB would refuse', () => {
    expect(() => planChunks([], { transactionItems: 101, entries: 25 })).toThrow(ValidationError);
  });
});

describe('Function: creditAccessUntil', () => {
  it('adds the days to the business date of the confirm, across a year end', () => {
    expect(creditAccessUntil('2026-12-15', 90)).toBe('2027-03-15');
    expect(creditAccessUntil('2028-02-01', 29)).toBe('2028-03-01');
  });
});

describe('Function: summarise', () => {
  it('counts enterprises by status, pushes and flags', () => {
    // Act
    const summary = summarise([
      entry(1, 3),
      entry(2, 0, { flags: ['partner-bank-caution'] }),
      entry(3, 0, { status: 'excluded' }),
    ]);

    // Assess
    expect(summary).toEqual({
      enterprises: 3,
      assigned: 1,
      unassigned: 1,
      excluded: 1,
      pushes: 3,
      flagged: { 'partner-bank-caution': 1, 'no-eligible-bank': 0, 'capacity-exhausted': 0 },
    });
  });
});

describe('Function: pushEvents', () => {
  it('announces one EnterprisePushed per pushed bank, none for a declaration dropped at confirm', () => {
    // Act
    const events = pushEvents(
      { batchId: 'pb-1', confirmedAt: '2026-05-01T02:00:00.000Z', creditAccessUntil: '2026-07-30' },
      [{ entries: [entry(1, 2), entry(2, 3)], skipped: ['d-2'] }],
    );

    // Assess
    expect(events).toEqual([
      expect.objectContaining({
        eventId: pushIdOf('pb-1', 'U1', 'bank-0'),
        uscc: 'U1',
        bankId: 'bank-0',
        creditAccessUntil: '2026-07-30',
      }),
      expect.objectContaining({ eventId: pushIdOf('pb-1', 'U1', 'bank-1'), uscc: 'U1', bankId: 'bank-1' }),
    ]);
    expect(events.every((e) => e.pushId === e.eventId && e.type === 'EnterprisePushed')).toBe(true);
  });
});
