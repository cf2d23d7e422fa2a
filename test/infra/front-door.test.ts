import type { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it, vi } from 'vitest';
import { edgeRateLimitPer5Minutes, edgeRegion } from '../../infra/lib/console-edge.ts';
import { demoCity, synthStack, synthWithNag } from './synth.ts';

// Each synthesises the whole city (~25 s alone, far more on a shared, loaded machine); see cdk-nag.test.ts.
vi.setConfig({ testTimeout: 240_000 });

const { stack, template } = synthStack();
const edgeStack = (stack.node.scope as App).node.findChild(`sme-${demoCity.id}-edge`) as Stack;
const edge = Template.fromStack(edgeStack);
const only = (t: Template, type: string) => {
  const found = Object.values(t.findResources(type));
  expect(found, type).toHaveLength(1);
  return (found[0] as { Properties: Record<string, unknown> }).Properties;
};

describe('Front door (issue 19): people sign in with Cognito; CloudFront with WAF serves the console and the API', () => {
  it('a user pool per city without self sign-up, MFA and a strong password required, a group per organisation plus ops', () => {
    const pool = only(template, 'AWS::Cognito::UserPool');
    expect(pool).toMatchObject({
      UserPoolName: 'linshan-people',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      UserPoolTier: 'PLUS',
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: true, RequireUppercase: true } },
    });
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map(
      (g) => (g as { Properties: { GroupName: string } }).Properties.GroupName,
    );
    const orgIds = [
      ...demoCity.coordinators,
      ...demoCity.agencies,
      ...demoCity.banks,
      ...demoCity.guarantors,
      ...demoCity.financeBureaus,
    ].map((o) => o.id);
    expect(groups.sort()).toEqual([...orgIds, 'ops'].sort());
    expect(groups).toContain('ls-office');
    expect(groups).toContain('bank-gs');
  });

  it('the console client is public (no secret), code flow only, sent back to the console on the distribution', () => {
    const client = only(template, 'AWS::Cognito::UserPoolClient');
    expect(client).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: expect.arrayContaining(['openid', 'profile']),
      PreventUserExistenceErrors: 'ENABLED',
    });
    expect(JSON.stringify(client.CallbackURLs)).toContain('DomainName');
    expect(JSON.stringify(client.CallbackURLs)).toContain('/console');
  });

  it("the authorizer accepts the pool's tokens for the console client", () => {
    const authorizers = Object.values(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Environment: { Variables: { OIDC_AUDIENCE: Match.anyValue() } } },
      }),
    ) as { Properties: { FunctionName?: string; Environment: { Variables: Record<string, unknown> } } }[];
    expect(authorizers).toHaveLength(1);
    const env = authorizers[0]?.Properties.Environment.Variables ?? {};
    expect(JSON.stringify(env.OIDC_ISSUER)).toContain('ProviderURL');
    expect(JSON.stringify(env.OIDC_AUDIENCE)).toContain('Ref');
  });

  it('the API authorizer has no identity source and no gateway cache (keys and tokens come in different headers)', () => {
    const authorizer = only(template, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.IdentitySource ?? []).toEqual([]);
    expect(authorizer.AuthorizerResultTtlInSeconds).toBe(0);
  });

  it('one distribution: the console from the private bucket (origin access control), every other path from the API, uncached', () => {
    const distribution = only(template, 'AWS::CloudFront::Distribution').DistributionConfig as Record<
      string,
      unknown
    >;
    const behaviors = distribution.CacheBehaviors as { PathPattern: string; TargetOriginId: string }[];
    expect(behaviors.map((b) => b.PathPattern)).toEqual(['/console/config.json', '/console', '/console/*']);
    const origins = distribution.Origins as {
      Id: string;
      S3OriginConfig?: unknown;
      CustomOriginConfig?: unknown;
      DomainName: unknown;
    }[];
    const s3 = origins.find((o) => o.S3OriginConfig);
    const api = origins.find((o) => o.CustomOriginConfig);
    expect(behaviors.map((b) => b.TargetOriginId)).toEqual([api?.Id, s3?.Id, s3?.Id]);
    expect(JSON.stringify(api?.DomainName)).toContain('execute-api');
    expect(distribution.DefaultCacheBehavior).toMatchObject({
      TargetOriginId: api?.Id,
      ViewerProtocolPolicy: 'https-only',
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
      AllowedMethods: expect.arrayContaining(['POST', 'PUT', 'DELETE', 'PATCH']),
    });
    // The edge stack's ARN, read across regions by CloudFormation itself (crossRegionReferences)
    expect(distribution.WebACLId).toMatchObject({
      'Fn::GetStackOutput': { StackName: 'sme-linshan-edge', Region: edgeRegion(demoCity.deployment.region) },
    });
    only(template, 'AWS::CloudFront::OriginAccessControl');
    const bucketPolicies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
    expect(JSON.stringify(bucketPolicies)).toContain('cloudfront.amazonaws.com');
  });

  it("the console page carries a CSP allowing the sign-in origins; the API's /console/config.json names the pool and client", () => {
    const policy = only(template, 'AWS::CloudFront::ResponseHeadersPolicy');
    const csp = JSON.stringify(policy);
    expect(csp).toContain("connect-src 'self' https://cognito-idp.cn-north-1.");
    expect(csp).toContain("frame-ancestors 'none'");
    const configFunctions = Object.values(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Environment: { Variables: { OIDC_CONSOLE_CLIENT_ID: Match.anyValue() } } },
      }),
    ) as { Properties: { FunctionName?: string; Environment: { Variables: Record<string, unknown> } } }[];
    expect(configFunctions).toHaveLength(1);
    expect(JSON.stringify(configFunctions[0]?.Properties.FunctionName)).toContain('console-config');
    const env = configFunctions[0]?.Properties.Environment.Variables ?? {};
    expect(JSON.stringify(env.OIDC_ISSUER)).toContain('ProviderURL');
    expect(env.OIDC_CONSOLE_SCOPE).toBe('openid profile email');
    // No deploy-time copier: every Lambda function of the stack is a manifest function.
    expect(Object.keys(template.findResources('Custom::CDKBucketDeployment'))).toEqual([]);
  });

  it(`a web ACL of CloudFront scope in ${edgeRegion(demoCity.deployment.region)}: rate-based rule and AWS managed groups, imports not blocked by size`, () => {
    expect(edgeStack.region).toBe(edgeRegion(demoCity.deployment.region));
    expect(edgeRegion('eu-west-1')).toBe('us-east-1');
    const acl = only(edge, 'AWS::WAFv2::WebACL');
    expect(acl.Scope).toBe('CLOUDFRONT');
    const rules = acl.Rules as {
      Name: string;
      Action?: unknown;
      Statement: {
        RateBasedStatement?: { Limit: number; AggregateKeyType: string };
        ManagedRuleGroupStatement?: {
          Name: string;
          VendorName: string;
          RuleActionOverrides?: { Name: string }[];
        };
      };
    }[];
    expect(rules[0]).toMatchObject({
      Name: 'rate-per-address',
      Action: { Block: {} },
      Statement: { RateBasedStatement: { Limit: edgeRateLimitPer5Minutes, AggregateKeyType: 'IP' } },
    });
    const managed = rules.flatMap((r) =>
      r.Statement.ManagedRuleGroupStatement ? [r.Statement.ManagedRuleGroupStatement] : [],
    );
    expect(managed.map((m) => `${m.VendorName}/${m.Name}`)).toEqual([
      'AWS/AWSManagedRulesAmazonIpReputationList',
      'AWS/AWSManagedRulesCommonRuleSet',
      'AWS/AWSManagedRulesKnownBadInputsRuleSet',
    ]);
    expect(managed[1]?.RuleActionOverrides?.map((o) => o.Name)).toEqual(['SizeRestrictions_BODY']);
  });

  it('synthesizes offline with cdk-nag clean (both stacks), each acknowledgement with its reason', () => {
    expect(() => synthWithNag()).not.toThrow();
    expect(edgeStack.stackName).toBe('sme-linshan-edge');
  });
});
