import { ConflictError, ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  type DeclarationEvent,
  type DeclarationEventType,
  type DeclarationState,
  declarationEventTypes,
  declarationStates,
  isTerminal,
  transition,
} from './declaration-state.ts';

const removal: DeclarationEvent = {
  type: 'remove',
  reason: 'false-materials',
  detail: 'forged lease contract',
};

function eventOf(type: DeclarationEventType): DeclarationEvent {
  return type === 'remove' ? removal : { type };
}

/** The lifecycle of seed 001 §二–§四, written out independently of the table. */
const allowed: [DeclarationState, DeclarationEventType, DeclarationState][] = [
  ['DECLARED', 'screen', 'SCREENED'],
  ['SCREENED', 'review', 'REVIEWED'],
  ['REVIEWED', 'sign-off', 'RECOMMENDED'],
  ['RECOMMENDED', 'push', 'PUSHED'],
  ['PUSHED', 'credit', 'CREDITED'],
  ['PUSHED', 'reject', 'REJECTED'],
  ['REJECTED', 'start-repair', 'REPAIRING'],
  ['REPAIRING', 'rescreen', 'SCREENED'],
  ['DECLARED', 'remove', 'REMOVED'],
  ['SCREENED', 'remove', 'REMOVED'],
  ['REVIEWED', 'remove', 'REMOVED'],
  ['RECOMMENDED', 'remove', 'REMOVED'],
  ['PUSHED', 'remove', 'REMOVED'],
  ['REJECTED', 'remove', 'REMOVED'],
  ['REPAIRING', 'remove', 'REMOVED'],
];

describe('Function: transition', () => {
  it.each(allowed)('%s --%s--> %s', (from, event, to) => {
    // Act
    const next = transition(from, eventOf(event));

    // Assess
    expect(next).toBe(to);
  });

  it.each([
    ['DECLARED', 'review', 'skips screening'],
    ['DECLARED', 'push', 'skips the recommendation list'],
    ['SCREENED', 'sign-off', 'skips departmental review'],
    ['RECOMMENDED', 'credit', 'skips the push'],
    ['REJECTED', 'push', 're-pushes without repair and re-screening'],
    ['REPAIRING', 'review', 'skips the re-screening'],
    ['CREDITED', 'reject', 're-opens a credited item'],
    ['CREDITED', 'remove', 'removes a closed item'],
    ['REMOVED', 'screen', 're-opens a removed item'],
    ['PUSHED', 'push', 'pushes twice'],
  ] as const)('refuses %s --%s--> (%s) with a conflict naming both', (from, event, _why) => {
    // Act
    const act = () => transition(from, eventOf(event));

    // Assess
    expect(act).toThrow(ConflictError);
    expect(act).toThrow(new RegExp(`state ${from} cannot take event "${event}"`));
  });

  it('refuses every pair outside the lifecycle', () => {
    // Prepare
    const permitted = new Set(allowed.map(([from, event]) => `${from}/${event}`));
    const refused = declarationStates.flatMap((from) =>
      declarationEventTypes
        .filter((event) => !permitted.has(`${from}/${event}`))
        .map((event) => [from, event] as const),
    );

    // Act
    const outcomes = refused.map(([from, event]) => {
      try {
        transition(from, eventOf(event));
        return 'accepted';
      } catch (error) {
        return error instanceof ConflictError ? 'conflict' : 'other';
      }
    });

    // Assess: 9 states × 9 events − 15 allowed
    expect(refused).toHaveLength(66);
    expect(new Set(outcomes)).toEqual(new Set(['conflict']));
  });

  it('carries the state, the event and what would be allowed', () => {
    // Act
    let caught: unknown;
    try {
      transition('PUSHED', { type: 'screen' });
    } catch (error) {
      caught = error;
    }

    // Assess
    expect(caught).toBeInstanceOf(ConflictError);
    expect((caught as ConflictError).extra).toEqual({
      state: 'PUSHED',
      event: 'screen',
      allowed: ['credit', 'reject', 'remove'],
    });
  });

  it('says a closed item is closed', () => {
    // Act
    const act = () => transition('REMOVED', { type: 'rescreen' });

    // Assess
    expect(act).toThrow('Declaration in state REMOVED cannot take event "rescreen" (the item is closed)');
  });

  it('requires a reason text for a removal', () => {
    // Act
    const act = () => transition('RECOMMENDED', { type: 'remove', reason: 'loan-misuse', detail: '  ' });

    // Assess
    expect(act).toThrow(ValidationError);
  });

  it('rejects an unknown state read from storage', () => {
    // Act
    const act = () => transition('ARCHIVED' as DeclarationState, { type: 'screen' });

    // Assess
    expect(act).toThrow(ValidationError);
  });
});

describe('Function: isTerminal', () => {
  it('closes only CREDITED and REMOVED; REJECTED stays open for repair', () => {
    // Act
    const terminal = declarationStates.filter(isTerminal);

    // Assess
    expect(terminal).toEqual(['CREDITED', 'REMOVED']);
    expect(allowedEvents('REJECTED')).toEqual(['start-repair', 'remove']);
  });
});
