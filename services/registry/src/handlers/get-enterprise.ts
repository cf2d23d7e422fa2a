import { NotFoundError } from '@sme/kernel';
import { httpHandler, type RouteFunction, versionHeaders } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { enterpriseRepository } from './composition.ts';
import { publicView } from './views.ts';

/** GET /v1/enterprises/{uscc} */
export const getEnterprise: RouteFunction<typeof routes.getEnterprise> = async (request) => {
  const enterprise = await enterpriseRepository().get(request.params.uscc);
  if (!enterprise) throw new NotFoundError(`Enterprise ${request.params.uscc} is not registered`);
  return { status: 200, headers: versionHeaders(enterprise), body: publicView(enterprise) };
};

export const handler = httpHandler(routes.getEnterprise, getEnterprise);
