import { ForbiddenError } from '@sme/kernel';
import { cityConfig, httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { creditConfig } from '../config.ts';
import { routes } from '../contracts.ts';
import { canSupply } from '../domain/permissions.ts';
import { applySubmission } from '../domain/record-history.ts';
import { profileStore, recordStore, supplyingAgency } from './composition.ts';

/** POST /v1/credit-records: create or correct one record of the caller's agency. */
export const submitRecord: RouteFunction<typeof routes.submitRecord> = async (request) => {
  const agency = supplyingAgency(request.principal);
  const submission = request.body;
  const permitted = canSupply(agency, submission.category, creditConfig(cityConfig()).supplyOverrides);
  if (!permitted.allowed) throw new ForbiddenError(permitted.reason);
  const current = await recordStore().get(agency.id, submission.sourceRecordId);
  const outcome = applySubmission(current, agency.id, submission, new Date().toISOString());
  if (outcome.kind !== 'unchanged')
    await recordStore().save(outcome.record, current?.version, {
      ...request.principal,
      requestId: request.requestId,
    });
  const registered = (await profileStore().get(outcome.record.uscc))?.registered ?? false;
  return {
    status: outcome.kind === 'created' ? 201 : 200,
    body: {
      outcome: outcome.kind,
      sourceRecordId: outcome.record.sourceRecordId,
      uscc: outcome.record.uscc,
      version: outcome.record.version,
      enterpriseRegistered: registered,
    },
  };
};

export const handler = httpHandler(routes.submitRecord, idempotentRoute(submitRecord));
