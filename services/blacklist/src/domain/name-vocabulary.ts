/*
 * Word lists behind name normalisation, kept as data so a reviewer can read and extend them
 * without touching the algorithm. All entries are in simplified characters: names are folded to
 * simplified before any list is consulted.
 *
 * A registered Chinese enterprise name is 行政区划 + 字号 + 行业或经营特点 + 组织形式 (region, trade
 * name, industry, legal form; 《企业名称登记管理规定》). Normalisation removes the region and the legal
 * form; similarity then separates the trade name, which identifies the entity, from the industry
 * words, which thousands of unrelated firms share.
 */

/** Legal-form and business-form suffixes, removed from the end of a name (longest first, repeatedly). */
export const legalFormSuffixes: readonly string[] = [
  '集团股份有限公司',
  '集团有限责任公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '特殊普通合伙',
  '个人独资企业',
  '个体工商户',
  '专业合作社',
  '有限公司',
  '股份公司',
  '集团公司',
  '合伙企业',
  '有限合伙',
  '普通合伙',
  '总公司',
  '分公司',
  '工作室',
  '事务所',
  '经营部',
  '服务部',
  '营业部',
  '门市部',
  '合作社',
  '公司',
  '集团',
  '中心',
  '商行',
  '商店',
];

/** The same legal forms written in English or pinyin, removed as whole trailing words of a Latin name. */
export const latinLegalFormWords: readonly string[] = [
  'co',
  'ltd',
  'limited',
  'company',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'llc',
  'plc',
  'group',
  'gongsi',
  'youxian',
  'zeren',
  'gufen',
  'jituan',
  'hehuo',
  'youxiangongsi',
  'youxianzerengongsi',
  'gufenyouxiangongsi',
];

/**
 * Words that end a branch's name after its parent's full name: `…有限公司临山分公司` is the parent
 * `…有限公司` plus the branch `临山分公司`.
 */
export const branchMarkers: readonly string[] = [
  '分公司',
  '分行',
  '支行',
  '营业部',
  '营业所',
  '办事处',
  '代表处',
  '分部',
  '分店',
  '分厂',
  '分所',
  '分中心',
  '分社',
  '门店',
];

/** What a parent name ends with before a branch tail can follow it. */
export const branchParentEndings: readonly string[] = ['公司', '集团', '银行', '合伙企业', '事务所', '中心'];

export type RegionLevel = 'province' | 'city' | 'local';

export interface RegionName {
  /** The name as registered, with its administrative suffix. */
  full: string;
  /** The name without that suffix, as commonly written in company names. */
  short: string;
  level: RegionLevel;
}

const region = (full: string, short: string, level: RegionLevel): RegionName => ({ full, short, level });

/** The 34 provincial-level divisions. */
export const provincialRegions: readonly RegionName[] = [
  region('北京市', '北京', 'province'),
  region('天津市', '天津', 'province'),
  region('上海市', '上海', 'province'),
  region('重庆市', '重庆', 'province'),
  region('河北省', '河北', 'province'),
  region('山西省', '山西', 'province'),
  region('辽宁省', '辽宁', 'province'),
  region('吉林省', '吉林', 'province'),
  region('黑龙江省', '黑龙江', 'province'),
  region('江苏省', '江苏', 'province'),
  region('浙江省', '浙江', 'province'),
  region('安徽省', '安徽', 'province'),
  region('福建省', '福建', 'province'),
  region('江西省', '江西', 'province'),
  region('山东省', '山东', 'province'),
  region('河南省', '河南', 'province'),
  region('湖北省', '湖北', 'province'),
  region('湖南省', '湖南', 'province'),
  region('广东省', '广东', 'province'),
  region('海南省', '海南', 'province'),
  region('四川省', '四川', 'province'),
  region('贵州省', '贵州', 'province'),
  region('云南省', '云南', 'province'),
  region('陕西省', '陕西', 'province'),
  region('甘肃省', '甘肃', 'province'),
  region('青海省', '青海', 'province'),
  region('台湾省', '台湾', 'province'),
  region('内蒙古自治区', '内蒙古', 'province'),
  region('广西壮族自治区', '广西', 'province'),
  region('西藏自治区', '西藏', 'province'),
  region('宁夏回族自治区', '宁夏', 'province'),
  region('新疆维吾尔自治区', '新疆', 'province'),
  region('香港特别行政区', '香港', 'province'),
  region('澳门特别行政区', '澳门', 'province'),
];

/**
 * Provincial capitals and sub-provincial cities: the cities whose names most often open the name of
 * a firm that then opens a branch elsewhere (`深圳市…有限公司临山分公司`).
 */
export const majorCities: readonly RegionName[] = [
  '石家庄',
  '太原',
  '呼和浩特',
  '沈阳',
  '大连',
  '长春',
  '哈尔滨',
  '南京',
  '杭州',
  '宁波',
  '合肥',
  '福州',
  '厦门',
  '南昌',
  '济南',
  '青岛',
  '郑州',
  '武汉',
  '长沙',
  '广州',
  '深圳',
  '南宁',
  '海口',
  '成都',
  '贵阳',
  '昆明',
  '拉萨',
  '西安',
  '兰州',
  '西宁',
  '银川',
  '乌鲁木齐',
].map((name) => region(`${name}市`, name, 'city'));

/** Administrative suffixes that may be dropped from a configured local region name to get its short form. */
export const localRegionSuffixes: readonly string[] = [
  '自治县',
  '自治州',
  '市',
  '区',
  '县',
  '旗',
  '盟',
  '州',
];

/**
 * Industry words (行业表述). They are peeled from the end of the core to find the trade name. A
 * `generic` word says little about what the firm does (信息, 服务), so two names agreeing only on
 * generic words do not count as the same line of business.
 */
export const industryWords: readonly { word: string; generic: boolean }[] = [
  ...[
    '信息',
    '资讯',
    '咨询',
    '服务',
    '管理',
    '企业',
    '经济',
    '科技',
    '技术',
    '开发',
    '工程',
    '销售',
    '代理',
    '商务',
    '发展',
    '实业',
    '经营',
    '策划',
    '网络',
    '数据',
    '外包',
    '贸易',
    '商贸',
  ].map((word) => ({ word, generic: true })),
  ...[
    '助贷',
    '贷款',
    '信贷',
    '融资',
    '投资',
    '资产',
    '财务',
    '顾问',
    '金融',
    '金服',
    '担保',
    '记账',
    '财富',
    '典当',
    '租赁',
    '保理',
    '支付',
    '征信',
    '评估',
    '资本',
    '基金',
    '保险',
    '理财',
    '房地产',
    '置业',
    '物业',
    '建筑',
    '建材',
    '装饰',
    '装修',
    '汽车',
    '物流',
    // Supply-chain names are common among fund brokers offering "supply-chain finance" (供应链金融).
    '供应链',
    '货运',
    '运输',
    '餐饮',
    '家政',
    '摄影',
    '人力资源',
    '劳务',
    '教育',
    '培训',
    '助学',
    '文化',
    '传媒',
    '广告',
    '医药',
    '药房',
    '医疗',
    '纺织',
    '服装',
    '家具',
    '农业',
    '农产品',
    '电子',
    '五金',
    '机械',
    '化工',
    '食品',
    '酒店',
    '旅游',
    '维修',
    '印刷',
    '软件',
    '法律',
    '会计',
    '税务',
  ].map((word) => ({ word, generic: false })),
];
