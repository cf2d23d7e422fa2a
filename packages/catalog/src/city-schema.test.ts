import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { citySchema, citySchemaPath } from './city-schema.ts';

const linshan = JSON.parse(readFileSync(new URL('../../../cities/linshan.json', import.meta.url), 'utf8'));

describe('cities/city.schema.json', () => {
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(citySchema());

  it('is current (else: ./dev node packages/catalog/scripts/write-city-schema.ts) and the demo city points at it', () => {
    expect(JSON.parse(readFileSync(citySchemaPath, 'utf8'))).toEqual(citySchema());
    expect(linshan.$schema).toBe('./city.schema.json');
  });

  it('accepts the demo city and names the bad field of a section, as the zod check does', () => {
    // Prepare
    const bad = {
      ...linshan,
      credit: { ...linshan.credit, maxAuthorisationDays: 0 },
      auth: { ...linshan.auth, requestsPerMinute: 'many' },
      delivery: { ...linshan.delivery, noSuchSetting: true },
    };

    // Act
    const good = validate(linshan);
    validate(bad);
    const paths = (validate.errors ?? []).map((e) => e.instancePath || e.params);

    // Assess
    expect(good).toBe(true);
    expect(paths).toEqual(
      expect.arrayContaining(['/credit/maxAuthorisationDays', '/auth/requestsPerMinute', '/delivery']),
    );
  });
});
