import { type Principal, roles } from '@sme/kernel';
import * as z from 'zod';

/**
 * What the authorizer hands to every route (API Gateway HTTP API simple responses pass a flat
 * context). The authorizer denies unknown and revoked keys itself, so no route runs for them; a
 * missing credential or a bearer token that fails verification reaches the route as an unauthenticated
 * context with its reason, and the route answers 401 problem+json saying why (RFC 6750 `invalid_token`).
 */
export const authorizerContextSchema = z.discriminatedUnion('authenticated', [
  z.object({
    authenticated: z.literal(true),
    clientId: z.string(),
    role: z.enum(roles),
    orgId: z.string(),
    /** The client's own limit, else the city's `auth.requestsPerMinute`. */
    requestsPerMinute: z.coerce.number().int().positive().optional(),
    /** A person's token: its `sub` and display name (simple authorizer responses carry flat values only). */
    subject: z.string().optional(),
    name: z.string().optional(),
  }),
  z.object({ authenticated: z.literal(false), reason: z.string() }),
]);
export type AuthorizerContext = z.infer<typeof authorizerContextSchema>;

export function principalFrom(context: AuthorizerContext): Principal | undefined {
  if (!context.authenticated) return undefined;
  const principal: Principal = { clientId: context.clientId, role: context.role, orgId: context.orgId };
  if (context.subject)
    principal.person = { subject: context.subject, ...(context.name ? { name: context.name } : {}) };
  return principal;
}
