/**
 * Neo4j Browser ready at first open. The local server serves the Browser from its web directory
 * (`internal.dbms.web_dir_path`, a `neo4j-browser.zip` there replaces the Browser jar's copy), so
 * at every start we write that archive: the Browser 5.24 jar's own files plus
 * `browser/meeting-kg/style.grass` (cypher/style.grass) and `browser/meeting-kg/guide.html` (a
 * `:play` guide of the questions in cypher/*.cypher). `browser.post_connect_cmd` runs
 * `:style <url>` and `:play <url>` on them after the login; both are same-origin fetches from the
 * server itself, allowed by `browser.remote_content_hostname_whitelist`.
 *
 * Nothing leaves the machine. On Community the Browser ignores `browser.allow_outgoing_connections`
 * (an Enterprise setting that 5.26 Community refuses; the Browser's `shouldAllowOutgoingConnections`
 * is true for any non-Enterprise server) and, once connected, loads Segment's and Canny's scripts;
 * Sentry gets its sessions and traces whatever the telemetry setting; its style sheet imports
 * Google Fonts at every open. So the archive we serve is patched
 * ({@link BROWSER_PATCHES}): outgoing connections are off whatever the edition, Sentry has no DSN, the font import is
 * gone (the Browser's own fallback fonts are used), and the `preview/` UI (which loads its own
 * analytics) is left out. `client.allow_telemetry=false` and `dbms.usage_report.enabled=false` stay
 * in neo4j.conf for the server's side.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { LOCAL_HOST, type ServerPaths, type ServerPorts } from './config.js';

/** Where the extra files are served under the Browser. */
export const BROWSER_EXTRAS_PATH = 'meeting-kg';
/** The archive's name: the unversioned name the server's Browser module accepts. */
export const BROWSER_ARCHIVE = 'neo4j-browser.zip';

/** The project's cypher/ folder (style sheet and question files). */
function cypherDir(): string {
  return fileURLToPath(new URL('../../cypher/', import.meta.url));
}

/** The web directory of a server's state. */
export function webDir(paths: ServerPaths): string {
  return join(paths.stateDir, 'web');
}

/** URLs of the style sheet and the guide on a server listening on `ports.http`. */
export function browserExtraUrls(ports: ServerPorts): { style: string; guide: string } {
  const base = `http://${LOCAL_HOST}:${ports.http}/browser/${BROWSER_EXTRAS_PATH}`;
  return { style: `${base}/style.grass`, guide: `${base}/guide.html` };
}

/** The neo4j.conf lines that open the Browser ready (style, guide) and silent (no usage data, no outgoing calls). */
export function browserConfLines(paths: ServerPaths, ports: ServerPorts): string[] {
  const { style, guide } = browserExtraUrls(ports);
  return [
    '# Neo4j Browser: served from our archive (the Browser jar + style + guide), styled and guided at login.',
    `internal.dbms.web_dir_path=${webDir(paths)}`,
    `browser.post_connect_cmd=style ${style}; play ${guide}`,
    `browser.remote_content_hostname_whitelist=${LOCAL_HOST}`,
    // `browser.allow_outgoing_connections` is an Enterprise setting (5.26 Community's strict
    // validation refuses it): the served Browser is patched instead (BROWSER_PATCHES).
    '# Nothing is sent anywhere: no Browser telemetry (usage reports are off above); the Browser we serve',
    '# is patched to make no outgoing connection (Community ignores browser.allow_outgoing_connections).',
    'client.allow_telemetry=false',
  ];
}

/** One textual patch of the Browser's bundled files: every file whose name matches gets `find` replaced. */
export interface BrowserPatch {
  /** What it does, for the error when it no longer applies. */
  readonly why: string;
  readonly file: RegExp;
  readonly find: RegExp;
  readonly replace: string;
}

/**
 * The patches that keep Neo4j Browser 5.24 from reaching anything but its server. Each must apply
 * to at least one file, or writing the archive fails (a new Browser version needs new patches).
 */
export const BROWSER_PATCHES: readonly BrowserPatch[] = [
  {
    why: 'outgoing connections (Segment analytics, Canny feedback widget, remote guides) off on Community too',
    file: /^browser\/app-[0-9a-f]+\.js$/,
    find: /\.shouldAllowOutgoingConnections=e=>[^,]+\|\|t\.getAllowOutgoingConnections\(e\)/g,
    replace: '.shouldAllowOutgoingConnections=e=>!1',
  },
  {
    why: 'no Sentry crash reports or performance traces (an empty DSN leaves Sentry disabled)',
    file: /^browser\/app-[0-9a-f]+\.js$/,
    find: /dsn:"https:\/\/[0-9a-f]+@[a-z0-9.]+\.sentry\.io\/[0-9]+"/g,
    replace: 'dsn:""',
  },
  {
    why: 'no Google Fonts import in the style sheet',
    file: /^browser\/ui-libs-[0-9a-f]+\.bundle\.js$/,
    find: /@import url\(https:\/\/fonts\.googleapis\.com\/[^)]*\);/g,
    replace: '',
  },
];

/** Parts of the Browser jar left out of the archive: the preview UI, which loads its own analytics. */
const LEFT_OUT = /^browser\/preview\//;

