/**
 * Rewrites the generated sections of docs/guide.md from the code (roles, permissions and their
 * operations, the declaration and push state machines, the problem types). Run after changing any of
 * them: `./dev node packages/catalog/scripts/write-guide.ts`; a test fails until you do.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidePages } from '../src/docs/guide-pages.ts';
import { canonicalTables, guideSections, withGeneratedSections } from '../src/docs/guide-sections.ts';
import { manifests } from '../src/index.ts';

const path = guidePages.guide.file.source;
const before = readFileSync(path, 'utf8');
const after = withGeneratedSections(before, guideSections(manifests));
if (canonicalTables(after) === canonicalTables(before)) {
  console.log(`${path} is current`);
} else {
  writeFileSync(path, after);
  // The repository's formatter pads the tables; the guide's test ignores the padding.
  const root = join(import.meta.dirname, '..', '..', '..');
  execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', path], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`${path} rewritten`);
}
