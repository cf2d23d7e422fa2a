import { Converter } from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

/*
 * Thin typed seam over the two script libraries, so the rest of the domain never depends on their
 * option shapes. Character-level traditional → simplified ('t' → 'cn') is used rather than the
 * Taiwan phrase converter: it is predictable (資訊 stays 资讯) and both sides of a comparison go
 * through the same fold anyway.
 */
const traditionalToSimplified = Converter({ from: 't', to: 'cn' });

/** Folds traditional characters to their mainland simplified forms (臨山 → 临山, 臺 → 台). */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

/** Toneless pinyin, no separators, `ü` written `v`, lower case; non-Chinese characters pass through. */
export function toPinyin(text: string): string {
  if (text === '') return '';
  return pinyin(text, { toneType: 'none', separator: '', v: true, nonZh: 'consecutive' })
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const hanPattern = /\p{Script=Han}/u;

/** True when the text contains at least one Chinese character. */
export function hasHan(text: string): boolean {
  return hanPattern.test(text);
}
