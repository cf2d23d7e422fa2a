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

  it('removes provinces with or without their suffix, cities and local districts from the front', () => {
    // Act
    const autonomous = normaliseName('广西壮族自治区博越经济信息咨询有限公司', rules);
    const short = normaliseName('广西博越经济信息咨询有限公司', rules);
    const city = normaliseName('深圳市前海金诚金融服务外包有限公司', rules);
    const district = normaliseName('西岭佳和财务咨询事务所', rules);

    // Assess
    expect(autonomous.core).toBe('博越经济信息咨询');
    expect(short.core).toBe('博越经济信息咨询');
    expect(autonomous.regions).toEqual([
      { full: '广西壮族自治区', short: '广西', level: 'province', province: '广西' },
    ]);
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

  it('strips a township only when the city lists it: townships are not in the national table', () => {
    // Act
    const national = normaliseName('青石镇宏远贷款咨询服务部');
    const local = normaliseName('青石镇宏远贷款咨询服务部', rules);

    // Assess
    expect(national.core).toBe('青石镇宏远贷款咨询');
    expect(local.core).toBe('宏远贷款咨询');
  });

  it('removes any run of China’s divisions from the front, full or short, placing the firm', () => {
    // Act
    const full = normaliseName('达州市通川区鑫源信息咨询有限公司');
    const short = normaliseName('四川达州通川鑫源信息咨询有限公司');
    const autonomous = normaliseName('延边朝鲜族自治州延吉市鑫源信息咨询有限公司');

    // Assess
    expect(full.core).toBe('鑫源信息咨询');
    expect(full.removed.regionPrefix).toBe('达州市通川区');
    expect(full.regions).toEqual([
      { full: '达州市', short: '达州', level: 'prefecture', province: '四川', prefecture: '达州' },
      { full: '通川区', short: '通川', level: 'county', province: '四川', prefecture: '达州' },
    ]);
    expect(short.core).toBe('鑫源信息咨询');
    expect(short.removed.regionPrefix).toBe('四川达州通川');
    expect(autonomous.core).toBe('鑫源信息咨询');
    expect(autonomous.removed.regionPrefix).toBe('延边朝鲜族自治州延吉市');
    expect(normaliseName('延边鑫源信息咨询有限公司').core).toBe('鑫源信息咨询');
    expect(normaliseName('内蒙古鑫源信息咨询有限公司').core).toBe('鑫源信息咨询');
  });

  it('reads a shared name as the higher level, and a district name shared by cities as no one city', () => {
    // Act
    const province = normaliseName('河北鑫源信息咨询有限公司');
    const prefecture = normaliseName('朝阳鑫源信息咨询有限公司');
    const district = normaliseName('鼓楼区鑫源信息咨询有限公司');

    // Assess: Tianjin has a 河北区, Beijing a 朝阳区; 鼓楼区 is in 南京, 徐州, 福州 and 开封.
    expect(province.regions).toEqual([
      { full: '河北省', short: '河北', level: 'province', province: '河北' },
    ]);
    expect(prefecture.regions).toEqual([
      { full: '朝阳市', short: '朝阳', level: 'prefecture', province: '辽宁', prefecture: '朝阳' },
    ]);
    expect(district.core).toBe('鑫源信息咨询');
    expect(district.regions).toEqual([{ full: '鼓楼区', short: '鼓楼', level: 'county' }]);
  });

  it('removes a bracketed region, or run of regions, after the trade name', () => {
    // Act
    const prefecture = normaliseName('鑫源信息咨询（达州）有限公司');
    const run = normaliseName('鑫源信息咨询（四川·达州）有限公司');
    const notRegion = normaliseName('鑫源信息咨询（达州鑫源）有限公司');

    // Assess
    expect(prefecture.core).toBe('鑫源信息咨询');
    expect(prefecture.removed.regionPrefix).toBe('达州');
    expect(run.core).toBe('鑫源信息咨询');
    expect(run.removed.regionPrefix).toBe('四川达州');
    expect(notRegion.core).toBe('鑫源信息咨询达州鑫源');
  });

  it('keeps the last region, short, when only industry words follow: a place in full, else a trade name', () => {
    // Act
    const district = normaliseName('达州市通川区信息咨询服务部');
    const short = normaliseName('通川信息咨询服务部');
    const tradeName = normaliseName('浙江省长兴财务顾问有限公司');

    // Assess
    expect(district.core).toBe('通川信息咨询');
    expect(district.tradeName).toBe('');
    expect(district.removed.regionPrefix).toBe('达州市');
    expect(district.regions).toEqual([
      { full: '达州市', short: '达州', level: 'prefecture', province: '四川', prefecture: '达州' },
    ]);
    expect(short.core).toBe('通川信息咨询');
    expect(short.tradeName).toBe('通川');
    expect(tradeName.core).toBe('长兴财务顾问');
    expect(tradeName.tradeName).toBe('长兴');
    expect(tradeName.industryWords).toEqual(['财务', '顾问']);
    expect(tradeName.removed.regionPrefix).toBe('浙江省');
  });

  it('leaves a region that would leave a one-character trade name: it begins the trade name', () => {
    // Act
    const county = normaliseName('安源山信息技术有限公司');
    const afterCity = normaliseName('临山市安源山信息技术有限公司', rules);

    // Assess: 安源 is a district of 萍乡; a trade name (字号) has two characters or more.
    expect(county.core).toBe('安源山信息技术');
    expect(county.tradeName).toBe('安源山');
    expect(afterCity.core).toBe('安源山信息技术');
    expect(afterCity.removed.regionPrefix).toBe('临山市');
  });

  it('strips the full name of a district named by an ordinary word, never the word alone', () => {
    // Act
    const word = normaliseName('平安普惠信息服务有限公司');
    const district = normaliseName('平安区普惠信息服务有限公司');
    const changan = normaliseName('长安鑫源商贸有限公司');

    // Assess
    expect(word.core).toBe('平安普惠信息服务');
    expect(word.tradeName).toBe('平安普惠');
    expect(district.core).toBe('普惠信息服务');
    expect(changan.core).toBe('长安鑫源商贸');
  });

  it('separates the trade name from the industry words', () => {
    // Act
    const result = normaliseName('临山市易贷通金融信息服务有限公司', rules);

    // Assess
    expect(result.tradeName).toBe('易贷通');
    expect(result.industryWords).toEqual(['金融', '信息', '服务']);
  });

  it('strips a province or prefecture in pinyin, not a county, nor a region that is the trade name', () => {
    // Act
    const prefecture = normaliseName('Dazhou Xinyuan Xinxi Zixun');
    const county = normaliseName('Huitong Rongzi Guwen');
    const tradeName = normaliseName('Jincheng Caiwu Guwen');

    // Assess: 会同 (huitong) is a county in Hunan; 晋城 (jincheng) a prefecture followed by industry only.
    expect(prefecture.core).toBe('xinyuanxinxizixun');
    expect(prefecture.regions).toEqual([
      { full: '达州市', short: '达州', level: 'prefecture', province: '四川', prefecture: '达州' },
    ]);
    expect(county.core).toBe('huitongrongziguwen');
    expect(tradeName.core).toBe('jinchengcaiwuguwen');
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
