import { ForbiddenError, type Principal, shanghaiDate } from '@sme/kernel';
import { appendAudit, cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { creditConfig } from '../config.ts';
import { routes } from '../contracts.ts';
import { evaluateCreditProfile } from '../domain/evaluate.ts';
import { selectScoringModel } from '../domain/scoring-model.ts';
import { bankView, fullView } from '../domain/views.ts';
import { accessStore, profileStore, recordStore } from './composition.ts';

type Decision = { allowed: true; view: 'bank' | 'full'; basis: string } | { allowed: false; reason: string };

/** Who may see what: the office everything; supervising agencies everything; a bank the bank view, with confirmed consent for the read's purpose, or a push. */
async function decide(
  principal: Principal,
  uscc: string,
  today: string,
  township: string | undefined,
  purpose: string,
): Promise<Decision> {
  if (principal.role === 'coordinator') return { allowed: true, view: 'full', basis: 'coordination office' };
  if (principal.role === 'bank') {
    const entitlement = await accessStore().entitlement(uscc, principal.orgId, today, purpose);
    return entitlement.allowed
      ? { allowed: true, view: 'bank', basis: `${entitlement.basis}:${entitlement.id}` }
      : { allowed: false, reason: entitlement.reason };
  }
  const city = cityConfig();
  const agency = city.agencies.find((a) => a.id === principal.orgId);
  if (!agency) return { allowed: false, reason: `${principal.orgId} is not an agency of this city` };
  if (creditConfig(city).supervisingAgencyKinds.includes(agency.kind))
    return { allowed: true, view: 'full', basis: `city-wide supervisor (${agency.kind})` };
  if (township && agency.townships.includes(township))
    return { allowed: true, view: 'full', basis: `township ${township}` };
  if (await recordStore().hasSupplied(uscc, agency.id))
    return { allowed: true, view: 'full', basis: 'supplier of records' };
  return { allowed: false, reason: 'the agency neither supervises the enterprise nor supplied its records' };
}

/**
 * GET /v1/enterprises/{uscc}/credit-profile?purpose=… Evaluated as of today, so a record past its
 * retention is never served even if the stored profile predates that day. Every read and every
 * refusal is audited first; if the audit cannot be written, nothing is served.
 */
export const readProfile: RouteFunction<typeof routes.readProfile> = async (request) => {
  const { uscc } = request.params;
  const now = new Date();
  const today = shanghaiDate(now);
  const stored = await profileStore().get(uscc);
  const decision = await decide(request.principal, uscc, today, stored?.township, request.query.purpose);
  const audit = (action: string, detail: Record<string, unknown>) =>
    appendAudit({
      subjectType: 'credit-profile',
      subjectId: uscc,
      action,
      principal: request.principal,
      at: now.toISOString(),
      discriminator: request.requestId,
      purpose: request.query.purpose,
      detail,
    });
  if (!decision.allowed) {
    await audit('credit-profile.read-refused', { reason: decision.reason });
    throw new ForbiddenError(`You may not read this credit profile: ${decision.reason}`);
  }
  const config = creditConfig(cityConfig());
  const records = await recordStore().ofEnterprise(uscc);
  const profile = evaluateCreditProfile({
    uscc,
    records,
    model: selectScoringModel(config.scoringModels, today),
    asOf: today,
    retention: config.retention,
  });
  await audit('credit-profile.read', { view: decision.view, basis: decision.basis, grade: profile.grade });
  const view = decision.view === 'bank' ? bankView(profile) : fullView(profile, records);
  return {
    status: 200,
    headers: { 'cache-control': 'no-store' },
    body: { ...view, enterpriseRegistered: stored?.registered ?? false, view: decision.view },
  };
};

export const handler = httpHandler(routes.readProfile, readProfile);
