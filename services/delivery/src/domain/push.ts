import type { OpenPush } from './deadline-sweep.ts';
import type { ProgressEvent, PushProgress } from './push-inbox-state.ts';

export interface HistoryEntry {
  seq: number;
  type: ProgressEvent['type'];
  at: string;
  clientId: string;
  requestId: string;
  event: ProgressEvent;
}

/** A push as delivery keeps it: the bank's inbox item. */
export interface PushItem {
  pushId: string;
  batchId: string;
  uscc: string;
  bankId: string;
  pushedAt: string;
  pushedOn: string;
  /** When the bank received the credit application (see `OpenPush.applicationOn`). */
  applicationOn?: string;
  /** Last day the bank may read the card and the credit profile for this push (its push grant). */
  creditAccessUntil?: string;
  noLoanHousehold: boolean;
  progress: PushProgress;
  history: HistoryEntry[];
  alerts: string[];
  version: number;
}

/** The earliest day a running deadline of the push can fall on; undefined when none runs. */
export type EarliestDue = (push: PushItem) => string | undefined;

/** The push as the deadline rules see it: the application date is the push's, or the one the bank recorded. */
export function toOpenPush(push: PushItem): OpenPush {
  const applicationOn = push.applicationOn ?? push.progress.applicationReceivedOn;
  return {
    ...push,
    status: push.progress.status,
    ...(applicationOn ? { applicationOn } : {}),
    ...(push.progress.materialsCompleteOn ? { materialsCompleteOn: push.progress.materialsCompleteOn } : {}),
  };
}
