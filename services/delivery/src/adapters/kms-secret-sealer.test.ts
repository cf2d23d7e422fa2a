import { DecryptCommand, EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { webhookSecretContext } from '../domain/sealed-secrets.ts';
import { KmsSecretSealer } from './kms-secret-sealer.ts';

const keyArn = 'arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const context = webhookSecretContext('linshan', 'bank-city');

/** A hand fake of `KMSClient.send`: records each command and answers with what the test gives. */
function fakeKms(answer: (command: unknown) => unknown) {
  const sent: unknown[] = [];
  const client = {
    send: async (command: unknown) => {
      sent.push(command);
      return answer(command);
    },
  } as unknown as ConstructorParameters<typeof KmsSecretSealer>[0];
  return { client, sent };
}

describe('Class: KmsSecretSealer', () => {
  it('seals with Encrypt on the city key, the context as the encryption context, and stores key and ciphertext', async () => {
    // Prepare
    const kms = fakeKms(() => ({ CiphertextBlob: Uint8Array.from([1, 2, 3]), KeyId: keyArn }));

    // Act
    const sealed = await new KmsSecretSealer(kms.client, keyArn).seal('whsec_abc', context);

    // Assess
    expect(kms.sent).toHaveLength(1);
    expect(kms.sent[0]).toBeInstanceOf(EncryptCommand);
    const input = (kms.sent[0] as EncryptCommand).input;
    expect(input.KeyId).toBe(keyArn);
    expect(Buffer.from(input.Plaintext ?? []).toString('utf8')).toBe('whsec_abc');
    expect(input.EncryptionContext).toEqual({
      city: 'linshan',
      bankId: 'bank-city',
      purpose: 'webhook-signing-secret',
    });
    expect(sealed).toEqual({ scheme: 'kms', keyId: keyArn, ciphertext: 'AQID' });
  });

  it('opens with Decrypt naming the same key and context, and returns the plaintext', async () => {
    // Prepare
    const kms = fakeKms(() => ({ Plaintext: Buffer.from('whsec_abc'), KeyId: keyArn }));

    // Act
    const opened = await new KmsSecretSealer(kms.client, keyArn).open(
      { scheme: 'kms', keyId: keyArn, ciphertext: 'AQID' },
      context,
    );

    // Assess
    expect(opened).toBe('whsec_abc');
    expect(kms.sent[0]).toBeInstanceOf(DecryptCommand);
    const input = (kms.sent[0] as DecryptCommand).input;
    expect(input.KeyId).toBe(keyArn);
    expect(Buffer.from(input.CiphertextBlob ?? [])).toEqual(Buffer.from([1, 2, 3]));
    expect(input.EncryptionContext).toEqual(context);
  });

  it("passes KMS's refusal on (a wrong context is InvalidCiphertextException there) and calls KMS for no other scheme", async () => {
    // Prepare
    const refusal = Object.assign(new Error('InvalidCiphertextException'), {
      name: 'InvalidCiphertextException',
    });
    const kms = fakeKms(() => {
      throw refusal;
    });
    const sealer = new KmsSecretSealer(kms.client, keyArn);

    // Act / Assess
    await expect(sealer.open({ scheme: 'kms', keyId: keyArn, ciphertext: 'AQID' }, context)).rejects.toBe(
      refusal,
    );
    await expect(
      sealer.open({ scheme: 'local-aes-256-gcm', keyId: 'local:00', ciphertext: 'AQID' }, context),
    ).rejects.toThrow(/not with KMS/);
    expect(kms.sent).toHaveLength(1);
  });

  it('fails loudly on an answer without ciphertext or plaintext', async () => {
    const sealer = new KmsSecretSealer(fakeKms(() => ({})).client, keyArn);
    await expect(sealer.seal('whsec_abc', context)).rejects.toThrow(/no ciphertext/);
    await expect(sealer.open({ scheme: 'kms', keyId: keyArn, ciphertext: 'AQID' }, context)).rejects.toThrow(
      /no plaintext/,
    );
  });
});