/** Applies {@link BROWSER_PATCHES} to the Browser's files in place. Throws when a patch finds nothing. */
export function patchBrowserFiles(files: Record<string, Uint8Array>): void {
  for (const patch of BROWSER_PATCHES) {
    let applied = 0;
    for (const name of Object.keys(files)) {
      if (!patch.file.test(name)) continue;
      const text = Buffer.from(files[name]!).toString('utf8');
      const patched = text.replace(patch.find, patch.replace);
      if (patched !== text) {
        files[name] = new Uint8Array(Buffer.from(patched, 'utf8'));
        applied++;
      }
    }
    if (applied === 0) throw new Error(`the Neo4j Browser patch "${patch.why}" found nothing to change: the Browser jar is not the version meeting-kg knows (5.24.0)`);
  }
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One question file: its title (first comment sentence), its notes and its Cypher. */
interface Question { file: string; title: string; notes: string[]; cypher: string }

/** The text up to the first ': ' or '. ' outside brackets (the question itself). */
function firstClause(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ':' || c === '.') && (i + 1 === text.length || text[i + 1] === ' ')) return text.slice(0, i);
  }
  return text.replace(/\.$/, '');
}

function questions(): Question[] {
  const dir = cypherDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
    .sort()
    .map((file) => {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      const comments = lines.filter((l) => l.startsWith('//')).map((l) => l.replace(/^\/\/ ?/, ''));
      const firstBlank = comments.findIndex((l) => l.trim() === '');
      const head = (firstBlank < 0 ? comments : comments.slice(0, firstBlank)).join(' ');
      return {
        file,
        title: firstClause(head),
        notes: firstBlank < 0 ? [] : comments.slice(firstBlank + 1).filter((l) => /^\s+\$/.test(l)).map((l) => l.trim()),
        cypher: lines.filter((l) => !l.startsWith('//')).join('\n').trim(),
      };
    });
}

/** The `:play` guide: a first slide to look at the graph, then one slide per question file. */
export function guideHtml(): string {
  const slide = (title: string, body: string) => `<slide class="row-fluid">\n<div class="col-sm-12">\n<h3>${escapeHtml(title)}</h3>\n${body}\n</div>\n</slide>`;
  const runnable = (q: string) => `<pre mode="cypher" class="pre-scrollable code runnable">${escapeHtml(q)}</pre>`;
  const qs = questions();
  const first = slide('meeting-kg: the common questions', [
    '<p>The knowledge graph of Vietnamese government meetings: who chaired which committee and when, who attended, who held which post. Click a query to put it in the editor, then run it.</p>',
    runnable('// Who chaired which committee and when\nMATCH (p:Person)-[c:CHAIRED]->(m:Meeting)-[o:ORGANIZED_BY]->(b:Organization) RETURN p, c, m, o, b LIMIT 100'),
    `<ol class="meeting-kg-questions">${qs.map((q) => `<li>${escapeHtml(q.title)}</li>`).join('')}</ol>`,
    '<p>Parameters (<code>$from</code>, <code>$personId</code>, …) are set with <code>:param</code>, e.g. <code>:param from =&gt; \'2023-01-01\'</code>.</p>',
  ].join('\n'));
  const rest = qs.map((q) => slide(q.title, [
    q.notes.length ? `<p>Parameters: ${q.notes.map((n) => `<code>${escapeHtml(n)}</code>`).join('; ')}</p>` : '',
    runnable(q.cypher),
    `<p><small>cypher/${escapeHtml(q.file)}</small></p>`,
  ].join('\n')));
  return `<article class="guide">\n<carousel class="deck container-fluid">\n${[first, ...rest].join('\n')}\n</carousel>\n</article>\n`;
}

/**
 * Writes `<state>/web/neo4j-browser.zip`: the Browser jar's `browser/` files, patched to send
 * nothing anywhere, with the style sheet and the guide added (the `browser/` folder entry first: the server extracts the archive and
 * serves its first entry). Rewritten only when its content changes. Throws when the Browser jar
 * is missing from the cache.
 */
export function writeBrowserArchive(paths: ServerPaths): string {
  const jar = readdirSync(paths.libDir).find((f) => /^neo4j-browser-.*\.jar$/.test(f));
  if (!jar) throw new Error(`no neo4j-browser jar in ${paths.libDir}: delete the cache folder to fetch the jars again`);
  const style = readFileSync(join(cypherDir(), 'style.grass'));
  const guide = Buffer.from(guideHtml(), 'utf8');
  const patches = BROWSER_PATCHES.map((p) => `${p.file.source} ${p.find.source} ${p.replace}`).join('\n');
  const hash = createHash('sha256').update(jar).update(style).update(guide).update(patches).digest('hex').slice(0, 16);
  const dir = webDir(paths);
  const target = join(dir, BROWSER_ARCHIVE);
  const stamp = join(dir, `${BROWSER_ARCHIVE}.sha`);
  if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return target;
  const files = unzipSync(readFileSync(join(paths.libDir, jar)), { filter: (f) => f.name.startsWith('browser/') && !LEFT_OUT.test(f.name) });
  patchBrowserFiles(files);
  const tree: Zippable = {};
  // Directory entries before their files (the server creates folders one level at a time).
  const names = Object.keys(files).sort((a, b) => (a.endsWith('/') === b.endsWith('/') ? a.localeCompare(b) : a.endsWith('/') ? -1 : 1));
  for (const name of names) tree[name] = files[name]!;
  tree[`browser/${BROWSER_EXTRAS_PATH}/`] = new Uint8Array(0);
  tree[`browser/${BROWSER_EXTRAS_PATH}/style.grass`] = new Uint8Array(style);
  tree[`browser/${BROWSER_EXTRAS_PATH}/guide.html`] = new Uint8Array(guide);
  const ordered: Zippable = { 'browser/': new Uint8Array(0) };
  for (const name of Object.keys(tree).sort((a, b) => (a.endsWith('/') === b.endsWith('/') ? a.localeCompare(b) : a.endsWith('/') ? -1 : 1))) {
    if (name !== 'browser/') ordered[name] = tree[name]!;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, zipSync(ordered, { level: 6 }), { mode: 0o600 });
  renameSync(tmp, target);
  writeFileSync(stamp, hash, { mode: 0o600 });
  return target;
}
