import { usccCheckCharacter } from '@sme/kernel';

/** A district of the demo city (linshan) whose townships the bench enterprises sit in. */
export const benchDistrict = '999101';
export const benchTownships = ['999101001', '999101002'] as const;

/**
 * A valid USCC that no other bench run produces: `series` (two letters of the USCC alphabet, one per
 * run and section) plus a 7-digit counter make the 9-character organisation code.
 */
export function benchUscc(series: string, n: number): string {
  const first17 = `91${benchDistrict}${series}${String(n).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** The series letters: the USCC alphabet without digits, so every run gets its own prefix. */
const letters = 'ABCDEFGHJKLMNPQRTUWXY';
let next = 0;

/** A fresh two-letter series for this process (21 × 21 of them). */
export function freshSeries(): string {
  const i = next++;
  return `${letters[Math.floor(i / letters.length) % letters.length]}${letters[i % letters.length]}`;
}
