import { type CityConfig, organisations, type Role } from '@sme/kernel';

/** The claims of a verified access token the platform reads (OpenID Connect providers and Cognito). */
export interface PersonClaims {
  sub?: unknown;
  name?: unknown;
  /** Cognito's access tokens carry `username`, not `name`. */
  username?: unknown;
  groups?: unknown;
  /** Cognito puts the user's groups here, in the access token as in the ID token. */
  'cognito:groups'?: unknown;
}

export type PersonPrincipal =
  | { ok: true; clientId: string; subject: string; name?: string; role: Role; orgId: string }
  | { ok: false; reason: string };

/** The group that makes a person an operator of the stack: ops belong to no organisation of the city. */
export const opsGroup = 'ops';

/**
 * A person's role and organisation from their token's groups. Each group is named after one organisation
 * of the city file (`ls-office`, `bank-gs`) or is `ops`, so the role follows from the organisation exactly
 * as it does for an API client (`createApiClient`); groups of other applications are ignored. A person
 * must be in exactly one of them: two would leave the organisation an action is audited under ambiguous.
 *
 * @example
 * personFromClaims(city, { sub: 'u-1', name: '王敏', groups: ['ls-office'] })
 * // → { ok: true, clientId: 'person:u-1', subject: 'u-1', name: '王敏', role: 'coordinator', orgId: 'ls-office' }
 */
export function personFromClaims(city: CityConfig, claims: PersonClaims): PersonPrincipal {
  if (typeof claims.sub !== 'string' || claims.sub === '')
    return { ok: false, reason: 'the token has no sub' };
  const raw = claims.groups ?? claims['cognito:groups'] ?? [];
  const groups = (Array.isArray(raw) ? raw : [raw]).filter((g): g is string => typeof g === 'string');
  const orgs = organisations(city);
  const matches = groups.flatMap((g) => {
    if (g === opsGroup) return [{ role: 'ops' as Role, orgId: opsGroup }];
    const org = orgs.find((o) => o.id === g);
    return org ? [{ role: org.role as Role, orgId: org.id }] : [];
  });
  if (matches.length === 0)
    return { ok: false, reason: `the person is in no group of an organisation of ${city.id}` };
  if (matches.length > 1)
    return {
      ok: false,
      reason: `the person is in ${matches.length} organisations' groups (${matches.map((m) => m.orgId).join(', ')}); one is allowed`,
    };
  const [match] = matches as [{ role: Role; orgId: string }];
  const name =
    typeof claims.name === 'string' && claims.name
      ? claims.name
      : typeof claims.username === 'string' && claims.username
        ? claims.username
        : undefined;
  return {
    ok: true,
    clientId: `person:${claims.sub}`,
    subject: claims.sub,
    ...(name ? { name } : {}),
    role: match.role,
    orgId: match.orgId,
  };
}
