import { createHash } from 'node:crypto';
import type { CreditProfile } from './evaluate.ts';

/**
 * Hash of what an evaluation says, without the date it was made: two evaluations on different days
 * that say the same thing are the same profile, so a recompute with nothing new changes nothing.
 */
export function evaluationHash(profile: CreditProfile): string {
  const { asOf: _asOf, ...content } = profile;
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url');
}
