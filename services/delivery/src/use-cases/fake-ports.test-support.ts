import { ConcurrentModificationError } from '@sme/kernel';
import type { DeliveryRecord, DeliveryStatus } from '../domain/delivery-record.ts';
import type { OutboundMessage } from './enqueue-deliveries.ts';
import type { DeliveryStore, EndpointState, EndpointStore } from './ports.ts';

/**
 * In-memory ports for the use-case tests, with the same conditions as the DynamoDB adapters: a
 * claim needs the record pending, at the expected attempt count and without a live lease; a save
 * needs the state it was computed from and clears the lease (the adapter's Put replaces the item).
 */
export class FakeDeliveryStore implements DeliveryStore {
  readonly records = new Map<string, DeliveryRecord & { leaseUntil?: string }>();

  async create(record: DeliveryRecord) {
    const stored = this.records.get(record.deliveryId);
    if (stored) return { created: false, record: structuredClone(stored) };
    this.records.set(record.deliveryId, structuredClone(record));
    return { created: true, record };
  }

  async get(deliveryId: string) {
    const stored = this.records.get(deliveryId);
    if (!stored) return undefined;
    const { leaseUntil: _lease, ...record } = structuredClone(stored);
    return record;
  }

  async claim(record: DeliveryRecord, attempt: number, now: Date, leaseMs: number) {
    const stored = this.records.get(record.deliveryId);
    const free = stored?.leaseUntil === undefined || stored.leaseUntil < now.toISOString();
    if (
      stored?.status !== 'pending' ||
      stored.attempts !== attempt - 1 ||
      stored.round !== record.round ||
      !free
    )
      return false;
    stored.leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    return true;
  }

  async save(next: DeliveryRecord, expected: { status: DeliveryStatus; attempts: number; round: number }) {
    const stored = this.records.get(next.deliveryId);
    if (
      stored?.status !== expected.status ||
      stored.attempts !== expected.attempts ||
      stored.round !== expected.round
    )
      throw new ConcurrentModificationError(`delivery ${next.deliveryId} moved on`);
    this.records.set(next.deliveryId, structuredClone(next));
  }

  async count(status: DeliveryStatus) {
    return [...this.records.values()].filter((r) => r.status === status).length;
  }
}

export class FakeEndpointStore implements EndpointStore {
  readonly states = new Map<string, EndpointState>();

  async get(bankId: string) {
    return structuredClone(this.states.get(bankId) ?? { bankId, secrets: [] });
  }

  async putRotated(state: EndpointState) {
    this.states.set(state.bankId, structuredClone(state));
    return true;
  }

  async disable(bankId: string, at: string, status: number) {
    const state = await this.get(bankId);
    this.states.set(bankId, { ...state, disabled: { at, status } });
  }

  async enable(bankId: string) {
    const { disabled: _d, ...state } = await this.get(bankId);
    this.states.set(bankId, state);
  }
}

/** The outbound queue: what was sent, in order. */
export function fakeOutbound() {
  const sent: OutboundMessage[] = [];
  return {
    sent,
    sendOutbound: async (messages: OutboundMessage[]) => {
      sent.push(...messages);
    },
  };
}
