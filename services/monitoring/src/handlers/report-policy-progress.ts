import { shanghaiDate } from '@sme/kernel';
import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { reportProgress } from '../use-cases/policy-tasks.ts';
import { callerOf, policyTaskStore } from './composition.ts';

/** PUT /v1/policy-tasks/measures/{measureId}/progress/{period}: a responsible unit's progress report. */
export const reportPolicyProgress: RouteFunction<typeof routes.reportPolicyProgress> = async (request) => {
  const now = new Date();
  const { created, report } = await reportProgress(
    { ...request.params, ...request.body },
    {
      caller: callerOf(request.principal),
      now: now.toISOString(),
      today: shanghaiDate(now),
      requestId: request.requestId,
    },
    policyTaskStore(),
  );
  return { status: created ? 201 : 200, body: report };
};

export const handler = httpHandler(routes.reportPolicyProgress, reportPolicyProgress);
