import * as z from 'zod';
import { holidayYearIssues, holidayYearSchema } from './holiday-calendar.ts';

/**
 * One city's stack is described by one file, `cities/<id>.json`, validated here. CDK synth, the
 * local stack and the functions all read it through this schema, so a bad file fails early with
 * the path of the bad field.
 */
export const agencyKinds = [
  'market-supervision',
  'tax',
  'court',
  'human-resources-social-security',
  'industry-department',
  'township',
  'federation-of-industry',
  'finance-office',
  'other',
] as const;

/**
 * Built on first use: a function's cold start pays for these schemas only when it parses a city
 * (deployed functions parse their inlined config on the first request, not at import).
 */
function buildCityConfigSchema() {
  const code = (digits: number, what: string) =>
    z.string().regex(new RegExp(`^\\d{${digits}}$`), `${what} must be ${digits} digits`);

  const townshipSchema = z.strictObject({ code: code(9, 'township code'), name: z.string().min(1) });
  const districtSchema = z.strictObject({
    code: code(6, 'district code'),
    name: z.string().min(1),
    townships: z.array(townshipSchema).min(1),
  });

  const awsAccountId = z.string().regex(/^\d{12}$/, 'AWS account id must be 12 digits');

  const bankDeliverySchema = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('sqs'), accountId: awsAccountId }),
    z.strictObject({ kind: z.literal('webhook'), url: z.url({ protocol: /^https?$/ }) }),
  ]);

  const orgId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'organisation ids are lower-case slugs');

  const bankSchema = z.strictObject({
    id: orgId,
    name: z.string().min(1),
    /**
     * For the seeds' targets on bank returns (services/monitoring/src/domain/targets.ts): 国有大型银行,
     * 股份制, 地方法人 (城商行、农商行), 政策性; absent: unclassified, measured but held to no tier target.
     */
    category: z
      .enum(['state-owned-large', 'joint-stock', 'local-legal-person', 'policy', 'unclassified'])
      .optional(),
    delivery: bankDeliverySchema,
  });

  const agencySchema = z.strictObject({
    id: orgId,
    name: z.string().min(1),
    kind: z.enum(agencyKinds),
    /** Townships an agency of kind `township` speaks for. */
    townships: z.array(code(9, 'township code')).default([]),
  });

  const orgSchema = z.strictObject({ id: orgId, name: z.string().min(1) });

  const cityConfigSchema = z
    .strictObject({
      /** Editors' pointer to cities/city.schema.json; ignored here. */
      $schema: z.string().optional(),
      id: z
        .string()
        .regex(/^[a-z][a-z0-9-]{1,20}$/, 'city id: lower-case letters, digits and dashes, ≤ 21 chars'),
      name: z.string().min(1),
      deployment: z
        .strictObject({
          account: awsAccountId.optional(),
          region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as cn-north-1'),
          alarmEmail: z.email().optional(),
          /**
           * The city's address for the console and the API behind CloudFront, and its certificate (ACM, in
           * us-east-1 for CloudFront; an IAM server certificate in the China partition). Absent: CloudFront's own domain.
           */
          domain: z
            .strictObject({
              name: z
                .string()
                .regex(
                  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
                  'a host name such as sme.linshan.gov.cn',
                ),
              certificateArn: z
                .string()
                .regex(/^arn:aws(-cn)?:(acm|iam):/, 'the ARN of an ACM or IAM server certificate'),
            })
            .optional(),
          logRetentionDays: z.union([
            z.literal(30),
            z.literal(90),
            z.literal(180),
            z.literal(365),
            z.literal(731),
          ]),
        })
        .default({ region: 'cn-north-1', logRetentionDays: 365 }),
      auth: z
        .strictObject({
          cacheTtlSeconds: z.number().int().min(0).max(300),
          /** Requests per minute an API client may make (all routes together); a client may have its own. */
          requestsPerMinute: z.int().min(1).max(1_000_000).default(600),
        })
        .default({ cacheTtlSeconds: 60, requestsPerMinute: 600 }),
      districts: z.array(districtSchema).min(1),
      banks: z.array(bankSchema),
      agencies: z.array(agencySchema),
      coordinators: z.array(orgSchema).min(1),
      guarantors: z.array(orgSchema).default([]),
      financeBureaus: z.array(orgSchema).default([]),
      /**
       * The years known when the stack is deployed; ops load later years as data (PUT
       * /v1/holiday-calendar/{year}), which take precedence over these.
       */
      holidayCalendar: z.record(z.string().regex(/^\d{4}$/), holidayYearSchema()).default({}),
      /** Enterprise registry: which agency kinds write which fields, for which townships (services/registry/src/config.ts). */
      registry: z.record(z.string(), z.unknown()).default({}),
      /** Each service's own section, validated by that service's schema (see e.g. services/credit/src/config.ts). */
      credit: z.record(z.string(), z.unknown()).default({}),
      /** List matching: bank specialities, push rules, reviewers (services/matching/src/config.ts). */
      matching: z.record(z.string(), z.unknown()).default({}),
      /** Bank delivery and feedback: deadlines, rejection reasons, retries (services/delivery/src/config.ts). */
      delivery: z.record(z.string(), z.unknown()).default({}),
      /** Guarantee and subsidy policy: programmes, LPR, break-even rates (services/subsidy/src/config.ts). */
      subsidy: z.record(z.string(), z.unknown()).default({}),
      /** Illegal-intermediary blacklist: identification standard, name rules (services/blacklist/src/config.ts). */
      blacklist: z.record(z.string(), z.unknown()).default({}),
      /** Monitoring: the seeds' dated targets on bank returns (services/monitoring/src/config.ts). */
      monitoring: z.record(z.string(), z.unknown()).default({}),
    })
    .superRefine((city, ctx) => {
      const seen = new Map<string, string>();
      const groups = ['banks', 'agencies', 'coordinators', 'guarantors', 'financeBureaus'] as const;
      for (const group of groups) {
        city[group].forEach((org, i) => {
          const first = seen.get(org.id);
          if (first)
            ctx.addIssue({
              code: 'custom',
              path: [group, i, 'id'],
              message: `duplicate organisation id, first used in ${first}`,
            });
          else seen.set(org.id, `${group}[${i}]`);
        });
      }
      for (const [year, days] of Object.entries(city.holidayCalendar)) {
        for (const issue of holidayYearIssues(year, days)) {
          ctx.addIssue({
            code: 'custom',
            path: ['holidayCalendar', year, ...issue.path],
            message: issue.message,
          });
        }
      }
      const townships = new Set(city.districts.flatMap((d) => d.townships.map((t) => t.code)));
      city.agencies.forEach((agency, i) => {
        agency.townships.forEach((t, j) => {
          if (!townships.has(t))
            ctx.addIssue({
              code: 'custom',
              path: ['agencies', i, 'townships', j],
              message: `unknown township ${t}`,
            });
        });
      });
    });
  return cityConfigSchema;
}

