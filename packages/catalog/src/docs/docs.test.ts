import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { manifests } from '../index.ts';
import {
  acceptsGzip,
  assetNames,
  assetResponse,
  docsAssets,
  lambdaResponseLimitBytes,
  scalarBundle,
  scalarVersion,
} from './assets.ts';
import { guidePage, headingSlug, renderMarkdown, siteHref } from './guide.ts';
import { guidePages } from './guide-pages.ts';
import { canonicalTables, guideSections, withGeneratedSections } from './guide-sections.ts';
import { docsPage } from './page.ts';

/** What Lambda would return for an asset: the JSON envelope API Gateway receives. */
const envelopeBytes = (answer: NonNullable<ReturnType<typeof assetResponse>>) =>
  Buffer.byteLength(
    JSON.stringify({
      statusCode: answer.status,
      headers: answer.headers,
      body: typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body).toString('base64'),
      isBase64Encoded: typeof answer.body !== 'string',
    }),
  );

describe('docs/guide.md', () => {
  it('is current: its generated tables match roles.ts, the routes, both state machines and the problem types (regenerate with ./dev node packages/catalog/scripts/write-guide.ts)', () => {
    const stored = readFileSync(guidePages.guide.file.source, 'utf8');
    // Compared with the tables' spacing ignored: `biome format` pads them, the generator does not.
    expect(canonicalTables(withGeneratedSections(stored, guideSections(manifests)))).toBe(
      canonicalTables(stored),
    );
  });

  it('compares tables whatever their padding', () => {
    expect(canonicalTables('| a   | b |\n| :-- | --: |\n|x|  y  |\ntext  |')).toBe(
      '| a | b |\n| :--- | ---: |\n| x | y |\ntext  |',
    );
  });

  it('refuses a guide that lacks a section or names an unknown one', () => {
    const sections = { roles: 'R' };
    expect(
      withGeneratedSections('<!-- generated:roles x -->\nold\n<!-- /generated:roles -->', sections),
    ).toBe('<!-- generated:roles x -->\nR\n<!-- /generated:roles -->');
    expect(() => withGeneratedSections('nothing', sections)).toThrow(/exactly once/);
    expect(() =>
      withGeneratedSections('<!-- generated:nope -->\n<!-- /generated:nope -->', sections),
    ).toThrow(/Unknown generated section "nope"/);
  });

  it('lists every permission with the roles holding it, and every role', () => {
    const sections = guideSections(manifests);
    expect(sections.permissions).toMatch(
      /\| `declaration:sign-off` \| `POST \/v1\/declarations\/\{declarationId\}\/sign-off` \| ✓ \|/,
    );
    expect(sections.roles).toContain('| `guarantor` | 政府性融资担保机构 |');
    expect(sections['push-states']).toContain('| `APPROVED` | 已审批 | `disbursed` → `DISBURSED` |');
  });
});

describe('the renderer asset', () => {
  it('is the installed @scalar/api-reference, whose version names the immutable URL', () => {
    const installed = JSON.parse(
      readFileSync(new URL('../../node_modules/@scalar/api-reference/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const pinned = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(installed.version).toBe(scalarVersion);
    expect(pinned.dependencies['@scalar/api-reference']).toBe(scalarVersion);
  });

  it('fits a Lambda response with room to spare, compressed or not', () => {
    const raw = readFileSync(scalarBundle.source);
    const gzip = assetResponse(assetNames.scalar, 'gzip, deflate, br');
    const identity = assetResponse(assetNames.scalar, undefined);
    if (!gzip || !identity) throw new Error('the renderer asset is not served');
    expect(gunzipSync(gzip.body).equals(raw)).toBe(true);
    expect(identity.body).toBe(raw.toString('utf8'));
    // Browsers get ~1.9 MB; a client without gzip (curl) the whole file, still under the 6 MB limit.
    expect(envelopeBytes(gzip)).toBeLessThan(lambdaResponseLimitBytes / 2);
    expect(envelopeBytes(identity)).toBeLessThan(lambdaResponseLimitBytes - 512 * 1024);
  });

  it('serves only the files the page names, cached for a year', () => {
    expect(Object.keys(docsAssets).sort()).toEqual(Object.values(assetNames).sort());
    expect(assetResponse('../../package.json', 'gzip')).toBeUndefined();
    expect(assetResponse('constructor', 'gzip')).toBeUndefined();
    const start = assetResponse(assetNames.start, 'identity');
    expect(start?.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'accept-encoding',
    });
    expect(start?.body).toContain("url: '/openapi.json'");
  });

  it('reads Accept-Encoding as RFC 9110 does', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('the docs page', () => {
  it('loads its scripts from /docs/assets only, and links the guide', () => {
    const html = docsPage({ cityName: '临山市' });
    const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual([`/docs/assets/${assetNames.scalar}`, `/docs/assets/${assetNames.start}`]);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('href="/docs/guide"');
    expect(html).toContain('临山市');
  });
});

describe('the guide pages', () => {
  it('anchors headings as GitHub does, Chinese kept', () => {
    expect(headingSlug('错误 Errors')).toBe('错误-errors');
    expect(headingSlug('角色与权限 Roles and permissions')).toBe('角色与权限-roles-and-permissions');
    expect(headingSlug('部门与乡镇 Agency (`agency`)')).toBe('部门与乡镇-agency-agency');
  });

  it('turns links to served documents into site links and the rest into plain text', () => {
    const served = ['guide', 'policy-rules'] as const;
    expect(siteHref('policy-rules.md#s1', served)).toBe('/docs/guide/policy-rules#s1');
    expect(siteHref('guide.md', served)).toBe('/docs/guide');
    expect(siteHref('imports.md', served)).toBeUndefined();
    expect(siteHref('../README.md', served)).toBeUndefined();
    expect(siteHref('#errors', served)).toBe('#errors');
    expect(siteHref('/openapi.json', served)).toBe('/openapi.json');
    const html = renderMarkdown(
      'See [rules](policy-rules.md) and [roles](../packages/kernel/src/roles.ts).',
      served,
    );
    expect(html).toContain('<a href="/docs/guide/policy-rules">rules</a>');
    expect(html).toContain('<span class="repo-path" title="../packages/kernel/src/roles.ts">roles</span>');
  });

  it('renders the guide with its tables, and nothing for an unknown page', () => {
    const html = guidePage('guide', '临山市');
    expect(html).toContain('<table>');
    expect(html).toContain('<code>declaration:sign-off</code>');
    expect(html).toContain('id="错误-errors"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(guidePage('nope', '临山市')).toBeUndefined();
    expect(guidePage('__proto__', '临山市')).toBeUndefined();
  });
});
