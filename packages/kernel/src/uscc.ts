/**
 * Unified social credit code (统一社会信用代码, USCC), GB 32100-2015.
 *
 * Layout of the 18 characters:
 * - 1: registration authority (登记管理部门), e.g. 1 机构编制, 5 民政, 9 工商 (market regulation), Y 其他;
 * - 2: entity type within that authority (for authority 9: 1 enterprise, 2 个体工商户, 3 农民专业合作社);
 * - 3–8: administrative division code of the registering authority (6 digits, GB/T 2260);
 * - 9–17: organisation code (组织机构代码, GB 11714);
 * - 18: check character over positions 1–17.
 *
 * Only the alphabet, the digit-only division and the check character are enforced. Positions 1–2
 * are not matched against the authority list because authorities have been added since 2015 and
 * a stale list would reject genuine codes. The organisation code carries its own check digit
 * (GB 11714, position 17 here); it is deliberately not verified: GB 32100 defines a code's validity
 * through position 18, which already catches every single-character error, so a second check
 * could only reject codes the registration authorities actually issued.
 */

import * as z from 'zod';
import { ValidationError } from './errors.ts';

/** The 31 characters a USCC may contain, in value order (0–30): no I, O, S, V, Z. */
export const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const usccLength = 18;

function charValue(char: string): number {
  return usccAlphabet.indexOf(char);
}

/**
 * The check character (position 18) for the first 17 characters of a USCC.
 * Throws `ValidationError` when the input is not 17 characters of the USCC alphabet.
 *
 * @example
 * usccCheckCharacter('91350100M000100Y4'); // '3'
 */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== weights.length) {
    throw new ValidationError(`USCC body must be ${weights.length} characters, got ${first17.length}`, [
      { path: 'uscc', message: `must be ${weights.length} characters` },
    ]);
  }
  let sum = 0;
  weights.forEach((weight, index) => {
    const char = first17.charAt(index);
    const value = charValue(char);
    if (value < 0) {
      throw new ValidationError(`USCC character ${index + 1} '${char}' is not allowed`, [
        { path: 'uscc', message: `character ${index + 1} '${char}' is not allowed` },
      ]);
    }
    sum += value * weight;
  });
  return usccAlphabet.charAt((31 - (sum % 31)) % 31);
}

export type UsccParseResult = { ok: true; uscc: string } | { ok: false; reason: string };

/**
 * Normalises (trim, upper-case) and validates a USCC, explaining the first problem found.
 *
 * @example
 * parseUscc(' 91350100m000100y43 '); // { ok: true, uscc: '91350100M000100Y43' }
 */
export function parseUscc(input: string): UsccParseResult {
  const uscc = input.trim().toUpperCase();
  if (uscc.length !== usccLength) {
    return { ok: false, reason: `must be ${usccLength} characters, got ${uscc.length}` };
  }
  for (let index = 0; index < uscc.length; index++) {
    const char = uscc.charAt(index);
    if (charValue(char) < 0) {
      return { ok: false, reason: `character ${index + 1} '${char}' is not allowed (no I, O, S, V, Z)` };
    }
  }
  const division = uscc.slice(2, 8);
  if (!/^\d{6}$/.test(division)) {
    return {
      ok: false,
      reason: `characters 3-8 (administrative division) must be digits, got '${division}'`,
    };
  }
  const expected = usccCheckCharacter(uscc.slice(0, 17));
  const actual = uscc.charAt(17);
  if (actual !== expected) {
    return { ok: false, reason: `check character should be '${expected}', got '${actual}'` };
  }
  return { ok: true, uscc };
}

/**
 * Returns the normalised USCC or throws `ValidationError` naming `path`.
 *
 * @example
 * assertUscc(body.uscc, 'body.uscc');
 */
export function assertUscc(input: string, path = 'uscc'): string {
  const result = parseUscc(input);
  if (!result.ok) {
    throw new ValidationError(`Invalid unified social credit code: ${result.reason}`, [
      { path, message: result.reason },
    ]);
  }
  return result.uscc;
}

/** The USCC at an API boundary: normalised (upper case, trimmed), or an issue saying which rule it breaks. */
export const usccSchema = z
  .string()
  .transform((raw, ctx) => {
    const parsed = parseUscc(raw);
    if (parsed.ok) return parsed.uscc;
    ctx.addIssue({ code: 'custom', message: `invalid unified social credit code: ${parsed.reason}` });
    return z.NEVER;
  })
  .meta({
    description: 'Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted',
    example: '91350100M000100Y43',
  });
