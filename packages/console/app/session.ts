import { type PlatformClient, platformClient } from '@sme/client';

/**
 * Sign-in, local and interim: a role's demo API key (printed by ./dev start) kept in sessionStorage, so it
 * ends with the tab. People will sign in with OpenID Connect instead (docs/console.md); nothing here pretends to.
 */
const storageKey = 'sme-console-api-key';

export const savedKey = (): string | undefined => sessionStorage.getItem(storageKey) ?? undefined;
export const saveKey = (key: string) => sessionStorage.setItem(storageKey, key);
export const forgetKey = () => sessionStorage.removeItem(storageKey);

export const apiFor = (apiKey: string): PlatformClient =>
  platformClient({ baseUrl: location.origin, apiKey });

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
