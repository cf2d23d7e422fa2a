import { fileURLToPath } from 'node:url';
import type { PackagedFile } from './assets.ts';

const repoFile = (path: string): PackagedFile => ({
  target: path,
  source: fileURLToPath(new URL(`../../../../${path}`, import.meta.url)),
});

/**
 * The Markdown documents served under /docs/guide, rendered to HTML: the guide itself at /docs/guide,
 * the others at /docs/guide/<name>. Links between them work on both sides (relative `.md` links in the
 * repository, /docs/guide/… on the site); a link to a file that is not served stays plain text.
 */
export const guidePages = {
  guide: { title: '使用指南 Guide', file: repoFile('docs/guide.md') },
  imports: { title: '批量导入 Imports (CSV / Excel)', file: repoFile('docs/imports.md') },
  'policy-rules': { title: '政策规则 Policy rules', file: repoFile('docs/policy-rules.md') },
  'api-docs': { title: '关于文档站 About these docs', file: repoFile('docs/api-docs.md') },
} as const satisfies Record<string, { title: string; file: PackagedFile }>;

export type GuidePage = keyof typeof guidePages;

export const guidePageUrl = (page: GuidePage) => (page === 'guide' ? '/docs/guide' : `/docs/guide/${page}`);
