import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSchemaPath, generateSchemaTypes } from './generate.ts';

describe('Generated client types', () => {
  it('match the document the manifests describe today (else: ./dev pnpm --filter @sme/client generate)', async () => {
    // Act: openapi-typescript refuses a document it cannot read, so this also proves it generates.
    const fresh = await generateSchemaTypes();

    // Assess
    expect(fresh).toContain('export interface operations');
    expect(readFileSync(generatedSchemaPath, 'utf8')).toBe(fresh);
  });
});
