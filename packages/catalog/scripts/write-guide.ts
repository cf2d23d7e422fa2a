/**
 * Rewrites the generated sections of docs/guide.md from the code (roles, permissions and their
 * operations, the declaration and push state machines, the problem types). Run after changing any of
 * them: `./dev node packages/catalog/scripts/write-guide.ts`; a test fails until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { guidePages } from '../src/docs/guide-pages.ts';
import { guideSections, withGeneratedSections } from '../src/docs/guide-sections.ts';
import { manifests } from '../src/index.ts';

const path = guidePages.guide.file.source;
const before = readFileSync(path, 'utf8');
const after = withGeneratedSections(before, guideSections(manifests));
if (after === before) {
  console.log(`${path} is current`);
} else {
  writeFileSync(path, after);
  console.log(`${path} rewritten`);
}
