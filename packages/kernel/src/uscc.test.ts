import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors.ts';
import { assertUscc, parseUscc, usccAlphabet, usccCheckCharacter } from './uscc.ts';

// An independent transcription of GB 32100-2015 §5, so that tests do not trust the module's own tables.
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function referenceCheck(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    sum += alphabet.indexOf(first17.charAt(index)) * (weights[index] ?? Number.NaN);
  }
  return alphabet.charAt((31 - (sum % 31)) % 31);
}

function withCheck(first17: string): string {
  return first17 + referenceCheck(first17);
}

function replaceAt(text: string, index: number, char: string): string {
  return text.slice(0, index) + char + text.slice(index + 1);
}

/*
 * Hand check of the widely cited example 91350100M000100Y43 (values: M = 21, Y = 30):
 *   9×1 + 1×3 + 3×9 + 5×27 + 0×19 + 1×26 + 0×16 + 0×17 + M(21)×20
 *   + 0×29 + 0×25 + 0×13 + 1×8 + 0×24 + 0×10 + Y(30)×30 + 4×28
 *   = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640
 *   1640 mod 31 = 28 (31 × 52 = 1612), (31 − 28) mod 31 = 3 → check character '3'.
 */
const citedExample = '91350100M000100Y43';

/*
 * Same body with position 17 varied, so the check lands on '0' and on letters.
 * The first 16 positions weigh 1640 − 4×28 = 1528.
 *   ...Y3: 1528 + 3×28 = 1612 = 31 × 52, mod 31 = 0, (31 − 0) mod 31 = 0 → '0'
 *   ...YD: 1528 + 13×28 = 1892, mod 31 = 1 → value 30 → 'Y'
 *   ...YU: 1528 + 27×28 = 2284, mod 31 = 21 → value 10 → 'A'
 */
const checkZero = '91350100M000100Y30';
const checkLetterY = '91350100M000100YDY';
const checkLetterA = '91350100M000100YUA';

// Codes as published for registered companies (an enterprise under market regulation, "91").
const publishedCodes = ['914403001922038216', '9144030071526726XG', '91110000802100433B'];

describe('Constant: usccAlphabet', () => {
  it('has the 31 allowed characters in value order, without I, O, S, V, Z', () => {
    // Assess
    expect(usccAlphabet).toBe(alphabet);
    expect(usccAlphabet).toHaveLength(31);
    for (const banned of ['I', 'O', 'S', 'V', 'Z']) expect(usccAlphabet).not.toContain(banned);
    expect(usccAlphabet.indexOf('A')).toBe(10);
    expect(usccAlphabet.indexOf('Y')).toBe(30);
  });
});

describe('Function: usccCheckCharacter', () => {
  it('gives the hand-checked character of the cited example', () => {
    // Act
    const check = usccCheckCharacter('91350100M000100Y4');

    // Assess
    expect(check).toBe('3');
  });

  it.each([
    [checkZero, '0'],
    [checkLetterY, 'Y'],
    [checkLetterA, 'A'],
  ])('gives the hand-checked character of %s', (code, expected) => {
    // Act
    const check = usccCheckCharacter(code.slice(0, 17));

    // Assess
    expect(check).toBe(expected);
    expect(referenceCheck(code.slice(0, 17))).toBe(expected);
  });

  it.each([
    '91350100M000100Y4',
    '12100000400000624',
    'Y1110108MA01ABCDE',
    '5233010050000000X',
    'N2440300000000001',
  ])('agrees with the reference formula for %s', (first17) => {
    // Act
    const check = usccCheckCharacter(first17);

    // Assess
    expect(check).toBe(referenceCheck(first17));
  });

  it('rejects a body that is not 17 characters', () => {
    // Act & Assess
    expect(() => usccCheckCharacter('91350100M000100Y')).toThrow(ValidationError);
  });

  it('rejects a body with a character outside the alphabet', () => {
    // Act & Assess
    expect(() => usccCheckCharacter('91350100O000100Y4')).toThrow(/character 9 'O'/);
  });
});

