import { envNames, type KeyUse } from '@sme/runtime';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Grant } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { CityFunction } from './function.ts';

/** The IAM actions of each declared use: sealing needs Encrypt alone, opening Decrypt alone. */
export const keyActions: Record<KeyUse, string[]> = {
  encrypt: ['kms:Encrypt'],
  decrypt: ['kms:Decrypt'],
  'encrypt-decrypt': ['kms:Encrypt', 'kms:Decrypt'],
};

/** Alias of a city key: `alias/<city>/<logical>`. */
export const keyAlias = (city: string, logical: string) => `alias/${city}/${logical}`;

/**
 * The city's customer-managed KMS keys that functions declare in their manifest entry (`keys`), e.g.
 * `webhook-secrets`, which seals each webhook bank's signing secrets. One symmetric key per logical name,
 * with automatic yearly rotation (KMS keeps every earlier key version, so older ciphertexts still open
 * and nothing is re-encrypted) and retained when the stack goes (what it sealed would be lost otherwise).
 * A function gets the ARN in `KEY_<NAME>_ARN` and only the actions of its declared use, on that key alone,
 * and only for requests whose encryption context names this city: every ciphertext is bound to its city,
 * and the service adds what else binds it (e.g. the bank id).
 */
export class CityKeys extends Construct {
  readonly keys = new Map<string, Key>();
  readonly #city: string;

  constructor(scope: Construct, id: string, props: { city: string }) {
    super(scope, id);
    this.#city = props.city;
  }

  #key(logical: string): Key {
    const existing = this.keys.get(logical);
    if (existing) return existing;
    const key = new Key(this, logical, {
      alias: keyAlias(this.#city, logical),
      description: `${logical} of city ${this.#city}: seals data of the functions that declare it (their manifest entry's keys)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.keys.set(logical, key);
    return key;
  }

  /** Sets `KEY_<LOGICAL>_ARN` and grants the declared use of that one key, for this city's context only. */
  bind(fn: CityFunction, logical: string, use: KeyUse): void {
    const key = this.#key(logical);
    fn.fn.addEnvironment(envNames.keyArn(logical), key.keyArn);
    Grant.addToPrincipal({
      grantee: fn.fn,
      actions: keyActions[use],
      resourceArns: [key.keyArn],
      conditions: { StringEquals: { 'kms:EncryptionContext:city': this.#city } },
    });
  }
}
