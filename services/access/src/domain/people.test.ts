import { loadCityConfig } from '@sme/kernel';
import { describe, expect, it } from 'vitest';
import { personFromClaims } from './people.ts';

const city = loadCityConfig('linshan');

describe('Function: personFromClaims', () => {
  it("gives a person the role of their group's organisation, as an API key of it has", () => {
    expect(personFromClaims(city, { sub: 'u-1', name: '王敏', groups: ['ls-office'] })).toEqual({
      ok: true,
      clientId: 'person:u-1',
      subject: 'u-1',
      name: '王敏',
      role: 'coordinator',
      orgId: 'ls-office',
    });
    // A township is an agency; a bank a bank; ops belongs to no organisation of the city.
    expect(personFromClaims(city, { sub: 'u-2', groups: ['ls-donghu-st'] })).toMatchObject({
      role: 'agency',
    });
    expect(personFromClaims(city, { sub: 'u-3', groups: ['bank-gs'] })).toMatchObject({ role: 'bank' });
    expect(personFromClaims(city, { sub: 'u-4', groups: ['ops'] })).toMatchObject({
      role: 'ops',
      orgId: 'ops',
    });
  });

  it("reads Cognito's claims: cognito:groups, and the user name when there is no name", () => {
    expect(
      personFromClaims(city, {
        sub: 'abc',
        username: 'liu.yang',
        'cognito:groups': ['bank-nh', 'some-admins'],
      }),
    ).toEqual({
      ok: true,
      clientId: 'person:abc',
      subject: 'abc',
      name: 'liu.yang',
      role: 'bank',
      orgId: 'bank-nh',
    });
  });

  it('refuses a person in no organisation of the city, in two, or without a subject', () => {
    expect(personFromClaims(city, { sub: 'x', groups: ['admins'] })).toEqual({
      ok: false,
      reason: 'the person is in no group of an organisation of linshan',
    });
    expect(personFromClaims(city, { sub: 'x' })).toMatchObject({ ok: false });
    expect(personFromClaims(city, { sub: 'x', groups: ['ls-office', 'ops'] })).toEqual({
      ok: false,
      reason: "the person is in 2 organisations' groups (ls-office, ops); one is allowed",
    });
    expect(personFromClaims(city, { groups: ['ls-office'] })).toEqual({
      ok: false,
      reason: 'the token has no sub',
    });
    expect(personFromClaims(city, { sub: '', groups: ['ls-office'] })).toMatchObject({ ok: false });
  });
});
