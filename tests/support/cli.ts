/**
 * Runs the built CLI (dist/cli.js) as a child process, as a user would, and checks that the
 * build is not older than the sources it is tested against.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');

/** What a CLI run printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Throws a clear error when dist/cli.js is missing or older than the neo4j sources (run `npm run build`). */
export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it)');
  const built = statSync(CLI).mtimeMs;
  // Only the sources the `neo4j` commands are built from (others change all the time in a shared tree).
  const sources = [join(ROOT, 'src', 'server'), join(ROOT, 'src', 'cli', 'commands', 'neo4j.ts')];
  const newest = Math.max(...sources.map((path) => (statSync(path).isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)));
  if (newest > built + 1000) throw new Error('dist/ is older than src/server: run `npm run build` first (npm test does it)');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `node dist/cli.js ...args` with exactly this environment. */
export function runCli(args: readonly string[], env: Record<string, string | undefined>, timeoutMs = 240_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** process.env without the variables that would point the CLI at another Neo4j. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'MEETING_KG_HOME', 'MEETING_KG_NEO4J_BOLT_PORT', 'MEETING_KG_NEO4J_HTTP_PORT']) delete env[name];
  return { ...env, ...extra };
}
