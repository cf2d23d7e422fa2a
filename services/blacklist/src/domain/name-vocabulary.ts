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

/**
 * Where a region sits in China's administrative divisions (GB/T 2260): 省级, 地级 or 县级; `local`
 * for the names a city adds itself (its townships, development zones).
 */
export type RegionLevel = 'province' | 'prefecture' | 'county' | 'local';

/** A region a firm's name may open with; its short form is what two names are compared by (北京 = 北京市). */
export interface RegionName {
  /** The name as registered, with its administrative suffix. */
  full: string;
  /** The name as commonly written in company names; the full name when it has no short form. */
  short: string;
  level: RegionLevel;
  /**
   * Short names of the province and of the prefecture-level division it lies in (its own at its
   * level); undefined when unknown, or when one spelling names several places that do not share it.
   */
  province?: string | undefined;
  prefecture?: string | undefined;
}

/**
 * Division-type words (GB/T 2260 names end in one), longest first. Dropping one gives the short form
 * that firm names use: 四川省 → 四川, 达州市 → 达州, 通川区 → 通川, 锡林郭勒盟 → 锡林郭勒. 新区
 * precedes 区 so 浦东新区 reads 浦东; 高新区, which no division ends in, precedes 新区 so that a
 * high-tech zone a city lists (`extraLocalRegions`: 临山高新区) reads 临山, not 临山高.
 */
export const regionTypeSuffixes: readonly string[] = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '特区',
  '高新区',
  '新区',
  '省',
  '市',
  '盟',
  '县',
  '区',
  '旗',
];

/**
 * The 55 minority nationalities (GB/T 3304). An autonomous area's short form drops them after its
 * type word, with or without 族 (广西壮族自治区 → 广西, 伊犁哈萨克自治州 → 伊犁), as does 各族
 * (龙胜各族自治县 → 龙胜).
 */
export const ethnicGroups: readonly string[] = [
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
];

/**
 * Short forms never stripped: ordinary words that happen to name a district or county, and that open
 * firm names far more often as words or trade names than as places. Stripping 平安 would turn
 * 平安普惠信息服务 into 普惠信息服务. The full names (平安区, 长安区) are still stripped. Industry and
 * legal-form words are never short forms either (see `regionShortForm`).
 */
export const notRegionShortForms: ReadonlySet<string> = new Set([
  // Position words: the town centre, the east side, by the river or the station.
  ...['城东', '城西', '城北', '城中', '城关', '城厢', '市中', '市北', '市南', '新市', '西市', '南关', '北关'],
  ...['桥东', '桥西', '铁东', '铁西', '站前', '新城', '老城', '古城', '东城', '西城', '南城', '河东', '河西'],
  ...['江北', '江南', '湖滨', '滨江', '滨湖', '滨海', '港口', '港北', '港南'],
  // Slogans that named urban districts in the 1950s–60s.
  ...['工农', '红旗', '解放', '前进', '友好', '友谊', '向阳', '东风', '建华', '卫东', '光明', '新华', '和平'],
  ...['振兴', '复兴', '爱民', '回民', '宏伟', '富民', '惠民'],
  // Auspicious words and household trade names.
  ...['平安', '长安', '永安', '太平', '安宁', '东方', '中原', '兴业', '合作', '互助', '长寿', '安居', '康乐'],
  ...['新兴', '天元', '元宝', '万全', '华龙', '龙华'],
]);

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
