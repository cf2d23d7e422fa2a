import { describe, expect, it } from 'vitest';
import { coordinator, later, raw, report, standard } from './entry.fixture.ts';
import { decideReport, revokeEntry } from './entry.ts';
import { bankView, reporterView, reviewerView, visibleToBanks } from './views.ts';

const confirmed = () =>
  decideReport(
    report(),
    { outcome: 'confirm', criteria: [{ code: 'fee-padding', met: true }], reasons: '以咨询费名义收取8%' },
    standard,
    coordinator,
    later,
  ).entry;

const hashPattern = /[0-9a-f]{64}/;

describe('Function: bankView', () => {
  it('shows parties masked and the criteria met in the standard’s words, never the reporter, description or evidence', () => {
    // Act
    const view = bankView(confirmed(), standard);

    // Assess
    expect(view).toMatchObject({
      status: 'confirmed',
      criteriaMet: [{ code: 'fee-padding', text: '以服务费、咨询费、包装费等名义向企业收取费用' }],
      reasons: '以咨询费名义收取8%',
    });
    expect(view.parties?.[1]).toEqual({
      partyId: 'p2',
      kind: 'individual',
      name: '欧阳**',
      idNumber: '110105********002X',
      phones: ['139****5678'],
      accounts: ['****0123'],
    });
    const text = JSON.stringify(view);
    for (const hidden of [
      'bank-gs',
      'c-bank-gs',
      '包过',
      'photo://receipt',
      '欧阳娜娜',
      raw.idNumber,
      raw.phone,
    ]) {
      expect(text).not.toContain(hidden);
    }
    expect(text).not.toMatch(hashPattern);
  });

  it('shows a revoked entry only as revoked', () => {
    // Act
    const view = bankView(revokeEntry(confirmed(), '经复核撤销', coordinator, later).entry, standard);

    // Assess
    expect(view).toEqual({
      entryId: 'bl-00000000000000000001',
      version: 3,
      status: 'revoked',
      revokedAt: later,
    });
  });
});

describe('Function: visibleToBanks', () => {
  it('hides reports never listed, shows listed and once-listed revoked entries', () => {
    expect(visibleToBanks(report())).toBe(false);
    expect(visibleToBanks(confirmed())).toBe(true);
    expect(visibleToBanks(revokeEntry(confirmed(), 'x', coordinator, later).entry)).toBe(true);
  });
});

describe('Reviewer and reporter views', () => {
  it('give the office the reporter and the full name, the reporter its masked record; neither a hash', () => {
    // Act
    const reviewer = reviewerView(report());
    const reporter = reporterView(report());

    // Assess
    expect(reviewer.reporter).toEqual({ orgId: 'bank-gs', clientId: 'c-bank-gs', role: 'bank' });
    expect(reviewer.parties[1]).toMatchObject({ name: '欧阳娜娜', maskedName: '欧阳**' });
    expect(reporter.parties[1]?.name).toBe('欧阳**');
    expect(JSON.stringify(reviewer)).not.toMatch(hashPattern);
    expect(JSON.stringify(reporter)).not.toMatch(hashPattern);
    expect(reporter).not.toHaveProperty('reporter');
  });
});
