import { hashIdentifier, type IdentifierKind, minSecretLength } from './identifiers.ts';

/**
 * The versioned keys of the identifier hashes (the city secret `blacklist-identifier-key`). Every
 * stored hash names the version it was made with; new hashes use `current`; a screening hashes the
 * identifiers it is given under every version in `keys`, so an entry hashed under an older version
 * still matches while it waits to be re-keyed (the platform never keeps a raw identifier, so an
 * entry is re-hashed only when its identifier is presented again). Removing a version from `keys`
 * retires it: hashes made with it no longer match anything.
 *
 * The secret holds either the keyring as JSON, `{ "current": "k2", "keys": { "k1": "…", "k2": "…" } }`,
 * or — as every stack created before versioning does — one plain string, which is version `k1`.
 */
export interface IdentifierKeyring {
  current: string;
  /** Version → secret; the current version first, then the older ones from newest to oldest. */
  keys: ReadonlyMap<string, string>;
}

/** The version of a hash stored without one, and of a secret that holds one plain key. */
export const legacyKeyVersion = 'k1';

const versionPattern = /^k[1-9]\d{0,5}$/;
const versionNumber = (v: string) => Number(v.slice(1));

/** Thrown when the secret does not hold a usable keyring; names the secret and what is wrong, never a key. */
export class KeyringError extends Error {
  constructor(reason: string) {
    super(`Secret blacklist-identifier-key: ${reason}`);
    this.name = 'KeyringError';
  }
}

function checkedKeyring(current: string, entries: [string, string][]): IdentifierKeyring {
  if (entries.length === 0) throw new KeyringError('"keys" is empty');
  for (const [version, key] of entries) {
    if (!versionPattern.test(version)) {
      throw new KeyringError(`key version "${version}" is not k<number> (k1, k2, …)`);
    }
    if (key.length < minSecretLength) {
      throw new KeyringError(`key ${version} is shorter than ${minSecretLength} characters`);
    }
  }
  const versions = entries.map(([v]) => v);
  if (!versions.includes(current)) {
    throw new KeyringError(
      `the current key version "${current}" is not in "keys" (${versions.join(', ')}): add its key, or set "current" to one of them`,
    );
  }
  const ordered = entries.sort(
    ([a], [b]) => Number(b === current) - Number(a === current) || versionNumber(b) - versionNumber(a),
  );
  return { current, keys: new Map(ordered) };
}

/**
 * Reads the secret's value: a JSON keyring, or (legacy) one plain key, which is `k1`. A keyring that
 * names a current version it does not hold, an empty or short key, or malformed JSON is refused with
 * a `KeyringError` saying what to fix.
 *
 * @example parseIdentifierKeyring('{"current":"k2","keys":{"k1":"…","k2":"…"}}').current === 'k2'
 */
export function parseIdentifierKeyring(secret: string): IdentifierKeyring {
  const text = secret.trim();
  // Generated secrets are alphanumeric (no punctuation), so a brace means someone wrote a keyring.
  if (!text.startsWith('{')) return checkedKeyring(legacyKeyVersion, [[legacyKeyVersion, secret]]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KeyringError(
      'starts with "{" but is not valid JSON; write {"current":"k2","keys":{"k1":"…","k2":"…"}}',
    );
  }
  const { current, keys } = (parsed ?? {}) as { current?: unknown; keys?: unknown };
  if (typeof current !== 'string') throw new KeyringError('"current" must name a key version, e.g. "k2"');
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) {
    throw new KeyringError('"keys" must be an object of key version → key');
  }
  const entries = Object.entries(keys);
  for (const [version, key] of entries) {
    if (typeof key !== 'string') throw new KeyringError(`key ${version} must be a string`);
  }
  return checkedKeyring(current, entries as [string, string][]);
}

/** The version a stored hash was made with (a hash stored before versioning has none: `k1`). */
export const versionOf = (stored: { keyVersion?: string }): string => stored.keyVersion ?? legacyKeyVersion;

/** One identifier's hash under one key version. */
export interface VersionedHash {
  keyVersion: string;
  hash: string;
}

/**
 * The identifier hashed under every live version, the current one first. Storing uses the first;
 * screening looks up all of them. A bad identifier is a `ValidationError` naming `path`.
 */
export function hashUnderEveryVersion(
  kind: IdentifierKind,
  raw: string,
  keyring: IdentifierKeyring,
  path: string = kind,
): VersionedHash[] {
  return [...keyring.keys].map(([keyVersion, key]) => ({
    keyVersion,
    hash: hashIdentifier(kind, raw, key, path),
  }));
}

/** The identifier hashed under the current version only: what a new entry stores. */
export function hashUnderCurrent(
  kind: IdentifierKind,
  raw: string,
  keyring: IdentifierKeyring,
  path: string = kind,
): VersionedHash {
  return {
    keyVersion: keyring.current,
    hash: hashIdentifier(kind, raw, keyring.keys.get(keyring.current) ?? '', path),
  };
}

/** The keyring as the secret holds it (JSON), versions in number order. */
export function keyringSecret(keyring: IdentifierKeyring): string {
  const keys = Object.fromEntries([...keyring.keys].sort(([a], [b]) => versionNumber(a) - versionNumber(b)));
  return JSON.stringify({ current: keyring.current, keys });
}

/**
 * The secret's next value for a rotation: `newKey` added as the next version (the highest plus one) and
 * made current, every existing version kept so their hashes keep matching until re-keyed (a plain legacy
 * key becomes `k1`). The new key must be long enough; it is never logged.
 */
export function addKeyVersion(secret: string, newKey: string): { secret: string; version: string } {
  const keyring = parseIdentifierKeyring(secret);
  const next = `k${Math.max(...[...keyring.keys.keys()].map(versionNumber)) + 1}`;
  const rotated = checkedKeyring(next, [...keyring.keys, [next, newKey]]);
  return { secret: keyringSecret(rotated), version: next };
}

/** The secret's next value with `version` removed: its hashes stop matching. The current version cannot be retired. */
export function removeKeyVersion(secret: string, version: string): string {
  const keyring = parseIdentifierKeyring(secret);
  if (!keyring.keys.has(version)) throw new KeyringError(`there is no key version "${version}" to retire`);
  if (version === keyring.current)
    throw new KeyringError(`"${version}" is the current version; rotate first`);
  return keyringSecret(
    checkedKeyring(
      keyring.current,
      [...keyring.keys].filter(([v]) => v !== version),
    ),
  );
}
