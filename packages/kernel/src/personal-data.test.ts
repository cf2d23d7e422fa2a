import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { freeText, maskPersonalIdentifiers, tallyMasking } from './personal-data.ts';
import { parseUscc } from './uscc.ts';

/** An independent Luhn check digit, so that the tests do not trust the module's own. */
function withLuhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

const mask = (text: string) => maskPersonalIdentifiers(text).text;

describe('Function: maskPersonalIdentifiers', () => {
  it('masks an ID number and a mobile in a report description, and counts them by kind', () => {
    // Act
    const result = maskPersonalIdentifiers('联系人张三 身份证 110101199003074514 手机 13800138000');

    // Assess
    expect(result).toEqual({
      text: '联系人张三 身份证 110101********4514 手机 138****8000',
      found: [
        { kind: 'id-number', count: 1 },
        { kind: 'mobile', count: 1 },
      ],
    });
  });

  it('masks 18-character ID numbers only with a valid GB 11643 check character, also X and grouped forms', () => {
    expect(mask('身份证号11010519491231002X，')).toBe('身份证号110105********002X，');
    expect(mask('id 11010519491231002x')).toBe('id 110105********002X');
    expect(mask('110101 19900307 4514')).toBe('110101********4514');
    expect(mask('110101-1990-0307-4514')).toBe('110101********4514');
    expect(mask('１１０１０１１９９００３０７４５１４')).toBe('110101********4514');
    // Wrong check character, no such province (99), no such birth date (13th month): kept.
    expect(mask('110101199003074515')).toBe('110101199003074515');
    expect(mask('990101199003074510')).toBe('990101199003074510');
    expect(mask('110101199013074514')).toBe('110101199013074514');
  });

  it('masks a 15-digit legacy ID number only when a word says it is one', () => {
    expect(mask('老身份证 110101900307451')).toBe('老身份证 110101*****7451');
    expect(mask('注册号 110101900307451')).toBe('注册号 110101900307451');
    expect(mask('110101900307451')).toBe('110101900307451');
  });

  it('masks mainland mobiles with +86 / 0086 / 86, spaces or hyphens; not other 11-digit numbers', () => {
    expect(mask('电话+86 138 0013 8000。')).toBe('电话+86 138****8000。');
    expect(mask('+86-138-0013-8000')).toBe('+86 138****8000');
    expect(mask('0086 13900139000')).toBe('0086 139****9000');
    expect(mask('8613700137000')).toBe('86 137****7000');
    expect(mask('139-1234-5678、13700001111')).toBe('139****5678、137****1111');
    expect(mask('13800138000 13900139000')).toBe('138****8000 139****9000');
    expect(mask('手机１３８００１３８０００')).toBe('手机138****8000');
    // 12… is not a mobile prefix; 10 or 12 digits are not a mobile.
    expect(mask('12800138000 1380013800 138001380001')).toBe('12800138000 1380013800 138001380001');
  });

  it('masks a Luhn-valid bank card after 卡号/账号, or a UnionPay number anywhere', () => {
    // Prepare
    const unionPay19 = withLuhn('622202123456789012');
    const visa = withLuhn('411111111111111');
    const notLuhn = `${unionPay19.slice(0, 18)}${(Number(unionPay19[18]) + 1) % 10}`;

    // Act & Assess
    expect(mask(`收款账号：${unionPay19}`)).toBe(`收款账号：****${unionPay19.slice(-4)}`);
    expect(mask(`转入 ${unionPay19} 后`)).toBe(`转入 ****${unionPay19.slice(-4)} 后`);
    const grouped = unionPay19.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(mask(`卡号 ${grouped}`)).toBe(`卡号 ****${unionPay19.slice(-4)}`);
    expect(mask(`信用卡 ${visa}`)).toBe(`信用卡 ****${visa.slice(-4)}`);
    // Not a UnionPay number and no word for a card: a reference number, kept.
    expect(mask(`${visa}`)).toBe(visa);
    expect(mask(`卡号 ${notLuhn}`)).toBe(`卡号 ${notLuhn}`);
  });

  it('masks e-mail addresses, a mobile used as the mailbox name included', () => {
    expect(maskPersonalIdentifiers('邮箱 zhangsan@example.com；13800138000@163.com')).toEqual({
      text: '邮箱 z***@example.com；1***@163.com',
      found: [{ kind: 'email', count: 2 }],
    });
  });

  it('keeps enterprises’ codes: USCCs are public, also one that reads as an ID number after its label', () => {
    // Prepare: all digits, a valid USCC and a valid ID number at once.
    const both = '121101191001012500';
    expect(parseUscc(both).ok).toBe(true);

    // Act & Assess
    expect(mask('统一社会信用代码91110000100000000X')).toBe('统一社会信用代码91110000100000000X');
    expect(mask('91110000100000000X 与 91350100M000100Y43')).toBe('91110000100000000X 与 91350100M000100Y43');
    expect(mask(`统一社会信用代码：${both}`)).toBe(`统一社会信用代码：${both}`);
    expect(mask(`纳税人识别号 ${both}`)).toBe(`纳税人识别号 ${both}`);
    // Unlabelled, it is masked: an ID number shown is worse than a USCC hidden.
    expect(mask(`代理人 ${both}`)).toBe('代理人 121101********2500');
  });

  it('keeps amounts, dates and loan contract numbers', () => {
    const luhnContract = withLuhn('622620261204000');
    const texts = [
      '贷款金额13800000000元，月息1.38%',
      '垫资¥13800138000，实际到账13800138000.00',
      '金额 13800138000',
      '1,380,013,800元',
      '2026-12-04 签约，2026年12月4日放款，20261204 还款，2026/12/04',
      '借款合同编号 JK20261204000123，(2026)临银借字第0001号，LN-2026-1204-0001',
      '合同编号：13800138000',
      `借据号 ${luhnContract}`,
      `流水号${withLuhn('201612040001234')}`,
      'Invoice No. 13800138000',
      '固定电话 0818-2345678',
    ];
    for (const text of texts) expect({ text, masked: mask(text) }).toEqual({ text, masked: text });
  });

  it('masks what a contract label does not cover: the nearest label decides', () => {
    expect(mask('合同编号JK001，联系电话13800138000')).toBe('合同编号JK001，联系电话138****8000');
  });

  it('is idempotent: masked text has nothing left to find', () => {
    const once = maskPersonalIdentifiers('身份证 110101199003074514 手机 13800138000 z@example.com');
    expect(maskPersonalIdentifiers(once.text)).toEqual({ text: once.text, found: [] });
  });
});

