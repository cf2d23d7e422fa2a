import { httpHandler } from '@sme/runtime';
import { docsRoutes } from '../docs-manifest.ts';
import { manifests } from '../index.ts';
import { openApiDocument } from '../openapi.ts';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * GET /docs — a self-contained HTML page listing every operation (no CDN assets: the stack must
 * work offline). The machine-readable source is /openapi.json.
 */
export function docsPage(): string {
  const doc = openApiDocument(manifests, { title: 'SME financing platform', version: '1' });
  const sections = Object.entries(doc.paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const o = op as {
          summary: string;
          description?: string;
          parameters: { name: string; in: string }[];
          responses: Record<string, { description: string }>;
        };
        const params = o.parameters.map((p) => `<code>${escapeHtml(p.name)}</code> (${p.in})`).join(', ');
        const responses = Object.entries(o.responses)
          .map(([s, r]) => `<li><b>${s}</b> ${escapeHtml(r.description)}</li>`)
          .join('');
        return `<section><h2><span class="m">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h2><p>${escapeHtml(o.summary)}</p>${o.description ? `<p>${escapeHtml(o.description)}</p>` : ''}${params ? `<p>Parameters: ${params}</p>` : ''}<ul>${responses}</ul></section>`;
      }),
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API — SME financing platform</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}section{border-top:1px solid #ddd;padding:.5rem 0}.m{background:#234;color:#fff;padding:0 .4rem;border-radius:3px;font-size:.8em}code{background:#f4f4f4;padding:0 .2rem}</style></head>
<body><h1>SME financing platform API</h1><p>Authenticate with the <code>x-api-key</code> header. Errors are <code>application/problem+json</code> (RFC 9457) with <code>errors[].path</code> naming each bad field. POST accepts <code>Idempotency-Key</code>. The OpenAPI 3.1 document is at <a href="/openapi.json">/openapi.json</a>.</p>
${sections}</body></html>`;
}

let page: string | undefined;

export const handler = httpHandler(docsRoutes.docs, async () => {
  page ??= docsPage();
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, rawBody: page };
});
