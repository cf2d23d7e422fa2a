import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chinaDivisionTableSource } from './china-divisions-table.ts';
import { hanPinyinTableSource } from './han-pinyin-table.ts';
import { hanSimplifiedTableSource } from './han-simplified-table.ts';

const domain = join(import.meta.dirname, '..', 'src', 'domain');
const targets = [
  [join(domain, 'china-divisions.generated.ts'), chinaDivisionTableSource()],
  [join(domain, 'han-pinyin.generated.ts'), hanPinyinTableSource()],
  [join(domain, 'han-simplified.generated.ts'), hanSimplifiedTableSource()],
] as const;
for (const [target, source] of targets) writeFileSync(target, source);
execFileSync('pnpm', ['exec', 'biome', 'format', '--write', ...targets.map(([t]) => t)], {
  stdio: 'inherit',
});
