import { describe, expect, it } from 'vitest';
import { importRequestSchema } from './contracts.ts';

describe('Schema: importRequestSchema', () => {
  it('takes 1 to 10,000 rows (issue 2: "up to 10,000 rows") and names body.rows otherwise', () => {
    // Act
    const outcomes = [0, 1, 10_000, 10_001].map(
      (n) => importRequestSchema.safeParse({ rows: Array.from({ length: n }, () => ({})) }).success,
    );
    const tooMany = importRequestSchema.safeParse({ rows: Array.from({ length: 10_001 }, () => ({})) });

    // Assess
    expect(outcomes).toEqual([false, true, true, false]);
    expect(tooMany.error?.issues[0]?.path).toEqual(['rows']);
  });
});
