import { cityConfig, httpHandler, type RouteFunction } from '@sme/runtime';
import { routes } from '../contracts.ts';
import { config } from './composition.ts';

/** GET /v1/products: the product catalogue (金融服务产品库), each product with its bank's industries and regions. */
export const listProducts: RouteFunction<typeof routes.listProducts> = async (request) => {
  const names = new Map(cityConfig().banks.map((b) => [b.id, b.name]));
  const items = config()
    .banks.filter((b) => request.query.bankId === undefined || b.id === request.query.bankId)
    .flatMap((b) =>
      b.products.map((p) => ({
        bankId: b.id,
        bankName: names.get(b.id) ?? b.id,
        ...p,
        industries: b.industries,
        regions: b.regions,
      })),
    );
  return { status: 200, headers: { 'cache-control': 'max-age=300' }, body: { items } };
};

export const handler = httpHandler(routes.listProducts, listProducts);
