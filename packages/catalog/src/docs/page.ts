import { assetNames } from './assets.ts';

export const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * Headers of the HTML pages under /docs. The CSP is the offline promise in the browser's hands too:
 * scripts, styles, fonts and requests from this origin only (Scalar injects its styles, hence inline
 * styles; the try-it client sends to the document's server, `/`, this origin).
 */
export const pageHeaders: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'max-age=300',
};

/** The bar above every docs page: the reference, the guide, the document, the language. */
export function docsBar(args: {
  cityName: string;
  current: 'reference' | 'guide';
  languages: boolean;
}): string {
  const link = (href: string, label: string, here: boolean) =>
    `<a href="${href}"${here ? ' aria-current="page"' : ''}>${label}</a>`;
  const languages = args.languages
    ? `<span class="sme-lang"><a href="?lang=zh-CN" data-lang="zh-CN">中文</a> · <a href="?lang=en" data-lang="en">English</a></span>`
    : '';
  return `<header class="sme-bar"><strong>${escapeHtml(args.cityName)} · 小微企业融资协调平台 API</strong><nav>${link('/docs', 'API 参考 Reference', args.current === 'reference')}${link('/docs/guide', '使用指南 Guide', args.current === 'guide')}${link('/openapi.json', 'OpenAPI JSON', false)}</nav>${languages}</header>`;
}

export const barCss = `.sme-bar{position:sticky;top:0;z-index:1000;box-sizing:border-box;height:44px;display:flex;gap:1.25rem;align-items:center;padding:0 1rem;background:#1f2d3d;color:#fff;font:14px/1.4 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
.sme-bar nav{display:flex;gap:1rem}.sme-bar a{color:#cfe3ff;text-decoration:none}.sme-bar a[aria-current]{color:#fff;text-decoration:underline}.sme-lang{margin-left:auto}`;

/**
 * GET /docs: the bar and the reference, rendered in the browser by Scalar from /openapi.json. Every
 * script comes from /docs/assets (no CDN; the stack must work offline).
 */
export function docsPage(args: { cityName: string }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>API — ${escapeHtml(args.cityName)} 小微企业融资协调平台</title>
<style>${barCss}
:root{--scalar-custom-header-height:44px}body{margin:0}
#app noscript,.sme-noscript{display:block;padding:2rem;font:15px system-ui,sans-serif}</style>
</head>
<body>
${docsBar({ cityName: args.cityName, current: 'reference', languages: true })}
<div id="app"></div>
<noscript><p class="sme-noscript">This page needs JavaScript. 本页需要 JavaScript。The API is described in <a href="/openapi.json">/openapi.json</a>; the guide is at <a href="/docs/guide">/docs/guide</a>.</p></noscript>
<script src="/docs/assets/${assetNames.scalar}"></script>
<script src="/docs/assets/${assetNames.start}"></script>
</body>
</html>
`;
}
