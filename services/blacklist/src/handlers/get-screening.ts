import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { found, screeningStore } from './composition.ts';
import { screeningView } from './screening-view.ts';

/** GET /v1/screenings/{screeningId}: the requesting organisation's own, or any for the coordination office. */
export const getScreening: RouteFunction<typeof routes.getScreening> = async (request) => {
  const { screeningId } = request.params;
  const stored = await screeningStore().get(screeningId);
  const mine =
    stored &&
    (request.principal.role === 'coordinator' || stored.requestedBy.orgId === request.principal.orgId);
  const screening = found(mine ? stored : undefined, `screening ${screeningId}`);
  return { status: 200, headers: { 'cache-control': 'no-store' }, body: screeningView(screening) };
};

export const handler = httpHandler(routes.getScreening, getScreening);
