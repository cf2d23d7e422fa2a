/**
 * GB/T 4754-2017 (国民经济行业分类): the divisions (two-digit codes) of each section letter.
 * A division outside its section's range is a mistyped code; a section-letter filter walks them in order.
 */
export const sectionDivisions: Readonly<Record<string, readonly [number, number]>> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

/** The division codes of a section, in order (`C` → `C13` … `C43`); unknown sections → []. */
export function divisionsOf(section: string): string[] {
  const range = sectionDivisions[section];
  if (!range) return [];
  const out: string[] = [];
  for (let d = range[0]; d <= range[1]; d++) out.push(`${section}${String(d).padStart(2, '0')}`);
  return out;
}
