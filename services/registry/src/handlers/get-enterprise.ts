import { NotFoundError } from '@sme/kernel';
import { documentClient, httpHandler, type RouteFunction, tableName } from '@sme/runtime';
import { DynamoDbEnterpriseRepository } from '../adapters/dynamodb-enterprise-repository.ts';
import { routes } from '../contracts.ts';
import { enterpriseHeaders, publicView } from './views.ts';

const enterprises = new DynamoDbEnterpriseRepository(documentClient(), tableName('enterprises'));

/** GET /v1/enterprises/{uscc} */
export const getEnterprise: RouteFunction<typeof routes.getEnterprise> = async (request) => {
  const enterprise = await enterprises.get(request.params.uscc);
  if (!enterprise) throw new NotFoundError(`Enterprise ${request.params.uscc} is not registered`);
  return { status: 200, headers: enterpriseHeaders(enterprise), body: publicView(enterprise) };
};

export const handler = httpHandler(routes.getEnterprise, getEnterprise);
