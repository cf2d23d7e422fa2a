/** Test records for one enterprise, built through the public submission path. */
import type { CreditRecord } from './record.ts';
import { applySubmission } from './record-history.ts';
import { type CreditSubmissionInput, parseCreditSubmission } from './submission.ts';

export const usccA = '91510100MA6CAB12X4';
export const usccB = '91510100MA6CAB13X5';

export const agencies = {
  tax: { id: 'tax-bureau', kind: 'tax' },
  amr: { id: 'amr', kind: 'market-supervision' },
  court: { id: 'intermediate-court', kind: 'court' },
  hrss: { id: 'hrss-bureau', kind: 'human-resources-social-security' },
  industry: { id: 'economy-bureau', kind: 'industry-department' },
} as const;

export const createdAt = '2025-06-01T00:00:00.000Z';

/** A submission with the envelope defaults filled in (USCC A, evidence ref derived from the id). */
export function submission(input: Omit<CreditSubmissionInput, 'uscc' | 'evidenceRef'> & { uscc?: string }) {
  return parseCreditSubmission({ uscc: usccA, evidenceRef: `case-file/${input.sourceRecordId}`, ...input });
}

/** A freshly created record (version 1) from `agencyId`. */
export function record(
  agencyId: string,
  input: Omit<CreditSubmissionInput, 'uscc' | 'evidenceRef'> & { uscc?: string },
): CreditRecord {
  return applySubmission(undefined, agencyId, submission(input), createdAt).record;
}

/**
 * The reference enterprise on 2025-06-30 under demo-v1. Each record's expected effect is stated in
 * evaluate.test.ts, computed by hand from the model's table.
 */
export function referenceRecords(): CreditRecord[] {
  return [
    record(agencies.tax.id, {
      sourceRecordId: 'TCR-2023',
      category: 'tax-credit-rating',
      occurredOn: '2024-04-15',
      facts: { year: 2023, grade: 'B' },
    }),
    record(agencies.tax.id, {
      sourceRecordId: 'TCR-2024',
      category: 'tax-credit-rating',
      occurredOn: '2025-04-20',
      facts: { year: 2024, grade: 'A' },
    }),
    record(agencies.tax.id, {
      sourceRecordId: 'PAY-2024',
      category: 'tax-payment',
      occurredOn: '2025-01-31',
      facts: { year: 2024, amountFen: 150_000_000 },
    }),
    record(agencies.amr.id, {
      sourceRecordId: 'PEN-1',
      category: 'administrative-penalty',
      occurredOn: '2024-03-01',
      facts: {
        authority: '市市场监督管理局',
        decisionNo: '市监罚〔2024〕12号',
        amountFen: 500_000,
        reason: '虚假宣传',
      },
    }),
    record(agencies.amr.id, {
      sourceRecordId: 'PEN-2',
      category: 'administrative-penalty',
      occurredOn: '2024-09-10',
      facts: {
        authority: '市市场监督管理局',
        decisionNo: '市监罚〔2024〕88号',
        amountFen: 2_000_000,
        reason: '无证经营',
      },
    }),
    record(agencies.amr.id, {
      sourceRecordId: 'PEN-2019',
      category: 'administrative-penalty',
      occurredOn: '2019-05-01',
      facts: {
        authority: '市市场监督管理局',
        decisionNo: '市监罚〔2019〕3号',
        amountFen: 9_900_000,
        reason: '超范围经营',
      },
    }),
    record(agencies.court.id, {
      sourceRecordId: 'CASE-D',
      category: 'court-judgment',
      occurredOn: '2024-11-05',
      facts: {
        caseNo: '(2024)川0100民初77号',
        court: '市中级人民法院',
        role: 'defendant',
        amountFen: 3_000_000,
        status: 'in-enforcement',
      },
    }),
    record(agencies.court.id, {
      sourceRecordId: 'CASE-P',
      category: 'court-judgment',
      occurredOn: '2025-02-01',
      facts: {
        caseNo: '(2025)川0100民初9号',
        court: '市中级人民法院',
        role: 'plaintiff',
        amountFen: 800_000,
        status: 'judged',
      },
    }),
    record(agencies.hrss.id, {
      sourceRecordId: 'SI-2025-05',
      category: 'social-insurance-arrears',
      occurredOn: '2025-05-31',
      facts: { kind: 'social-insurance', monthsInArrears: 4, amountFen: 1_234_500 },
    }),
    record(agencies.hrss.id, {
      sourceRecordId: 'SI-2024-12',
      category: 'social-insurance-arrears',
      occurredOn: '2024-12-31',
      facts: { kind: 'housing-fund', monthsInArrears: 7, amountFen: 600_000, settledOn: '2025-03-01' },
    }),
    record(agencies.industry.id, {
      sourceRecordId: 'HON-P',
      category: 'honour',
      occurredOn: '2024-12-20',
      facts: {
        title: '省级专精特新中小企业',
        level: 'provincial',
        year: 2024,
        awardedBy: '省经济和信息化厅',
      },
    }),
    record(agencies.industry.id, {
      sourceRecordId: 'HON-C',
      category: 'honour',
      occurredOn: '2023-12-15',
      facts: { title: '市级守合同重信用企业', level: 'city', year: 2023, awardedBy: '市人民政府' },
    }),
    record(agencies.industry.id, {
      sourceRecordId: 'HON-N',
      category: 'honour',
      occurredOn: '2024-10-01',
      facts: {
        title: '国家级专精特新"小巨人"企业',
        level: 'national',
        year: 2024,
        awardedBy: '工业和信息化部',
      },
    }),
    record(agencies.industry.id, {
      sourceRecordId: 'POL-1',
      category: 'policy-support',
      occurredOn: '2025-03-10',
      facts: { programme: '技术改造补助', grantedBy: '市经济和信息化局', year: 2025, amountFen: 30_000_000 },
    }),
    record(agencies.amr.id, {
      sourceRecordId: 'IP-2025Q1',
      category: 'intellectual-property',
      occurredOn: '2025-03-31',
      facts: { inventionPatents: 6, utilityModelPatents: 14, trademarks: 3 },
    }),
    record(agencies.amr.id, {
      sourceRecordId: 'IP-2024Q1',
      category: 'intellectual-property',
      occurredOn: '2024-03-31',
      facts: { inventionPatents: 2, utilityModelPatents: 9, trademarks: 3 },
    }),
    record(agencies.amr.id, {
      sourceRecordId: 'REG',
      category: 'registration',
      occurredOn: '2016-08-08',
      facts: { authority: '市市场监督管理局', registeredOn: '2016-08-08', registeredCapitalFen: 500_000_000 },
    }),
  ];
}
