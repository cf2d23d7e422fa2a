import { ForbiddenError } from '@sme/kernel';
import { HttpProblem, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import type { GuaranteeRecord } from '../domain/book.ts';
import { subsidyBook } from './composition.ts';
import { guaranteeView } from './views.ts';

/**
 * GET /v1/guarantees?guarantorId=&status=: one guarantor's guarantees (Query on its index, never a
 * Scan). A guarantor lists its own; finance and the coordinator name the guarantor.
 */
export const listGuarantees: RouteFunction<typeof routes.listGuarantees> = async (request) => {
  const { principal, query } = request;
  let guarantorId = query.guarantorId;
  if (principal.role === 'guarantor') {
    if (guarantorId !== undefined && guarantorId !== principal.orgId) {
      throw new ForbiddenError('A guarantor sees only its own guarantees');
    }
    guarantorId = principal.orgId;
  }
  if (guarantorId === undefined) {
    throw new HttpProblem('invalid-request', 'Name the guarantor', [
      { path: 'query.guarantorId', message: 'required for finance and the coordinator' },
    ]);
  }
  const page = await subsidyBook().listByGuarantor(guarantorId, query.status, query.limit, query.cursor);
  return {
    status: 200,
    body: { ...page, items: page.items.map((g) => guaranteeView(g as GuaranteeRecord)) },
  };
};

export const handler = httpHandler(routes.listGuarantees, listGuarantees);
