import { shanghaiDate, ValidationError } from '@sme/kernel';
import { httpHandler, idempotentRoute, type RouteFunction, underPath } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { applyProgressEvent, type ProgressEvent } from '../domain/push-inbox-state.ts';
import { config, deadlineConfig, pushStore } from './composition.ts';
import { checkIfMatch, ownPush, pushView, versionHeaders } from './views.ts';

function checkReasonCodes(event: ProgressEvent, allowed: readonly string[]): void {
  if (event.type !== 'rejected') return;
  const issues = event.reasonCodes.flatMap((code, i) =>
    allowed.includes(code)
      ? []
      : [{ path: `body.reasonCodes.${i}`, message: `unknown reason code; one of ${allowed.join(', ')}` }],
  );
  if (new Set(event.reasonCodes).size !== event.reasonCodes.length) {
    issues.push({ path: 'body.reasonCodes', message: 'each reason code once' });
  }
  if (issues.length > 0) throw new ValidationError('Invalid rejection reason codes', issues);
}

/**
 * POST /v1/bank/pushes/{pushId}/progress: one step of the bank's progress, guarded by the push's
 * state machine and its version; a step dated before the push or after today is a 422. Effects on
 * other services follow from the table's stream.
 */
export const recordPushProgress: RouteFunction<typeof routes.recordPushProgress> = async (request) => {
  const { pushId } = request.params;
  const store = pushStore();
  const push = ownPush(await store.get(pushId, true), request.principal, pushId);
  checkIfMatch(request.ifMatch, push, `push ${pushId}`);
  const event = request.body as ProgressEvent;
  checkReasonCodes(event, config().rejectionReasonCodes);
  const now = new Date();
  const today = shanghaiDate(now);
  const progress = underPath('body', () =>
    applyProgressEvent(push.progress, event, {
      pushedOn: push.pushedOn,
      today,
      ...(push.applicationOn ? { applicationOn: push.applicationOn } : {}),
    }),
  );
  const next = {
    ...push,
    progress,
    version: push.version + 1,
    history: [
      ...push.history,
      {
        seq: push.history.length + 1,
        type: event.type,
        at: now.toISOString(),
        clientId: request.principal.clientId,
        requestId: request.requestId,
        event,
      },
    ],
  };
  await store.saveProgress(next, push.version);
  return { status: 200, headers: versionHeaders(next), body: pushView(next, await deadlineConfig(), today) };
};

export const handler = httpHandler(routes.recordPushProgress, idempotentRoute(recordPushProgress));
