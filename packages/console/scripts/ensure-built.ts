import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the console (vite build → packages/console/dist) unless dist/index.html is newer than every source
 * file: `./dev start` and the browser test run this, so a fresh checkout gets a build and a second run costs
 * a directory walk. Run as `node packages/console/scripts/ensure-built.ts`.
 */
const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'index.html');

const newest = (path: string): number =>
  statSync(path).isDirectory()
    ? Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
    : statSync(path).mtimeMs;

const sources = ['app', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(root, p));
const stale = !existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
if (stale) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
