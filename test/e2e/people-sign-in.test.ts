import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalOidcProvider } from '@sme/local';
import { documentClient } from '@sme/runtime';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestStack, type TestStack } from '../support/local-stack.ts';
import { signInWithPassword } from '../support/oidc.ts';

/**
 * People sign in with OpenID Connect (issue 19): the local provider `startLocalStack` runs issues JWT access
 * tokens; the authorizer verifies them (issuer, audience, signature by the JWKS, expiry) and maps the
 * person's group to the role and organisation an API key of that organisation has.
 */
let t: TestStack;
let oidc: LocalOidcProvider;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const person = (username: string) => {
  const found = oidc.people.find((p) => p.username === username);
  if (!found) throw new Error(`no demo person ${username}`);
  return found;
};
const signIn = async (username: string) =>
  signInWithPassword(oidc, `${t.stack.baseUrl}/console`, username, person(username).password);

/** A token as the provider would sign it, with `claims` changed; `key` another key to forge one. */
async function mint(claims: Record<string, unknown>, key = oidc.signingKey.privateKey): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: oidc.issuer,
    sub: 'office',
    aud: oidc.audience,
    iat: now - 60,
    exp: now + 600,
    name: '王敏（协调办）',
    groups: ['ls-office'],
    scope: 'api',
    client_id: 'sme-console',
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: oidc.signingKey.kid, typ: 'at+jwt' })
    .sign(key);
}

beforeAll(async () => {
  t = await startTestStack();
  if (!t.stack.oidc) throw new Error('the local stack started no OpenID provider');
  oidc = t.stack.oidc;
}, 180_000);
afterAll(async () => {
  await t?.stack.stop();
});

