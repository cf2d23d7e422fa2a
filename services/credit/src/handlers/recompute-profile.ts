import { type CreditProfileChanged, creditProfileEventId } from '@sme/events';
import { shanghaiDate, usccSchema } from '@sme/kernel';
import { cityConfig, publish, sqsConsumer } from '@sme/runtime';
import * as z from 'zod';
import { creditConfig } from '../config.ts';
import { type CreditProfile, evaluateCreditProfile } from '../domain/evaluate.ts';
import { evaluationHash } from '../domain/profile-change.ts';
import { selectScoringModel } from '../domain/scoring-model.ts';
import { profileStore, recordStore } from './composition.ts';

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

export const recomputeMessage = z.object({ uscc: usccSchema, reason: z.string() });

/**
 * Re-evaluates one enterprise's profile. Nothing new → nothing written, no event: two triggers
 * for one change give one CreditProfileChanged. The event is sent before the profile is stored,
 * with an id naming the new version, so a crash in between re-sends the same id (consumers
 * de-duplicate) rather than losing it.
 */
export async function recompute(uscc: string, now: Date): Promise<CreditProfileChanged | undefined> {
  const config = creditConfig(cityConfig());
  const asOf = shanghaiDate(now);
  const [records, stored] = await Promise.all([
    recordStore().ofEnterprise(uscc),
    profileStore().get(uscc, true),
  ]);
  const profile = evaluateCreditProfile({
    uscc,
    records,
    model: selectScoringModel(config.scoringModels, asOf),
    asOf,
    retention: config.retention,
  });
  const hash = evaluationHash(profile);
  if (stored?.evaluationHash === hash) return undefined;
  const previous = stored?.profileVersion ?? 0;
  const event: CreditProfileChanged = {
    type: 'CreditProfileChanged',
    version: 1,
    eventId: creditProfileEventId(uscc, previous + 1),
    occurredAt: now.toISOString(),
    uscc,
    profileVersion: previous + 1,
    grade: profile.grade,
    score: profile.score,
    hardStop: profile.hardStop,
    flags: flagsOf(profile),
    modelVersion: profile.modelVersion,
    recordsInForce: profile.basis.length,
  };
  await publish('credit-profile-events', [event]);
  await profileStore().saveEvaluation(uscc, previous, profile, hash, now.toISOString());
  return event;
}

export const handler = sqsConsumer(
  recomputeMessage,
  async (message) => {
    await recompute(message.uscc, new Date());
  },
  { sequential: true },
);