describe('Function: freeText', () => {
  const schema = z.strictObject({
    description: freeText(4000),
    notes: z.array(freeText(100)).default([]),
    remark: freeText(100).optional(),
  });

  it('stores the masked text and tallies what was masked across every field of one parse', () => {
    // Act
    const { value, masked } = tallyMasking(() =>
      schema.parse({
        description: '  联系人张三 身份证 110101199003074514 手机 13800138000  ',
        notes: ['再次来电 13900139000', '无'],
      }),
    );

    // Assess
    expect(value).toEqual({
      description: '联系人张三 身份证 110101********4514 手机 138****8000',
      notes: ['再次来电 139****9000', '无'],
    });
    expect(masked).toEqual([
      { kind: 'id-number', count: 1 },
      { kind: 'mobile', count: 2 },
    ]);
  });

  it('masks outside a tally too, and each tally counts only its own parse', () => {
    expect(schema.parse({ description: '13800138000' }).description).toBe('138****8000');
    expect(tallyMasking(() => schema.parse({ description: '无' })).masked).toEqual([]);
  });

  it('checks length on what the caller sent and documents as a plain string', () => {
    expect(freeText(5).safeParse('      ').success).toBe(false);
    expect(freeText(5).safeParse('123456').success).toBe(false);
    expect(z.toJSONSchema(freeText(300), { io: 'output' })).toMatchObject({
      type: 'string',
      minLength: 1,
      maxLength: 300,
    });
  });
});
