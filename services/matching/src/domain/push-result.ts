import type { Reason } from './push-reasons.ts';

/** What a push batch decided, per enterprise and per bank; the preview a coordinator reads and adjusts. */

export type EnterpriseFlag = 'partner-bank-caution' | 'no-eligible-bank' | 'capacity-exhausted';

/**
 * One bank's standing for one enterprise. Results share decisions, reasons and product lists between
 * enterprises where they are identical (most banks are refused or outranked for the same facts), and
 * freeze the shared ones: treat a result as immutable and derive a new one (see `applyAdjustments`).
 */
export interface BankDecision {
  bankId: string;
  /** 1-based rank among the banks pushed this enterprise; null when not pushed. */
  rank: number | null;
  /** Whether the bank already lends to the enterprise (rule 2). */
  existingLender: boolean;
  /** The bank's products that take the demand (rule 4). */
  products: readonly string[];
  /** Every rule's say on this bank, in rule order. */
  reasons: readonly Reason[];
}

export interface EnterpriseAssignment {
  uscc: string;
  keyIndustryChain: boolean;
  status: 'assigned' | 'unassigned' | 'excluded';
  /** In rank order. */
  assignedBanks: BankDecision[];
  /** Every other bank of the city, in bank id order, with why it was not pushed. */
  excludedBanks: BankDecision[];
  /** Rule 8 reasons when the enterprise itself is kept out of the batch. */
  exclusion: Reason[];
  /** What the automatic assignment found; coordinator adjustments leave them as they were. */
  flags: EnterpriseFlag[];
  existingBankCount: number;
}

export interface BankLoad {
  bankId: string;
  capacity: number;
  load: number;
}

export interface PushAssignmentResult {
  maxBanksPerEnterprise: number;
  /** Key-industry-chain enterprises first, then by USCC: the order capacity was handed out. */
  enterprises: EnterpriseAssignment[];
  /** By bank id. */
  banks: BankLoad[];
}
