import { appendAudit, httpHandler, idempotentRoute, logger, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { runScreening as screen } from '../use-cases/run-screening.ts';
import {
  actorOf,
  config,
  entryStore,
  identifierKeyring,
  maskedDetail,
  newScreeningId,
  screeningIndex,
  screeningStore,
} from './composition.ts';
import { screeningView } from './screening-view.ts';

/** POST /v1/screenings: screens the application's parties against the list (use case `runScreening`). */
export const runScreening: RouteFunction<typeof routes.runScreening> = async (request) => {
  const screening = await screen(
    {
      keyring: await identifierKeyring(),
      index: screeningIndex(),
      entries: entryStore(),
      screenings: screeningStore(),
      appendAudit,
      nameMatchThreshold: config().nameMatchThreshold,
      newScreeningId,
      now: () => new Date(),
      logger,
    },
    request.body,
    {
      principal: request.principal,
      actor: actorOf(request.principal),
      requestId: request.requestId,
      auditDetail: maskedDetail(request),
    },
  );
  return {
    status: 201,
    headers: { location: `/v1/screenings/${screening.screeningId}`, 'cache-control': 'no-store' },
    body: screeningView(screening),
  };
};

export const handler = httpHandler(routes.runScreening, idempotentRoute(runScreening));
