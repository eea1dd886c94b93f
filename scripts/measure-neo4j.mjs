#!/usr/bin/env node
// Measures the local Neo4j: cold start (empty jar cache and empty Maven repository), warm first
// start (jars cached, new state), warm restart (existing state), stop time; prints version and
// artifacts. Uses its own temporary directories and free ports; touches nothing else.
// Usage: npm run build && node scripts/measure-neo4j.mjs [--keep-cold-repo]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'mkg-measure-'));
const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const base = { ...process.env };
for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD']) delete base[name];

async function run(label, args, env) {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed (${result.status}): ${result.stderr}`);
  console.log(`${label.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s`);
  return { seconds, stdout: result.stdout };
}

const ports = { MEETING_KG_NEO4J_BOLT_PORT: String(await freePort()), MEETING_KG_NEO4J_HTTP_PORT: String(await freePort()) };
const cache = join(root, 'cache');
const cold = {
  ...base,
  ...ports,
  MEETING_KG_CACHE: cache,
  MEETING_KG_HOME: join(root, 'home-cold'),
  MAVEN_OPTS: `${base.MAVEN_OPTS ?? ''} -Dmaven.repo.local=${join(root, 'm2')}`.trim(),
};
const warm = { ...cold, MEETING_KG_HOME: join(root, 'home-warm') };
try {
  const first = await run('cold start (empty cache + Maven repo)', ['neo4j', 'start', '--json'], cold);
  await run('stop', ['neo4j', 'stop'], cold);
  await run('warm first start (jars cached, new state)', ['neo4j', 'start', '--json'], warm);
  await run('stop', ['neo4j', 'stop'], warm);
  await run('warm restart (existing state)', ['neo4j', 'start', '--json'], warm);
  await run('start again while running (reuse)', ['neo4j', 'start', '--json'], warm);
  await run('stop', ['neo4j', 'stop'], warm);
  const manifest = JSON.parse(readFileSync(join(cache, `neo4j-${JSON.parse(first.stdout).version}`, 'manifest.json'), 'utf8'));
  console.log(`Neo4j ${manifest.version}; artifacts: ${manifest.artifacts.join(', ')}`);
  console.log(`jar cache: ${manifest.jarCount} jars, ${(manifest.totalBytes / 1048576).toFixed(1)} MiB, Maven resolve ${(manifest.resolveMs / 1000).toFixed(1)} s`);
  console.log(`Maven repository after cold resolve: ${execFileSync('du', ['-sh', join(root, 'm2')], { encoding: 'utf8' }).split('\t')[0]}`);
} finally {
  for (const env of [cold, warm]) spawnSync(process.execPath, [cli, 'neo4j', 'stop'], { env });
  rmSync(root, { recursive: true, force: true });
}
