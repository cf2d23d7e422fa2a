/**
 * Per-category summaries of the records in force: what a bank needs to know, never a document
 * number or an evidence reference. Money totals are decimal strings of integer fen: exact at any
 * size, where a sum of JSON numbers could pass 2^53.
 */
import { type Category, categories, type FactsOf } from './category-facts.ts';
import { dateRange } from './dates.ts';
import type { CreditRecord, RecordOf } from './record.ts';
import { latestOf } from './score-factors.ts';

type NonEmpty<T> = [T, ...T[]];

const levelRank = { national: 3, provincial: 2, city: 1 } as const;

function totalFen(amounts: readonly (number | undefined)[]): string {
  return amounts.reduce<bigint>((sum, amount) => sum + BigInt(amount ?? 0), 0n).toString();
}

function distinctSorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}

const earliestDate = (dates: readonly string[]) => dateRange(dates).first;
const latestDate = (dates: readonly string[]) => dateRange(dates).last;

function latestFacts<C extends Category>(records: NonEmpty<RecordOf<C>>): FactsOf<C> {
  return latestOf(records).facts as FactsOf<C>;
}

function penalties(records: readonly { facts: { amountFen: number }; occurredOn: string }[]) {
  return {
    count: records.length,
    totalAmountFen: totalFen(records.map((r) => r.facts.amountFen)),
    latestOn: latestDate(records.map((r) => r.occurredOn)),
  };
}

function listing(records: readonly { facts: { listedOn: string } }[]) {
  return { count: records.length, since: earliestDate(records.map((r) => r.facts.listedOn)) };
}

function arrears(records: readonly { facts: { monthsInArrears: number; amountFen: number } }[]) {
  return {
    count: records.length,
    maxMonthsInArrears: Math.max(...records.map((r) => r.facts.monthsInArrears)),
    totalAmountFen: totalFen(records.map((r) => r.facts.amountFen)),
  };
}

/** Each category's summary function; records are non-empty, in force, and sorted by record id. */
const summarisers = {
  registration: (records: NonEmpty<RecordOf<'registration'>>) => {
    const facts = latestFacts(records);
    return {
      authority: facts.authority,
      registeredOn: facts.registeredOn,
      ...(facts.registeredCapitalFen === undefined
        ? {}
        : { registeredCapitalFen: String(facts.registeredCapitalFen) }),
    };
  },
  'administrative-licence': (records: NonEmpty<RecordOf<'administrative-licence'>>) => ({
    count: records.length,
    licences: distinctSorted(records.map((r) => r.facts.licenceName)),
  }),
  'administrative-penalty': (records: NonEmpty<RecordOf<'administrative-penalty'>>) => penalties(records),
  'court-judgment': (records: NonEmpty<RecordOf<'court-judgment'>>) => {
    const asDefendant = records.filter((r) => r.facts.role === 'defendant');
    return {
      asDefendant: asDefendant.length,
      asPlaintiff: records.length - asDefendant.length,
      inEnforcementAsDefendant: asDefendant.filter((r) => r.facts.status === 'in-enforcement').length,
      defendantAmountFen: totalFen(asDefendant.map((r) => r.facts.amountFen)),
    };
  },
  'dishonest-judgment-debtor': (records: NonEmpty<RecordOf<'dishonest-judgment-debtor'>>) => listing(records),
  'serious-illegal-dishonest': (records: NonEmpty<RecordOf<'serious-illegal-dishonest'>>) => listing(records),
  'abnormal-operation': (records: NonEmpty<RecordOf<'abnormal-operation'>>) => ({
    ...listing(records),
    reasons: distinctSorted(records.map((r) => r.facts.reason)),
  }),
  'debt-evasion': (records: NonEmpty<RecordOf<'debt-evasion'>>) => penalties(records),
  'tax-credit-rating': (records: NonEmpty<RecordOf<'tax-credit-rating'>>) => {
    const facts = latestFacts(records);
    return { grade: facts.grade, year: facts.year };
  },
  'tax-payment': (records: NonEmpty<RecordOf<'tax-payment'>>) => {
    const facts = latestFacts(records);
    return { year: facts.year, amountFen: String(facts.amountFen) };
  },
  'social-insurance-arrears': (records: NonEmpty<RecordOf<'social-insurance-arrears'>>) => ({
    ...arrears(records),
    kinds: distinctSorted(records.map((r) => r.facts.kind)),
  }),
  'utility-arrears': (records: NonEmpty<RecordOf<'utility-arrears'>>) => ({
    ...arrears(records),
    utilities: distinctSorted(records.map((r) => r.facts.utility)),
  }),
  'environmental-penalty': (records: NonEmpty<RecordOf<'environmental-penalty'>>) => penalties(records),
  'collateral-registration': (records: NonEmpty<RecordOf<'collateral-registration'>>) => ({
    count: records.length,
    totalAmountFen: totalFen(records.map((r) => r.facts.amountFen)),
    kinds: distinctSorted(records.map((r) => r.facts.kind)),
  }),
  honour: (records: NonEmpty<RecordOf<'honour'>>) => {
    const highestLevel = records
      .map((r) => r.facts.level)
      .reduce((a, b) => (levelRank[b] > levelRank[a] ? b : a));
    return {
      count: records.length,
      highestLevel,
      latestYear: Math.max(...records.map((r) => r.facts.year)),
    };
  },
  'policy-support': (records: NonEmpty<RecordOf<'policy-support'>>) => ({
    count: records.length,
    totalAmountFen: totalFen(records.map((r) => r.facts.amountFen)),
    latestYear: Math.max(...records.map((r) => r.facts.year)),
  }),
  'intellectual-property': (records: NonEmpty<RecordOf<'intellectual-property'>>) => {
    const latest = latestOf(records);
    return { asOf: latest.occurredOn, ...latest.facts };
  },
  'import-export': (records: NonEmpty<RecordOf<'import-export'>>) => {
    const facts = latestFacts(records);
    return {
      year: facts.year,
      exportsFen: String(facts.exportsFen),
      importsFen: String(facts.importsFen),
    };
  },
} satisfies { [C in Category]: (records: NonEmpty<RecordOf<C>>) => unknown };

/** The summary shape of each category. */
export type CategorySummaries = { [C in Category]: ReturnType<(typeof summarisers)[C]> };

function ofCategory<C extends Category>(records: readonly CreditRecord[], category: C): RecordOf<C>[] {
  return records.filter((record): record is RecordOf<C> => record.category === category);
}

function summarise<C extends Category>(category: C, records: NonEmpty<RecordOf<C>>): CategorySummaries[C] {
  // TypeScript cannot correlate `summarisers[category]` with `RecordOf<C>` across the union of categories.
  const summariser = summarisers[category] as unknown as (
    records: NonEmpty<RecordOf<C>>,
  ) => CategorySummaries[C];
  return summariser(records);
}

/** Summaries of the categories that have records in force, keyed in category order. */
export function summariseFacts(recordsInForce: readonly CreditRecord[]): Partial<CategorySummaries> {
  const facts: Partial<Record<Category, unknown>> = {};
  for (const category of categories) {
    const [first, ...rest] = ofCategory(recordsInForce, category);
    if (first !== undefined) facts[category] = summarise(category, [first, ...rest]);
  }
  return facts as Partial<CategorySummaries>;
}
