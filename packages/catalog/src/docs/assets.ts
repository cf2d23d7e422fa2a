import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundledFile } from './bundled-file.ts';

/**
 * The renderer of /docs: Scalar's API reference, its prebuilt browser bundle (one script with its styles,
 * no CDN). Pinned exactly in packages/catalog/package.json; a test checks this matches the installed one,
 * because the version is part of the asset's URL (cached for a year, immutable).
 */
export const scalarVersion = '1.76.4';

/** A file of the docs page that lives in a package: copied into the deployment package by infra. */
export interface PackagedFile {
  /** Path in the deployment package (FunctionSpec.files key). */
  target: string;
  /** Absolute path in the repository. */
  source: string;
}

export const scalarBundle: PackagedFile = {
  target: 'docs-assets/scalar-api-reference.js',
  source: fileURLToPath(
    new URL('../../node_modules/@scalar/api-reference/dist/browser/standalone.js', import.meta.url),
  ),
};

/**
 * Our own start-up script (a file, not inline, so the page's CSP allows scripts from 'self' only):
 * picks the language (`?lang=zh-CN|en`, else the browser's), and mounts the reference on /openapi.json
 * with everything that would reach outside turned off — web fonts, telemetry, the AI agent, MCP.
 */
export const startScript = `(() => {
  const asked = new URLSearchParams(location.search).get('lang');
  const browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const locale = asked === 'en' || asked === 'zh-CN' ? asked : browser.some((l) => /^zh/i.test(l)) ? 'zh-CN' : 'en';
  document.documentElement.lang = locale;
  for (const link of document.querySelectorAll('[data-lang]')) {
    if (link.getAttribute('data-lang') === locale) link.setAttribute('aria-current', 'true');
  }
  Scalar.createApiReference('#app', {
    url: '/openapi.json',
    localization: { locale },
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: 'never',
    documentDownloadType: 'json',
    persistAuth: false,
    modelsSectionLabel: 'Schemas',
    orderRequiredPropertiesFirst: true,
  });
})();
`;

const short = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

interface Asset {
  contentType: string;
  read: () => Buffer;
}

/** The files GET /docs/assets/{file} serves, by their versioned names (anything else is 404). */
export const docsAssets: Readonly<Record<string, Asset>> = {
  [`scalar-api-reference-${scalarVersion}.js`]: {
    contentType: 'text/javascript; charset=utf-8',
    read: () => readFileSync(bundledFile(scalarBundle)),
  },
  [`docs-start-${short(startScript)}.js`]: {
    contentType: 'text/javascript; charset=utf-8',
    read: () => Buffer.from(startScript, 'utf8'),
  },
};

/** The names the page links, so the page and the asset route cannot disagree. */
export const assetNames = {
  scalar: `scalar-api-reference-${scalarVersion}.js`,
  start: `docs-start-${short(startScript)}.js`,
} as const;

/** Lambda's limit on a synchronous response (the JSON envelope included): 6 MB. */
export const lambdaResponseLimitBytes = 6 * 1024 * 1024;

export interface AssetResponse {
  status: 200;
  headers: Record<string, string>;
  /** The file's text, or its gzip bytes (the runtime sends bytes base64-encoded, API Gateway decodes them). */
  body: string | Uint8Array;
}

const loaded = new Map<string, { raw: Buffer; gzip: Buffer }>();

/**
 * The answer for one asset, or undefined when there is no such file. A client that accepts gzip (every
 * browser) gets it compressed — API Gateway's HTTP API does not compress — so 4.9 MB of script goes out
 * as 1.4 MB. Each file is read and compressed once per process, on its first request (≈ 0.25 s), so the
 * function's cold start does not pay for it.
 */
export function assetResponse(name: string, acceptEncoding: string | undefined): AssetResponse | undefined {
  if (!Object.hasOwn(docsAssets, name)) return undefined;
  const asset = docsAssets[name] as Asset;
  let file = loaded.get(name);
  if (!file) {
    const raw = asset.read();
    file = { raw, gzip: gzipSync(raw, { level: 9 }) };
    loaded.set(name, file);
  }
  const headers = {
    'content-type': asset.contentType,
    // The name changes with the content (version or hash), so a browser never has to ask again.
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
  };
  return acceptsGzip(acceptEncoding)
    ? { status: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: file.gzip }
    : { status: 200, headers, body: file.raw.toString('utf8') };
}

/** Whether the request accepts gzip: `gzip` (or `x-gzip`) with a non-zero q, else `*` with one (RFC 9110 §12.5.3). */
export function acceptsGzip(header: string | undefined): boolean {
  const codings = new Map(
    (header ?? '').split(',').map((part) => {
      const [coding = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [coding.trim(), q === undefined ? 1 : Number(q.slice(2))] as const;
    }),
  );
  const q = codings.get('gzip') ?? codings.get('x-gzip') ?? codings.get('*') ?? 0;
  return q > 0;
}
