/**
 * A problem+json answer (RFC 9457) turned into what a form shows: the headline for the alert and each
 * failing field's message by its path (`body.adjustments.0`), so the message sits beside that field and
 * nothing the person typed is cleared.
 */
export interface ShownProblem {
  title: string;
  /** Message by field path, as the API named it. */
  fields: Record<string, string>;
}

export function showProblem(error: unknown): ShownProblem {
  if (!error || typeof error !== 'object') return { title: String(error), fields: {} };
  const p = error as { title?: string; detail?: string; errors?: { path?: string; message?: string }[] };
  const fields: Record<string, string> = {};
  for (const e of p.errors ?? []) {
    if (!e.path) continue;
    fields[e.path] = fields[e.path] ? `${fields[e.path]}；${e.message ?? ''}` : (e.message ?? '');
  }
  return { title: p.detail ?? p.title ?? '请求失败', fields };
}

/**
 * The message for a field and everything under it (`body.opinions` also shows `body.opinions.0.note`'s
 * message when no row shows it), with the path named so the person can match it to the API's answer.
 */
export function fieldMessage(problem: ShownProblem | undefined, path: string): string {
  if (!problem) return '';
  return Object.entries(problem.fields)
    .filter(([p]) => p === path || p.startsWith(`${path}.`))
    .map(([p, m]) => `${p}: ${m}`)
    .join('；');
}

/** The message for exactly this path (not its children), path named. */
export function exactMessage(problem: ShownProblem | undefined, path: string): string {
  const message = problem?.fields[path];
  return message === undefined ? '' : `${path}: ${message}`;
}

/** Fen (integer) as 万元 with up to 2 places, the unit banks and the office speak in. */
export const wanYuan = (fen: number | string): string => {
  const value = typeof fen === 'string' ? Number(fen) : fen;
  return (value / 1_000_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
};

/** Today in Asia/Shanghai (the platform's business dates), as YYYY-MM-DD. */
export const shanghaiToday = (now = new Date()): string =>
  new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
