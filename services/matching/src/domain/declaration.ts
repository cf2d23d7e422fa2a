import { freeText, usccSchema, ValidationError } from '@sme/kernel';
import * as z from 'zod';
import type { DeclarationState, RemovalReason } from './declaration-state.ts';
import { guaranteeTypes } from './push-input.ts';
import type { ScreeningResult } from './screening.ts';

/**
 * A declaration (申报清单, seed 001 §二(一)): one enterprise's financing demand, recorded by an
 * agency after a visit or referred by a bank, and carried through screening, review, sign-off and
 * push. It keeps a snapshot of the registry and credit facts it was last screened on.
 */

/** What the loan is for; the reviewer attests that it is lawful (贷款用途依法合规). */
export const loanPurposes = [
  'working-capital',
  'equipment',
  'technology-upgrade',
  'expansion',
  'agricultural-production',
  'trade-settlement',
  'other',
] as const;
export type LoanPurpose = (typeof loanPurposes)[number];

const fen = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const bankId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'a bank id of the city');

export const declarationDemandSchema = z.strictObject({
  amountFen: fen.min(1).meta({ description: 'Amount wanted, in fen (1 CNY = 100 fen)' }),
  termMonths: z.int().min(1).max(600),
  purpose: z.enum(loanPurposes),
  purposeDetail: freeText(500),
  guaranteeType: z.enum(guaranteeTypes).meta({ description: '`credit` means unsecured (信用)' }),
  creditLoanWanted: z.boolean().default(false),
  collateral: freeText(500).optional(),
  /** In the enterprise's order of preference. */
  preferredBankIds: z.array(bankId).max(10).default([]),
  preferredProductNames: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
});
export type Demand = z.output<typeof declarationDemandSchema>;

export const visitSchema = z.strictObject({
  visitedBy: z.string().trim().min(1).max(100).meta({ description: 'Who visited (name or team)' }),
  visitedOn: z.iso.date(),
  place: freeText(300),
});

/** Mainland mobile (11 digits from 1) or a landline with its area code, optionally an extension. */
const phone = z
  .string()
  .trim()
  .regex(
    /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/,
    'a mobile number (13800138000) or a landline with area code (0818-2345678)',
  );

/** Who the enterprise names for its financing: the pushed bank calls them (seed 001 §三(二) 对接). */
export const financingContactSchema = z.strictObject({
  name: z.string().trim().min(1).max(50),
  phone,
});

export const declarationInputSchema = z.strictObject({
  uscc: usccSchema,
  demand: declarationDemandSchema,
  /** A visit is required of agencies; a bank's referral may come without one. */
  visit: visitSchema.optional(),
  /** The enterprise's own wishes, in its words (timing, contact, concerns). */
  wishes: freeText(1000).optional(),
  /** Total credit the enterprise already has from banks; unknown counts as 0 for partner-bank caution. */
  currentCreditFen: fen.optional(),
  /** The enterprise's contact for financing; shown to the pushed banks only (the push card). */
  contact: financingContactSchema.optional(),
  /**
   * Whether the declaration is the enterprise's credit application (授信申请), so that a push is the
   * bank receiving it: a no-loan household's 5-working-day reply clock (seed 003 §五) then starts
   * on the push date. False when the enterprise will apply to the bank after contact; the bank records
   * the day it receives that application.
   */
  creditApplication: z.boolean().default(true),
});
export type DeclarationInput = z.output<typeof declarationInputSchema>;

/**
 * "One open declaration per enterprise per demand": a demand is its purpose and its guarantee type.
 * A second working-capital loan on mortgage while the first is open is a duplicate; the same
 * enterprise asking for an equipment loan, or for an unsecured one, is a different demand.
 */
export function declarationDemandKey(demand: Pick<Demand, 'purpose' | 'guaranteeType'>): string {
  return `${demand.purpose}|${demand.guaranteeType}`;
}

/** What the registry says, as last received (EnterpriseRegistered / EnterpriseChanged). */
export interface RegistryFacts {
  /** `enterprise:<uscc>:v<version>`: the record a screening outcome cites. */
  recordId: string;
  version: number;
  /** Registered name and size class, for the push card; absent from facts of an older registry. */
  name?: string;
  sizeClass?: string;
  township: string;
  industryCode: string;
  entityType: string;
  status: 'normal' | 'abnormal' | 'revoked' | 'deregistered';
  hasFixedPremises?: boolean;
  keyIndustryChain: boolean;
  /** The chain's name (tag `key-industry-chain:<name>`), when given. */
  keyIndustryChainName?: string;
  lendingBankIds: string[];
}

/** What the credit service says, as last received (CreditProfileChanged). */
export interface CreditFacts {
  /** `credit-profile:<uscc>:v<profileVersion>`. */
  recordId: string;
  profileVersion: number;
  grade: string;
  hardStop: boolean;
  /** Records the evaluation rests on; 0 is "no record found". Absent from facts of an older credit service. */
  recordsInForce?: number;
  flags: {
    kind: 'dishonest-judgment-debtor' | 'serious-illegal-dishonest' | 'abnormal-operation';
    recordId: string;
  }[];
}