describe('People sign in with OpenID Connect', () => {
  it("a person's access token reaches a protected route with their organisation's role, and no other", async () => {
    // Prepare
    const office = await signIn('office');
    const bank = await signIn('bank');
    // Act
    const declarations = await t.call(
      undefined,
      'GET',
      '/v1/declarations?state=SCREENED',
      undefined,
      bearer(office.accessToken),
    );
    const inboxAsOffice = await t.call(
      undefined,
      'GET',
      '/v1/bank/pushes',
      undefined,
      bearer(office.accessToken),
    );
    const inboxAsBank = await t.call(
      undefined,
      'GET',
      '/v1/bank/pushes',
      undefined,
      bearer(bank.accessToken),
    );
    // Assess
    expect(office.loginStatus).toBe(303);
    expect(declarations.status).toBe(200);
    expect(inboxAsOffice.status).toBe(403);
    expect(inboxAsOffice.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(inboxAsOffice)).detail).toBe("Role 'coordinator' lacks permission 'bank-push:read'");
    expect(inboxAsBank.status).toBe(200);
    expect(person('bank').orgId).toBe('bank-gs');
  });

  it('a wrong password is refused on the sign-in page, and no code is issued', async () => {
    const refused = await signInWithPassword(
      oidc,
      `${t.stack.baseUrl}/console`,
      'office',
      'not-the-password',
    );
    expect(refused.loginStatus).toBe(401);
    expect(refused.accessToken).toBe('');
  });

  it('a forged, expired, mis-addressed or ID token gets 401 problem+json saying why, with WWW-Authenticate', async () => {
    // Prepare: the same claims signed by a key the issuer does not hold, with the issuer's kid
    const other = await generateKeyPair('RS256', { extractable: true });
    const now = Math.floor(Date.now() / 1000);
    const office = await signIn('office');
    const cases: [string, string, string][] = [
      ['forged', await mint({}, other.privateKey), 'the token signature does not verify'],
      ['expired', await mint({ exp: now - 120, iat: now - 900 }), 'the token has expired'],
      [
        'wrong audience',
        await mint({ aud: 'https://another-api.example' }),
        'the token is for another audience',
      ],
      [
        'wrong issuer',
        await mint({ iss: 'https://issuer.example' }),
        "the token's iss claim is not accepted",
      ],
      ['ID token', office.idToken, 'the token is for another audience'],
      ['not a JWT', 'abc.def', 'the token is malformed'],
    ];
    expect(Object.keys(await exportJWK(other.publicKey))).toContain('n');
    for (const [label, token, reason] of cases) {
      // Act
      const response = await t.call(
        undefined,
        'GET',
        '/v1/declarations?state=SCREENED',
        undefined,
        bearer(token),
      );
      const body = await json(response);
      // Assess
      expect([label, response.status]).toEqual([label, 401]);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect([label, body.detail]).toEqual([
        label,
        `Not signed in: ${reason}. Send x-api-key (a machine) or Authorization: Bearer <access token> (a person)`,
      ]);
    }
    // The provider's own token with only the claims unchanged still works: the failures are the changes.
    expect(
      (await t.call(undefined, 'GET', '/v1/declarations?state=SCREENED', undefined, bearer(await mint({}))))
        .status,
    ).toBe(200);
  });

  it('a token whose person is in no organisation of the city, or in two, is refused (401)', async () => {
    const none = await mint({ groups: ['some-other-app'] });
    const two = await mint({ groups: ['ls-office', 'bank-gs'] });
    const a = await t.call(undefined, 'GET', '/v1/declarations?state=SCREENED', undefined, bearer(none));
    const b = await t.call(undefined, 'GET', '/v1/declarations?state=SCREENED', undefined, bearer(two));
    expect([a.status, (await json(a)).detail]).toEqual([
      401,
      'Not signed in: the person is in no group of an organisation of linshan. Send x-api-key (a machine) or Authorization: Bearer <access token> (a person)',
    ]);
    expect(b.status).toBe(401);
    expect((await json(b)).detail).toContain("the person is in 2 organisations' groups (ls-office, bank-gs)");
  });

  it('no credential at all is a 401 problem+json; an API key still works beside people', async () => {
    const none = await t.call(undefined, 'GET', '/v1/declarations?state=SCREENED');
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect((await t.call('coordinator', 'GET', '/v1/declarations?state=SCREENED')).status).toBe(200);
  });

  it('the audit trail names the person (subject and name) beside the organisation', async () => {
    // Prepare
    const office = await signIn('office');
    const agency = await signIn('agency');
    const uscc = '91999101MA0000099G';
    // Act: a sensitive read audited in the request, and a write audited from the table's stream
    const read = await t.call(
      undefined,
      'GET',
      `/v1/enterprises/${uscc}/credit-profile?purpose=credit-assessment`,
      undefined,
      bearer(office.accessToken),
    );
    const write = await t.call(
      undefined,
      'PUT',
      `/v1/enterprises/${uscc}`,
      {
        name: '临山示例有限公司',
        entityType: 'enterprise',
        township: '999101001',
        industryCode: 'C3420',
        employees: 25,
        annualRevenueYuan: 3_000_000,
      },
      bearer(agency.accessToken),
    );
    await t.stack.idle();
    const entries = async (pk: string) =>
      (
        await documentClient().send(
          new QueryCommand({
            TableName: t.stack.tables.audit,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
          }),
        )
      ).Items ?? [];
    // Assess
    expect(read.status).toBe(200);
    expect(write.status).toBe(201);
    const [readEntry] = await entries(`credit-profile#${uscc}`);
    expect(readEntry).toMatchObject({
      clientId: 'person:office',
      orgId: 'ls-office',
      role: 'coordinator',
      person: { subject: 'office', name: '王敏（协调办）' },
      purpose: 'credit-assessment',
    });
    const [written] = await entries(`enterprise#${uscc}`);
    expect(written).toMatchObject({
      action: 'enterprise.registered',
      clientId: 'person:agency',
      orgId: 'ls-market',
    });
  });
});
