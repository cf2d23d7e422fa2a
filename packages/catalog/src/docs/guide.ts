import { existsSync, readFileSync } from 'node:fs';
import { Marked, type Tokens } from 'marked';
import { bundledFile } from './bundled-file.ts';
import { type GuidePage, guidePages, guidePageUrl } from './guide-pages.ts';
import { barCss, docsBar, escapeHtml } from './page.ts';

/** The pages whose document is in the repository (a page being written may not be there yet). */
export const availablePages = (): GuidePage[] =>
  (Object.keys(guidePages) as GuidePage[]).filter((p) => existsSync(bundledFile(guidePages[p].file)));

const isGuidePage = (name: string): name is GuidePage => Object.hasOwn(guidePages, name);

/** GitHub's anchor for a heading: lower case, punctuation dropped (CJK kept), spaces to hyphens. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Where a Markdown link goes on the site: a served page, an anchor or an outside URL; undefined: not served. */
export function siteHref(href: string, served: readonly GuidePage[]): string | undefined {
  if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  if (href.startsWith('/docs') || href === '/openapi.json') return href;
  const match = /^(?:\.\/)?(?:docs\/)?([\w-]+)\.md(#.*)?$/.exec(href);
  const name = match?.[1];
  if (name === undefined || !isGuidePage(name) || !served.includes(name)) return undefined;
  return `${guidePageUrl(name)}${match?.[2] ?? ''}`;
}

/** Markdown → HTML body, with heading anchors and links rewritten for the site. */
export function renderMarkdown(markdown: string, served: readonly GuidePage[]): string {
  const slugs = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        const base = headingSlug(token.text);
        const seen = slugs.get(base) ?? 0;
        slugs.set(base, seen + 1);
        const id = seen === 0 ? base : `${base}-${seen}`;
        const inner = this.parser.parseInline(token.tokens);
        return `<h${token.depth} id="${escapeHtml(id)}"><a class="anchor" href="#${escapeHtml(id)}">#</a>${inner}</h${token.depth}>\n`;
      },
      link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Link) {
        const inner = this.parser.parseInline(token.tokens);
        const href = siteHref(token.href, served);
        if (href === undefined)
          return `<span class="repo-path" title="${escapeHtml(token.href)}">${inner}</span>`;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        return `<a href="${escapeHtml(href)}"${title}>${inner}</a>`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

const guideCss = `body{margin:0;color:#1b2330;background:#fff}
main{max-width:64rem;margin:0 auto;padding:1.5rem 1.25rem 4rem;font:15px/1.65 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
h1,h2,h3{line-height:1.3}h2{margin-top:2.5rem;border-bottom:1px solid #e3e8ef;padding-bottom:.3rem}
.anchor{float:left;margin-left:-1.1em;padding-right:.2em;color:#9aa7b8;text-decoration:none;visibility:hidden}h1:hover .anchor,h2:hover .anchor,h3:hover .anchor,h4:hover .anchor{visibility:visible}
table{border-collapse:collapse;margin:1rem 0;font-size:14px;display:block;overflow-x:auto}th,td{border:1px solid #d5dce6;padding:.3rem .55rem;text-align:left;vertical-align:top}th{background:#f3f6fa}
code{background:#f3f5f8;padding:.05rem .3rem;border-radius:3px;font-size:.9em}pre{background:#f3f5f8;padding:.8rem;overflow-x:auto}pre code{background:none;padding:0}
.repo-path{border-bottom:1px dotted #9aa7b8}blockquote{margin:1rem 0;padding:.2rem 1rem;border-left:4px solid #cfd8e3;color:#44516a}
a{color:#0b5cad}`;

/** One guide page as HTML, or undefined when it is not served (unknown, or not written yet). */
export function guidePage(name: string, cityName: string): string | undefined {
  if (!isGuidePage(name)) return undefined;
  const served = availablePages();
  if (!served.includes(name)) return undefined;
  const page = guidePages[name];
  const body = renderMarkdown(readFileSync(bundledFile(page.file), 'utf8'), served);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(page.title)} — ${escapeHtml(cityName)} 小微企业融资协调平台</title>
<style>${barCss}
${guideCss}</style>
</head>
<body>
${docsBar({ cityName, current: 'guide', languages: false })}
<main>
${body}
</main>
</body>
</html>
`;
}
