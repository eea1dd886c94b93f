import { defineConfig } from 'vitest/config';

/**
 * The reliability suite (`npm run test:reliability`, run by .ci/run after `npm test`): crash,
 * fault, concurrency, fuzz, hostile-query and secret tests. Loopback only; one throwaway Neo4j
 * on free ports in a temporary home (tests/reliability/setup.ts); each file bounded in time and count.
 */
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    globalSetup: ['tests/reliability/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two cores shared with others: files run one after another.
    fileParallelism: false,
  },
});
