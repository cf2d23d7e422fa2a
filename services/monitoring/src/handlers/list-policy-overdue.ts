import { shanghaiDate } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { listOverdue } from '../use-cases/policy-tasks.ts';
import { callerOf, policyTaskStore } from './composition.ts';

/** GET /v1/policy-tasks/overdue?asOf=: reports owed for periods due before the date, nothing filed. */
export const listPolicyOverdue: RouteFunction<typeof routes.listPolicyOverdue> = async ({
  query,
  principal,
}) => {
  const today = shanghaiDate(new Date());
  const asOf = query.asOf ?? today;
  return {
    status: 200,
    body: { asOf, items: await listOverdue(asOf, today, callerOf(principal), policyTaskStore()) },
  };
};

export const handler = httpHandler(routes.listPolicyOverdue, listPolicyOverdue);
