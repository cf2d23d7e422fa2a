import type { CreditProfile, HardStopFlag, HardStopFlags } from './evaluate.ts';

/**
 * What other services act on in a profile, and so what `CreditProfileChanged` announces: the grade, the
 * hard stop, each hard-stop flag with its records (list matching names them when "good credit" fails),
 * and whether the evaluation rests on any record at all — a grade computed from no record is "no record
 * found" (查无记录), which list matching does not take for good credit, so a first record that leaves
 * the grade as it was still changes what matching decides. The score, the factors, the facts and the
 * number of records beyond the first change nothing anyone acts on: they are served fresh on every
 * read (the profile route evaluates as of today), never from what is stored.
 */
export interface PublishedProfile {
  grade: string;
  hardStop: boolean;
  flags: HardStopFlags;
  restsOnRecords: boolean;
}

export type ProfileChangeReason =
  | 'first'
  | 'grade'
  | 'hard-stop'
  | 'flags'
  | 'records-found'
  | 'no-record-left';

export function publishedPartOf(profile: CreditProfile): PublishedProfile {
  return {
    grade: profile.grade,
    hardStop: profile.hardStop,
    flags: profile.flags,
    restsOnRecords: profile.basis.length > 0,
  };
}

const sameFlag = (a: HardStopFlag | null, b: HardStopFlag | null): boolean =>
  a === null || b === null
    ? a === b
    : a.since === b.since &&
      a.recordIds.length === b.recordIds.length &&
      a.recordIds.every((id, i) => id === b.recordIds[i]);

const flagKeys = ['dishonestJudgmentDebtor', 'seriousIllegalDishonest', 'abnormalOperation'] as const;

/**
 * Whether a new evaluation changes what was last published, and why. Pure: `previous` is what the last
 * CreditProfileChanged said (undefined when none was published), `next` the new evaluation. An empty
 * list means nothing to publish and nothing to store.
 *
 * @example
 * profileChange(published, { ...profile, score: profile.score + 30 }); // [] when the grade band is the same
 */
export function profileChange(
  previous: PublishedProfile | undefined,
  next: CreditProfile,
): ProfileChangeReason[] {
  if (previous === undefined) return ['first'];
  const now = publishedPartOf(next);
  const reasons: ProfileChangeReason[] = [];
  if (previous.grade !== now.grade) reasons.push('grade');
  if (previous.hardStop !== now.hardStop) reasons.push('hard-stop');
  if (flagKeys.some((key) => !sameFlag(previous.flags[key] ?? null, now.flags[key]))) reasons.push('flags');
  if (previous.restsOnRecords !== now.restsOnRecords)
    reasons.push(now.restsOnRecords ? 'records-found' : 'no-record-left');
  return reasons;
}
