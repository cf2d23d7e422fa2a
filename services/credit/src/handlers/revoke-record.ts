import { NotFoundError } from '@sme/kernel';
import { httpHandler, idempotentRoute, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { revoke } from '../domain/record-history.ts';
import { profileStore, recordStore, supplyingAgency } from './composition.ts';

/** POST /v1/credit-records/{sourceRecordId}/revocation: the source withdraws its own record. */
export const revokeRecord: RouteFunction<typeof routes.revokeRecord> = async (request) => {
  const agency = supplyingAgency(request.principal);
  const current = await recordStore().get(agency.id, request.params.sourceRecordId);
  if (!current) throw new NotFoundError(`Your agency has no record ${request.params.sourceRecordId}`);
  const outcome = revoke(current, { agencyId: agency.id }, request.body.reason, new Date().toISOString());
  if (outcome.kind !== 'unchanged')
    await recordStore().save(outcome.record, current.version, {
      ...request.principal,
      requestId: request.requestId,
    });
  const registered = (await profileStore().get(outcome.record.uscc))?.registered ?? false;
  return {
    status: 200,
    body: {
      sourceRecordId: outcome.record.sourceRecordId,
      uscc: outcome.record.uscc,
      version: outcome.record.version,
      enterpriseRegistered: registered,
    },
  };
};

export const handler = httpHandler(routes.revokeRecord, idempotentRoute(revokeRecord));
