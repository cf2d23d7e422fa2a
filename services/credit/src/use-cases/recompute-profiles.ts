import { type CreditProfileChanged, creditProfileEventId } from '@sme/events';
import { type CreditProfile, evaluateCreditProfile } from '../domain/evaluate.ts';
import { type ProfileChangeReason, profileChange, publishedPartOf } from '../domain/profile-change.ts';
import { collapseRequests } from '../domain/recompute-batch.ts';
import type { RetentionPolicy } from '../domain/retention.ts';
import type { ScoringModel } from '../domain/scoring-model.ts';
import type { CreditProfileStore, EnterpriseRecords, ProfileEvents, RecomputeRequest } from './ports.ts';

const flagKinds = {
  dishonestJudgmentDebtor: 'dishonest-judgment-debtor',
  seriousIllegalDishonest: 'serious-illegal-dishonest',
  abnormalOperation: 'abnormal-operation',
} as const;

/** The hard-stop flags in force with their records, so list matching can name the record that fails a check. */
function flagsOf(profile: CreditProfile): CreditProfileChanged['flags'] {
  return (Object.keys(flagKinds) as (keyof typeof flagKinds)[]).flatMap((key) => {
    const flag = profile.flags[key];
    return flag ? [{ kind: flagKinds[key], since: flag.since, recordIds: flag.recordIds }] : [];
  });
}

export type RecomputeOutcome =
  | { uscc: string; kind: 'published'; event: CreditProfileChanged; reasons: ProfileChangeReason[] }
  | { uscc: string; kind: 'unchanged' }
  | { uscc: string; kind: 'failed'; error: unknown };

export interface RecomputeDeps {
  records: EnterpriseRecords;
  profiles: CreditProfileStore;
  events: ProfileEvents;
  /** The model in force on a date (`selectScoringModel` over the city's models). */
  modelOn: (asOf: string) => ScoringModel;
  retention: RetentionPolicy;
  /** Business date (Asia/Shanghai) of `now`. */
  asOf: string;
  now: string;
}

async function recomputeOne(request: RecomputeRequest, deps: RecomputeDeps): Promise<RecomputeOutcome> {
  const { uscc } = request;
  const [records, stored] = await Promise.all([
    deps.records.ofEnterprise(uscc, request.records ?? []),
    deps.profiles.stateOf(uscc),
  ]);
  const profile = evaluateCreditProfile({
    uscc,
    records,
    model: deps.modelOn(deps.asOf),
    asOf: deps.asOf,
    retention: deps.retention,
  });
  const reasons = profileChange(stored?.published, profile);
  if (reasons.length === 0) return { uscc, kind: 'unchanged' };
  const previous = stored?.profileVersion ?? 0;
  const event: CreditProfileChanged = {
    type: 'CreditProfileChanged',
    version: 1,
    eventId: creditProfileEventId(uscc, previous + 1),
    occurredAt: deps.now,
    uscc,
    profileVersion: previous + 1,
    grade: profile.grade,
    score: profile.score,
    hardStop: profile.hardStop,
    flags: flagsOf(profile),
    modelVersion: profile.modelVersion,
    recordsInForce: profile.basis.length,
  };
  // Published before it is stored, with an id naming the new version: a crash in between re-sends
  // the same id (consumers de-duplicate) rather than losing it.
  await deps.events.publish([event]);
  await deps.profiles.savePublished(uscc, previous, publishedPartOf(profile), deps.now);
  return { uscc, kind: 'published', event, reasons };
}

/**
 * Re-evaluates the enterprises of a batch of requests, each once however many requests name it (ten
 * records about three enterprises: three evaluations). A CreditProfileChanged is published only when
 * what others act on changed (`profileChange`: grade, hard stop, flags, or whether any record is
 * found); a new score in the same grade band writes and publishes nothing. One enterprise's failure
 * is its own outcome; the others go on.
 */
export async function recomputeProfiles(
  requests: readonly RecomputeRequest[],
  deps: RecomputeDeps,
): Promise<RecomputeOutcome[]> {
  return Promise.all(
    collapseRequests(requests).map((request) =>
      recomputeOne(request, deps).catch(
        (error: unknown): RecomputeOutcome => ({ uscc: request.uscc, kind: 'failed', error }),
      ),
    ),
  );
}
