import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, appendAuditEntries, auditItem } from './audit.ts';

const entry = (n: number): AuditEntry => ({
  subjectType: 'enterprise',
  subjectId: `E${n}`,
  action: 'enterprise.registered',
  principal: { clientId: 'cl-1', orgId: 'ls-amr' },
  at: '2026-11-23T10:00:00.000Z',
  discriminator: 'v1',
});

/** A client that records each command and answers with the next scripted outcome. */
function fakeDb(outcomes: (Error | undefined)[]) {
  const sent: unknown[] = [];
  return {
    sent,
    send: async (command: unknown) => {
      sent.push(command);
      const outcome = outcomes.shift();
      if (outcome) throw outcome;
      return {};
    },
  };
}

describe('Function: appendAuditEntries', () => {
  it('writes every entry as a conditional PutItem, never a transaction or an unconditional batch', async () => {
    // Prepare
    const db = fakeDb([]);

    // Act
    await appendAuditEntries([entry(1), entry(2), entry(3)], db, 'audit');

    // Assess
    expect(db.sent).toHaveLength(3);
    for (const command of db.sent) {
      expect(command).toBeInstanceOf(PutCommand);
      expect((command as PutCommand).input.ConditionExpression).toBe('attribute_not_exists(pk)');
    }
    expect(db.sent.map((c) => (c as PutCommand).input.Item?.pk).sort()).toEqual([
      'enterprise#E1',
      'enterprise#E2',
      'enterprise#E3',
    ]);
  });

  it('treats an entry that already exists as appended and still writes the others', async () => {
    // Prepare: the first put finds its entry there already (a replayed stream batch).
    const db = fakeDb([new ConditionalCheckFailedException({ message: 'exists', $metadata: {} })]);

    // Act
    await appendAuditEntries([entry(7), entry(8)], db, 'audit');

    // Assess
    expect(db.sent).toHaveLength(2);
  });

  it('sends one key once, and nothing for no entries', async () => {
    // Prepare
    const db = fakeDb([]);

    // Act
    await appendAuditEntries([entry(1), entry(1)], db, 'audit');
    await appendAuditEntries([], db, 'audit');

    // Assess
    expect(db.sent).toHaveLength(1);
  });

  it('fails when a put fails for another reason, so the stream batch is retried', async () => {
    const db = fakeDb([new Error('throttled')]);
    await expect(appendAuditEntries([entry(1)], db, 'audit')).rejects.toThrow('throttled');
  });
});

describe('Function: auditItem', () => {
  it('keys a subject id too long for a DynamoDB key by a prefix and its SHA-256, short ids unchanged', () => {
    // Prepare
    const long = { ...entry(1), subjectType: 'push-card', subjectId: 'x'.repeat(5_000) };

    // Act
    const item = auditItem(long);

    // Assess
    expect(auditItem(entry(7)).pk).toBe('enterprise#E7');
    expect(Buffer.byteLength(item.pk)).toBeLessThan(2_048);
    expect(item.pk).toMatch(/^push-card#x{64}…sha256:[0-9a-f]{64}$/);
    expect(auditItem({ ...long, subjectId: `${'x'.repeat(4_999)}y` }).pk).not.toBe(item.pk);
  });
});
