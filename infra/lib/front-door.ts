import type { CityConfig } from '@sme/kernel';
import { envNames } from '@sme/runtime';
import { type App, Aspects, type Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { ConsoleEdge, EdgeFirewallStack } from './console-edge.ts';
import { consoleScope, PeopleSignIn } from './people-sign-in.ts';

/**
 * The city's front door (issue 19): people's sign-in (Cognito) accepted by the API's authorizer, and one
 * CloudFront distribution with the web ACL (made in the edge region's own stack) serving the console from
 * S3 and the API. The city stack must be made with `crossRegionReferences` for the ACL's ARN.
 */
export function addFrontDoor(
  app: App,
  stack: Stack,
  city: CityConfig,
  api: HttpApi,
  authorizer: LambdaFunction,
): { signIn: PeopleSignIn; edge: ConsoleEdge; firewall: EdgeFirewallStack } {
  const firewall = new EdgeFirewallStack(app, city);
  const edge = new ConsoleEdge(stack, 'FrontDoor', {
    city,
    api,
    webAclArn: firewall.webAcl.attrArn,
    signInOrigins: [`https://cognito-idp.${stack.region}.${stack.urlSuffix}`],
  });
  const signIn = new PeopleSignIn(stack, 'PeopleSignIn', { city, callbackUrls: [edge.consoleUrl] });
  edge.allowSignInOrigin(signIn.domain.baseUrl());
  signIn.acceptTokensIn(authorizer);
  // The API's GET /console/config.json (catalog's console-config function) answers from these, as locally.
  const configPath = `${stack.node.path}/docs-functions/console-config/Handler/Function`;
  Aspects.of(stack).add({
    visit(node: IConstruct) {
      if (node instanceof LambdaFunction && node.node.path === configPath) {
        node.addEnvironment(envNames.oidcIssuer, signIn.issuer);
        node.addEnvironment(envNames.oidcConsoleClientId, signIn.consoleClient.userPoolClientId);
        node.addEnvironment(envNames.oidcConsoleScope, consoleScope);
      }
    },
  });
  return { signIn, edge, firewall };
}
