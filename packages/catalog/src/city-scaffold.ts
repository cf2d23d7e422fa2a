import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blacklistConfigSchema } from '@sme/blacklist';
import {
  type CityConfig,
  CityConfigError,
  cityConfigSchema,
  describeIssues,
  type HolidayYear,
  parseCityConfig,
} from '@sme/kernel';
import { matchingConfigSchema } from '@sme/matching';
import { monitoringConfig, seedTargets } from '@sme/monitoring';
import * as z from 'zod';
import { validateCitySections } from './city-sections.ts';

/**
 * `./dev city new`: a city file a new city's ops team fills in. Everything that is the city's own
 * (its organisations, districts, bank channels, alarm address) is a placeholder that validates but
 * carries {@link placeholderMark} in its name, or an address/account no one owns, so
 * {@link placeholders} can list what is left before a deploy. Policy knobs are the seeds' defaults,
 * or copied from an existing city with `from`.
 */

/** The mark in every placeholder text; `./dev city check` lists the fields that still carry it. */
export const placeholderMark = 'TODO';
/** Reserved by RFC 2606: mail and webhooks to it can never reach anyone. */
const placeholderDomain = 'example.invalid';
/** Not an AWS account anyone can own; a queue policy for it grants nothing. */
const placeholderAccount = '000000000000';

const todo = (text: string) => `${placeholderMark}: ${text}`;

/** What `./dev city new` takes on its command line (checked here, so every caller names the field). */
function buildOptionsSchema() {
  const city = cityConfigSchema().shape;
  const deployment = city.deployment.unwrap().shape;
  return z.strictObject({
    id: city.id,
    /** The city's Chinese name, e.g. 示范市: organisations are named after it. */
    name: z.string().trim().min(2, 'the city name in Chinese, e.g. 示范市').max(30),
    region: deployment.region.default('cn-north-1'),
    account: deployment.account,
    alarmEmail: z.email('an e-mail address for the alarm topic').optional(),
    /** The city's 6-digit administrative division code (行政区划代码), e.g. 330100: placeholder districts under it. */
    division: z
      .string()
      .regex(/^\d{4}00$/, 'a 6-digit city division code ending in 00, e.g. 330100')
      .default('999900'),
  });
}
// Built on first use, like the city schema it borrows from.
let optionsSchema: ReturnType<typeof buildOptionsSchema> | undefined;
export type ScaffoldOptions = z.input<ReturnType<typeof buildOptionsSchema>>;
type Options = z.output<ReturnType<typeof buildOptionsSchema>>;