describe('Function: parseUscc', () => {
  it.each([citedExample, checkZero, checkLetterY, checkLetterA, ...publishedCodes])('accepts %s', (code) => {
    // Act
    const result = parseUscc(code);

    // Assess
    expect(result).toEqual({ ok: true, uscc: code });
  });

  it.each([withCheck('12100000400000624'), withCheck('Y1110108MA01ABCDE'), withCheck('5233010050000000X')])(
    'accepts %s whose check character was computed by the reference formula',
    (code) => {
      // Act
      const result = parseUscc(code);

      // Assess
      expect(result).toEqual({ ok: true, uscc: code });
    },
  );

  it('trims surrounding whitespace', () => {
    // Act
    const result = parseUscc(`  \t${citedExample}\n `);

    // Assess
    expect(result).toEqual({ ok: true, uscc: citedExample });
  });

  it('accepts lower case and normalises it to upper case', () => {
    // Act
    const result = parseUscc('91350100m000100y43');

    // Assess
    expect(result).toEqual({ ok: true, uscc: citedExample });
  });

  it.each([
    [citedExample.slice(0, 17), 'must be 18 characters, got 17'],
    [`${citedExample}0`, 'must be 18 characters, got 19'],
    ['', 'must be 18 characters, got 0'],
  ])('rejects %j by length', (input, reason) => {
    // Act
    const result = parseUscc(input);

    // Assess
    expect(result).toEqual({ ok: false, reason });
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the letter %s, naming position and character', (letter) => {
    // Prepare
    const input = replaceAt(citedExample, 8, letter);

    // Act
    const result = parseUscc(input);

    // Assess
    expect(result).toEqual({
      ok: false,
      reason: `character 9 '${letter}' is not allowed (no I, O, S, V, Z)`,
    });
  });

  it('rejects a banned letter typed in lower case after normalising it', () => {
    // Act
    const result = parseUscc('9135o100M000100Y43');

    // Assess
    expect(result).toEqual({ ok: false, reason: "character 5 'O' is not allowed (no I, O, S, V, Z)" });
  });

  it('rejects inner whitespace as a disallowed character', () => {
    // Act
    const result = parseUscc('9135 100M000100Y43');

    // Assess
    expect(result).toEqual({ ok: false, reason: "character 5 ' ' is not allowed (no I, O, S, V, Z)" });
  });

  it('rejects letters in the administrative division even when the check character matches', () => {
    // Prepare
    const input = withCheck('91AB0100M000100Y4');

    // Act
    const result = parseUscc(input);

    // Assess
    expect(result).toEqual({
      ok: false,
      reason: "characters 3-8 (administrative division) must be digits, got 'AB0100'",
    });
  });

  it('rejects a wrong check character, naming the expected one', () => {
    // Act
    const result = parseUscc('91350100M000100Y4X');

    // Assess
    expect(result).toEqual({ ok: false, reason: "check character should be '3', got 'X'" });
  });

  it('catches every single-character substitution in positions 1-17 of a valid code', () => {
    // Prepare
    const originalCheck = citedExample.charAt(17);
    let substitutions = 0;

    for (let index = 0; index < 17; index++) {
      for (const char of alphabet) {
        if (char === citedExample.charAt(index)) continue;
        const corrupted = replaceAt(citedExample, index, char);

        // Act
        const result = parseUscc(corrupted);

        // Assess: rejected, and the check character alone would have caught it (31 is prime, no weight is 0 mod 31)
        expect(result.ok, corrupted).toBe(false);
        expect(usccCheckCharacter(corrupted.slice(0, 17)), corrupted).not.toBe(originalCheck);
        substitutions++;
      }
    }
    expect(substitutions).toBe(17 * 30);
  });

  it.each([citedExample, checkZero, ...publishedCodes])(
    'catches every adjacent transposition of distinct characters in positions 1-17 of %s',
    (code) => {
      let transpositions = 0;
      for (let index = 0; index < 16; index++) {
        // Prepare
        const left = code.charAt(index);
        const right = code.charAt(index + 1);
        if (left === right) continue;
        const swapped = code.slice(0, index) + right + left + code.slice(index + 2);

        // Act
        const result = parseUscc(swapped);

        // Assess
        expect(result.ok, swapped).toBe(false);
        transpositions++;
      }
      expect(transpositions).toBeGreaterThan(0);
    },
  );
});

describe('Function: assertUscc', () => {
  it('returns the normalised code', () => {
    // Act
    const uscc = assertUscc(' 9144030071526726xg ');

    // Assess
    expect(uscc).toBe('9144030071526726XG');
  });

  it('throws a ValidationError naming the default path and the reason', () => {
    // Act
    const act = () => assertUscc('91350100M000100Y4X');

    // Assess
    expect(act).toThrow(ValidationError);
    expect(act).toThrow(
      expect.objectContaining({
        issues: [{ path: 'uscc', message: "check character should be '3', got 'X'" }],
      }),
    );
  });

  it('throws naming the caller-supplied path', () => {
    // Act
    let caught: unknown;
    try {
      assertUscc('91350100M000100Y4', 'body.rows.3.uscc');
    } catch (error) {
      caught = error;
    }

    // Assess
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues).toEqual([
      { path: 'body.rows.3.uscc', message: 'must be 18 characters, got 17' },
    ]);
  });
});
