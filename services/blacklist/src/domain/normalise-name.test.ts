import { describe, expect, it } from 'vitest';
import { localRegionsFromCity } from './local-regions.ts';
import { compileNameRules } from './name-rules.ts';
import { normaliseName, normalisePersonName } from './normalise-name.ts';

const rules = compileNameRules({ localRegions: ['临山市', '东湖区', '西岭区', '青石镇'] });

describe('Function: normaliseName', () => {
  it('folds full-width letters and digits, lower-cases Latin and drops spaces and punctuation', () => {
    // Act
    const result = normaliseName('ＡＢＣ · １６８　助贷，服务 有限公司', rules);

    // Assess
    expect(result.core).toBe('abc168助贷服务');
    expect(result.removed.suffixes).toEqual(['有限公司']);
  });

  it('folds traditional characters to simplified before matching suffixes and regions', () => {
    // Act
    const result = normaliseName('臨山市東湖區豐匯貸款諮詢服務部', rules);

    // Assess
    expect(result.core).toBe('丰汇贷款咨询');
    expect(result.removed).toEqual({ suffixes: ['服务部'], regionPrefix: '临山市东湖区', branch: null });
  });

  it('removes the longest legal form first, then keeps peeling suffixes anchored at the end', () => {
    // Act
    const joint = normaliseName('宏远企业管理咨询股份有限公司', rules);
    const group = normaliseName('聚财投资咨询集团有限公司', rules);
    const nested = normaliseName('博越服务中心有限公司', rules);

    // Assess
    expect(joint.removed.suffixes).toEqual(['股份有限公司']);
    expect(joint.core).toBe('宏远企业管理咨询');
    expect(group.removed.suffixes).toEqual(['集团有限公司']);
    expect(nested.removed.suffixes).toEqual(['有限公司', '中心']);
    expect(nested.core).toBe('博越服务');
  });

  it('never removes a suffix that is the whole name', () => {
    // Act
    const result = normaliseName('公司', rules);

    // Assess
    expect(result.core).toBe('公司');
  });

  it('splits a branch into the parent core and a branch marker', () => {
    // Act
    const branch = normaliseName('临山市鑫源商贸有限公司临山分公司', rules);
    const bracketed = normaliseName('鼎盛助贷服务有限公司（东湖分公司）', rules);

    // Assess
    expect(branch.core).toBe('鑫源商贸');
    expect(branch.removed.branch).toBe('临山分公司');
    expect(bracketed.core).toBe('鼎盛助贷服务');
    expect(bracketed.removed.branch).toBe('东湖分公司');
  });

  it('removes provinces with or without their suffix, major cities and local districts from the front', () => {
    // Act
    const autonomous = normaliseName('广西壮族自治区博越经济信息咨询有限公司', rules);
    const short = normaliseName('广西博越经济信息咨询有限公司', rules);
    const city = normaliseName('深圳市前海金诚金融服务外包有限公司', rules);
    const district = normaliseName('西岭佳和财务咨询事务所', rules);

    // Assess
    expect(autonomous.core).toBe('博越经济信息咨询');
    expect(short.core).toBe('博越经济信息咨询');
    expect(autonomous.regions).toEqual([{ canonical: '广西', level: 'province' }]);
    expect(city.core).toBe('前海金诚金融服务外包');
    expect(district.removed.regionPrefix).toBe('西岭');
    expect(district.core).toBe('佳和财务咨询');
  });

  it('removes a bracketed region and a bracketed legal form', () => {
    // Act
    const region = normaliseName('汇通（临山）融资顾问有限公司', rules);
    const partnership = normaliseName('隆昌投资管理合伙企业（有限合伙）', rules);

    // Assess
    expect(region.core).toBe('汇通融资顾问');
    expect(region.removed.regionPrefix).toBe('临山');
    expect(partnership.core).toBe('隆昌投资管理');
    expect(partnership.removed.suffixes).toEqual(['有限合伙', '合伙企业']);
  });

  it('keeps a region name that would leave fewer than two characters', () => {
    // Act
    const result = normaliseName('北京鑫', rules);

    // Assess
    expect(result.core).toBe('北京鑫');
  });

  it('uses only the configured local regions: 东湖 is not stripped by the default rules', () => {
    // Act
    const result = normaliseName('东湖区宏远贷款咨询服务部');

    // Assess
    expect(result.core).toBe('东湖区宏远贷款咨询');
  });

  it('separates the trade name from the industry words', () => {
    // Act
    const result = normaliseName('临山市易贷通金融信息服务有限公司', rules);

    // Assess
    expect(result.tradeName).toBe('易贷通');
    expect(result.industryWords).toEqual(['金融', '信息', '服务']);
  });

  it('handles a Latin name word by word: English or pinyin legal forms and a pinyin region', () => {
    // Act
    const english = normaliseName('ABC Consulting Co., Ltd.', rules);
    const pinyin = normaliseName('Linshan Xinyuan Shangmao Youxian Gongsi', rules);

    // Assess
    expect(english).toMatchObject({ core: 'abcconsulting', script: 'latin' });
    expect(english.removed.suffixes).toEqual(['co', 'ltd']);
    expect(pinyin.core).toBe('xinyuanshangmao');
    expect(pinyin.removed.regionPrefix).toBe('linshan');
  });
});

describe('Function: normalisePersonName', () => {
  it('folds traditional and full-width forms and drops spaces and the middle dot', () => {
    // Act & Assess
    expect(normalisePersonName('歐陽 娜娜')).toBe('欧阳娜娜');
    expect(normalisePersonName('阿卜杜·热合曼')).toBe('阿卜杜热合曼');
  });
});

describe('Function: localRegionsFromCity', () => {
  it('lists the city without its note, each district without the city prefix, and townships', () => {
    // Prepare
    const city = {
      name: '临山市（示例城市）',
      districts: [
        { code: '999101', name: '临山市东湖区', townships: [{ code: '999101001', name: '青石镇' }] },
        { code: '999102', name: '临山市西岭区', townships: [{ code: '999102001', name: '云溪镇' }] },
      ],
    };

    // Act
    const regions = localRegionsFromCity(city);

    // Assess
    expect(regions).toEqual(['临山市', '东湖区', '青石镇', '西岭区', '云溪镇']);
  });
});
