import type { CityConfig } from '@sme/kernel';
import type { RouteSpec } from '@sme/runtime';
import { CfnOutput, Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { logRetention } from './log-retention.ts';

/** The header API clients (machines) send their key in; people send `Authorization: Bearer <access token>`. */
export const apiKeyHeader = 'x-api-key';

/**
 * Stage-wide limits. A city's API serves tens of institutions, not the public; the caps keep a runaway
 * client from exhausting the account's Lambda concurrency, which the queue consumers share.
 */
export const apiThrottle = { rateLimit: 100, burstLimit: 200 } as const;

const methods: Record<RouteSpec['method'], HttpMethod> = {
  GET: HttpMethod.GET,
  PUT: HttpMethod.PUT,
  POST: HttpMethod.POST,
  PATCH: HttpMethod.PATCH,
  DELETE: HttpMethod.DELETE,
};

/** One JSON object per request; `requestId` is the id problem+json responses and function logs carry too. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    method: '$context.httpMethod',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    integrationStatus: '$context.integrationStatus',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    error: '$context.error.message',
  }),
);

/** Props of {@link CityHttpApi}. */
export interface CityHttpApiProps {
  city: CityConfig;
  /** The function whose manifest trigger is `{ kind: 'authorizer' }`; required once a route is not public. */
  authorizerFunction?: IFunction;
}

/**
 * The city's HTTP API: one `$default` stage with JSON access logs and throttling, no CORS (machines call it
 * from servers; the console calls it through CloudFront on the same origin), and a Lambda authorizer on every
 * route that is not `public`, taking an API key or a person's bearer token.
 */
export class CityHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  private readonly authorizer?: HttpLambdaAuthorizer;

  constructor(scope: Construct, id: string, props: CityHttpApiProps) {
    super(scope, id);
    const { city } = props;
    this.api = new HttpApi(this, 'Api', {
      apiName: `${city.id}-api`,
      description: `${city.name} SME financing coordination platform`,
      createDefaultStage: false,
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      logGroupName: `/aws/apigateway/${city.id}-api`,
      retention: logRetention(city),
    });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: apiThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: accessLogFormat,
      },
    });
    if (props.authorizerFunction) {
      // No identity source and no gateway cache: an identity source must be present in every request (else
      // the gateway answers 401 itself), but machines send x-api-key and people Authorization, never both.
      // With caching off the identity source is optional, the authorizer runs for every request and keeps
      // resolved API keys itself for auth.cacheTtlSeconds (a token is verified locally against the cached JWKS).
      this.authorizer = new HttpLambdaAuthorizer('ApiKeyAuthorizer', props.authorizerFunction, {
        authorizerName: 'api-key-or-person',
        identitySource: [],
        responseTypes: [HttpLambdaResponseType.SIMPLE],
        resultsCacheTtl: Duration.seconds(0),
      });
    }
    new CfnOutput(this, 'Url', { value: this.stage.url, description: 'Base URL of the city API' });
  }

  /**
   * Routes `METHOD path` to `fn` (payload format 2.0); non-public routes go through the authorizer.
   * The route, its integration and the invoke permission are built in `scope`, normally the function's
   * own (nested) stack, so the API's stack holds only the API, its stage and the authorizer.
   */
  addRoute(scope: Construct, id: string, route: RouteSpec, fn: IFunction): HttpRoute {
    const isPublic = route.permission === 'public';
    if (!isPublic && !this.authorizer) {
      throw new Error(
        `Route ${route.method} ${route.path} needs the authorizer, but no function has an authorizer trigger`,
      );
    }
    const httpRoute = new HttpRoute(scope, id, {
      httpApi: this.api,
      routeKey: HttpRouteKey.with(route.path, methods[route.method]),
      integration: new HttpLambdaIntegration(`${id}Integration`, fn, {
        payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
      }),
      authorizer: isPublic ? undefined : this.authorizer,
    });
    if (isPublic) {
      Validations.of(httpRoute).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: `${route.method} ${route.path} is declared public in its manifest (API documentation): it returns no city data and must be readable before a client has a key.`,
      });
    }
    return httpRoute;
  }
}
