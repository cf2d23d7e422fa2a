import { type CityConfig, organisations } from '@sme/kernel';
import { envNames } from '@sme/runtime';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** The group of the people who run the stack (no organisation of the city); the authorizer's `opsGroup`. */
const opsGroup = 'ops';

/** Props of {@link PeopleSignIn}. */
export interface PeopleSignInProps {
  city: CityConfig;
  /** Where Cognito may send the console back with a code: `https://<city domain>/console`. */
  callbackUrls: string[];
}

/**
 * People's sign-in for one city: an Amazon Cognito user pool (no self sign-up: the office adds its staff;
 * TOTP MFA required; Plus tier threat protection), one group per organisation of the city file plus `ops`
 * (a person's group is their organisation, so their role follows from it exactly as an API key's does:
 * `cognito:groups` in the access token), a hosted sign-in domain, and the console's public app client
 * (authorization code with PKCE, no secret). The city's government identity provider can be added beside
 * Cognito's own users by OIDC or SAML federation: see docs/console.md.
 */
export class PeopleSignIn extends Construct {
  readonly userPool: UserPool;
  readonly consoleClient: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** The token issuer (`https://cognito-idp.<region>.<suffix>/<pool id>`), as the authorizer checks it. */
  readonly issuer: string;

  constructor(scope: Construct, id: string, props: PeopleSignInProps) {
    super(scope, id);
    const { city } = props;
    this.userPool = new UserPool(this, 'People', {
      userPoolName: `${city.id}-people`,
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      standardAttributes: {
        fullname: { required: true, mutable: true },
        email: { required: true, mutable: true },
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const org of [
      ...organisations(city),
      { id: opsGroup, name: 'Operations (the team running the stack)' },
    ]) {
      new CfnUserPoolGroup(this, `Group-${org.id}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: org.id,
        description: org.name.slice(0, 2048),
      });
    }
    this.domain = this.userPool.addDomain('SignIn', { cognitoDomain: { domainPrefix: `sme-${city.id}` } });
    this.consoleClient = this.userPool.addClient('Console', {
      userPoolClientName: 'console',
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.EMAIL],
        callbackUrls: props.callbackUrls,
        logoutUrls: props.callbackUrls,
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(8),
      enableTokenRevocation: true,
    });
    this.issuer = `https://${this.userPool.userPoolProviderUrl}`;
  }

  /** Sets the authorizer's env: tokens of this pool, for the console client (Cognito's `client_id`), are accepted. */
  acceptTokensIn(authorizer: LambdaFunction): void {
    authorizer.addEnvironment(envNames.oidcIssuer, this.issuer);
    authorizer.addEnvironment(envNames.oidcAudience, this.consoleClient.userPoolClientId);
  }
}

/** The scopes the console asks Cognito for (its access token carries cognito:groups regardless). */
export const consoleScope = 'openid profile email';
