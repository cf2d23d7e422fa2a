/**
 * The typed facts of each credit-record category (DOMAIN.md "Credit-information sharing"; seed 004
 * §(十七), seed 001 §二(二)). Every facts object is strict: an unknown field is an error naming it.
 */
import { freeText } from '@sme/kernel';
import * as z from 'zod';

/** Adds an issue when an end date precedes its start date (both optional). */
function notBefore<T extends Record<string, unknown>>(end: keyof T & string, start: keyof T & string) {
  return (facts: T, ctx: z.RefinementCtx) => {
    const from = facts[start];
    const to = facts[end];
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      ctx.addIssue({ code: 'custom', path: [end], message: `${end} ${to} is before ${start} ${from}` });
    }
  };
}

/** Builds the facts schemas; called once, on first use (see `factsSchemas`). */
function buildFactsSchemas() {
  /** Integer fen (1 CNY = 100 fen): exact, never floating point. */
  const fen = z
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .meta({ description: 'Amount in integer fen (1 CNY = 100 fen)', example: 500_000 });
  const isoDate = z.iso.date();
  const text = (max: number) => z.string().trim().min(1).max(max);
  const year = z.int().min(1949).max(2200);
  const months = z.int().min(1).max(1200);
  const count = z.int().min(0).max(1_000_000).default(0);

  const penaltyFacts = {
    authority: text(200).meta({ description: 'Deciding authority (作出决定的机关)' }),
    decisionNo: text(100).meta({ description: 'Decision document number (决定书文号)' }),
    amountFen: fen,
    reason: freeText(1000),
  };

  return {
    registration: z
      .strictObject({
        authority: text(200).meta({ description: 'Registration authority (登记机关)' }),
        registeredOn: isoDate,
        registeredCapitalFen: fen.optional(),
        legalForm: text(100).optional(),
      })
      .meta({ description: '市场主体注册登记' }),
    'administrative-licence': z
      .strictObject({
        authority: text(200),
        licenceNo: text(100),
        licenceName: text(200),
      })
      .meta({ description: '行政许可; validity is the envelope expiresOn' }),
    'administrative-penalty': z.strictObject(penaltyFacts).meta({ description: '行政处罚' }),
    'court-judgment': z
      .strictObject({
        caseNo: text(100).meta({ example: '(2024)川1702民初1234号' }),
        court: text(200),
        role: z.enum(['plaintiff', 'defendant']),
        amountFen: fen,
        status: z.enum(['pending', 'judged', 'in-enforcement', 'closed']),
      })
      .meta({ description: '司法判决及执行 (涉法涉诉)' }),
    'dishonest-judgment-debtor': z
      .strictObject({
        caseNo: text(100),
        court: text(200),
        listedOn: isoDate,
        delistedOn: isoDate
          .optional()
          .meta({ description: 'Removal from the list; the record stops counting on this day' }),
      })
      .superRefine(notBefore('delistedOn', 'listedOn'))
      .meta({ description: '失信被执行人' }),
    'serious-illegal-dishonest': z
      .strictObject({
        listingAuthority: text(200),
        reason: freeText(1000),
        listedOn: isoDate,
        removedOn: isoDate.optional(),
      })
      .superRefine(notBefore('removedOn', 'listedOn'))
      .meta({ description: '严重违法失信名单' }),
    'abnormal-operation': z
      .strictObject({
        reason: z
          .enum([
            'annual-report-not-filed',
            'disclosure-not-made',
            'false-disclosure',
            'unreachable-at-address',
          ])
          .meta({
            description:
              '未按期公示年报 / 未按责令公示 / 公示信息隐瞒真实情况、弄虚作假 / 通过登记住所无法联系',
          }),
        listedOn: isoDate,
        removedOn: isoDate.optional(),
      })
      .superRefine(notBefore('removedOn', 'listedOn'))
      .meta({ description: '经营异常名录' }),
    'debt-evasion': z
      .strictObject({ creditor: text(200), amountFen: fen, description: freeText(1000) })
      .meta({ description: '逃废债' }),
    'tax-credit-rating': z
      .strictObject({ year, grade: z.enum(['A', 'B', 'M', 'C', 'D']) })
      .meta({ description: '纳税信用等级 for an evaluation year' }),
    'tax-payment': z.strictObject({ year, amountFen: fen }).meta({ description: 'Taxes paid in a year' }),
    'social-insurance-arrears': z
      .strictObject({
        kind: z.enum(['social-insurance', 'housing-fund']),
        monthsInArrears: months,
        amountFen: fen,
        settledOn: isoDate
          .optional()
          .meta({ description: 'Arrears paid up; the record stops counting on this day' }),
      })
      .meta({ description: '社会保险费 / 住房公积金 欠缴' }),
    'utility-arrears': z
      .strictObject({
        utility: z.enum(['water', 'electricity', 'gas']),
        monthsInArrears: months,
        amountFen: fen,
        settledOn: isoDate.optional(),
      })
      .meta({ description: '水电气 欠费' }),
    'environmental-penalty': z.strictObject(penaltyFacts).meta({ description: '生态环境 行政处罚' }),
    'collateral-registration': z
      .strictObject({
        kind: z.enum([
          'real-estate-mortgage',
          'movable-property-mortgage',
          'equity-pledge',
          'receivables-pledge',
          'ip-pledge',
        ]),
        creditor: text(200),
        amountFen: fen,
        registeredOn: isoDate,
        releasedOn: isoDate
          .optional()
          .meta({ description: 'Release (注销); the record stops counting on this day' }),
      })
      .superRefine(notBefore('releasedOn', 'registeredOn'))
      .meta({ description: '不动产 / 动产 抵质押登记' }),
    honour: z
      .strictObject({
        title: text(200),
        level: z.enum(['national', 'provincial', 'city']),
        year,
        awardedBy: text(200),
      })
      .meta({ description: '荣誉表彰' }),
    'policy-support': z
      .strictObject({ programme: text(200), grantedBy: text(200), year, amountFen: fen.optional() })
      .meta({ description: '政策支持 (subsidy, award, pilot status)' }),
    'intellectual-property': z
      .strictObject({
        inventionPatents: count,
        utilityModelPatents: count,
        designPatents: count,
        trademarks: count,
        softwareCopyrights: count,
      })
      .meta({ description: '知识产权: holdings as counts on occurredOn' }),
    'import-export': z
      .strictObject({ year, exportsFen: fen, importsFen: fen })
      .meta({ description: '进出口 values in a year' }),
  } as const;
}

