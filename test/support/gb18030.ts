/**
 * Text → GB18030 bytes (GBK for the characters GBK has), for tests that send what Excel saves as "CSV"
 * on a Chinese Windows. Node has no GB18030 encoder, so the table is the inverse of its decoder: every
 * two-byte code (GBK) and every four-byte code of the BMP, decoded once; supplementary-plane characters
 * follow GB18030's linear four-byte mapping. (The unit tests of the decoder use bytes from the code chart.)
 */
let table: Map<string, number[]> | undefined;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const map = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if (!map.has(char)) map.set(char, bytes);
    } catch {
      // not a code
    }
  };
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  return map;
}

export function encodeGb18030(text: string): Buffer {
  const out: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x10000) {
      let n = cp - 0x10000;
      const b4 = n % 10;
      n = Math.floor(n / 10);
      const b3 = n % 126;
      n = Math.floor(n / 126);
      const b2 = n % 10;
      const b1 = Math.floor(n / 10);
      out.push(0x90 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4);
    } else {
      table ??= buildTable();
      const bytes = table.get(char);
      if (!bytes) throw new Error(`no GB18030 code for U+${cp.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
