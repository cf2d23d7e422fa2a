import { describe, expect, it } from 'vitest';
import { categories, categorySchema, factsSchemas } from './category-facts.ts';

describe('Data: categories', () => {
  it('lists every category with a facts schema, in the order of the schemas', () => {
    // Prepare
    const schemaKeys = Object.keys(factsSchemas());

    // Act
    const listed = [...categories];

    // Assess
    expect(listed).toEqual(schemaKeys);
    expect(listed).toHaveLength(18);
    expect(listed[0]).toBe('registration');
    expect(listed.at(-1)).toBe('import-export');
  });
});

describe('Function: factsSchemas', () => {
  it('builds the schemas once and hands the same ones back', () => {
    // Act
    const first = factsSchemas();
    const second = factsSchemas();

    // Assess
    expect(second).toBe(first);
    expect(first['tax-credit-rating'].safeParse({ year: 2025, grade: 'A' }).success).toBe(true);
    expect(first['tax-credit-rating'].safeParse({ year: 2025, grade: 'E' }).success).toBe(false);
  });
});

describe('Function: categorySchema', () => {
  it('accepts a known category and refuses an unknown one', () => {
    // Act
    const known = categorySchema().safeParse('honour');
    const unknown = categorySchema().safeParse('tax-evasion');

    // Assess
    expect(known.success).toBe(true);
    expect(unknown.success).toBe(false);
  });
});
