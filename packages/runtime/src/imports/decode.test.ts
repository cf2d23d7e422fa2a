import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../http/problem.ts';
import { charsetOf, decodeText, undecodableLines } from './decode.ts';

/** 企业名称 in GBK (= GB18030 for these characters), from the GB 2312 code chart: 企 C6F3 业 D2B5 名 C3FB 称 B3C6. */
const qiYeMingChengGbk = [0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6];
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

function problemOf(fn: () => unknown): HttpProblem {
  try {
    fn();
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  throw new Error('no problem raised');
}

describe('Function: decodeText', () => {
  it('reads GBK bytes that are not UTF-8 as GB18030, without a declared charset', () => {
    // Act
    const decoded = decodeText(bytes('uscc,', qiYeMingChengGbk, '\r\n'));

    // Assess
    expect(decoded).toEqual({ text: 'uscc,企业名称\r\n', encoding: 'gb18030', by: 'detected' });
  });

  it('reads UTF-8 with and without its byte-order mark, the mark removed', () => {
    // Prepare
    const utf8 = Buffer.from('企业名称,name\n', 'utf8');

    // Act
    const plain = decodeText(utf8);
    const withBom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));

    // Assess
    expect(plain).toEqual({ text: '企业名称,name\n', encoding: 'utf-8', by: 'detected' });
    expect(withBom).toEqual({ text: '企业名称,name\n', encoding: 'utf-8', by: 'bom' });
  });

  it("reads GB18030's four-byte sequences (CJK Extension B) and its byte-order mark", () => {
    // Prepare: U+20000 𠀀 is 95 32 82 36 in GB18030; its BOM is 84 31 95 33.
    const ext = [0x95, 0x32, 0x82, 0x36];

    // Act
    const decoded = decodeText(bytes([0x84, 0x31, 0x95, 0x33], ext, qiYeMingChengGbk));

    // Assess
    expect(decoded).toEqual({ text: '𠀀企业名称', encoding: 'gb18030', by: 'bom' });
  });

  it('decodes as the declared charset: gbk, gb2312 and gb18030 alike; utf-8 strictly', () => {
    // Act
    const gbk = decodeText(bytes(qiYeMingChengGbk), 'gbk');
    const gb2312 = decodeText(bytes(qiYeMingChengGbk), 'GB2312');
    const declaredUtf8 = problemOf(() => decodeText(bytes('uscc\n', qiYeMingChengGbk), 'utf-8'));

    // Assess: GBK bytes declared as UTF-8 are refused on their line, not garbled.
    expect(gbk).toEqual({ text: '企业名称', encoding: 'gb18030', by: 'charset' });
    expect(gb2312.text).toBe('企业名称');
    expect(declaredUtf8.type).toBe('invalid-request');
    expect(declaredUtf8.issues).toEqual([{ path: 'body.line.2', message: expect.stringContaining('UTF-8') }]);
  });

  it('refuses a file that is neither, naming the line of the broken bytes in the encoding that reads the rest', () => {
    // Prepare: a GBK file whose third line has a lead byte C6 followed by a space (no trail byte).
    const file = bytes(
      'uscc,name\n',
      '1,',
      qiYeMingChengGbk,
      '\n',
      '2,',
      [0xc6, 0x20],
      '\n',
      '3,',
      qiYeMingChengGbk,
    );

    // Act
    const problem = problemOf(() => decodeText(file));

    // Assess: as UTF-8 lines 2–4 fail; as GB18030 only line 3.
    expect(undecodableLines(file, 'utf-8')).toEqual({ count: 3, first: 2 });
    expect(undecodableLines(file, 'gb18030')).toEqual({ count: 1, first: 3 });
    expect(problem.issues).toEqual([{ path: 'body.line.3', message: expect.stringContaining('GB18030') }]);
    expect(problem.message).toContain('Line 3');
  });

  it('refuses U+FFFD (text garbled before it arrived), UTF-16 and an unknown charset', () => {
    // Act
    const replaced = problemOf(() => decodeText(Buffer.from('uscc,name\n1,\uFFFD\uFFFD公司\n', 'utf8')));
    const utf16 = problemOf(() => decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00])));
    const big5 = problemOf(() => decodeText(Buffer.from('a'), 'big5'));

    // Assess
    expect(replaced.issues?.[0]?.path).toBe('body.line.2');
    expect(utf16.issues?.[0]?.path).toBe('body.line.1');
    expect(big5.type).toBe('unsupported-media-type');
  });
});

describe('Function: charsetOf', () => {
  it('reads the charset parameter, quoted or not, in any case', () => {
    expect(charsetOf('text/csv; charset=GBK')).toBe('gbk');
    expect(charsetOf('text/csv;charset="utf-8"; header=present')).toBe('utf-8');
    expect(charsetOf('text/csv')).toBeUndefined();
    expect(charsetOf(undefined)).toBeUndefined();
  });
});
