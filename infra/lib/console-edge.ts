import type { CityConfig } from '@sme/kernel';
import { type App, Aws, CfnOutput, Duration, Lazy, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
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

/**
 * The city's front door: one CloudFront distribution on the city's domain (`deployment.domain`; CloudFront's
 * own domain until one is set) with the web ACL, serving the console's built files from a private S3 bucket
 * (origin access control) at /console, and every other path (and /console/config.json) from the HTTP API,
 * uncached, so the console calls the API on its own origin (no CORS) and machines may use either address.
 * No deploy-time copier (a BucketDeployment is a Lambda function outside the manifests): the built files are
 * uploaded after `cdk deploy`, to the bucket this stack outputs.
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
      additionalBehaviors: {
        // Where people sign in: served by the API's console-config function (GET /console/config.json), from
        // the pool and client this stack made, exactly as the local stack serves it.
        '/console/config.json': {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
        '/console': consoleBehavior,
        '/console/*': consoleBehavior,
      },
    });
    // The built console is uploaded after `cdk deploy` (docs/console.md): `aws s3 sync packages/console/dist/
    // s3://<bucket>/console/`, then an invalidation of /console and /console/index.html (assets are hashed).
    new CfnOutput(this, 'ConsoleBucketName', {
      value: this.bucket.bucketName,
      description: 'Upload packages/console/dist/ under console/ in this bucket',
    });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'FrontDoorUrl', {
      value: `https://${city.deployment.domain?.name ?? this.distribution.distributionDomainName}`,
      description: 'The console at /console and the API, behind the web application firewall',
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
}
