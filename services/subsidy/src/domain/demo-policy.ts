import { parseSubsidyPolicy, type SubsidyPolicy, type SubsidyPolicyInput } from './policy.ts';

/**
 * DEMO DATA for the fictional city "linshan": the seeds' numbers where they give one, invented but
 * plausible values where a city must choose (break-even rates, affected sectors, the year the fee
 * relief ended). The LPR history is a simplified demo table, not the official PBoC series.
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
          amountLimit: { amount: '500000.00', inclusive: false },
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
          amountLimit: { amount: '500000.00', inclusive: false },
        },
      },
    },
    {
      program: 'fee-subsidy',
      id: 'linshan-fee-subsidy-2022',
      effectiveFrom: '2022-01-01',
      citation: { seed: '003', section: '十四' },
      params: {
        eligibleBorrowerTypes: ['small-enterprise', 'micro-enterprise', 'individual-business'],
        eligibleTags: ['agricultural', 'strategic-emerging'],
        guaranteeAmountLimit: { amount: '10000000.00', inclusive: false },
        feeRateBelow: '0.015',
        breakEvenRates: { '*': '0.018', A: '0.015', C: '0.02', F: '0.022' },
      },
    },
    {
      program: 'risk-compensation',
      id: 'linshan-risk-compensation-2022',
      effectiveFrom: '2022-01-01',
      citation: { seed: '003', section: '十四' },
      // A yearly rate on a balance: a whole year of balance earns exactly the rate.
      dayCount: 'actual/365',
      // Demo: 2027 onwards not yet decided, so no rate (entitlements for those years wait for one).
      params: {
        ratesByYear: { '2022': '0.001', '2023': '0.002', '2024': '0.002', '2025': '0.005', '2026': '0.005' },
      },
    },
    {
      program: 'entrepreneurship-loan',
      id: 'linshan-entrepreneurship-loan-2022',
      effectiveFrom: '2022-01-01',
      citation: { seed: '004', section: '(六)' },
      params: {
        lprTenor: 'one-year',
        borrowerBearsUpToLprMinusBp: 150,
        principalCaps: { 'small-enterprise': '3000000.00', 'micro-enterprise': '3000000.00' },
        rateCap: { lprPlusBp: 150, mode: 'ineligible' },
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
