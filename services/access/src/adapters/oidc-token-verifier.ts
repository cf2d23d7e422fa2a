import { envNames } from '@sme/runtime';
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';

/** Where people's tokens come from: the city's Cognito user pool deployed, the local provider in `./dev start`. */
export interface OidcSettings {
  issuer: string;
  /** The API's audience: a token's `aud` (an OpenID provider's JWT access token) or Cognito's `client_id`. */
  audience: string;
  jwksUri: string;
}

/** The settings from the env the stack sets (`OIDC_*`); undefined where people's sign-in is not configured. */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | undefined {
  const issuer = env[envNames.oidcIssuer];
  const audience = env[envNames.oidcAudience];
  if (!issuer || !audience) return undefined;
  // Cognito publishes its keys at /.well-known/jwks.json under the issuer; other providers say where.
  return { issuer, audience, jwksUri: env[envNames.oidcJwksUri] || `${issuer}/.well-known/jwks.json` };
}

export type VerifiedToken = { ok: true; claims: JWTPayload } | { ok: false; reason: string };

/**
 * Verifies a person's bearer token: signature by a key of the issuer's JWKS (fetched once, cached by
 * jose and fetched again when a token names an unknown key, as after a rotation), issuer, expiry (60 s of
 * clock skew), and audience. ID tokens are refused: they say who signed in to the console, not that the
 * API may be called (Cognito's carry `token_use: id`; other providers' name the console, not the API).
 */
export class OidcTokenVerifier {
  readonly #settings: OidcSettings;
  readonly #jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(settings: OidcSettings) {
    this.#settings = settings;
    this.#jwks = createRemoteJWKSet(new URL(settings.jwksUri), { timeoutDuration: 3000 });
  }

  get settings(): OidcSettings {
    return this.#settings;
  }

  async verify(token: string): Promise<VerifiedToken> {
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, this.#jwks, {
        issuer: this.#settings.issuer,
        algorithms: ['RS256', 'ES256', 'PS256'],
        clockTolerance: 60,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
    if (claims.token_use === 'id') return { ok: false, reason: 'an ID token is not an access token' };
    const audiences = Array.isArray(claims.aud) ? claims.aud : claims.aud ? [claims.aud] : [];
    const forUs =
      audiences.includes(this.#settings.audience) ||
      (claims.token_use === 'access' && claims.client_id === this.#settings.audience);
    if (!forUs) return { ok: false, reason: 'the token is for another audience' };
    return { ok: true, claims };
  }
}

/** What was wrong, in words fit for a 401's detail: never the token itself. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'the token is signed by a key the issuer does not publish';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm not accepted';
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid)
    return 'the token is malformed';
  if (error instanceof errors.JWKSTimeout) return "the issuer's keys could not be fetched in time";
  if (error instanceof errors.JOSEError) return `the token is not accepted (${error.code})`;
  return 'the token is malformed';
}
