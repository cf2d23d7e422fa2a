import { httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { declarationStore } from './composition.ts';
import { declarationView, found, versionHeaders } from './views.ts';

/** GET /v1/declarations/{declarationId} */
export const getDeclaration: RouteFunction<typeof routes.getDeclaration> = async (request) => {
  const { declarationId } = request.params;
  const d = found(await declarationStore().get(declarationId, true), `declaration ${declarationId}`);
  return { status: 200, headers: versionHeaders(d), body: declarationView(d) };
};

export const handler = httpHandler(routes.getDeclaration, getDeclaration);
