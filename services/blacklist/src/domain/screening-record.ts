import { ConflictError, NotFoundError, ValidationError } from '@sme/kernel';
import type { Actor } from './entry.ts';
import type { ApplicationScreening } from './screen-application.ts';

/** A reviewer's answer to a possible hit: is this party the listed one? */
export interface MatchDecision {
  partyIndex: number;
  entryId: string;
  decision: 'same' | 'not-same';
  note?: string;
  by: Actor;
  at: string;
}

/** A stored screening: what was asked (masked and hashed only), what was found, what reviewers decided. */
export interface ScreeningRecord extends ApplicationScreening {
  screeningId: string;
  version: number;
  application: { uscc: string; declarationId?: string };
  purpose?: string;
  requestedBy: Actor;
  at: string;
  decisions: MatchDecision[];
}

/**
 * Records a reviewer's decision on one possible hit of one party. Only a name-based match can be
 * decided (a strong identifier is already a hit), and each (party, entry) only once.
 */
export function decideMatch(
  screening: ScreeningRecord,
  input: { partyIndex: number; entryId: string; decision: 'same' | 'not-same'; note?: string },
  by: Actor,
  now: string,
): ScreeningRecord {
  const party = screening.parties[input.partyIndex];
  if (!party) {
    throw new ValidationError('No such party in this screening', [
      { path: 'body.partyIndex', message: `between 0 and ${screening.parties.length - 1}` },
    ]);
  }
  const match = party.matches.find((m) => m.entryId === input.entryId);
  if (!match) throw new NotFoundError(`Party ${input.partyIndex} has no match with entry ${input.entryId}`);
  if (match.strong) {
    throw new ConflictError('A strong-identifier match is already a hit; there is nothing to decide', {
      entryId: input.entryId,
    });
  }
  const earlier = screening.decisions.find(
    (d) => d.partyIndex === input.partyIndex && d.entryId === input.entryId,
  );
  if (earlier) {
    throw new ConflictError(`Already decided "${earlier.decision}" on ${earlier.at}`, {
      decision: earlier.decision,
    });
  }
  return {
    ...screening,
    version: screening.version + 1,
    decisions: [
      ...screening.decisions,
      {
        partyIndex: input.partyIndex,
        entryId: input.entryId,
        decision: input.decision,
        ...(input.note ? { note: input.note } : {}),
        by,
        at: now,
      },
    ],
  };
}
