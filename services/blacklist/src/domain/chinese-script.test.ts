import { Converter } from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { hanPinyinTables } from '../../scripts/han-pinyin-table.ts';
import { hanSimplifiedTables } from '../../scripts/han-simplified-table.ts';
import { toPinyin, toSimplified } from './chinese-script.ts';
import * as pinyinTables from './han-pinyin.generated.ts';
import * as simplifiedTables from './han-simplified.generated.ts';
import { namePairs } from './name-pairs.fixture.ts';

// The libraries the tables come from; development dependencies, never bundled into a function.
const pinyinPro = (text: string) =>
  pinyin(text, { toneType: 'none', separator: '', v: true, nonZh: 'consecutive' })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const openccT2cn = Converter({ from: 't', to: 'cn' });

const everyHanCharacter = (): string[] => {
  const characters: string[] = [];
  for (const [first, last] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
    [0x20000, 0x2a6df],
    [0x2a700, 0x2ebef],
    [0x2f800, 0x2fa1f],
  ] as const) {
    for (let code = first; code <= last; code++) characters.push(String.fromCodePoint(code));
  }
  return characters;
};

const fixtureNames = namePairs.flatMap((p) => [p.a, p.b]);

describe('Function: toPinyin', () => {
  it('is generated from the pinyin-pro it names (regenerate with scripts/write-han-tables.ts)', () => {
    // Act
    const fresh = hanPinyinTables();

    // Assess
    expect({ ...pinyinTables }).toEqual(fresh);
  });

  it('reads every character as pinyin-pro reads it alone', () => {
    // Arrange
    const characters = everyHanCharacter();

    // Act
    const differing = characters.filter((c) => toPinyin(c) !== pinyinPro(c));

    // Assess
    expect(characters.length).toBe(89_008);
    expect(differing).toEqual([]);
  });

  it('reads the vocabulary words in context, as pinyin-pro does, wherever they appear in a name', () => {
    // Act + Assess
    expect(toPinyin('重庆')).toBe('chongqing');
    expect(toPinyin('中国银行重庆市分行')).toBe(pinyinPro('中国银行重庆市分行'));
    expect(toPinyin('鑫源商行')).toBe('xinyuanshanghang');
    expect(toPinyin('ABC 厦门 168')).toBe('abcxiamen168');
  });

  it('agrees with pinyin-pro on every fixture name but reads polyphones outside the vocabulary char by char', () => {
    // Act
    const differing = fixtureNames.filter((n) => toPinyin(n) !== pinyinPro(n));

    // Assess: the one accepted difference; both sides of a comparison use the same reading.
    expect(differing).toEqual([]);
    expect(pinyinPro('音乐')).toBe('yinyue');
    expect(toPinyin('音乐')).toBe('yinle');
  });
});

describe('Function: toSimplified', () => {
  it('is generated from the opencc-js it names (regenerate with scripts/write-han-tables.ts)', () => {
    // Act
    const fresh = hanSimplifiedTables();

    // Assess
    expect({ ...simplifiedTables }).toEqual(fresh);
  });

  it("folds every character exactly as opencc-js's t2cn converter does", () => {
    // Arrange
    const characters = everyHanCharacter();

    // Act
    const differing = characters.filter((c) => toSimplified(c) !== openccT2cn(c));

    // Assess
    expect(differing).toEqual([]);
    expect(toSimplified('臨山市東湖區豐匯')).toBe('临山市东湖区丰汇');
  });

  it('applies the phrase dictionary as opencc-js does on every fixture name', () => {
    // Act
    const differing = fixtureNames.filter((n) => toSimplified(n) !== openccT2cn(n));

    // Assess
    expect(differing).toEqual([]);
  });
});
