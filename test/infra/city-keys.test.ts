import { accessManifest } from '@sme/access';
import { deliveryManifest } from '@sme/delivery';
import { platformManifest, type ServiceManifest } from '@sme/runtime';
import { CfnKey } from 'aws-cdk-lib/aws-kms';
import { describe, expect, it } from 'vitest';
import { missingWiring } from './missing-wiring.ts';
import { demoCity, synthStack, synthWithNag } from './synth.ts';

/** Delivery with what it needs: the key `webhook-secrets` is declared by the sender and the rotation. */
const list: ServiceManifest[] = [platformManifest, accessManifest, deliveryManifest];

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/** `list` with one delivery function's `keys` replaced (removed when `keys` is undefined). */
function withKeys(fn: string, keys: Record<string, 'encrypt' | 'decrypt'> | undefined): ServiceManifest[] {
  return list.map((m) => {
    if (m !== deliveryManifest) return m;
    const spec = m.functions[fn as keyof typeof m.functions];
    if (!spec) throw new Error(`test setup: delivery has no function ${fn}`);
    const { keys: _old, ...rest } = spec as typeof spec & { keys?: unknown };
    return { ...m, functions: { ...m.functions, [fn]: keys ? { ...rest, keys } : rest } };
  });
}

describe('Construct: CityKeys (the webhook secrets key)', () => {
  const { template, templates } = synthStack(list);
  const resources = Object.entries((template.toJSON() as { Resources: Record<string, Resource> }).Resources);
  const aliasOf = resources.find(
    ([, r]) => r.Type === 'AWS::KMS::Alias' && r.Properties.AliasName === 'alias/linshan/webhook-secrets',
  );
  const keyId = (aliasOf?.[1].Properties.TargetKeyId as { 'Fn::GetAtt': string[] } | undefined)?.[
    'Fn::GetAtt'
  ][0];
  const keyArn = { 'Fn::GetAtt': [keyId, 'Arn'] };
  const functions = resources.filter(([, r]) => r.Type === 'AWS::Lambda::Function');
  /** Statements of a function's role that name the webhook secrets key. */
  const keyStatements = (fn: Resource): Statement[] => {
    const role = (fn.Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0];
    return resources
      .filter(
        ([, r]) =>
          r.Type === 'AWS::IAM::Policy' &&
          JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: role }]),
      )
      .flatMap(([, r]) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
      .filter((s) => [s.Resource].flat().some((res) => JSON.stringify(res) === JSON.stringify(keyArn)));
  };

  it('makes one customer-managed key per city, rotating yearly, retained, with the alias alias/<city>/webhook-secrets', () => {
    // Assess
    expect(keyId).toBeDefined();
    const key = resources.find(([id]) => id === keyId)?.[1];
    expect(key).toMatchObject({
      Type: 'AWS::KMS::Key',
      DeletionPolicy: 'Retain',
      Properties: { EnableKeyRotation: true },
    });
  });

  it("lets only the sender decrypt and only the rotation encrypt (and reopen its newest for a retry), for this city's encryption context only", () => {
    // Act
    const uses = Object.fromEntries(
      functions
        .map(([, fn]) => [fn.Properties.FunctionName, keyStatements(fn)] as const)
        .filter(([, statements]) => statements.length > 0)
        .map(([name, statements]) => [name, statements.flatMap((s) => [s.Action].flat()).sort()]),
    );
    const conditions = functions.flatMap(([, fn]) => keyStatements(fn).map((s) => s.Condition));
    const withEnv = functions
      .filter(
        ([, fn]) =>
          (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables
            .KEY_WEBHOOK_SECRETS_ARN,
      )
      .map(([, fn]) => fn.Properties.FunctionName);

    // Assess
    expect(uses).toEqual({
      'linshan-delivery-send-delivery': ['kms:Decrypt'],
      'linshan-delivery-rotate-webhook-secret': ['kms:Decrypt', 'kms:Encrypt'],
    });
    expect(conditions).toEqual([
      { StringEquals: { 'kms:EncryptionContext:city': 'linshan' } },
      { StringEquals: { 'kms:EncryptionContext:city': 'linshan' } },
    ]);
    expect(withEnv.sort()).toEqual([
      'linshan-delivery-rotate-webhook-secret',
      'linshan-delivery-send-delivery',
    ]);
    expect(missingWiring(templates, list, demoCity)).toEqual([]);
  });

  it('is noticed when the sender lacks kms:Decrypt or a function without the need gets it', () => {
    // Prepare: templates built from manifests that differ from the declared ones.
    const senderWithout = synthStack(withKeys('send-delivery', undefined)).templates;
    const replayWith = synthStack(withKeys('replay-delivery', { 'webhook-secrets': 'decrypt' })).templates;

    // Act
    const missing = missingWiring(senderWithout, list, demoCity);
    const extra = missingWiring(replayWith, list, demoCity);

    // Assess
    expect(missing).toContain('key delivery.send-delivery → webhook-secrets (decrypt): granted nothing');
    expect(missing).toContain(
      'key delivery.send-delivery → webhook-secrets (decrypt): env KEY_WEBHOOK_SECRETS_ARN missing',
    );
    expect(extra).toEqual([
      'key delivery.replay-delivery → webhook-secrets: use not declared in the manifest',
    ]);
  });

  it('fails cdk-nag when the key does not rotate', () => {
    // Act
    const synth = () =>
      synthWithNag({
        manifests: list,
        tamper: (stack) => {
          const key = stack.node.findAll().find((c) => c instanceof CfnKey && c.node.path.includes('/Keys/'));
          if (!(key instanceof CfnKey)) throw new Error('test setup: no city key');
          key.enableKeyRotation = false;
        },
      });

    // Assess
    expect(synth).toThrow(/AwsSolutions-KMS5/);
  });
});
