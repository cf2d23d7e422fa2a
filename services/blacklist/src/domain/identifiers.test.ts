import { createHmac } from 'node:crypto';
import { ValidationError } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import {
  hashIdentifier,
  idNumberCheckCharacter,
  maskIdentifier,
  normaliseIdentifier,
} from './identifiers.ts';

const secret = 'linshan-test-secret-0123456789';

describe('Function: idNumberCheckCharacter', () => {
  it('computes the GB 11643 check character of the standard examples', () => {
    // Act & Assess: Σ(digit × weight) = 167 → 167 mod 11 = 2 → X; 195 mod 11 = 8 → 4.
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumberCheckCharacter('44052418800101001')).toBe('4');
  });
});

describe('Function: normaliseIdentifier', () => {
  it('upper-cases a trailing x and accepts a correct check character', () => {
    // Act & Assess
    expect(normaliseIdentifier('id-number', ' 11010519491231002x ')).toBe('11010519491231002X');
    expect(normaliseIdentifier('id-number', '440524188001010014')).toBe('440524188001010014');
  });

  it('rejects a wrong check character with a ValidationError naming the field', () => {
    // Act
    const act = () => normaliseIdentifier('id-number', '110105194912310021', 'parties.0.idNumber');

    // Assess
    expect(act).toThrow(ValidationError);
    try {
      act();
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: 'parties.0.idNumber', message: 'ID number check character is wrong' },
      ]);
    }
  });

  it('rejects an ID number of the wrong length', () => {
    // Act & Assess
    expect(() => normaliseIdentifier('id-number', '11010519491231002')).toThrow(ValidationError);
  });

  it('strips +86, spaces and dashes from a phone number and checks its shape', () => {
    // Act & Assess
    expect(normaliseIdentifier('phone', '+86 138-0013-8000')).toBe('13800138000');
    expect(normaliseIdentifier('phone', '0086 13800138000')).toBe('13800138000');
    expect(normaliseIdentifier('phone', '8613800138000')).toBe('13800138000');
    expect(normaliseIdentifier('phone', '(0571) 8888-6666')).toBe('057188886666');
    expect(() => normaliseIdentifier('phone', '1380013800')).toThrow(ValidationError);
    expect(() => normaliseIdentifier('phone', '12800138000')).toThrow(ValidationError);
  });

  it('keeps only the digits of an account and rejects letters', () => {
    // Act & Assess
    expect(normaliseIdentifier('account', '6222 0212-3456 7890 123')).toBe('6222021234567890123');
    expect(() => normaliseIdentifier('account', '6222AB1234567890')).toThrow(ValidationError);
  });
});

describe('Function: hashIdentifier', () => {
  it('is HMAC-SHA256 of kind and normalised value, never the raw value', () => {
    // Prepare
    const expected = createHmac('sha256', secret).update('phone:13800138000').digest('hex');

    // Act
    const hashed = hashIdentifier('phone', '+86 138 0013 8000', secret);

    // Assess
    expect(hashed).toBe(expected);
    expect(hashed).toMatch(/^[0-9a-f]{64}$/);
    expect(hashed).not.toContain('13800138000');
  });

  it('gives the same hash for differently written equal values', () => {
    // Act & Assess
    expect(hashIdentifier('id-number', '11010519491231002x', secret)).toBe(
      hashIdentifier('id-number', '11010519491231002X', secret),
    );
  });

  it('differs per city secret and per kind', () => {
    // Act
    const here = hashIdentifier('account', '13800138000', secret);
    const elsewhere = hashIdentifier('account', '13800138000', 'another-city-secret-987654');
    const asPhone = hashIdentifier('phone', '13800138000', secret);

    // Assess
    expect(here).not.toBe(elsewhere);
    expect(here).not.toBe(asPhone);
  });

  it('refuses a secret shorter than 16 characters', () => {
    // Act & Assess
    expect(() => hashIdentifier('phone', '13800138000', 'short')).toThrow(/at least 16/);
  });

  it('validates before hashing', () => {
    // Act & Assess
    expect(() => hashIdentifier('id-number', '110105194912310021', secret)).toThrow(ValidationError);
  });
});

describe('Function: maskIdentifier', () => {
  it('keeps the first six and last four characters of an ID number', () => {
    // Act & Assess
    expect(maskIdentifier('id-number', '11010519491231002x')).toBe('110105********002X');
  });

  it('keeps the first three and last four digits of a mobile, the area code of a landline', () => {
    // Act & Assess
    expect(maskIdentifier('phone', '+86 138-1234-5678')).toBe('138****5678');
    expect(maskIdentifier('phone', '0571-8888-6666')).toBe('0571****6666');
  });

  it('keeps only the last four digits of an account', () => {
    // Act & Assess
    expect(maskIdentifier('account', '6222 0212 3456 7890 123')).toBe('****0123');
  });

  it('keeps the surname of a person, both characters of a compound surname', () => {
    // Act & Assess
    expect(maskIdentifier('person-name', '张三')).toBe('张*');
    expect(maskIdentifier('person-name', '王小明')).toBe('王**');
    expect(maskIdentifier('person-name', '欧阳娜娜')).toBe('欧阳**');
    expect(maskIdentifier('person-name', '欧阳')).toBe('欧*');
    expect(maskIdentifier('person-name', 'John Smith')).toBe('J*** S****');
  });
});
