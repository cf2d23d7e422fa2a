import { type PlatformClient, platformClient } from '@sme/client';
import type { Person } from './oidc.ts';

/**
 * Who is signed in, kept in sessionStorage (gone with the tab): a person signed in with OpenID Connect
 * (oidc.ts; their access token is sent as `Authorization: Bearer`), or, locally, a role's demo API key
 * (printed by ./dev start) for trying the API as a machine would.
 */
const storageKey = 'sme-console-api-key';
const personKey = 'sme-console-person';

/** The person signed in, while their token is good (a minute of margin); undefined otherwise. */
export function signedInPerson(): Person | undefined {
  const raw = sessionStorage.getItem(personKey);
  if (!raw) return undefined;
  const person = JSON.parse(raw) as Person;
  if (person.expiresAt - 60_000 > Date.now()) return person;
  sessionStorage.removeItem(personKey);
  return undefined;
}

export const savePerson = (person: Person) => {
  sessionStorage.removeItem(storageKey);
  sessionStorage.setItem(personKey, JSON.stringify(person));
};

/** What the screens call the API with: the person's access token, else the demo key. */
export const savedKey = (): string | undefined =>
  signedInPerson()?.accessToken ?? sessionStorage.getItem(storageKey) ?? undefined;
export const saveKey = (key: string) => {
  sessionStorage.removeItem(personKey);
  sessionStorage.setItem(storageKey, key);
};
export const forgetKey = () => {
  sessionStorage.removeItem(storageKey);
  sessionStorage.removeItem(personKey);
};

/** A JWT (an access token) is three base64url parts; an API key is `sme_<city>_…`. */
const isJwt = (secret: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(secret);

export const apiFor = (secret: string): PlatformClient =>
  isJwt(secret)
    ? platformClient({ baseUrl: location.origin, accessToken: secret })
    : platformClient({ baseUrl: location.origin, apiKey: secret });

/** A problem+json body's per-field errors, as "path: message" lines to show beside the form. */
export function problemLines(error: unknown): string[] {
  if (!error || typeof error !== 'object') return [String(error)];
  const p = error as {
    title?: string;
    detail?: string;
    errors?: { path?: string; pointer?: string; message?: string }[];
  };
  const fields = (p.errors ?? []).map((e) => `${e.path ?? e.pointer ?? ''}: ${e.message ?? ''}`);
  return [p.detail ?? p.title ?? '请求失败', ...fields];
}
