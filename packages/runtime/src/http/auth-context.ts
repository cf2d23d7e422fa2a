import { type Principal, roles } from '@sme/kernel';
import * as z from 'zod';

/**
 * What the authorizer hands to every route (API Gateway HTTP API simple responses pass a flat
 * context of strings). An unknown key is *authorised* at the gateway with `authenticated: false`,
 * because an HTTP API can only answer 403 for a denied request; the route then answers 401 with a
 * problem body, before reading anything else.
 */
export const authorizerContextSchema = z.discriminatedUnion('authenticated', [
  z.object({ authenticated: z.literal(true), clientId: z.string(), role: z.enum(roles), orgId: z.string() }),
  z.object({ authenticated: z.literal(false), reason: z.string() }),
]);
export type AuthorizerContext = z.infer<typeof authorizerContextSchema>;

export function principalFrom(context: AuthorizerContext): Principal | undefined {
  return context.authenticated
    ? { clientId: context.clientId, role: context.role, orgId: context.orgId }
    : undefined;
}
