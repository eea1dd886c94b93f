/**
 * The self-contained HTML map: one file that opens with no network. graphology's and sigma.js's
 * browser bundles (their UMD builds from node_modules; sigma.js 3, whose canvas labels and few
 * WebGL programs cost a third of sigma 4's GPU work at 10,000 nodes) are inlined, then the payload (`MapData`)
 * as JSON, then the map's script (`MAP_CLIENT_SCRIPT`). No request leaves the page: a
 * Content-Security-Policy allows inline scripts and styles only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { KnowledgeGraph } from '../analyze/subgraph.js';
import { MAP_CLIENT_SCRIPT } from './map-client.js';
import { mapData, type MapData, type MapDataOptions } from './map-data.js';

const require = createRequire(import.meta.url);

let bundles: { graphology: string; sigma: string } | null = null;

/** The inlined libraries, read once from node_modules. Throws when a package is missing. */
export function mapLibraries(): { graphology: string; sigma: string } {
  bundles ??= {
    // Both packages' `exports` hide dist/, so the UMD files are found next to their main files.
    graphology: readFileSync(join(dirname(require.resolve('graphology')), 'graphology.umd.min.js'), 'utf8'),
    sigma: readFileSync(join(dirname(require.resolve('sigma')), 'sigma.min.js'), 'utf8'),
  };
  return bundles;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
/** Script text safe inside a <script> element. */
const scriptText = (js: string): string => js.replace(/<\/(script)/gi, '<\\/$1');

const STYLE = `
*{box-sizing:border-box}html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#222}
#mkg-graph{position:absolute;inset:0;background:#fff}
#mkg-bar{position:absolute;top:10px;left:10px;z-index:2;width:320px;background:rgba(255,255,255,.96);border:1px solid #ddd;border-radius:8px;padding:10px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
#mkg-bar h1{font-size:15px;margin:0 0 8px}
#mkg-search{width:100%;padding:6px 8px;font-size:14px;border:1px solid #bbb;border-radius:4px}
#mkg-results{list-style:none;margin:4px 0 0;padding:0;max-height:260px;overflow:auto}
.mkg-result{padding:3px 4px;cursor:pointer;border-radius:3px}.mkg-result:hover{background:#f0f4fa}
#mkg-range{margin-top:8px;display:flex;gap:6px;align-items:center}#mkg-range input{width:105px;padding:4px 6px;border:1px solid #bbb;border-radius:4px}
#mkg-range.mkg-bad input{border-color:#d9534f}
#mkg-legend{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px;font-size:13px}
.mkg-dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px;vertical-align:middle}
.mkg-note{font-size:12px;color:#666;margin-top:6px}
#mkg-panel{position:absolute;top:10px;right:10px;bottom:10px;z-index:2;width:420px;max-width:45vw;overflow:auto;background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 14px;box-shadow:0 1px 6px rgba(0,0,0,.12)}
#mkg-panel h2{margin:0 24px 2px 0;font-size:18px}.mkg-kind{color:#666;font-size:12px;margin-bottom:8px}
.mkg-close{position:absolute;top:6px;right:8px;border:0;background:none;font-size:20px;cursor:pointer}
.mkg-facts{padding-left:18px;margin:0}.mkg-fact{margin:0 0 10px}.mkg-verb{color:#555}.mkg-date{color:#888}
.mkg-evidence{margin:4px 0 2px;padding:4px 8px;border-left:3px solid #f0ad4e;background:#fcf8f0;font-size:13px}
.mkg-article{font-size:12px;color:#2f6db5;word-break:break-all}
`;

/** Renders a page from a payload. */
export function renderMapHtml(data: MapData): string {
  const libs = mapLibraries();
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="mkg-graph"></div>
<div id="mkg-bar">
  <h1>${escapeHtml(data.title)}</h1>
  <input id="mkg-search" type="search" placeholder="Search a name (diacritics optional)…" autocomplete="off" aria-label="search">
  <ul id="mkg-results"></ul>
  <div id="mkg-range"><span>From</span><input id="mkg-from" aria-label="from date" title="YYYY, YYYY-MM or YYYY-MM-DD"><span>to</span><input id="mkg-to" aria-label="to date" title="YYYY, YYYY-MM or YYYY-MM-DD"></div>
  <ul id="mkg-legend"></ul>
  <div class="mkg-note">Size: degree centrality · <span id="mkg-visible"></span> nodes shown · hover to see neighbours, click for the evidence</div>
</div>
<aside id="mkg-panel" hidden></aside>
<script>${scriptText(libs.graphology)}</script>
<script>${scriptText(libs.sigma)}</script>
<script type="application/json" id="mkg-data">${scriptJson(data)}</script>
<script>${scriptText(MAP_CLIENT_SCRIPT)}</script>
</body>
</html>
`;
}

/** The HTML map of a knowledge graph (layout computed here). */
export function toMapHtml(graph: KnowledgeGraph, options: MapDataOptions = {}): string {
  return renderMapHtml(mapData(graph, options));
}
