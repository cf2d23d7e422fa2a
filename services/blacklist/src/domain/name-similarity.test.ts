import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namePairs } from './name-pairs.fixture.ts';
import { compileNameRules } from './name-rules.ts';
import { NAME_MATCH_THRESHOLD, nameSimilarity } from './name-similarity.ts';

const rules = compileNameRules({
  localRegions: ['临山市', '东湖区', '西岭区', '东湖街道', '西岭街道', '青石镇', '柳塘乡', '云溪镇'],
});

describe('Function: nameSimilarity (labelled pairs)', () => {
  it('has at least 200 pairs, roughly half of each label', () => {
    // Act
    const sameCount = namePairs.filter((p) => p.same).length;

    // Assess
    expect(namePairs.length).toBeGreaterThanOrEqual(200);
    expect(sameCount / namePairs.length).toBeGreaterThan(0.4);
    expect(sameCount / namePairs.length).toBeLessThan(0.6);
  });

  it('reaches precision and recall of at least 0.95 at NAME_MATCH_THRESHOLD', () => {
    // Prepare
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const errors: string[] = [];

    // Act
    for (const pair of namePairs) {
      const score = nameSimilarity(pair.a, pair.b, rules);
      const predicted = score >= NAME_MATCH_THRESHOLD;
      if (predicted && pair.same) truePositives++;
      else if (predicted) falsePositives++;
      else if (pair.same) falseNegatives++;
      if (predicted !== pair.same) errors.push(`${score.toFixed(3)} ${pair.a} | ${pair.b} (${pair.why})`);
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.info(
      `name pairs: ${namePairs.length}, threshold ${NAME_MATCH_THRESHOLD}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
      errors.length ? `\nmisclassified:\n  ${errors.join('\n  ')}` : '',
    );

    // Assess
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('Function: nameSimilarity', () => {
  it('scores 1 when only spelling, suffix, region or branch differ', () => {
    // Act & Assess
    expect(nameSimilarity('臨山市鑫源商貿有限責任公司東湖分公司', '鑫源商贸有限公司', rules)).toBe(1);
  });

  it('stays below the threshold when the trade names differ by one character', () => {
    // Act
    const score = nameSimilarity('临山市鑫源企业管理咨询有限公司', '临山市鑫达企业管理咨询有限公司', rules);

    // Assess: trade bigrams {^鑫,鑫源,源$} vs {^鑫,鑫达,达$} share 1 of 3 → Dice 1/3; industry identical → 1.
    expect(score).toBeCloseTo(0.75 * (1 / 3) + 0.25, 10);
    expect(score).toBeLessThan(NAME_MATCH_THRESHOLD);
  });

  it('stays below the threshold for the same trade name in an unrelated business', () => {
    // Act
    const score = nameSimilarity('鑫源商贸有限公司', '鑫源房地产开发有限公司', rules);

    // Assess: trade name identical (0.75), industries share nothing (0).
    expect(score).toBeCloseTo(0.75, 10);
  });

  it('accepts a reworded industry: one industry is contained in the other', () => {
    // Act
    const score = nameSimilarity('宏远金融信息服务有限公司', '宏远信息服务有限公司', rules);

    // Assess
    expect(score).toBe(1 * 0.75 + 0.25);
  });

  it('discounts names placed in two different provinces', () => {
    // Act
    const score = nameSimilarity('北京鑫源商贸有限公司', '上海鑫源商贸有限公司', rules);

    // Assess
    expect(score).toBeCloseTo(0.8, 10);
    expect(score).toBeLessThan(NAME_MATCH_THRESHOLD);
  });

  it('discounts a district placed in another prefecture, but not in its own province', () => {
    // Act
    const elsewhere = nameSimilarity('通川区鑫源信息咨询有限公司', '成都鑫源信息咨询有限公司', rules);
    const sameProvince = nameSimilarity('通川区鑫源信息咨询有限公司', '四川鑫源信息咨询有限公司', rules);

    // Assess: 通川区 lies in 达州, 四川; 成都 is another prefecture of 四川.
    expect(elsewhere).toBeCloseTo(0.8, 10);
    expect(sameProvince).toBe(1);
  });

  it('compares a firm told apart by a district in full on the whole core, in Chinese and in pinyin', () => {
    // Act
    const twoDistricts = nameSimilarity('达州市通川区信息咨询服务部', '达州市达川区信息咨询服务部', rules);
    const oneDistrict = nameSimilarity('通川区信息咨询服务部', '四川省通川信息咨询有限公司', rules);
    const reworded = nameSimilarity('通川区信息咨询服务部', '通川区商务信息咨询服务部', rules);
    const pinyin = nameSimilarity('Tongchuan Xinxi Zixun', '通川区信息咨询服务部', rules);

    // Assess
    expect(twoDistricts).toBe(0);
    expect(oneDistrict).toBe(1);
    expect(reworded).toBe(0);
    expect(pinyin).toBeCloseTo(0.9, 10);
  });

  it('compares a county name written short before industry words as a trade name', () => {
    // Act
    const reworded = nameSimilarity('长兴财务顾问有限公司', '浙江省长兴财务咨询顾问有限公司', rules);
    const other = nameSimilarity('长兴财务顾问有限公司', '长兴汽车销售有限公司', rules);

    // Assess: trade names equal, industry 财务顾问 ⊂ 财务咨询顾问; then no industry shared.
    expect(reworded).toBe(1);
    expect(other).toBeCloseTo(0.75, 10);
  });

  it('matches a Latin name through pinyin, discounted as a secondary signal', () => {
    // Act
    const score = nameSimilarity('Xinyuan Shangmao Co., Ltd.', '临山市鑫源商贸有限公司', rules);

    // Assess
    expect(score).toBeCloseTo(0.9, 10);
    expect(nameSimilarity('Xinda Shangmao', '鑫源商贸有限公司', rules)).toBe(0);
  });

  it('gives a purely generic name no fuzzy match', () => {
    // Act & Assess
    expect(nameSimilarity('临山市信息咨询服务部', '临山市商务信息咨询服务部', rules)).toBe(0);
  });

  it('is symmetric and stays within [0, 1]', () => {
    // Prepare
    const pool = [...new Set(namePairs.flatMap((p) => [p.a, p.b]))];
    const anyName = fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 12 }));

    // Act & Assess
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        const forward = nameSimilarity(a, b, rules);
        expect(forward).toBe(nameSimilarity(b, a, rules));
        expect(forward).toBeGreaterThanOrEqual(0);
        expect(forward).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
