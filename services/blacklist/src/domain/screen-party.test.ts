import { describe, expect, it } from 'vitest';
import { hashIdentifier } from './identifiers.ts';
import { namePairs } from './name-pairs.fixture.ts';
import { compileNameRules } from './name-rules.ts';
import { NAME_MATCH_THRESHOLD, nameSimilarity } from './name-similarity.ts';
import { partyKey, type ScreeningParty, screeningPartySchema, screenParty } from './screen-party.ts';
import {
  buildScreeningIndex,
  removeScreeningEntry,
  type ScreeningEntry,
  upsertScreeningEntry,
} from './screening-index.ts';

const secret = 'linshan-test-secret-0123456789';
const rules = compileNameRules({ localRegions: ['临山市', '东湖区', '西岭区'] });
const phone = (raw: string) => hashIdentifier('phone', raw, secret);
const idNumber = (raw: string) => hashIdentifier('id-number', raw, secret);
const account = (raw: string) => hashIdentifier('account', raw, secret);

const entry = (overrides: Partial<ScreeningEntry> & Pick<ScreeningEntry, 'entryId'>): ScreeningEntry => ({
  status: 'confirmed',
  names: [],
  idNumberHashes: [],
  phoneHashes: [],
  accountHashes: [],
  ...overrides,
});

const xinyuan = entry({
  entryId: 'e-xinyuan',
  names: ['临山市鑫源商贸有限公司', '鑫源助贷'],
  uscc: '91999101MA0000001X',
  phoneHashes: [phone('13800138000')],
});
const broker = entry({
  entryId: 'e-broker',
  kind: 'individual',
  names: ['张伟'],
  idNumberHashes: [idNumber('11010519491231002X')],
  phoneHashes: [phone('13912345678')],
  accountHashes: [account('6222021234567890123')],
});
const revoked = entry({ entryId: 'e-revoked', status: 'revoked', names: ['临山市宏远企业管理咨询有限公司'] });
const dismissed = entry({ entryId: 'e-dismissed', status: 'dismissed', uscc: '91999101MA0000009Y' });

const baseEntries = [xinyuan, broker, revoked, dismissed];

