import { NotFoundError } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { subsidyBook } from './composition.ts';
import { guaranteeView, versionHeaders } from './views.ts';

/** GET /v1/guarantees/{guaranteeId}: with its entitlement lines; another guarantor's is 404. */
export const getGuarantee: RouteFunction<typeof routes.getGuarantee> = async (request) => {
  const { guaranteeId } = request.params;
  const record = await subsidyBook().get(guaranteeId);
  const visible =
    record?.kind === 'guarantee' &&
    (request.principal.role !== 'guarantor' || record.guarantorId === request.principal.orgId);
  if (!visible || record?.kind !== 'guarantee') throw new NotFoundError(`No guarantee ${guaranteeId}`);
  const lines = await subsidyBook().linesOf(record);
  return { status: 200, headers: versionHeaders(record), body: guaranteeView(record, lines) };
};

export const handler = httpHandler(routes.getGuarantee, getGuarantee);