/** Parses the options; a bad one throws `CityConfigError` naming the option's field (`id: …`). */
export function parseScaffoldOptions(raw: unknown): Options {
  optionsSchema ??= buildOptionsSchema();
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success)
    throw new CityConfigError(`Cannot scaffold the city:\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** A raw city file (as JSON, before defaults) the scaffold may copy from. */
export type CityFile = Record<string, unknown> & {
  id: string;
  holidayCalendar?: Record<string, HolidayYear>;
};

/**
 * Every holiday year the city files in `dir` know (the State Council's notice is the same for every
 * city): the union, a year from the first file (by name) that has it. Files that are not JSON are skipped.
 */
export function knownHolidayYears(dir: string): Record<string, HolidayYear> {
  const years: Record<string, HolidayYear> = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json') || file === 'city.schema.json') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      continue;
    }
    const calendar = (raw as { holidayCalendar?: Record<string, HolidayYear> } | null)?.holidayCalendar ?? {};
    for (const [year, days] of Object.entries(calendar)) years[year] ??= days;
  }
  return Object.fromEntries(Object.entries(years).sort(([a], [b]) => a.localeCompare(b)));
}

/** The organisations and districts of a new city: one of each kind the platform needs, named after the city. */
function organisations(o: Options) {
  const district = `${o.division.slice(0, 4)}01`;
  const township = `${district}001`;
  const id = (suffix: string) => `${o.id}-${suffix}`;
  return {
    districts: [
      {
        code: district,
        name: todo(`${o.name}某区（区县代码与名称）`),
        townships: [{ code: township, name: todo('某街道') }],
      },
    ],
    banks: [
      {
        id: id('bank-sqs'),
        name: todo(`某国有大型银行${o.name}分行（SQS 推送：填写银行的 AWS 账号）`),
        category: 'state-owned-large',
        delivery: { kind: 'sqs', accountId: placeholderAccount },
      },
      {
        id: id('bank-webhook'),
        name: todo(`${o.name}某农商银行（webhook 推送：填写银行的 HTTPS 地址）`),
        category: 'local-legal-person',
        delivery: { kind: 'webhook', url: `https://bank.${placeholderDomain}/hooks/${id('bank-webhook')}` },
      },
    ],
    agencies: [
      { id: id('market'), name: todo(`${o.name}市场监督管理局`), kind: 'market-supervision' },
      { id: id('tax'), name: todo(`国家税务总局${o.name}税务局`), kind: 'tax' },
      { id: id('court'), name: todo(`${o.name}中级人民法院`), kind: 'court' },
      {
        id: id('hrss'),
        name: todo(`${o.name}人力资源和社会保障局`),
        kind: 'human-resources-social-security',
      },
      { id: id('econ'), name: todo(`${o.name}经济和信息化局`), kind: 'industry-department' },
      { id: id('finance-office'), name: todo(`${o.name}地方金融管理局`), kind: 'finance-office' },
      { id: id('township'), name: todo('某街道办事处'), kind: 'township', townships: [township] },
    ],
    coordinators: [
      { id: id('office'), name: todo(`${o.name}支持小微企业融资协调工作机制办公室`) },
      { id: id('convenor'), name: todo(`${o.name}支持小微企业融资协调工作机制召集人`) },
      { id: id('deputy-convenor'), name: todo(`${o.name}支持小微企业融资协调工作机制副召集人`) },
    ],
    guarantors: [{ id: id('guarantee'), name: todo(`${o.name}融资担保有限公司`) }],
    financeBureaus: [{ id: id('finance'), name: todo(`${o.name}财政局`) }],
  };
}

/** The matching knobs at the seeds' defaults, written out so ops see them; empty reviewers mean the defaults. */
function matchingDefaults(): Record<string, unknown> {
  const { banks: _banks, reviewers: _reviewers, ...knobs } = matchingConfigSchema.parse({});
  return knobs;
}

/** A bank's speciality: one placeholder product, to be replaced by the bank's list. */
const placeholderProfile = (creditLoan: boolean) => ({
  products: [
    {
      name: todo(creditLoan ? '信用贷款产品名称' : '担保贷款产品名称'),
      minAmountFen: 10_000_000,
      maxAmountFen: 300_000_000,
      minTermMonths: 1,
      maxTermMonths: 12,
      guaranteeTypes: creditLoan ? [] : ['guarantee', 'mortgage'],
      creditLoan,
    },
  ],
  industries: [],
  regions: [],
  capacity: 100,
});

/**
 * The sections copied from `from` (policy, not organisations): a section that names the source's
 * organisations or places (bank profiles, convenors, supply overrides, local region names) is left to
 * the placeholders; subsidy programme ids are re-prefixed with the new id and the description marked.
 */
function copiedSections(from: CityFile, id: string): Record<string, unknown> {
  const copy = structuredClone(from) as Record<string, Record<string, unknown> | undefined>;
  const sections: Record<string, unknown> = {};
  for (const key of ['auth', 'registry', 'delivery'] as const) if (copy[key]) sections[key] = copy[key];
  if (copy.credit) {
    const { supplyOverrides: _byAgencyId, ...credit } = copy.credit;
    sections.credit = credit;
  }
  if (copy.matching) {
    const {
      banks: _banks,
      convenors: _convenors,
      competentDepartments: _departments,
      ...matching
    } = copy.matching;
    sections.matching = matching;
  }
  if (copy.subsidy && Object.keys(copy.subsidy).length > 0) {
    const subsidy = copy.subsidy as { description?: string; programs?: { id: string }[] };
    sections.subsidy = {
      ...subsidy,
      description: todo(
        `copied from ${from.id}; check against ${id}'s own policy documents. ${subsidy.description ?? ''}`.trim(),
      ),
      programs: (subsidy.programs ?? []).map((p) => ({
        ...p,
        id: p.id.startsWith(`${from.id}-`) ? `${id}-${p.id.slice(from.id.length + 1)}` : `${id}-${p.id}`,
      })),
    };
  }
  if (copy.blacklist) sections.blacklist = { ...copy.blacklist, extraLocalRegions: [] };
  if (copy.monitoring) sections.monitoring = copy.monitoring;
  return sections;
}

