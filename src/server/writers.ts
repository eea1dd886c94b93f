/**
 * Who is writing to the local server: an ingest into it leaves a note in the server's state
 * directory (`writers/<pid>.json`: pid, command, since, uri) for as long as it runs, so that
 * `meeting-kg neo4j stop` can warn before it stops a server under a running ingest. A note whose
 * process is gone (a killed ingest) is ignored and removed.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { boltUrl, type ServerPaths } from './config.js';
import { readServerInfo } from './local-server.js';
import { PRIVATE_FILE_MODE, makePrivateDir } from './private-files.js';
import { isProcessAlive } from './process.js';

/** An ingest writing to the local server, from its note. */
export interface ServerWriter {
  readonly pid: number;
  /** The command line (program name and arguments, at most 120 characters). */
  readonly command: string;
  /** When it started writing (ISO 8601). */
  readonly since: string;
  /** The Bolt URI it writes to. */
  readonly uri: string;
}

function writersDir(paths: ServerPaths): string {
  return join(paths.stateDir, 'writers');
}

/**
 * True when `uri` reaches the local server these paths describe (the local connection itself, or
 * NEO4J_URI naming its Bolt port on the loopback).
 */
export function isLocalServerUri(paths: ServerPaths, uri: string): boolean {
  const info = readServerInfo(paths);
  if (!info) return false;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  return uri === boltUrl(info.boltPort) || (loopback && /^(bolt|neo4j)(\+s|\+ssc)?:$/.test(url.protocol) && Number(url.port || 7687) === info.boltPort);
}

/** The command line of this process, as a note shows it ("meeting-kg ingest a.jsonl …"). */
function thisCommand(): string {
  const args = process.argv.slice(2).join(' ');
  return `meeting-kg ${args}`.slice(0, 120);
}

/**
 * Notes that this process writes to the local server at `uri`; resolves to the function that
 * removes the note (also removed when the process exits). Never throws: a note that cannot be
 * written only costs `neo4j stop` its warning.
 */
export function registerServerWriter(paths: ServerPaths, uri: string): () => void {
  const file = join(writersDir(paths), `${process.pid}.json`);
  const note: ServerWriter = { pid: process.pid, command: thisCommand(), since: new Date().toISOString(), uri };
  try {
    makePrivateDir(writersDir(paths));
    writeFileSync(file, `${JSON.stringify(note)}\n`, { mode: PRIVATE_FILE_MODE });
  } catch {
    return () => undefined;
  }
  const release = () => {
    process.off('exit', release);
    rmSync(file, { force: true });
  };
  process.on('exit', release);
  return release;
}

/** The live writers of the local server (notes of gone processes removed). */
export function liveServerWriters(paths: ServerPaths): ServerWriter[] {
  let names: string[];
  try {
    names = readdirSync(writersDir(paths));
  } catch {
    return [];
  }
  const out: ServerWriter[] = [];
  for (const name of names.filter((n) => /^\d+\.json$/.test(n)).sort()) {
    const file = join(writersDir(paths), name);
    try {
      const note = JSON.parse(readFileSync(file, 'utf8')) as Partial<ServerWriter>;
      const pid = Number(basename(name, '.json'));
      if (note.pid !== pid || !isProcessAlive(pid) || pid === process.pid) {
        if (!isProcessAlive(pid)) rmSync(file, { force: true });
        continue;
      }
      out.push({ pid, command: String(note.command ?? '?'), since: String(note.since ?? '?'), uri: String(note.uri ?? '?') });
    } catch {
      // Being written, or garbage: not a writer we can name.
    }
  }
  return out;
}

/** "pid 123 (meeting-kg ingest a.jsonl) since 2026-11-30 17:40:02 UTC". */
export function describeServerWriter(writer: ServerWriter): string {
  return `pid ${writer.pid} (${writer.command}) since ${writer.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`;
}
