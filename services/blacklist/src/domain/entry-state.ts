import { ConflictError } from '@sme/kernel';

/**
 * The life of a report and the list entry it becomes (异常中介名单, seed 001 §四(五)):
 * reported → confirmed (meets the identification standard) | dismissed | merged (a duplicate folded
 * into another entry); confirmed → appealed → revoked (appeal upheld) | confirmed (appeal rejected);
 * confirmed → revoked. An entry is on the shared list while confirmed or appealed: an appeal does not
 * suspend a listing until it is upheld.
 */
export const entryStates = ['reported', 'confirmed', 'appealed', 'dismissed', 'revoked', 'merged'] as const;
export type EntryState = (typeof entryStates)[number];

export const entryEventTypes = [
  'confirm',
  'dismiss',
  'appeal',
  'uphold-appeal',
  'reject-appeal',
  'revoke',
  'merge-into',
  'absorb',
] as const;
export type EntryEventType = (typeof entryEventTypes)[number];

/**
 * The whole machine as data: state → event → next state. An event missing from a row is refused.
 * `absorb` (taking in a duplicate's parties and evidence) keeps the state; dismissed, revoked and
 * merged are closed and never re-opened — a new report starts a new entry.
 */
export const entryTransitions: Readonly<
  Record<EntryState, Readonly<Partial<Record<EntryEventType, EntryState>>>>
> = {
  reported: { confirm: 'confirmed', dismiss: 'dismissed', 'merge-into': 'merged', absorb: 'reported' },
  confirmed: { appeal: 'appealed', revoke: 'revoked', absorb: 'confirmed' },
  appealed: { 'uphold-appeal': 'revoked', 'reject-appeal': 'confirmed', absorb: 'appealed' },
  dismissed: {},
  revoked: {},
  merged: {},
};

/** States in which the entry is on the shared list: banks see it and screening matches it. */
export const listedStates: ReadonlySet<EntryState> = new Set(['confirmed', 'appealed']);
export const isListed = (state: EntryState): boolean => listedStates.has(state);

/** Events the state accepts, in table order (for error messages and UIs). */
export function allowedEntryEvents(state: EntryState): EntryEventType[] {
  return entryEventTypes.filter((event) => entryTransitions[state][event] !== undefined);
}

/**
 * The state after `event`, or a `ConflictError` naming the state, the refused event and the allowed
 * ones (HTTP 409).
 *
 * @example
 * nextEntryState('reported', 'confirm'); // 'confirmed'
 * nextEntryState('dismissed', 'confirm'); // throws ConflictError
 */
export function nextEntryState(state: EntryState, event: EntryEventType): EntryState {
  const next = entryTransitions[state][event];
  if (next === undefined) {
    const allowed = allowedEntryEvents(state);
    throw new ConflictError(
      `Blacklist entry in state ${state} cannot take event "${event}"` +
        (allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ' (the entry is closed)'),
      { state, event, allowed },
    );
  }
  return next;
}