describe('Function: screenParty', () => {
  it('reports a hit on USCC equality whatever the name says', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);
    const party: ScreeningParty = {
      kind: 'organisation',
      name: '完全不同的名字有限公司',
      uscc: '91999101ma0000001x ',
    };

    // Act
    const result = screenParty(index, party);

    // Assess
    expect(result.outcome).toBe('hit');
    expect(result.matches).toEqual([
      {
        entryId: 'e-xinyuan',
        matchedFields: ['uscc'],
        score: 1,
        explanation: 'USCC equals the entry’s USCC',
      },
    ]);
  });

  it('reports a hit for an individual on a phone or ID-number hash whatever the name says', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);

    // Act
    const byPhone = screenParty(index, {
      kind: 'individual',
      name: '李四',
      phoneHashes: [phone('+86 139-1234-5678')],
    });
    const byId = screenParty(index, {
      kind: 'individual',
      name: '王五',
      idNumberHash: idNumber('11010519491231002x'),
    });

    // Assess
    expect(byPhone.outcome).toBe('hit');
    expect(byPhone.matches.map((m) => [m.entryId, m.matchedFields])).toEqual([['e-broker', ['phone']]]);
    expect(byId.matches.map((m) => [m.entryId, m.matchedFields])).toEqual([['e-broker', ['id-number']]]);
  });

  it('matches an organisation’s phone against an individual entry: identifiers cross party kinds', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);

    // Act
    const result = screenParty(index, {
      kind: 'organisation',
      name: '某某咨询',
      phoneHashes: [phone('13912345678')],
    });

    // Assess
    expect(result.outcome).toBe('hit');
    expect(result.matches[0]?.entryId).toBe('e-broker');
  });

  it('names the person as a supporting field only alongside a strong identifier', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);

    // Act
    const nameOnly = screenParty(index, { kind: 'individual', name: '张伟' });
    const withAccount = screenParty(index, {
      kind: 'individual',
      name: '張 偉',
      accountHashes: [account('6222 0212 3456 7890 123')],
    });

    // Assess
    expect(nameOnly).toEqual({ outcome: 'clear', matches: [], candidatesExamined: 0 });
    expect(withAccount.matches[0]?.matchedFields).toEqual(['account', 'name']);
  });

  it('reports a possible hit on a similar organisation name, with the reason', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);

    // Act
    const result = screenParty(index, { kind: 'organisation', name: '鑫源商贸（临山）有限责任公司' });

    // Assess
    expect(result.outcome).toBe('possible-hit');
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({ entryId: 'e-xinyuan', matchedFields: ['name'], score: 1 });
    expect(result.matches[0]?.explanation).toContain('same core name “鑫源商贸”');
  });

  it('matches an alias and a Latin spelling through pinyin', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);

    // Act
    const alias = screenParty(index, { kind: 'organisation', name: '无关公司', aliases: ['鑫源商贸'] });
    const latin = screenParty(index, { kind: 'organisation', name: 'Xinyuan Shangmao Co., Ltd.' });

    // Assess
    expect(alias.matches[0]).toMatchObject({ entryId: 'e-xinyuan', matchedFields: ['alias'] });
    expect(latin.outcome).toBe('possible-hit');
    expect(latin.matches[0]?.score).toBeCloseTo(0.9, 10);
  });

  it('is clear for a name differing in one trade character', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);

    // Act
    const result = screenParty(index, { kind: 'organisation', name: '临山市鑫达商贸有限公司' });

    // Assess
    expect(result.outcome).toBe('clear');
    expect(result.candidatesExamined).toBe(0);
  });

  it('never matches revoked or dismissed entries', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);

    // Act
    const byName = screenParty(index, { kind: 'organisation', name: '宏远企业管理咨询有限公司' });
    const byUscc = screenParty(index, { kind: 'organisation', name: 'x', uscc: '91999101MA0000009Y' });

    // Assess
    expect(byName.outcome).toBe('clear');
    expect(byUscc.outcome).toBe('clear');
  });

  it('stops matching an entry once it is revoked in place', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);
    const party: ScreeningParty = { kind: 'organisation', name: '鑫源商贸', uscc: '91999101MA0000001X' };
    const before = screenParty(index, party);

    // Act
    upsertScreeningEntry(index, { ...xinyuan, status: 'revoked' });
    const after = screenParty(index, party);

    // Assess
    expect(before.outcome).toBe('hit');
    expect(after).toEqual({ outcome: 'clear', matches: [], candidatesExamined: 0 });
    expect(index.nameGrams.size).toBe(0);
    expect(index.strong.has('uscc:91999101MA0000001X')).toBe(false);
  });

  it('drops a pair a reviewer has excluded, and only that pair', () => {
    // Prepare
    const twin = entry({ entryId: 'e-twin', names: ['鑫源商贸有限公司'] });
    const index = buildScreeningIndex([...baseEntries, twin], rules);
    const party: ScreeningParty = { kind: 'organisation', name: '鑫源商贸有限公司' };

    // Act
    const result = screenParty(index, party, { excludedPairs: new Set([`${partyKey(party)}|e-xinyuan`]) });

    // Assess
    expect(result.matches.map((m) => m.entryId)).toEqual(['e-twin']);
  });

  it('turns an excluded strong hit into clear', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);
    const party: ScreeningParty = { kind: 'individual', name: '李四', phoneHashes: [phone('13912345678')] };

    // Act
    const result = screenParty(index, party, { excludedPairs: new Set([`${partyKey(party)}|e-broker`]) });

    // Assess
    expect(result.outcome).toBe('clear');
  });

  it('examines the same candidates however many unrelated entries the index holds', () => {
    // Prepare: unrelated names use characters absent from the query, so they share no trade gram.
    const syllables = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'];
    const unrelated: ScreeningEntry[] = [];
    for (let i = 0; i < 20_000; i++) {
      const a = syllables[i % syllables.length] ?? '';
      const b = syllables[Math.floor(i / syllables.length) % syllables.length] ?? '';
      const c = syllables[Math.floor(i / 484) % syllables.length] ?? '';
      unrelated.push(entry({ entryId: `u-${i}`, names: [`临山市${a}${b}${c}商贸有限公司`] }));
    }
    const party: ScreeningParty = { kind: 'organisation', name: '鑫源商贸有限公司' };
    const small = screenParty(buildScreeningIndex(baseEntries, rules), party);

    // Act
    const large = screenParty(buildScreeningIndex([...baseEntries, ...unrelated], rules), party);

    // Assess: both names of e-xinyuan (registered name and alias) carry the trade name 鑫源.
    expect(small.candidatesExamined).toBe(2);
    expect(large).toEqual(small);
  });

  it('finds through the index every labelled pair that pairwise similarity accepts', () => {
    // Prepare: one entry per pair, named with the pair's second name.
    const pairEntries = namePairs.map((pair, i) => entry({ entryId: `pair-${i}`, names: [pair.b] }));
    const index = buildScreeningIndex(pairEntries, rules);

    // Act
    const missed = namePairs.flatMap((pair, i) => {
      const expected = nameSimilarity(pair.a, pair.b, rules) >= NAME_MATCH_THRESHOLD;
      const found = screenParty(index, { kind: 'organisation', name: pair.a }).matches.some(
        (m) => m.entryId === `pair-${i}`,
      );
      return expected === found ? [] : [`${pair.a} | ${pair.b}`];
    });

    // Assess
    expect(missed).toEqual([]);
  });

  it('removes an entry by id', () => {
    // Prepare
    const index = buildScreeningIndex(baseEntries, rules);

    // Act
    removeScreeningEntry(index, 'e-broker');

    // Assess
    expect(
      screenParty(index, { kind: 'individual', name: '张伟', phoneHashes: [phone('13912345678')] }).outcome,
    ).toBe('clear');
  });
});

describe('Function: partyKey', () => {
  it('keys an organisation by normalised USCC, else by normalised name', () => {
    // Act & Assess
    expect(partyKey({ kind: 'organisation', name: 'a', uscc: ' 91999101ma0000001x' })).toBe(
      'organisation:uscc:91999101MA0000001X',
    );
    expect(partyKey({ kind: 'organisation', name: '鑫源商贸 有限公司' })).toBe(
      partyKey({ kind: 'organisation', name: '鑫源商贸有限責任公司' }),
    );
  });

  it('keys an individual by ID-number hash, else by the smallest phone hash', () => {
    // Prepare
    const hashes = [phone('13800138000'), phone('13912345678')];

    // Act & Assess
    expect(
      partyKey({ kind: 'individual', name: '张伟', idNumberHash: idNumber('11010519491231002X') }),
    ).toMatch(/^individual:id-number:[0-9a-f]{64}$/);
    expect(partyKey({ kind: 'individual', name: '张伟', phoneHashes: hashes })).toBe(
      partyKey({ kind: 'individual', name: '张伟', phoneHashes: [...hashes].reverse() }),
    );
  });
});

describe('Schema: screeningPartySchema', () => {
  it('rejects a raw phone number where a hash is expected, naming the field', () => {
    // Act
    const result = screeningPartySchema.safeParse({
      kind: 'individual',
      name: '张伟',
      phoneHashes: ['13800138000'],
    });

    // Assess
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['phoneHashes', 0]);
  });
});
