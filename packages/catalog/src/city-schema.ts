import { blacklistConfigSchema } from '@sme/blacklist';
import { creditConfigSectionSchema } from '@sme/credit';
import { deliveryConfigSchema } from '@sme/delivery';
import { cityConfigSchema } from '@sme/kernel';
import { matchingConfigSchema } from '@sme/matching';
import { monitoringConfigSchema } from '@sme/monitoring';
import { registryConfigSchema } from '@sme/registry';
import { subsidyPolicySchema } from '@sme/subsidy';
import * as z from 'zod';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

export const citySchemaPath = new URL('../../../cities/city.schema.json', import.meta.url).pathname;

const toJson = (schema: z.ZodType) => {
  const { $schema: _draft, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return json;
};

/**
 * The JSON Schema of a city file (draft 2020-12), from the same zod schemas that validate it: the
 * kernel's top level with each service's section in place of the kernel's open record. Editors check
 * `cities/*.json` against it through their `$schema`; synth and the local stack still validate with zod.
 */
export function citySchema(): JsonSchema {
  const root = toJson(cityConfigSchema());
  const { city: _city, ...subsidyProperties } = toJson(subsidyPolicySchema).properties ?? {};
  const subsidy = toJson(subsidyPolicySchema);
  const sections: Record<string, JsonSchema> = {
    registry: toJson(registryConfigSchema),
    credit: toJson(creditConfigSectionSchema()),
    matching: toJson(matchingConfigSchema),
    delivery: toJson(deliveryConfigSchema),
    subsidy: {
      ...subsidy,
      properties: subsidyProperties,
      required: (subsidy.required ?? []).filter((name) => name !== 'city'),
    },
    blacklist: toJson(blacklistConfigSchema),
    monitoring: toJson(monitoringConfigSchema),
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://sme-financing.example/city.schema.json',
    title: 'City file of the SME financing coordination platform',
    ...root,
    properties: { ...root.properties, ...sections },
  };
}
