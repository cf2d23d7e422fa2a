import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'services/*/src/**/*.test.ts',
      'infra/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    // Integration tests share one DynamoDB Local and one fauxqs per worker; two cores here.
    pool: 'forks',
    // fauxqs loads node:sqlite, which warns on every process start.
    execArgv: ['--disable-warning=ExperimentalWarning'],
    // Failures under test are expected and asserted; their log lines are noise here.
    env: { POWERTOOLS_LOG_LEVEL: 'SILENT' },
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
