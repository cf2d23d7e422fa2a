import { ConflictError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  allowedEntryEvents,
  type EntryEventType,
  type EntryState,
  entryEventTypes,
  entryStates,
  isListed,
  nextEntryState,
} from './entry-state.ts';

/** The lifecycle of seed 001 §四(五) and the issue, written out independently of the table. */
const allowed: [EntryState, EntryEventType, EntryState][] = [
  ['reported', 'confirm', 'confirmed'],
  ['reported', 'dismiss', 'dismissed'],
  ['reported', 'merge-into', 'merged'],
  ['reported', 'absorb', 'reported'],
  ['confirmed', 'appeal', 'appealed'],
  ['confirmed', 'revoke', 'revoked'],
  ['confirmed', 'absorb', 'confirmed'],
  ['appealed', 'uphold-appeal', 'revoked'],
  ['appealed', 'reject-appeal', 'confirmed'],
  ['appealed', 'absorb', 'appealed'],
];

describe('Function: nextEntryState', () => {
  it.each(allowed)('%s --%s--> %s', (from, event, to) => {
    expect(nextEntryState(from, event)).toBe(to);
  });

  it('refuses every pair the lifecycle does not name, with a ConflictError naming state and event', () => {
    // Prepare
    const named = new Set(allowed.map(([from, event]) => `${from}|${event}`));
    const refused = entryStates.flatMap((s) =>
      entryEventTypes.filter((e) => !named.has(`${s}|${e}`)).map((e) => [s, e] as const),
    );

    // Act
    const outcomes = refused.map(([s, e]) => {
      try {
        nextEntryState(s, e);
        return 'accepted';
      } catch (error) {
        return error instanceof ConflictError ? (error.extra as { state: string }).state : 'other error';
      }
    });

    // Assess: 6 states × 8 events = 48 pairs, 10 allowed
    expect(refused).toHaveLength(38);
    expect(outcomes).toEqual(refused.map(([s]) => s));
  });

  it.each([
    ['reported', 'revoke', 'revokes what was never listed'],
    ['reported', 'appeal', 'appeals a report not yet decided'],
    ['confirmed', 'confirm', 'confirms twice'],
    ['confirmed', 'uphold-appeal', 'decides an appeal nobody filed'],
    ['confirmed', 'merge-into', 'merges a listed entry away'],
  ] as [EntryState, EntryEventType, string][])(
    'refuses %s --%s--> (%s) and lists what is allowed',
    (state, event) => {
      // Act
      const act = () => nextEntryState(state, event);

      // Assess
      expect(act).toThrow(ConflictError);
      expect(act).toThrow(`(allowed: ${allowedEntryEvents(state).join(', ')})`);
    },
  );

  it.each(['dismissed', 'revoked', 'merged'] as const)('never re-opens a %s entry', (state) => {
    expect(allowedEntryEvents(state)).toEqual([]);
    expect(() => nextEntryState(state, 'confirm')).toThrow('(the entry is closed)');
  });
});

describe('Function: isListed', () => {
  it('lists confirmed and appealed entries only: an appeal does not suspend the listing', () => {
    expect(entryStates.filter(isListed)).toEqual(['confirmed', 'appealed']);
  });
});
