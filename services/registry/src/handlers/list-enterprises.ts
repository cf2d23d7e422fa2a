import { documentClient, httpHandler, type RouteFunction, tableName } from '@sme/runtime';
import { DynamoDbEnterpriseRepository } from '../adapters/dynamodb-enterprise-repository.ts';
import { routes } from '../contracts.ts';
import { publicView } from './views.ts';

const enterprises = new DynamoDbEnterpriseRepository(documentClient(), tableName('enterprises'));

/** GET /v1/enterprises?township=&industry=&sizeClass=&entityType=&status=&tag=&limit=&cursor= */
export const listEnterprises: RouteFunction<typeof routes.listEnterprises> = async (request) => {
  const { limit, cursor, ...filter } = request.query;
  const page = await enterprises.list(filter, limit, cursor);
  return {
    status: 200,
    body: { items: page.items.map(publicView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) },
  };
};

export const handler = httpHandler(routes.listEnterprises, listEnterprises);