/**
 * The new city file, validated: placeholders for what is the city's own, the seeds' defaults (or
 * `from`'s sections) for policy, the holiday years the platform already knows. Throws
 * `CityConfigError` naming the field when an option is bad or a copied section does not fit.
 *
 * @example
 * scaffoldCity({ id: 'demo2', name: '示范市' }, { holidayCalendar: knownHolidayYears(citiesDir) })
 */
export function scaffoldCity(
  options: ScaffoldOptions,
  sources: { holidayCalendar?: Record<string, HolidayYear>; from?: CityFile } = {},
): Record<string, unknown> {
  const o = parseScaffoldOptions(options);
  const orgs = organisations(o);
  const from = sources.from ? copiedSections(sources.from, o.id) : {};
  const [sqsBank, webhookBank] = orgs.banks.map((b) => b.id);
  const fromDeployment = (sources.from?.deployment ?? {}) as { logRetentionDays?: number };
  const city = {
    $schema: './city.schema.json',
    id: o.id,
    name: o.name,
    deployment: {
      ...(o.account ? { account: o.account } : {}),
      region: o.region,
      alarmEmail: o.alarmEmail ?? `${placeholderMark.toLowerCase()}-alarms@${placeholderDomain}`,
      logRetentionDays: fromDeployment.logRetentionDays ?? 365,
    },
    auth: from.auth ?? { cacheTtlSeconds: 60 },
    ...orgs,
    ...(from.registry ? { registry: from.registry } : {}),
    ...(from.credit ? { credit: from.credit } : {}),
    matching: {
      ...matchingDefaults(),
      ...(from.matching as object | undefined),
      competentDepartments: [{ agencies: [`${o.id}-econ`], industries: [] }],
      convenors: [`${o.id}-convenor`, `${o.id}-deputy-convenor`],
      banks: {
        [sqsBank as string]: placeholderProfile(true),
        [webhookBank as string]: placeholderProfile(false),
      },
    },
    ...(from.delivery ? { delivery: from.delivery } : {}),
    holidayCalendar: { ...sources.holidayCalendar, ...sources.from?.holidayCalendar },
    // Without `from` the section is left out: no programmes, so subsidy calculations are refused naming
    // `program` until policy is written (`{}` means the same to zod, but the JSON Schema refuses it).
    ...(from.subsidy ? { subsidy: from.subsidy } : {}),
    // A city must state its own identification standard (认定标准): one placeholder per seed category.
    blacklist:
      from.blacklist ??
      blacklistConfigSchema.parse({
        criteria: blacklistConfigSchema.shape.categories
          .parse(undefined)
          .map((c) => ({ code: c.code, text: todo(`本市认定标准中关于「${c.label}」的条款原文`) })),
      }),
    monitoring: from.monitoring ?? { targets: [seedTargets] },
  };
  checkCityFile(city, `the scaffold of ${o.id}`);
  return city;
}

/**
 * Everything synth and the local stack check in a city file, in one call: the kernel's schema, each
 * service's section (as synth does) and monitoring's. Throws `CityConfigError`/`Error` naming the field.
 */
export function checkCityFile(raw: unknown, source: string): CityConfig {
  const city = parseCityConfig(raw, source);
  validateCitySections(city);
  monitoringConfig(city);
  return city;
}

/** A field still holding a placeholder, as a dotted path and its value. */
export interface Placeholder {
  path: string;
  value: string;
}

/** The fields of a city file that still hold a placeholder: the mark, the reserved domain or the nobody account. */
export function placeholders(raw: unknown, path: string[] = []): Placeholder[] {
  if (typeof raw === 'string') {
    const left =
      raw.includes(placeholderMark) || raw.includes(placeholderDomain) || raw === placeholderAccount;
    return left ? [{ path: path.join('.'), value: raw }] : [];
  }
  if (Array.isArray(raw)) return raw.flatMap((item, i) => placeholders(item, [...path, String(i)]));
  if (raw && typeof raw === 'object')
    return Object.entries(raw).flatMap(([key, value]) => placeholders(value, [...path, key]));
  return [];
}
