import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { envNames } from '@sme/runtime';
import { acceptsGzip, type PackagedFile } from './assets.ts';
import { bundledFile } from './bundled-file.ts';

/**
 * The office console (packages/console), built by Vite into its dist/ (`./dev start` and the browser test
 * build it). Served here like /docs: the page at /console, its hashed files at /console/assets/{file}.
 * Without a build the manifest declares no files and the page answers 404 saying how to build it.
 */
const dist = fileURLToPath(new URL('../../../console/dist/', import.meta.url));

export const consoleIndex: PackagedFile = { target: 'console/index.html', source: `${dist}index.html` };

/** The built files (index.html and every asset) as FunctionSpec.files entries. */
export function consoleFiles(): PackagedFile[] {
  if (!existsSync(consoleIndex.source)) return [];
  const assets = existsSync(`${dist}assets`) ? readdirSync(`${dist}assets`) : [];
  return [
    consoleIndex,
    ...assets.map((name) => ({ target: `console/assets/${name}`, source: `${dist}assets/${name}` })),
  ];
}

const types: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/**
 * Same-origin scripts, and calls to this origin and the OpenID provider people sign in with (its discovery
 * and token endpoints: the console exchanges the code itself, with PKCE); Element Plus sets style
 * attributes, hence 'unsafe-inline' for styles.
 */
export function consolePageHeaders(signInOrigins: readonly string[] = []): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      ["connect-src 'self'", ...signInOrigins].join(' '),
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/** What the console needs to send a person to sign in; undefined where the stack has no OpenID provider. */
export function consoleSignIn(
  env: NodeJS.ProcessEnv = process.env,
): { issuer: string; clientId: string; scope: string } | undefined {
  const issuer = env[envNames.oidcIssuer];
  const clientId = env[envNames.oidcConsoleClientId];
  if (!issuer || !clientId) return undefined;
  return { issuer, clientId, scope: env[envNames.oidcConsoleScope] || 'openid profile api' };
}

export function consolePage(): string | undefined {
  const path = bundledFile(consoleIndex);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const loaded = new Map<string, { raw: Buffer; gzip: Buffer }>();

/** A built asset by its hashed name (anything else, or a name with a path in it, is undefined → 404). */
export function consoleAsset(name: string, acceptEncoding: string | undefined) {
  if (!/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith('.')) return undefined;
  const type = types[name.split('.').pop() ?? ''];
  if (!type) return undefined;
  let file = loaded.get(name);
  if (!file) {
    const path = bundledFile({ target: `console/assets/${name}`, source: `${dist}assets/${name}` });
    if (!existsSync(path)) return undefined;
    const raw = readFileSync(path);
    file = { raw, gzip: gzipSync(raw, { level: 9 }) };
    loaded.set(name, file);
  }
  const headers = {
    'content-type': type,
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
  };
  return acceptsGzip(acceptEncoding)
    ? { headers: { ...headers, 'content-encoding': 'gzip' }, body: file.gzip as string | Uint8Array }
    : {
        headers,
        body: type.startsWith('text/') || type === 'image/svg+xml' ? file.raw.toString('utf8') : file.raw,
      };
}
