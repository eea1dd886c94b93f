import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The reliability suite has its own config and run (npm run test:reliability).
    exclude: ['**/node_modules/**', 'tests/reliability/**'],
    // One real Neo4j per run (env → running local server → Docker → local Java server); skipped
    // when only tests/unit/ is selected. See tests/setup/neo4j.ts.
    globalSetup: ['tests/setup/chromium.ts', 'tests/setup/neo4j.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
