import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { SealedSecret, SealingContext, SecretSealer } from '../domain/sealed-secrets.ts';

/**
 * Seals with the city's customer-managed KMS key: `Encrypt` / `Decrypt` directly (a signing secret is far
 * below the 4 KiB limit, so no data key), the context as the KMS encryption context, which KMS binds to
 * the ciphertext and records in CloudTrail. Decrypt names the key too, so a ciphertext of another key is
 * refused rather than opened with whatever key it names. Automatic key rotation needs nothing here: the
 * ciphertext says which key version sealed it.
 */
export class KmsSecretSealer implements SecretSealer {
  readonly #client: Pick<KMSClient, 'send'>;
  readonly #keyArn: string;

  constructor(client: Pick<KMSClient, 'send'>, keyArn: string) {
    this.#client = client;
    this.#keyArn = keyArn;
  }

  async seal(plaintext: string, context: SealingContext): Promise<SealedSecret> {
    const out = await this.#client.send(
      new EncryptCommand({
        KeyId: this.#keyArn,
        Plaintext: Buffer.from(plaintext, 'utf8'),
        EncryptionContext: { ...context },
      }),
    );
    if (!out.CiphertextBlob) throw new Error('KMS Encrypt returned no ciphertext');
    return {
      scheme: 'kms',
      keyId: out.KeyId ?? this.#keyArn,
      ciphertext: Buffer.from(out.CiphertextBlob).toString('base64'),
    };
  }

  async open(sealed: SealedSecret, context: SealingContext): Promise<string> {
    if (sealed.scheme !== 'kms') throw new Error(`Sealed with ${sealed.scheme}, not with KMS`);
    const out = await this.#client.send(
      new DecryptCommand({
        KeyId: this.#keyArn,
        CiphertextBlob: Buffer.from(sealed.ciphertext, 'base64'),
        EncryptionContext: { ...context },
      }),
    );
    if (!out.Plaintext) throw new Error('KMS Decrypt returned no plaintext');
    return Buffer.from(out.Plaintext).toString('utf8');
  }
}