/** Everything screening and matching know of the enterprise from other services. */
export interface EnterpriseFacts {
  registry?: RegistryFacts;
  credit?: CreditFacts;
  /** Blacklist entries with a confirmed hit on the enterprise (rule 8). */
  intermediaryEntryIds: string[];
}

export interface Review {
  id: string;
  agencyId: string;
  agencyKind: string;
  criterion: 'fixed-premises' | 'genuine-need' | 'good-credit' | 'lawful-purpose';
  outcome: 'confirmed' | 'refuted';
  note?: string;
  at: string;
  clientId: string;
}

export interface BankRejection {
  bankId: string;
  pushId: string;
  batchId: string;
  on: string;
  reasonCodes: string[];
  reasonText: string;
  repairSuggestions: string[];
}

export interface RepairAssignment {
  /** The township agency that coaches the enterprise. */
  agencyId: string;
  note: string;
  assignedAt: string;
  assignedBy: string;
  completedAt?: string;
  completedBy?: string;
  completionNote?: string;
}

export interface Actor {
  clientId: string;
  orgId: string;
}

export interface Declaration {
  id: string;
  uscc: string;
  demand: Demand;
  demandKey: string;
  visit?: z.output<typeof visitSchema>;
  wishes?: string;
  currentCreditFen?: number;
  contact?: z.output<typeof financingContactSchema>;
  /** Absent on declarations stored before the field existed: read as true. */
  creditApplication?: boolean;
  source: { kind: 'agency-visit' | 'bank-referral' | 'coordination-office' } & Actor;
  state: DeclarationState;
  version: number;
  facts: EnterpriseFacts;
  /** Absent until the registry facts are known. */
  screening?: ScreeningResult & { screenedAt: string };
  reviews: Review[];
  /** Banks that declined this demand (fed by bank feedback); rule 7 of the push. */
  declinedBy: { bankId: string; repairedAndRescreened: boolean }[];
  /** The competent department whose confirmation completed the review (经行业主管部门确认). */
  confirmedBy?: string;
  signOff?: Actor & { at: string; note?: string };
  removal?: Actor & { at: string; reason: RemovalReason; detail: string };
  /** Banks' rejections of pushes of this declaration, with their reasons (seed 001 §三(二)). */
  rejections?: BankRejection[];
  /** Coaching after a rejection (辅导修复): who coaches, and when it was done. */
  repair?: RepairAssignment;
  push?: { batchId: string; at: string; banks: { bankId: string; pushId: string; rank: number }[] };
  createdAt: string;
  updatedAt: string;
}

export const isKeyIndustryChain = (d: Pick<Declaration, 'facts'>): boolean =>
  d.facts.registry?.keyIndustryChain ?? false;

/** Banks and products of the city, for checking a declaration's preferences. */
export interface Catalogue {
  bankIds: ReadonlySet<string>;
  productNames: ReadonlySet<string>;
}

/**
 * A new declaration in DECLARED, not yet screened. Agencies and the office must record the visit;
 * preferences must name banks and products of the city. Throws `ValidationError` naming the field.
 *
 * @example
 * newDeclaration({ id: 'd-1', input, role: 'agency', actor, catalogue, now }).state; // 'DECLARED'
 */
export function newDeclaration(args: {
  id: string;
  input: DeclarationInput;
  role: 'agency' | 'bank' | 'coordinator';
  actor: Actor;
  catalogue: Catalogue;
  now: string;
}): Declaration {
  const { input, catalogue } = args;
  const issues: { path: string; message: string }[] = [];
  if (args.role !== 'bank' && input.visit === undefined) {
    issues.push({ path: 'body.visit', message: 'an agency records the visit (who, when, where)' });
  }
  input.demand.preferredBankIds.forEach((bank, i) => {
    if (!catalogue.bankIds.has(bank))
      issues.push({ path: `body.demand.preferredBankIds.${i}`, message: `unknown bank ${bank}` });
  });
  input.demand.preferredProductNames.forEach((name, i) => {
    if (!catalogue.productNames.has(name))
      issues.push({
        path: `body.demand.preferredProductNames.${i}`,
        message: `no product ${name} in the catalogue`,
      });
  });
  if (issues.length > 0) throw new ValidationError('The declaration breaks a rule', issues);
  const kind =
    args.role === 'bank' ? 'bank-referral' : args.role === 'agency' ? 'agency-visit' : 'coordination-office';
  return {
    id: args.id,
    uscc: input.uscc,
    demand: input.demand,
    demandKey: declarationDemandKey(input.demand),
    ...(input.visit ? { visit: input.visit } : {}),
    ...(input.wishes ? { wishes: input.wishes } : {}),
    ...(input.currentCreditFen === undefined ? {} : { currentCreditFen: input.currentCreditFen }),
    ...(input.contact ? { contact: input.contact } : {}),
    creditApplication: input.creditApplication,
    source: { kind, ...args.actor },
    state: 'DECLARED',
    version: 1,
    facts: { intermediaryEntryIds: [] },
    reviews: [],
    declinedBy: [],
    createdAt: args.now,
    updatedAt: args.now,
  };
}
