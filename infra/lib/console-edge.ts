import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CityConfig } from '@sme/kernel';
import { type App, Aws, Duration, Lazy, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/**
 * Requests one client address may make in 5 minutes before WAF blocks it for a while: ~10 a second,
 * far above a person clicking through the console or a bank's batch client (their own limit is the
 * authorizer's per-client `auth.requestsPerMinute`), low enough to stop one address flooding the city.
 */
export const edgeRateLimitPer5Minutes = 3000;

/**
 * The region of web ACLs for CloudFront: `us-east-1` in the standard partition (AWS WAF's global scope
 * lives there); the China partition has no us-east-1, its CloudFront web ACLs are made in `cn-north-1`
 * (to confirm on a China account before the first deploy: docs/console.md).
 */
export function edgeRegion(cityRegion: string): string {
  return cityRegion.startsWith('cn-') ? 'cn-north-1' : 'us-east-1';
}

/**
 * The web ACL CloudFront needs, in the stack `sme-<city>-edge` of the edge region: CDK's recommended way
 * is a stack there and `crossRegionReferences` (the city stack reads the ACL's ARN through an SSM
 * parameter it replicates), which needs no context look-up, so offline synth still works.
 */
export class EdgeFirewallStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(app: App, city: CityConfig) {
    super(app, `sme-${city.id}-edge`, {
      env: { account: city.deployment.account, region: edgeRegion(city.deployment.region) },
      crossRegionReferences: true,
      description: `${city.name}: the web application firewall in front of the console and the API (CloudFront scope)`,
    });
    const managed = (
      priority: number,
      name: string,
      overrideToCount: string[] = [],
    ): CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ...(overrideToCount.length
            ? {
                ruleActionOverrides: overrideToCount.map((rule) => ({
                  name: rule,
                  actionToUse: { count: {} },
                })),
              }
            : {}),
        },
      },
      visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: name },
    });
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `${city.id}-edge`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: {
        sampledRequestsEnabled: true,
        cloudWatchMetricsEnabled: true,
        metricName: `${city.id}-edge`,
      },
      rules: [
        {
          name: 'rate-per-address',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: edgeRateLimitPer5Minutes,
              aggregateKeyType: 'IP',
              evaluationWindowSec: 300,
            },
          },
          visibilityConfig: {
            sampledRequestsEnabled: true,
            cloudWatchMetricsEnabled: true,
            metricName: 'rate-per-address',
          },
        },
        managed(1, 'AWSManagedRulesAmazonIpReputationList'),
        // Imports are CSV and .xlsx bodies up to 10 MiB (the API checks them itself): the common set's 8 KiB
        // body limit would block every import, so that one rule only counts.
        managed(2, 'AWSManagedRulesCommonRuleSet', ['SizeRestrictions_BODY']),
        managed(3, 'AWSManagedRulesKnownBadInputsRuleSet'),
      ],
    });
  }
}

/** Props of {@link ConsoleEdge}. */
export interface ConsoleEdgeProps {
  city: CityConfig;
  api: HttpApi;
  /** The web ACL of {@link EdgeFirewallStack}. */
  webAclArn: string;
  /** Origins the console calls besides its own: the OpenID provider's discovery and token endpoints. */
  signInOrigins: string[];
}

/** The built console (packages/console/dist); absent until built, then only config.json is deployed. */
const consoleDist = fileURLToPath(new URL('../../packages/console/dist/', import.meta.url));

/**
 * The city's front door: one CloudFront distribution on the city's domain (`deployment.domain`; CloudFront's
 * own domain until one is set) with the web ACL, serving the console's built files from a private S3 bucket
 * (origin access control) at /console, and every other path from the HTTP API, uncached, so the console
 * calls the API on its own origin (no CORS) and machines may use either address.
 */
