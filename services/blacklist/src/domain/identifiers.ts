import { createHmac } from 'node:crypto';
import { ValidationError } from '@sme/kernel';

/** Personal identifiers that are stored only as keyed hashes. */
export type IdentifierKind = 'id-number' | 'phone' | 'account';

/** Identifiers that can be shown masked; a person's name is masked but never hashed. */
export type MaskableKind = IdentifierKind | 'person-name';

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const idCheckCharacters = '10X98765432';
/** Short secrets make the keyed hash guessable by brute force over the small phone-number space. */
export const minSecretLength = 16;

/**
 * The GB 11643-1999 check character of the first 17 digits of a resident identity number:
 * Σ(digit × weight) mod 11, mapped through `10X98765432`.
 */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (idWeights[i] ?? 0);
  return idCheckCharacters[sum % 11] ?? '';
}

const fail = (path: string, message: string): never => {
  throw new ValidationError(message, [{ path, message }]);
};

/**
 * Canonical form of an identifier, or a `ValidationError` naming `path`:
 * - id-number: 18 characters, upper-case `X`, GB 11643 check character verified;
 * - phone: `+86`/`0086`, spaces, dashes and brackets dropped; a mainland mobile (11 digits from 1[3-9])
 *   or a landline with its area code (0 + 9–11 digits);
 * - account: separators dropped, 8–32 digits.
 */
export function normaliseIdentifier(kind: IdentifierKind, raw: string, path: string = kind): string {
  const compact = raw.normalize('NFKC').replace(/[\s\-()]/g, '');
  switch (kind) {
    case 'id-number': {
      const id = compact.toUpperCase();
      if (!/^\d{17}[\dX]$/.test(id))
        return fail(path, 'ID number must be 17 digits followed by a digit or X');
      if (idNumberCheckCharacter(id.slice(0, 17)) !== id[17])
        return fail(path, 'ID number check character is wrong');
      return id;
    }
    case 'phone': {
      const phone = compact.replace(/^(?:\+86|0086)/, '').replace(/^86(?=1[3-9]\d{9}$)/, '');
      if (/^1[3-9]\d{9}$/.test(phone) || /^0\d{9,11}$/.test(phone)) return phone;
      return fail(path, 'phone must be a mainland mobile (11 digits) or a landline with area code');
    }
    case 'account': {
      if (!/^\d{8,32}$/.test(compact)) return fail(path, 'account must be 8 to 32 digits');
      return compact;
    }
  }
}

/**
 * Keyed hash (HMAC-SHA256, hex) of a normalised identifier under the city's secret. The kind is
 * part of the message so an account and a phone with the same digits never collide.
 *
 * @example hashIdentifier('phone', '+86 138-0013-8000', secret) === hashIdentifier('phone', '13800138000', secret)
 */
export function hashIdentifier(
  kind: IdentifierKind,
  raw: string,
  secret: string,
  path: string = kind,
): string {
  if (secret.length < minSecretLength) {
    throw new Error(`identifier hashing secret must be at least ${minSecretLength} characters`);
  }
  const value = normaliseIdentifier(kind, raw, path);
  return createHmac('sha256', secret).update(`${kind}:${value}`).digest('hex');
}

/** Two-character Chinese surnames, kept whole when a name is masked (欧阳娜娜 → 欧阳**). */
const compoundSurnames = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '申屠',
  '澹台',
  '太史',
  '万俟',
  '闻人',
  '赫连',
  '钟离',
  '鲜于',
  '濮阳',
  '东郭',
  '公冶',
  '仲孙',
  '单于',
  '拓跋',
  '第五',
  '左丘',
  '谷梁',
  '段干',
]);

/**
 * Display form that reveals only what a reviewer needs to tell records apart:
 * id-number `110101********1234` (region code and last four), phone `138****5678`,
 * landline area code and last four, account `****1234`, person name `张*` / `欧阳**`.
 */
export function maskIdentifier(kind: MaskableKind, raw: string, path: string = kind): string {
  if (kind === 'person-name') return maskPersonName(raw);
  const value = normaliseIdentifier(kind, raw, path);
  switch (kind) {
    case 'id-number':
      return `${value.slice(0, 6)}${'*'.repeat(8)}${value.slice(-4)}`;
    case 'phone':
      return value.startsWith('0')
        ? `${value.slice(0, value.length - 8)}****${value.slice(-4)}`
        : `${value.slice(0, 3)}****${value.slice(-4)}`;
    case 'account':
      return `****${value.slice(-4)}`;
  }
}

function maskPersonName(raw: string): string {
  const name = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const chars = [...name];
  if (chars.length === 0) return '';
  if (!/\p{Script=Han}/u.test(name)) {
    return name
      .split(' ')
      .map((word) => `${[...word][0] ?? ''}${'*'.repeat(Math.max(0, [...word].length - 1))}`)
      .join(' ');
  }
  const surnameLength = chars.length > 2 && compoundSurnames.has(chars.slice(0, 2).join('')) ? 2 : 1;
  return `${chars.slice(0, surnameLength).join('')}${'*'.repeat(chars.length - surnameLength)}`;
}
