import { type CityConfig, CityConfigError, describeIssues } from '@sme/kernel';
import * as z from 'zod';
import { enterpriseFields, type Writer, type WriterKind, writerKinds } from './domain/writers.ts';

/**
 * Who writes what in the registry (经营主体名录). The registration authority (market supervision) owns
 * the registration itself — name, type, status (经营异常、吊销、注销) — and the office may correct
 * anything; other departments add the facts of their own domain, and a township only for its own
 * townships. A city may change any row.
 */
export const defaultWriters: Record<WriterKind, Writer> = {
  coordinator: { register: true, fields: '*', townships: 'all' },
  'market-supervision': { register: true, fields: '*', townships: 'all' },
  township: {
    register: true,
    fields: [
      'address',
      'hasFixedPremises',
      'employees',
      'annualRevenueYuan',
      'totalAssetsYuan',
      'tags',
      'lendingBanks',
    ],
    townships: 'own',
  },
  'industry-department': {
    register: false,
    fields: ['employees', 'annualRevenueYuan', 'totalAssetsYuan', 'tags'],
    townships: 'all',
  },
  tax: { register: false, fields: ['annualRevenueYuan', 'employees'], townships: 'all' },
  'human-resources-social-security': { register: false, fields: ['employees', 'tags'], townships: 'all' },
  'finance-office': { register: false, fields: ['lendingBanks', 'tags'], townships: 'all' },
  'federation-of-industry': { register: false, fields: ['tags'], townships: 'all' },
  court: { register: false, fields: [], townships: 'all' },
  other: { register: false, fields: ['tags'], townships: 'all' },
};

const writerSchema = z.strictObject({
  register: z.boolean(),
  fields: z.union([z.literal('*'), z.array(z.enum(enterpriseFields))]),
  townships: z.enum(['all', 'own']),
});

/** The `registry` section of a city file (also feeds cities/city.schema.json). */
export const registryConfigSchema = z.strictObject({
  /** Per agency kind (and `coordinator`): may it register new enterprises, which fields, which townships. */
  writers: z.partialRecord(z.enum(writerKinds), writerSchema).default({}),
});

export interface RegistryConfig {
  writers: Record<WriterKind, Writer>;
}

const cache = new WeakMap<CityConfig, RegistryConfig>();

/** The `registry` section of a city file over the defaults; a bad field is named under `registry.`. */
export function registryConfig(city: CityConfig): RegistryConfig {
  const cached = cache.get(city);
  if (cached) return cached;
  const parsed = registryConfigSchema.safeParse(city.registry);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error).replaceAll('  ', '  registry.');
    throw new CityConfigError(`Invalid city config ${city.id}:\n${issues}`);
  }
  const config = { writers: { ...defaultWriters, ...parsed.data.writers } };
  cache.set(city, config);
  return config;
}
