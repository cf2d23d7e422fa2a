import { ConflictError, ValidationError } from '@sme/kernel';

/**
 * The life of a declaration through the two lists (seed 001 §二, §三):
 * DECLARED (申报清单) → SCREENED → REVIEWED → RECOMMENDED (推荐清单) → PUSHED → CREDITED | REJECTED;
 * REJECTED → REPAIRING (辅导修复) → SCREENED again; any open state → REMOVED (seed 001 §四(四)).
 */
export const declarationStates = [
  'DECLARED',
  'SCREENED',
  'REVIEWED',
  'RECOMMENDED',
  'PUSHED',
  'CREDITED',
  'REJECTED',
  'REPAIRING',
  'REMOVED',
] as const;
export type DeclarationState = (typeof declarationStates)[number];

export const declarationEventTypes = [
  'screen',
  'review',
  'sign-off',
  'push',
  'credit',
  'reject',
  'start-repair',
  'rescreen',
  'remove',
] as const;
export type DeclarationEventType = (typeof declarationEventTypes)[number];

/** Seed 001 §四(四): false materials to obtain a loan, or a loan not used for its stated purpose. */
export const removalReasons = ['false-materials', 'loan-misuse'] as const;
export type RemovalReason = (typeof removalReasons)[number];

export type DeclarationEvent =
  | { type: Exclude<DeclarationEventType, 'remove'> }
  | { type: 'remove'; reason: RemovalReason; detail: string };

/**
 * The whole machine as data: state → event → next state. An event missing from a row is refused.
 * CREDITED and REMOVED have empty rows: a closed item is never re-opened.
 */
export const declarationTransitions: Readonly<
  Record<DeclarationState, Readonly<Partial<Record<DeclarationEventType, DeclarationState>>>>
> = {
  DECLARED: { screen: 'SCREENED', remove: 'REMOVED' },
  SCREENED: { review: 'REVIEWED', remove: 'REMOVED' },
  REVIEWED: { 'sign-off': 'RECOMMENDED', remove: 'REMOVED' },
  RECOMMENDED: { push: 'PUSHED', remove: 'REMOVED' },
  PUSHED: { credit: 'CREDITED', reject: 'REJECTED', remove: 'REMOVED' },
  REJECTED: { 'start-repair': 'REPAIRING', remove: 'REMOVED' },
  REPAIRING: { rescreen: 'SCREENED', remove: 'REMOVED' },
  CREDITED: {},
  REMOVED: {},
};

/** Events the state accepts, in table order (for UIs and error messages). */
export function allowedEvents(state: DeclarationState): DeclarationEventType[] {
  return declarationEventTypes.filter((event) => declarationTransitions[state][event] !== undefined);
}

export function isTerminal(state: DeclarationState): boolean {
  return allowedEvents(state).length === 0;
}

/**
 * The state after `event`. Throws `ConflictError` naming the current state and the refused event when
 * the table has no such transition (a skipped step or a closed item), and `ValidationError` when a
 * removal carries no reason text.
 *
 * @example
 * transition('SCREENED', { type: 'review' }); // 'REVIEWED'
 * transition('DECLARED', { type: 'push' }); // throws ConflictError
 */
export function transition(state: DeclarationState, event: DeclarationEvent): DeclarationState {
  const row = declarationTransitions[state];
  if (row === undefined) {
    throw new ValidationError(`Unknown declaration state ${String(state)}`, [
      { path: 'state', message: 'unknown state' },
    ]);
  }
  const next = row[event.type];
  if (next === undefined) {
    const allowed = allowedEvents(state);
    throw new ConflictError(
      `Declaration in state ${state} cannot take event "${event.type}"` +
        (allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ' (the item is closed)'),
      { state, event: event.type, allowed },
    );
  }
  if (event.type === 'remove' && (!removalReasons.includes(event.reason) || event.detail.trim() === '')) {
    throw new ValidationError('A removal needs its reason', [
      { path: 'event.reason', message: `one of ${removalReasons.join(', ')}, with a non-empty detail` },
    ]);
  }
  return next;
}
