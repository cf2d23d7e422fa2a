import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema.generated.ts';

export type { components, operations, paths } from './schema.generated.ts';

export interface PlatformClientOptions {
  /** The city API's base URL: `http://127.0.0.1:3000` locally (`.local/stack.json`), the stack's `Url` output deployed. */
  baseUrl: string;
  /** Your client's key (`x-api-key`): machines. */
  apiKey?: string;
  /** A person's access token from the city's OpenID provider (`Authorization: Bearer`), instead of a key. */
  accessToken?: string;
  /** Sent as `Idempotency-Key` by the caller per request where a route honours it; not set here. */
  fetch?: typeof globalThis.fetch;
}

/**
 * A typed client of the platform's HTTP API (openapi-fetch over the generated types): paths, parameters,
 * bodies and answers are checked by the compiler against the same contracts the handlers validate with.
 *
 * @example
 * const api = platformClient({ baseUrl, apiKey });
 * const { data, error, response } = await api.GET('/v1/bank/pushes', { params: { query: { limit: 20 } } });
 */
/** The client `platformClient` returns. */
export type PlatformClient = Client<paths>;

export function platformClient(options: PlatformClientOptions): PlatformClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.accessToken
      ? { authorization: `Bearer ${options.accessToken}` }
      : { 'x-api-key': options.apiKey ?? '' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
