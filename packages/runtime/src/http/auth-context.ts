import { type Principal, roles } from '@sme/kernel';
import * as z from 'zod';

/**
 * What the authorizer hands to every route (API Gateway HTTP API simple responses pass a flat
 * context). The authorizer denies unknown and revoked keys itself, so no route runs for them; a
 * route still refuses a context that is not an authenticated one (401), should one reach it.
 */
export const authorizerContextSchema = z.discriminatedUnion('authenticated', [
  z.object({
    authenticated: z.literal(true),
    clientId: z.string(),
    role: z.enum(roles),
    orgId: z.string(),
    /** The client's own limit, else the city's `auth.requestsPerMinute`. */
    requestsPerMinute: z.coerce.number().int().positive().optional(),
  }),
  z.object({ authenticated: z.literal(false), reason: z.string() }),
]);
export type AuthorizerContext = z.infer<typeof authorizerContextSchema>;

export function principalFrom(context: AuthorizerContext): Principal | undefined {
  return context.authenticated
    ? { clientId: context.clientId, role: context.role, orgId: context.orgId }
    : undefined;
}
