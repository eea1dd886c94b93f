/**
 * `meeting-kg neo4j stop` under a running ingest (the built CLI against the suite's local server,
 * in its MEETING_KG_HOME): it refuses, naming the ingest (pid, command, since), and the server keeps
 * running; `--force` stops it with a warning naming the same run (a note left by a killed ingest is
 * not named), and that ingest then stops with its one clear line, exit 4. The server is started
 * again at the end (the rest of the suite uses it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveServerPaths, startLocalServer } from '../../src/server/index.js';
import { record } from '../support/records.js';
import { adminDriver, cliEnv, figure, reliabilityNeo4j, runCli, startCli, waitFor, type ReliabilityNeo4j } from './support.js';

const info = reliabilityNeo4j();
const dir = mkdtempSync(join(tmpdir(), 'mkg-stop-'));
const MARK = 'SLOW-ARTICLE-7f3a';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function articlesIn(neo: ReliabilityNeo4j, ids: readonly string[]): Promise<number> {
  const driver = adminDriver(neo);
  try {
    const res = await driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n', { ids });
    return Number(res.records[0]?.get('n'));
  } finally {
    await driver.close();
  }
}

describe.skipIf(!info)('neo4j stop while an ingest writes', () => {
  it('refuses naming the ingest; --force stops it with a warning, and the ingest stops with its clear line (exit 4)', async () => {
    const neo = info as ReliabilityNeo4j;
    // The local server of the suite's home, found as `meeting-kg` finds it (no NEO4J_URI).
    const env = cliEnv({ MEETING_KG_HOME: neo.home, MEETING_KG_NEO4J_BOLT_PORT: String(neo.boltPort), MEETING_KG_NEO4J_HTTP_PORT: String(neo.httpPort) });
    const paths = resolveServerPaths(env);
    // 50 records, the 41st marked with the documented test hook (its extraction spins for a minute,
    // within a budget of 300 s, extracted in the worker thread): the first 30 are written in batches of 5, then the run waits on that article.
    const ids = Array.from({ length: 30 }, (_v, i) => `url:tinvidu.vn/thoi-su/hoi-nghi-${7000 + i}.html`);
    const lines = Array.from({ length: 50 }, (_v, i) => {
      if (i !== 40) return record(7000 + i);
      const r = JSON.parse(record(7000 + i)) as { text: string };
      return JSON.stringify({ ...r, text: r.text.replace('. ', `. ${MARK} `) });
    });
    const file = join(dir, 'held.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const ingest = startCli(['ingest', file, '--store', 'neo4j', '--batch-size', '5', '--jobs', '1', '--article-timeout', '300', '--quiet'], { env: { ...env, MEETING_KG_TEST_SLOW_ARTICLE: MARK }, timeoutMs: 300_000 });
    const pid = ingest.child.pid as number;
    const note = join(paths.stateDir, 'writers', `${pid}.json`);
    await waitFor(() => existsSync(note) || ingest.child.exitCode !== null, 60_000, 'the ingest to note itself as a writer');
    for (const deadline = Date.now() + 120_000; Date.now() < deadline && ingest.child.exitCode === null; ) {
      if ((await articlesIn(neo, ids)) >= 30) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(ingest.child.exitCode, ingest.err()).toBeNull();

    const refused = await runCli(['neo4j', 'stop'], { env, timeoutMs: 60_000 });
    expect(refused.code).toBe(1);
    const said = refused.err.trim().split('\n');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(new RegExp(`^meeting-kg: not stopping Neo4j: an ingest is writing to it \\(pid ${pid} \\(meeting-kg ingest \\S+held\\.jsonl --store neo4j .*\\) since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\); .*meeting-kg neo4j stop --force`));
    // Still running and answering.
    expect(await articlesIn(neo, ids)).toBe(30);

    // A note left by a killed ingest (its pid gone) is not a writer.
    mkdirSync(join(paths.stateDir, 'writers'), { recursive: true });
    writeFileSync(join(paths.stateDir, 'writers', '999999.json'), JSON.stringify({ pid: 999999, command: 'meeting-kg ingest killed.jsonl', since: new Date().toISOString(), uri: neo.uri }));
    const forced = await runCli(['neo4j', 'stop', '--force', '--timeout', '60'], { env, timeoutMs: 120_000 });
    expect(forced.code, forced.err).toBe(0);
    expect(forced.err).toMatch(new RegExp(`warning: stopping Neo4j while an ingest is writing to it \\(pid ${pid} \\(meeting-kg ingest`));
    expect(forced.err).not.toMatch(/999999/);
    expect(existsSync(join(paths.stateDir, 'writers', '999999.json'))).toBe(false);
    expect(forced.out).toMatch(/stopped cleanly|killed after/);

    // Once its article is extracted, the ingest's next batch finds no server: its one clear line, what was committed, exit 4.
    const end = await ingest.done;
    expect(end.code, end.err).toBe(4);
    expect(end.err.trim().split('\n').at(-1)).toMatch(/^meeting-kg: stopped: Neo4j at bolt:\/\/127\.0\.0\.1:\d+: the server does not answer .*run `meeting-kg neo4j start`.*; 30 article\(s\) of this run were committed before it/);
    expect(existsSync(note)).toBe(false);
    figure('neo4j stop under a running ingest', `refused naming pid ${pid}; --force stopped it, then the ingest stopped on its next batch, exit 4, 30 committed`);

    // The suite's server again, for the other files.
    const again = await startLocalServer({ env: env as NodeJS.ProcessEnv });
    expect(again.info.boltPort).toBe(neo.boltPort);
  }, 400_000);
});
