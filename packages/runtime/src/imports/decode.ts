import { HttpProblem } from '../http/problem.ts';

/** The text encodings an imported file may be in: UTF-8 (with or without BOM) and GB18030, which includes GBK and GB2312. */
export type TextEncoding = 'utf-8' | 'gb18030';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in. */
  encoding: TextEncoding;
  /** How it was chosen: a byte-order mark, the `charset` the request declared, or the bytes themselves. */
  by: 'bom' | 'charset' | 'detected';
}

/** `charset` labels a request may declare, by the encoding they are read in (GB18030 is a superset of GBK and GB2312). */
const charsetLabels: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'x-gbk': 'gb18030',
  'windows-936': 'gb18030',
};

const encodingNames: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030/GBK' };

/** The `charset` parameter of a Content-Type header, lower-cased and unquoted; undefined when absent. */
export function charsetOf(contentType: string | undefined): string | undefined {
  for (const part of (contentType ?? '').split(';').slice(1)) {
    const [name, ...value] = part.split('=');
    if (name?.trim().toLowerCase() === 'charset') {
      return value.join('=').trim().replace(/^"|"$/g, '').toLowerCase() || undefined;
    }
  }
  return undefined;
}

/**
 * Bytes of a text file (CSV) → text, never garbled: a byte-order mark decides first (UTF-8's is
 * removed), then a declared `charset` (utf-8, gbk, gb2312, gb18030), else the bytes: strict UTF-8, and
 * when that fails strict GB18030 (what Excel in China saves as "CSV"). Decoding is strict — a byte
 * sequence that is not text in the chosen encoding is refused with the line it is on (`body.line.N`),
 * never replaced — and so is U+FFFD, the mark of text garbled before it reached us.
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw utf16Problem();
  if (bytes[0] === 0xfe && bytes[1] === 0xff) throw utf16Problem();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked(bytes.subarray(3), 'utf-8', 'bom');
  }
  if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) {
    return checked(bytes.subarray(4), 'gb18030', 'bom');
  }
  if (declaredCharset !== undefined) {
    const encoding = charsetLabels[declaredCharset.toLowerCase()];
    if (!encoding) {
      throw new HttpProblem(
        'unsupported-media-type',
        `charset=${declaredCharset} is not accepted; send UTF-8 or GBK/GB18030 (charset=utf-8, gbk or gb18030), or leave charset out to have it detected`,
        [{ path: 'headers.content-type', message: `unsupported charset ${declaredCharset}` }],
      );
    }
    return checked(bytes, encoding, 'charset');
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return checked(bytes, 'utf-8', 'detected', utf8);
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== undefined) return checked(bytes, 'gb18030', 'detected', gb);
  // Neither: the file is in the encoding that reads more of its lines, and the first line that one
  // cannot read is named (a GBK file with one broken byte fails as UTF-8 on every Chinese line, and as
  // GBK on the broken line only).
  const asUtf8 = undecodableLines(bytes, 'utf-8');
  const asGb = undecodableLines(bytes, 'gb18030');
  const [encoding, found] =
    asGb.count < asUtf8.count ? (['gb18030', asGb] as const) : (['utf-8', asUtf8] as const);
  throw undecodableProblem(
    found.first,
    `not text in any accepted encoding (read as ${encodingNames[encoding]}, the encoding that reads most of the file)`,
  );
}

function tryDecode(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function checked(
  bytes: Uint8Array,
  encoding: TextEncoding,
  by: DecodedText['by'],
  decoded = tryDecode(bytes, encoding),
): DecodedText {
  if (decoded === undefined) {
    throw undecodableProblem(
      undecodableLines(bytes, encoding).first,
      `not ${encodingNames[encoding]} text${by === 'charset' ? ' (the charset the request declared)' : by === 'bom' ? ' (its byte-order mark says so)' : ''}`,
    );
  }
  const replaced = decoded.indexOf('\uFFFD');
  if (replaced >= 0) {
    throw undecodableProblem(
      lineAt(decoded, replaced),
      'holds U+FFFD, the replacement character: the text was garbled before it reached us (send the file as saved)',
    );
  }
  return { text: decoded, encoding, by };
}

/**
 * The lines whose bytes do not decode: how many, and the first (1-based). Lines split at LF (0x0A),
 * which never occurs inside a UTF-8 or GB18030 character, so each line decodes on its own.
 */
export function undecodableLines(
  bytes: Uint8Array,
  encoding: TextEncoding,
): { count: number; first: number } {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let line = 1;
  let start = 0;
  let count = 0;
  let first = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        count++;
        if (first === 0) first = line;
      }
      line++;
      start = i + 1;
    }
  }
  return { count, first };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function undecodableProblem(line: number, what: string): HttpProblem {
  return new HttpProblem(
    'invalid-request',
    `Line ${line} of the file is ${what}; nothing was imported. Save the file as "CSV UTF-8" (or declare its charset) and send it again`,
    [{ path: `body.line.${line}`, message: what }],
  );
}

function utf16Problem(): HttpProblem {
  return new HttpProblem(
    'invalid-request',
    'The file is UTF-16 ("Unicode text"); save it as "CSV UTF-8" or CSV (GBK) and send it again',
    [{ path: 'body.line.1', message: 'UTF-16 text is not accepted; use UTF-8 or GBK/GB18030' }],
  );
}