export type FactsSchemas = ReturnType<typeof buildFactsSchemas>;

let built: FactsSchemas | undefined;
/**
 * The zod schema of each category's facts, built on first use: constructing them costs a cold
 * start several milliseconds, and most functions that know the categories never validate facts.
 */
export function factsSchemas(): FactsSchemas {
  built ??= buildFactsSchemas();
  return built;
}

export type Category = keyof FactsSchemas;

/**
 * The categories in their fixed order (the order of summaries and of the submission union). A
 * record keyed by `Category` so that the compiler insists on every category, and on no other.
 */
const categoryOrder: { readonly [C in Category]: null } = {
  registration: null,
  'administrative-licence': null,
  'administrative-penalty': null,
  'court-judgment': null,
  'dishonest-judgment-debtor': null,
  'serious-illegal-dishonest': null,
  'abnormal-operation': null,
  'debt-evasion': null,
  'tax-credit-rating': null,
  'tax-payment': null,
  'social-insurance-arrears': null,
  'utility-arrears': null,
  'environmental-penalty': null,
  'collateral-registration': null,
  honour: null,
  'policy-support': null,
  'intellectual-property': null,
  'import-export': null,
};

/** Every category, in a fixed order. */
export const categories = Object.keys(categoryOrder) as Category[];

let categoryEnum: z.ZodEnum<{ [C in Category]: C }> | undefined;
/** The category names as a zod enum, built on first use. */
export function categorySchema() {
  categoryEnum ??= z.enum(categories as [Category, ...Category[]]);
  return categoryEnum;
}

/** The parsed facts of one category. */
export type FactsOf<C extends Category> = z.output<FactsSchemas[C]>;
