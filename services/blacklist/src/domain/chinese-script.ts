import {
  contextualReadings,
  extensionCharactersBySyllable,
  firstSyllableCode,
  syllables,
  unifiedReadings,
} from './han-pinyin.generated.ts';
import { compatibilityIdeographs, otherSimplified, unifiedSimplified } from './han-simplified.generated.ts';

/*
 * Thin typed seam over the script data, so the rest of the domain never depends on its shapes.
 * Both folds replace the longest known word at each position, falling back to one character.
 */
class LongestMatch {
  readonly #words: Map<string, string>;
  readonly #starts: Set<string>;
  readonly #longest: number;

  constructor(words: Map<string, string>) {
    this.#words = words;
    this.#starts = new Set();
    let longest = 0;
    for (const word of words.keys()) {
      this.#starts.add(String.fromCodePoint(word.codePointAt(0) ?? 0));
      // Code units bound code points from above: enough for where to start looking.
      longest = Math.max(longest, word.length);
    }
    this.#longest = longest;
  }

  replace(text: string, otherwise: (character: string) => string): string {
    const characters = [...text];
    let out = '';
    for (let i = 0; i < characters.length; ) {
      const character = characters[i] ?? '';
      let matched = 0;
      if (this.#starts.has(character)) {
        for (let length = Math.min(this.#longest, characters.length - i); length >= 1; length--) {
          const replacement = this.#words.get(
            length === 1 ? character : characters.slice(i, i + length).join(''),
          );
          if (replacement === undefined) continue;
          out += replacement;
          matched = length;
          break;
        }
      }
      if (matched === 0) out += otherwise(character);
      i += Math.max(matched, 1);
    }
    return out;
  }
}

const unchanged = (character: string) => character;

/** `source replacement|…` (OpenCC's format), scanned with indexOf rather than split: no garbage. */
function pairs(dictionary: string): Map<string, string> {
  const words = new Map<string, string>();
  for (let start = 0; start < dictionary.length; ) {
    const space = dictionary.indexOf(' ', start);
    let end = dictionary.indexOf('|', space);
    if (end === -1) end = dictionary.length;
    words.set(dictionary.slice(start, space), dictionary.slice(space + 1, end));
    start = end + 1;
  }
  return words;
}

const unifiedFirst = 0x4e00;
const unifiedLast = 0x9fff;
const inUnifiedBlock = (code: number) => code >= unifiedFirst && code <= unifiedLast;

/*
 * Traditional → simplified is OpenCC's t2s chain (compatibility ideographs, then phrases and
 * characters), tabled at build time from its dictionaries (scripts/han-simplified-table.ts).
 * Character-level ('t', not the Taiwan phrase converter): predictable (資訊 stays 资讯), and both
 * sides of a comparison go through the same fold anyway.
 */
const compatibility = new LongestMatch(pairs(compatibilityIdeographs));
const traditional = new LongestMatch(pairs(otherSimplified));
const simplifiedCharacter = (character: string): string => {
  const code = character.codePointAt(0) ?? 0;
  return inUnifiedBlock(code) ? unifiedSimplified.charAt(code - unifiedFirst) : character;
};

/** Folds traditional characters to their mainland simplified forms (臨山 → 临山, 臺 → 台). */
export function toSimplified(text: string): string {
  return traditional.replace(compatibility.replace(text, unchanged), simplifiedCharacter);
}

const syllableList = syllables.split(' ');

function bySyllable(groups: string): Map<string, string> {
  const readings = new Map<string, string>();
  for (const group of groups.split(' ')) {
    const syllable = group.match(/^[a-z]+/)?.[0] ?? '';
    for (const character of group.slice(syllable.length)) readings.set(character, syllable);
  }
  return readings;
}

const extensionReadings = bySyllable(extensionCharactersBySyllable);
const vocabularyReadings = new LongestMatch(
  new Map(
    contextualReadings.split(' ').map((entry) => {
      const word = entry.replace(/[a-z]+$/, '');
      return [word, entry.slice(word.length)];
    }),
  ),
);

function readingOf(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const reading = inUnifiedBlock(code)
    ? syllableList[unifiedReadings.charCodeAt(code - unifiedFirst) - firstSyllableCode]
    : extensionReadings.get(character);
  return reading ?? character;
}

/**
 * Toneless pinyin, no separators, `ü` written `v`, lower case; non-Chinese characters pass through.
 * Each character gets its usual reading (pinyin-pro's, tabled at build time), except the words of
 * the name vocabulary that read differently in context (重庆 chongqing, 银行 yinhang).
 */
export function toPinyin(text: string): string {
  if (text === '') return '';
  return vocabularyReadings
    .replace(text, readingOf)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const hanPattern = /\p{Script=Han}/u;

/** True when the text contains at least one Chinese character. */
export function hasHan(text: string): boolean {
  return hanPattern.test(text);
}
