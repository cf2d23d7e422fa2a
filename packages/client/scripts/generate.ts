import { writeFileSync } from 'node:fs';
import { generatedSchemaPath, generateSchemaTypes } from '../src/generate.ts';

/** Regenerates src/schema.generated.ts from the manifests' OpenAPI document (a test fails until you do). */
writeFileSync(generatedSchemaPath, await generateSchemaTypes());
console.log(`wrote ${generatedSchemaPath}`);
