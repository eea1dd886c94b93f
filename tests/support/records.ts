/**
 * Test inputs made from the seeds (names, bodies, dates varied) and a canonical digest of an
 * embedded graph file: shared by the ingest tests and the reliability suite.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** The two seed articles' texts. */
export const SEEDS = ['haiphong-bcd35-2023-02-06.txt', 'tinh-bcd35-2023-01-05.txt'].map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Đức'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Nam', 'Sơn', 'Tâm', 'Thắng'];

/** Record i as a JSON line: a seed with another chair's name and another day (people repeat across records). */
export function record(i: number): string {
  const name = `${SURNAMES[i % SURNAMES.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`;
  const text = (SEEDS[i % 2] as string).replaceAll('Đỗ Mạnh Hiến', name).replace(/Chiều 6\/2/, `Chiều ${1 + (i % 28)}/${1 + (i % 12)}`);
  return JSON.stringify({ url: `https://tinvidu.vn/thoi-su/hoi-nghi-${i}.html`, title: text.split('\n')[0], published: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15T08:00:00+07:00`, text });
}

/** A hash of every node and edge of an embedded graph file with its attributes, in a canonical order. */
export function digest(file: string): string {
  const g = JSON.parse(readFileSync(file, 'utf8')).graph as { nodes: unknown[]; edges: unknown[] };
  const canon = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));
  const lines = [...g.nodes.map((n) => `N${canon(n)}`), ...g.edges.map((e) => `E${canon(e)}`)].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** The Article nodes of an embedded graph file (0 when it does not exist yet). */
export function articleCount(file: string): number {
  const g = JSON.parse(readFileSync(file, 'utf8')).graph as { nodes: Array<{ attributes?: { label?: string } }> };
  return g.nodes.filter((n) => n.attributes?.label === 'Article').length;
}

/**
 * Like {@link digest}, but blind to the order of ingest: lists of strings (an article list) are
 * compared as sets and an Article's `input` (the file it came from) is left out.
 */
export function contentDigest(file: string): string {
  const g = JSON.parse(readFileSync(file, 'utf8')).graph as { nodes: unknown[]; edges: unknown[] };
  const canon = (v: unknown) =>
    JSON.stringify(v, (k, x: unknown) => {
      if (k === 'input') return undefined;
      if (Array.isArray(x) && x.every((e) => typeof e === 'string')) return [...(x as string[])].sort();
      return x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x;
    });
  const lines = [...g.nodes.map((n) => `N${canon(n)}`), ...g.edges.map((e) => `E${canon(e)}`)].sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
