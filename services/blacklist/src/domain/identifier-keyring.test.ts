import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addKeyVersion,
  hashUnderCurrent,
  hashUnderEveryVersion,
  KeyringError,
  parseIdentifierKeyring,
  removeKeyVersion,
} from './identifier-keyring.ts';

const k1 = 'linshan-test-secret-0123456789';
const k2 = 'linshan-second-key-9876543210abcdef';
const hmac = (key: string, message: string) => createHmac('sha256', key).update(message).digest('hex');

describe('Function: parseIdentifierKeyring', () => {
  it('reads the plain secret every stack had before versioning as version k1', () => {
    const keyring = parseIdentifierKeyring(k1);
    expect(keyring.current).toBe('k1');
    expect([...keyring.keys]).toEqual([['k1', k1]]);
  });

  it('reads a keyring, the current version first, then the older ones newest first', () => {
    // Act
    const keyring = parseIdentifierKeyring(
      JSON.stringify({ current: 'k2', keys: { k1, k3: `${k2}-three`, k2 } }),
    );

    // Assess
    expect(keyring.current).toBe('k2');
    expect([...keyring.keys.keys()]).toEqual(['k2', 'k3', 'k1']);
  });

  it('refuses a keyring without its current key, saying which versions it holds', () => {
    expect(() => parseIdentifierKeyring(JSON.stringify({ current: 'k2', keys: { k1 } }))).toThrow(
      new KeyringError(
        'the current key version "k2" is not in "keys" (k1): add its key, or set "current" to one of them',
      ),
    );
    expect(() => parseIdentifierKeyring(JSON.stringify({ current: 'k2', keys: { k1 } }))).toThrow(
      /^Secret blacklist-identifier-key: /,
    );
  });

  it('refuses malformed JSON, an empty keyring, a short key and a version that is not k<number>, never quoting a key', () => {
    const cases: [string, string][] = [
      ['{"current":"k2",', 'starts with "{" but is not valid JSON'],
      [JSON.stringify({ current: 'k1', keys: {} }), '"keys" is empty'],
      [JSON.stringify({ current: 'k1', keys: { k1: 'short' } }), 'key k1 is shorter than 16 characters'],
      [JSON.stringify({ current: 'v2', keys: { v2: k2 } }), 'key version "v2" is not k<number>'],
      [JSON.stringify({ keys: { k1 } }), '"current" must name a key version'],
      [JSON.stringify({ current: 'k1', keys: { k1: 42 } }), 'key k1 must be a string'],
    ];
    for (const [secret, message] of cases) {
      const error = (() => {
        try {
          parseIdentifierKeyring(secret);
        } catch (e) {
          return e as Error;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(KeyringError);
      expect(error?.message).toContain(message);
      expect(error?.message).not.toContain(k1);
    }
  });
});

describe('Function: hashUnderEveryVersion', () => {
  it('hashes under every live version, current first; storing uses the current one only', () => {
    // Prepare
    const keyring = parseIdentifierKeyring(JSON.stringify({ current: 'k2', keys: { k1, k2 } }));

    // Act
    const all = hashUnderEveryVersion('phone', '+86 139-1234-5678', keyring);
    const stored = hashUnderCurrent('phone', '13912345678', keyring);

    // Assess: the k1 hash is exactly what a stack before versioning stored.
    expect(all).toEqual([
      { keyVersion: 'k2', hash: hmac(k2, 'phone:13912345678') },
      { keyVersion: 'k1', hash: hmac(k1, 'phone:13912345678') },
    ]);
    expect(stored).toEqual({ keyVersion: 'k2', hash: hmac(k2, 'phone:13912345678') });
  });
});

describe('Function: addKeyVersion / removeKeyVersion', () => {
  const k3 = 'linshan-third-key-aaaaaaaaaaaaaaaa';

  it('makes a plain legacy key k1 and the new one k2, current; the next rotation adds k3 keeping both', () => {
    // Act
    const first = addKeyVersion(k1, k2);
    const second = addKeyVersion(first.secret, k3);

    // Assess
    expect(first).toEqual({ version: 'k2', secret: JSON.stringify({ current: 'k2', keys: { k1, k2 } }) });
    expect(second.version).toBe('k3');
    expect(JSON.parse(second.secret)).toEqual({ current: 'k3', keys: { k1, k2, k3 } });
    expect(() => addKeyVersion(k1, 'short')).toThrow('key k2 is shorter than');
  });

  it('retires an older version, never the current one or one it does not hold', () => {
    const ring = JSON.stringify({ current: 'k2', keys: { k1, k2 } });
    expect(JSON.parse(removeKeyVersion(ring, 'k1'))).toEqual({ current: 'k2', keys: { k2 } });
    expect(() => removeKeyVersion(ring, 'k2')).toThrow(KeyringError);
    expect(() => removeKeyVersion(ring, 'k7')).toThrow('there is no key version "k7" to retire');
  });
});
