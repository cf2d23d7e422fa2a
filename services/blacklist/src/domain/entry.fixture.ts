import { usccCheckCharacter } from '@sme/kernel';
import { type Actor, type BlacklistEntry, newReport, type ReportInput, reportInputSchema } from './entry.ts';
import { parseIdentifierKeyring } from './identifier-keyring.ts';

/** Test fixtures for entries: a city secret, actors, and a report naming a firm and its broker. */

export const secret = 'linshan-test-secret-0123456789';
/** The keyring a stack created before versioning has: its one plain secret is version k1. */
export const keyring = parseIdentifierKeyring(secret);
export const now = '2026-05-01T08:00:00.000Z';
export const later = '2026-05-02T08:00:00.000Z';

export const bankReporter: Actor = { clientId: 'c-bank-gs', orgId: 'bank-gs', role: 'bank' };
export const coordinator: Actor = { clientId: 'c-office', orgId: 'ls-office', role: 'coordinator' };

export const standard = [
  { code: 'unlicensed-intermediation', text: '未取得金融业务许可，以营利为目的为企业居间介绍、撮合贷款' },
  { code: 'fee-padding', text: '以服务费、咨询费、包装费等名义向企业收取费用' },
];
export const categories = [{ code: 'illegal-loan-facilitation' }, { code: 'fund-broker' }];

/** A valid USCC of district 999101 whose organisation code ends with `body` (zero-padded to 9). */
export const uscc = (body: string) => {
  const first17 = `91999101${body.padStart(9, '0')}`;
  return `${first17}${usccCheckCharacter(first17)}`;
};

/** Raw identifiers of the broker: they must never appear in anything stored or answered. */
export const raw = {
  idNumber: '11010519491231002X',
  phone: '13912345678',
  account: '6222021234567890123',
  firmPhone: '0731-84567890',
};

export const reportInput = (overrides: Record<string, unknown> = {}): ReportInput =>
  reportInputSchema.parse({
    category: 'illegal-loan-facilitation',
    description: '以“包过”为名收取贷款金额8%的服务费',
    evidenceRefs: ['bank-gs://complaints/2026-0412', 'photo://receipt/778'],
    enterprises: [uscc('MA000101')],
    parties: [
      {
        kind: 'organisation',
        name: '临山市鑫源商务信息咨询有限公司',
        uscc: uscc('MA0000X1'),
        aliases: ['鑫源助贷'],
        phones: [raw.firmPhone],
      },
      {
        kind: 'individual',
        name: '欧阳娜娜',
        idNumber: raw.idNumber,
        phones: [raw.phone, '+86 139-1234-5678'],
        accounts: [raw.account],
      },
    ],
    ...overrides,
  });

export const report = (entryId = 'bl-00000000000000000001', input = reportInput()): BlacklistEntry =>
  newReport({ entryId, input, categories, keyring, reporter: bankReporter, now });
