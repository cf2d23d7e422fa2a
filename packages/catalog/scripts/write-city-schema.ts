import { writeFileSync } from 'node:fs';
import { citySchema, citySchemaPath } from '../src/city-schema.ts';

/** Regenerates cities/city.schema.json from the zod schemas (a test fails until you do). */
writeFileSync(citySchemaPath, `${JSON.stringify(citySchema(), null, 2)}\n`);
console.log(`wrote ${citySchemaPath}`);
