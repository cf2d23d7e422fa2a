import { accessManifest } from '@sme/access';
import { blacklistManifest } from '@sme/blacklist';
import { platformManifest } from '@sme/runtime';
import { describe, expect, it } from 'vitest';
import { missingWiring } from './missing-wiring.ts';
import { demoCity, synthStack, synthWithNag } from './synth.ts';

/** The blacklist with what it needs: the city secret is declared by two of its functions. */
const list = [platformManifest, accessManifest, blacklistManifest];

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Action: string | string[]; Resource: unknown };

describe('Construct: CitySecrets', () => {
  const { template, templates } = synthStack(list);
  const resources = Object.entries((template.toJSON() as { Resources: Record<string, Resource> }).Resources);
  const functionNamed = (name: string): Resource => {
    const found = resources.find(
      ([, r]) => r.Type === 'AWS::Lambda::Function' && r.Properties.FunctionName === name,
    );
    if (!found) throw new Error(`test setup: no function ${name}`);
    return found[1];
  };
  const policyOf = (fnId: string) => {
    const role = (functionNamed(fnId).Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0];
    return resources
      .filter(([, r]) => r.Type === 'AWS::IAM::Policy')
      .flatMap(([, r]) =>
        JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: role }])
          ? (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement
          : [],
      );
  };

  it('generates one retained secret per city, named after it, that no file holds', () => {
    // Act
    const secrets = resources.filter(([, r]) => r.Type === 'AWS::SecretsManager::Secret');

    // Assess
    expect(secrets).toHaveLength(1);
    expect(secrets[0]?.[1]).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        Name: 'linshan/blacklist-identifier-key',
        GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
      },
    });
  });

  it('gives the ARN and GetSecretValue on that secret alone to the functions that declare it, and nothing to the others', () => {
    // Prepare
    const secretId = resources.find(([, r]) => r.Type === 'AWS::SecretsManager::Secret')?.[0] ?? '';
    const secretStatements = (fn: string) =>
      policyOf(fn).filter((s) => [s.Action].flat().some((a) => a.startsWith('secretsmanager:')));

    // Act
    const declaring = [
      'linshan-blacklist-create-report',
      'linshan-blacklist-run-screening',
      'linshan-blacklist-key-versions',
    ];
    const envOf = (fn: string) =>
      (functionNamed(fn).Properties.Environment as { Variables: Record<string, unknown> }).Variables;

    // Assess
    for (const fn of declaring) {
      expect(envOf(fn).SECRET_BLACKLIST_IDENTIFIER_KEY_ARN).toEqual({ Ref: secretId });
      expect(secretStatements(fn)).toEqual([
        expect.objectContaining({ Action: 'secretsmanager:GetSecretValue', Resource: { Ref: secretId } }),
      ]);
    }
    expect(envOf('linshan-blacklist-get-entry').SECRET_BLACKLIST_IDENTIFIER_KEY_ARN).toBeUndefined();
    expect(secretStatements('linshan-blacklist-get-entry')).toEqual([]);
  });

  it('wires every blacklist manifest entry and passes cdk-nag with the rotation acknowledgement', () => {
    expect(missingWiring(templates, list, demoCity)).toEqual([]);
    expect(() => synthWithNag({ manifests: list })).not.toThrow();
  });
});