export class ConsoleEdge extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  private readonly props: ConsoleEdgeProps;
  private readonly signInOrigins: string[] = [];

  constructor(scope: Construct, id: string, props: ConsoleEdgeProps) {
    super(scope, id);
    this.props = props;
    const { city } = props;
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are written with bucket ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(city.deployment.logRetentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the access logs of the console bucket and the distribution; logging it too would log forever.',
    });
    this.bucket = new Bucket(this, 'Console', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'console-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const apiOrigin = new HttpOrigin(
      `${props.api.apiId}.execute-api.${Stack.of(this).region}.${Aws.URL_SUFFIX}`,
      {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      },
    );
    const consoleOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    this.signInOrigins.push(...props.signInOrigins);
    // As packages/catalog serves it locally; the sign-in origins are known once the user pool's domain is.
    const csp = Lazy.string({
      produce: () =>
        [
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          ["connect-src 'self'", ...this.signInOrigins].join(' '),
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
        ].join('; '),
    });
    const consoleHeaders = new ResponseHeadersPolicy(this, 'ConsoleHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
      },
    });
    // /console and /console/ are the page: S3 has no index documents behind origin access control.
    const index = new EdgeFunction(this, 'ConsoleIndex', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serves /console/index.html for /console and /console/',
      code: FunctionCode.fromInline(
        "function handler(event) { var r = event.request; if (r.uri === '/console' || r.uri === '/console/') r.uri = '/console/index.html'; return r; }",
      ),
    });
    const consoleBehavior = {
      origin: consoleOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: consoleHeaders,
      functionAssociations: [{ function: index, eventType: FunctionEventType.VIEWER_REQUEST }],
      compress: true,
    };
    const domain = city.deployment.domain;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `${city.name}: console and API`,
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_ALL,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(domain
        ? {
            domainNames: [domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin: apiOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      },
      additionalBehaviors: { '/console': consoleBehavior, '/console/*': consoleBehavior },
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: banks and partners call the API from wherever they run, and the web ACL rate-limits and screens every address.',
    });
    if (!domain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          "Until the city file names its domain (deployment.domain), CloudFront's default certificate serves, which allows TLSv1; with the domain the minimum is TLSv1.2_2021.",
      });
    }
  }

  /** Lets the console call `origin` too (the hosted sign-in domain's token endpoint). */
  allowSignInOrigin(origin: string): void {
    this.signInOrigins.push(origin);
  }

  /** The console's address, for the sign-in client's callback. */
  get consoleUrl(): string {
    return `https://${this.props.city.deployment.domain?.name ?? this.distribution.distributionDomainName}/console`;
  }

  /**
   * Deploys the built console and its /console/config.json (where people sign in) into the bucket, and
   * invalidates the page and the config (the assets are content-hashed).
   */
  deployFiles(signIn: { issuer: string; clientId: string; scope: string }): void {
    const { city } = this.props;
    const sources = [Source.jsonData('config.json', signIn)];
    if (existsSync(`${consoleDist}index.html`)) sources.unshift(Source.asset(consoleDist));
    new BucketDeployment(this, 'ConsoleFiles', {
      destinationBucket: this.bucket,
      destinationKeyPrefix: 'console/',
      sources,
      prune: false,
      distribution: this.distribution,
      distributionPaths: ['/console', '/console/', '/console/index.html', '/console/config.json'],
      memoryLimit: 512,
    });
    // The deployment's copier is CDK's own singleton function (a custom resource run at deploy time, never
    // by a request): its findings are acknowledged on it, each with why.
    const stack = Stack.of(this);
    for (const copier of stack.node.children.filter((c) =>
      c.node.id.startsWith('Custom::CDKBucketDeployment'),
    )) {
      const grants =
        'its grants are CDK-generated for the copy: read the staged asset from the bootstrap bucket, write and delete under console/ in the console bucket, invalidate the distribution (CloudFront has no resource-level permission for CreateInvalidation in every partition)';
      for (const id of [
        'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        'AwsSolutions-IAM5[Action::s3:GetObject*]',
        'AwsSolutions-IAM5[Action::s3:List*]',
        'AwsSolutions-IAM5[Action::s3:Abort*]',
        'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
        'AwsSolutions-IAM5[Resource::*]',
      ])
        Validations.of(copier).acknowledge({ id, reason: `BucketDeployment copier: ${grants}.` });
      Validations.of(copier).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::<FrontDoorConsoleDC55A6DD.Arn>/*]',
        reason:
          'BucketDeployment copier: it writes the console files (any key under the console bucket) at deploy time.',
      });
      Validations.of(copier).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:${stack.partition}:s3:::cdk-hnb659fds-assets-${city.deployment.account ?? '<AWS::AccountId>'}-${stack.region}/*]`,
        reason: 'BucketDeployment copier: it reads the staged console asset from the CDK bootstrap bucket.',
      });
      Validations.of(copier).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'BucketDeployment copier: CDK attaches the basic execution role for its logs; it runs only at deploy time.',
      });
      for (const id of ['AwsSolutions-L1', 'Serverless-LambdaLatestVersion'])
        Validations.of(copier).acknowledge({
          id,
          reason:
            'BucketDeployment copier: CDK pins its runtime (a Python copier it tests with); upgrading aws-cdk-lib upgrades it.',
        });
      Validations.of(copier).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason:
          'BucketDeployment copier: invoked synchronously by CloudFormation, which reports a failure and rolls back; nothing is lost to a DLQ.',
      });
      Validations.of(copier).acknowledge({
        id: 'Serverless-LambdaTracing',
        reason:
          'BucketDeployment copier: a deploy-time copy, not a request path; its CloudWatch logs are enough.',
      });
    }
  }
}
