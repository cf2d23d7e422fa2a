import type { CityConfig } from '@sme/kernel';
import { noticeBody } from '../domain/bank-notices.ts';
import {
  type AttemptLogResult,
  type AttemptOutcome,
  afterAttempt,
  type DeliveryRecord,
} from '../domain/delivery-record.ts';
import { type NextAttempt, nextAttempt, type RetryPolicy } from '../domain/retry-policy.ts';
import type { SecretSealer } from '../domain/sealed-secrets.ts';
import { signWebhook, type WebhookHeaders } from '../domain/webhook-signature.ts';
import type { OutboundMessage } from './enqueue-deliveries.ts';
import type { DeliveryStore, EndpointStore } from './ports.ts';
import { openActiveSecrets } from './webhook-secrets.ts';

/** SQS delays top out at 15 minutes; longer waits hop through the queue several times. */
export const maxQueueDelaySeconds = 900;

export interface AttemptDeps {
  deliveries: DeliveryStore;
  endpoints: Pick<EndpointStore, 'get' | 'disable'>;
  banks: CityConfig['banks'];
  /** The city id, part of every signing secret's sealing context. */
  city: string;
  /** Opens the stored signing secrets (city key `webhook-secrets`, decrypt only). */
  sealer: SecretSealer;
  sendToBankQueue(bankId: string, deliveryId: string, body: string): Promise<AttemptOutcome>;
  postWebhook(url: string, headers: WebhookHeaders, body: string, timeoutMs: number): Promise<AttemptOutcome>;
  sendOutbound(messages: OutboundMessage[]): Promise<void>;
  retryPolicy: RetryPolicy;
  webhookTimeoutMs: number;
  now(): Date;
  random(): number;
}

/**
 * Makes the attempt that is due for one delivery, records its outcome and queues the next one.
 * A message that arrives early (a hop of a long wait) is re-queued for the rest of the wait; one for
 * a delivery that is no longer pending is dropped. When another copy of the message is mid-attempt,
 * this one is re-queued to look again after the lease: if that attempt died with its Lambda, this copy
 * takes over; if it finished, the record has moved on and this copy is dropped.
 */
export async function attemptDelivery(deps: AttemptDeps, deliveryId: string): Promise<void> {
  const record = await deps.deliveries.get(deliveryId, true);
  if (record?.status !== 'pending') return;
  const now = deps.now();
  const dueInSeconds = record.nextAttemptAt ? (Date.parse(record.nextAttemptAt) - now.getTime()) / 1000 : 0;
  if (dueInSeconds > 1) {
    await deps.sendOutbound([
      { deliveryId, delaySeconds: Math.min(maxQueueDelaySeconds, Math.ceil(dueInSeconds)) },
    ]);
    return;
  }
  const attempt = record.attempts + 1;
  const leaseMs = deps.webhookTimeoutMs + 5_000;
  if (!(await deps.deliveries.claim(record, attempt, now, leaseMs))) {
    const latest = await deps.deliveries.get(deliveryId, true);
    const stillHeld =
      latest?.status === 'pending' && latest.attempts === record.attempts && latest.round === record.round;
    if (stillHeld) await deps.sendOutbound([{ deliveryId, delaySeconds: Math.ceil(leaseMs / 1000) + 1 }]);
    return;
  }

  const { result, next } = await send(deps, record, attempt, now);
  const updated = afterAttempt(record, attempt, result, next, deps.now());
  await deps.deliveries.save(updated, { status: 'pending', attempts: record.attempts, round: record.round });
  if (next.kind === 'retry') {
    await deps.sendOutbound([
      { deliveryId, delaySeconds: Math.min(maxQueueDelaySeconds, Math.ceil(next.delaySeconds)) },
    ]);
  }
}

async function send(
  deps: AttemptDeps,
  record: DeliveryRecord,
  attempt: number,
  now: Date,
): Promise<{ result: AttemptLogResult; next: NextAttempt }> {
  const bank = deps.banks.find((b) => b.id === record.bankId);
  if (!bank) throw new Error(`Bank ${record.bankId} is not in the city config`);
  const body = noticeBody(record.notice);
  const decide = (outcome: AttemptOutcome): NextAttempt =>
    nextAttempt({
      attempt,
      lastStatus: outcome.result,
      ...(outcome.retryAfter ? { retryAfterHeader: outcome.retryAfter } : {}),
      now: deps.now(),
      random: deps.random,
      policy: deps.retryPolicy,
    });

  if (bank.delivery.kind === 'sqs') {
    let outcome: AttemptOutcome;
    try {
      outcome = await deps.sendToBankQueue(bank.id, record.deliveryId, body);
    } catch {
      outcome = { result: 'network-error' };
    }
    return { result: outcome.result, next: decide(outcome) };
  }

  const endpoint = await deps.endpoints.get(bank.id);
  if (endpoint.disabled)
    return { result: endpoint.disabled.status, next: { kind: 'disable-endpoint', status: 410 } };
  // A secret that does not open (key disabled, KMS unreachable, a row tampered with) throws: the
  // message is retried, then lands in the alarmed DLQ; it is never sent unsigned or parked as the bank's fault.
  const secrets = await openActiveSecrets(deps.sealer, deps.city, bank.id, endpoint.secrets, now);
  if (secrets.length === 0) {
    return {
      result: 'no-signing-secret',
      next: { kind: 'park', reason: 'attempts-exhausted', attempts: attempt, lastStatus: 'network-error' },
    };
  }
  const headers = signWebhook({ id: record.deliveryId, timestamp: now, body, secrets });
  const outcome = await deps.postWebhook(bank.delivery.url, headers, body, deps.webhookTimeoutMs);
  const next = decide(outcome);
  if (next.kind === 'disable-endpoint') await deps.endpoints.disable(bank.id, now.toISOString(), 410);
  return { result: outcome.result, next };
}
