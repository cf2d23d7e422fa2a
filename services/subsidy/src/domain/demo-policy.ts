import { parseSubsidyPolicy, type SubsidyPolicy, type SubsidyPolicyInput } from './policy.ts';

/**
 * DEMO DATA for the fictional city "linshan": the seeds' numbers where they give one, invented but
 * plausible values where a city must choose (break-even rates, affected sectors, the year the fee
 * relief ended, the first day of the 5‰ risk-compensation rate). The LPR history is a simplified demo table, not the official PBoC series.
 * The service reads the same data from `cities/linshan.json` → `subsidy` (config.test.ts checks they
 * agree); it is kept here so the pure tests and the benchmark need no file.
 */
export const linshanDemoPolicyInput = {
  city: 'linshan',
  description: 'Demo policy for the fictional city of Linshan; not an official policy.',
  lpr: {
    oneYear: { '2024-01': '0.0345', '2024-07': '0.0335', '2024-10': '0.031', '2025-05': '0.03' },
    fiveYear: { '2024-01': '0.0395', '2024-07': '0.0385', '2024-10': '0.036', '2025-05': '0.035' },
  },
  programs: [
    {
      program: 'guarantee-fee',
      id: 'linshan-guarantee-fee-2022',
      effectiveFrom: '2022-06-01',
      effectiveTo: '2024-12-31',
      citation: { seed: '004', section: '(四)' },
      params: {
        tiers: [{ upTo: '10000000.00', maxRate: '0.01' }, { maxRate: '0.015' }],
        // Accommodation and catering, resident services, culture and entertainment: the service
        // sectors the demo city designated as badly affected.
        affectedSectors: ['H', 'O', 'R'],
        affectedSectorFeeFactor: '0.5',
        reGuaranteeFeeWaiver: {
          borrowerTypes: ['individual-business'],
          // "对50万元以下个体工商户免收再担保费": 以下 includes 500,000.00.
          amountLimit: { amount: '500000.00', inclusive: true },
        },
      },
    },
    {
      program: 'guarantee-fee',
      id: 'linshan-guarantee-fee-2025',
      effectiveFrom: '2025-01-01',
      citation: { seed: '004', section: '(四)' },
      params: {
        tiers: [{ upTo: '10000000.00', maxRate: '0.01' }, { maxRate: '0.015' }],
        // Demo: the sector relief lapsed at the end of 2024.
        affectedSectors: [],
        affectedSectorFeeFactor: '0.5',
        reGuaranteeFeeWaiver: {
          borrowerTypes: ['individual-business'],
          amountLimit: { amount: '500000.00', inclusive: true },
        },
      },
    },
    {
      program: 'fee-subsidy',
      id: 'linshan-fee-subsidy-2022',
      // Seed 003 is dated 2022-03-31; the clause cannot apply before it was issued.
      effectiveFrom: '2022-03-31',
      citation: { seed: '003', section: '十四' },
      params: {
        eligibleBorrowerTypes: ['small-enterprise', 'micro-enterprise', 'individual-business'],
        eligibleTags: ['agricultural', 'strategic-emerging'],
        // "单户担保金额1000万元以下": 以下 includes 10,000,000.00.
        guaranteeAmountLimit: { amount: '10000000.00', inclusive: true },
        feeRateBelow: '0.015',
        breakEvenRates: { '*': '0.018', A: '0.015', C: '0.02', F: '0.022' },
      },
    },
    // Seed 003 §十四 "从1‰提高到在保业务余额的2‰，到“十四五”末提高到在保业务余额的5‰", dated 2022-03-31.
    {
      program: 'risk-compensation',
      id: 'linshan-risk-compensation-2022-01-01',
      effectiveFrom: '2022-01-01',
      effectiveTo: '2022-03-30',
      citation: { seed: '003', section: '十四' },
      // "从1‰": the rate before the plan, from the demo city's first programs until the plan's date.
      params: { yearlyRate: '0.001' },
    },
    {
      program: 'risk-compensation',
      id: 'linshan-risk-compensation-2022-03-31',
      effectiveFrom: '2022-03-31',
      effectiveTo: '2025-12-31',
      citation: { seed: '003', section: '十四' },
      // 2‰ from the plan's date; the seed names no step between 2‰ and 5‰, so none is invented.
      params: { yearlyRate: '0.002' },
    },
    {
      program: 'risk-compensation',
      id: 'linshan-risk-compensation-2026-01-01',
      effectiveFrom: '2026-01-01',
      citation: { seed: '003', section: '十四' },
      // 5‰ is to be reached by the end of the 14th five-year plan (2025-12-31). The rate is yearly and
      // settled per calendar year (补偿补贴资金当年预拨，下年清算), so it starts with the first year after
      // the plan; 2025 stays at 2‰, as the seed names no earlier date or step. Carried forward (open).
      params: { yearlyRate: '0.005' },
    },
    {
      program: 'entrepreneurship-loan',
      id: 'linshan-entrepreneurship-loan-2022',
      effectiveFrom: '2022-01-01',
      citation: { seed: '004', section: '(六)' },
      params: {
        // The seeds say "LPR" without a tenor: the one-year quote, on which loans of a few years price.
        lprTenor: 'one-year',
        borrowerBearsUpToLprMinusBp: 150,
        // 004 §(六) "对符合条件的小微企业"; 000 §7 "对符合条件的创业人员及小微企业": an entrepreneur
        // registered as an individual business (个体工商户) is the 创业人员 the registry knows.
        eligibleBorrowerTypes: ['small-enterprise', 'micro-enterprise', 'individual-business'],
        // "最高额度为300万元" is stated for 小微企业 only; no seed gives one for 创业人员.
        maxPrincipal: { 'small-enterprise': '3000000.00', 'micro-enterprise': '3000000.00' },
      },
    },
    {
      program: 'ethnic-trade-loan',
      id: 'linshan-ethnic-trade-loan-2022',
      effectiveFrom: '2022-01-01',
      citation: { seed: '004', section: '(六)' },
      params: { maxSubsidyRate: '0.0288' },
    },
    {
      program: 'patent-pledge-loan',
      id: 'linshan-patent-pledge-loan-2022',
      effectiveFrom: '2022-01-01',
      citation: { seed: '004', section: '(六)' },
      params: { shareOfInterestPaid: '0.5' },
    },
    {
      program: 'guarantee-leverage',
      id: 'linshan-guarantee-leverage-2019',
      effectiveFrom: '2019-01-01',
      citation: { seed: '000', section: '7' },
      params: { minLeverage: '3' },
    },
    {
      program: 'npl-tolerance',
      id: 'linshan-npl-tolerance-2019',
      effectiveFrom: '2019-01-01',
      citation: { seed: '000', section: '2' },
      params: { toleranceBp: 300 },
    },
  ],
} satisfies SubsidyPolicyInput;

/** The demo policy, validated. */
export const linshanDemoPolicy: SubsidyPolicy = parseSubsidyPolicy(linshanDemoPolicyInput);