let schema: ReturnType<typeof buildCityConfigSchema> | undefined;
export function cityConfigSchema() {
  schema ??= buildCityConfigSchema();
  return schema;
}

export type CityConfig = z.infer<ReturnType<typeof buildCityConfigSchema>>;
export type Bank = CityConfig['banks'][number];

/** Formats zod issues as `path: message` lines, for CLI and synth errors. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('\n');
}

export class CityConfigError extends Error {}

/** Validates raw JSON of a city file. Throws `CityConfigError` naming every bad field. */
export function parseCityConfig(raw: unknown, source: string): CityConfig {
  const result = cityConfigSchema().safeParse(raw);
  if (!result.success) {
    throw new CityConfigError(`Invalid city config ${source}:\n${describeIssues(result.error)}`);
  }
  return result.data;
}

/** Every organisation the city knows, with the role its API clients get. */
export function organisations(city: CityConfig) {
  return [
    ...city.coordinators.map((o) => ({ id: o.id, name: o.name, role: 'coordinator' as const })),
    ...city.agencies.map((o) => ({ id: o.id, name: o.name, role: 'agency' as const })),
    ...city.banks.map((o) => ({ id: o.id, name: o.name, role: 'bank' as const })),
    ...city.guarantors.map((o) => ({ id: o.id, name: o.name, role: 'guarantor' as const })),
    ...city.financeBureaus.map((o) => ({ id: o.id, name: o.name, role: 'finance' as const })),
  ];
}
