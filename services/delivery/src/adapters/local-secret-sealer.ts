import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import {
  canonicalContext,
  type SealedSecret,
  type SealingContext,
  type SecretSealer,
} from '../domain/sealed-secrets.ts';

const ivBytes = 12;
const tagBytes = 16;

/**
 * The local stand-in for the city's KMS key (no KMS emulator runs here): AES-256-GCM under a
 * development key, the encryption context as additional authenticated data. Same port, same context,
 * so a wrong context or a changed byte fails locally as it does with KMS. Ciphertext is
 * `iv (12) ‖ tag (16) ‖ encrypted`, base64. Never for a deployed stack: the key sits in an env var.
 */
export class LocalSecretSealer implements SecretSealer {
  readonly keyId: string;
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error(`A local sealing key is 32 bytes, got ${key.length}`);
    this.#key = key;
    this.keyId = `local:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  }

  /** From the base64 the local stack puts in `KEY_<NAME>_LOCAL`. */
  static fromBase64(key: string): LocalSecretSealer {
    return new LocalSecretSealer(Buffer.from(key, 'base64'));
  }

  /**
   * The development key of a city key, base64: fixed per logical name (like the local city secrets), so
   * what a local stack sealed still opens after a restart on kept data. Known to anyone: local only.
   */
  static developmentKey(logical: string): string {
    return createHash('sha256').update(`local-development-${logical}-not-for-production`).digest('base64');
  }

  async seal(plaintext: string, context: SealingContext): Promise<SealedSecret> {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv, { authTagLength: tagBytes });
    cipher.setAAD(Buffer.from(canonicalContext(context)));
    const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const ciphertext = Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64');
    return { scheme: 'local-aes-256-gcm', keyId: this.keyId, ciphertext };
  }

  async open(sealed: SealedSecret, context: SealingContext): Promise<string> {
    if (sealed.scheme !== 'local-aes-256-gcm' || sealed.keyId !== this.keyId) {
      throw new Error(`Sealed with ${sealed.scheme} key ${sealed.keyId}, not with this local key`);
    }
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    if (bytes.length < ivBytes + tagBytes) throw new Error('Sealed secret is too short');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, bytes.subarray(0, ivBytes), {
      authTagLength: tagBytes,
    });
    decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
    decipher.setAAD(Buffer.from(canonicalContext(context)));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(ivBytes + tagBytes)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      // GCM says only "unable to authenticate": the context, the key or the bytes are not the sealed ones.
      throw new Error('Sealed secret does not open: wrong context, or the ciphertext was changed');
    }
  }
}
