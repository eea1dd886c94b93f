/**
 * The data of the HTML map: people, bodies and meetings of the knowledge graph, their links
 * (took part in a meeting, a meeting held by a body, a person holding a post in a body) with
 * the evidence sentence and article of each fact, sized by degree centrality and laid out ahead of
 * time with ForceAtlas2 (graphology-layout-forceatlas2).
 */
import { createRequire } from 'node:module';
import graphology from 'graphology';
import type { Attributes } from 'graphology-types';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { searchKey } from '../model/keys.js';
import type { KnowledgeGraph } from '../analyze/subgraph.js';
import { displayName, KIND_COLORS } from './names.js';

const require = createRequire(import.meta.url);
const forceAtlas2: typeof import('graphology-layout-forceatlas2').default = require('graphology-layout-forceatlas2');

const { UndirectedGraph } = graphology;

/** The kinds of node the map shows. */
export const MAP_KINDS = ['Person', 'Organization', 'Meeting'] as const;

/** One fact behind a map link: what it says, when, the sentence and the article (indexes into the tables). */
export type MapFact = [relation: string, date: string | null, sentence: number, article: number, detail: string | null];

/** The map's payload, embedded as JSON in the page. Compact arrays: it may hold 10,000+ nodes. */
export interface MapData {
  title: string;
  /** [id, kind, label, x, y, size, date (meetings), folded label (for search)] */
  nodes: Array<[string, string, string, number, number, number, string | null, string]>;
  /** [source index, target index, facts] */
  edges: Array<[number, number, MapFact[]]>;
  sentences: string[];
  /** [url or null, title or null] */
  articles: Array<[string | null, string | null]>;
  colors: Record<string, string>;
  counts: Record<string, number>;
}

/** Options of {@link mapData}. */
export interface MapDataOptions {
  title?: string;
  /** ForceAtlas2 iterations (default: 300 up to 2,000 nodes, then fewer, at least 60). */
  iterations?: number;
}

/** Builds the map's payload from a knowledge graph (any subgraph of it). */
export function mapData(graph: KnowledgeGraph, options: MapDataOptions = {}): MapData {
  const map = new UndirectedGraph<Attributes, Attributes, Attributes>();
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const articles: Array<[string | null, string | null]> = [];
  const articleIndex = new Map<string, number>();
  const sentence = (s: unknown): number => {
    const text = typeof s === 'string' ? s : '';
    let i = sentenceIndex.get(text);
    if (i === undefined) { i = sentences.length; sentences.push(text); sentenceIndex.set(text, i); }
    return i;
  };
  const article = (id: unknown): number => {
    if (typeof id !== 'string') return -1;
    let i = articleIndex.get(id);
    if (i === undefined) {
      const a = graph.hasNode(id) ? graph.getNodeAttributes(id) : {};
      i = articles.length;
      articles.push([typeof a.url === 'string' ? a.url : null, typeof a.title === 'string' ? a.title : null]);
      articleIndex.set(id, i);
    }
    return i;
  };
  const ensure = (id: string): void => {
    if (map.hasNode(id)) return;
    const a = graph.getNodeAttributes(id);
    map.addNode(id, { kind: a.label, label: displayName(id, a), date: a.label === 'Meeting' && typeof a.date === 'string' ? a.date : null });
  };
  const link = (a: string, b: string, fact: MapFact): void => {
    ensure(a);
    ensure(b);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (map.hasEdge(key)) map.updateEdgeAttribute(key, 'facts', (f: MapFact[] | undefined) => [...(f ?? []), fact]);
    else map.addEdgeWithKey(key, a, b, { facts: [fact] });
  };
  graph.forEachNode((id, a) => { if ((MAP_KINDS as readonly string[]).includes(String(a.label))) ensure(id); });
  graph.forEachEdge((_e, ea, s, t, sa, ta) => {
    const type = String(ea.type);
    const date = typeof ea.date === 'string' ? ea.date : null;
    if ((type === 'CHAIRED' || type === 'ATTENDED' || type === 'SPOKE_AT') && sa.label === 'Person' && ta.label === 'Meeting') {
      link(s, t, [type, date ?? (typeof ta.date === 'string' ? ta.date : null), sentence(ea.sentence), article(ea.article), null]);
    } else if (type === 'ORGANIZED_BY' && sa.label === 'Meeting' && ta.label === 'Organization') {
      link(s, t, [type, typeof sa.date === 'string' ? sa.date : null, sentence(ea.sentence), article(ea.article), null]);
    } else if (type === 'HOLDS' && sa.label === 'Person' && ta.label === 'Position') {
      const title = typeof ta.title === 'string' ? ta.title : displayName(t, ta);
      let org: string | null = null;
      graph.forEachOutEdge(t, (_x, xa, _p, o) => { if (org === null && xa.type === 'OF') org = o; });
      if (org !== null) link(s, org, ['HOLDS', date, sentence(ea.sentence), article(ea.article), title]);
    }
  });
  // Size by degree centrality; layout with ForceAtlas2 from a deterministic circle.
  const degree = map.order > 1 ? degreeCentrality(map) : {};
  const max = Math.max(1e-9, ...Object.values(degree));
  const order = map.order;
  let i = 0;
  map.forEachNode((id) => {
    const angle = (2 * Math.PI * i) / Math.max(1, order);
    const r = 100 * Math.sqrt((i * 7919) % Math.max(1, order) / Math.max(1, order) + 0.05);
    map.mergeNodeAttributes(id, { x: r * Math.cos(angle), y: r * Math.sin(angle), size: 3 + 17 * Math.sqrt((degree[id] ?? 0) / max) });
    i++;
  });
  if (map.size > 0) {
    const iterations = options.iterations ?? (order <= 2000 ? 300 : Math.max(60, Math.round(600_000 / order)));
    const settings = { ...forceAtlas2.inferSettings(map), adjustSizes: false };
    forceAtlas2.assign(map, { iterations, settings });
  }
  const index = new Map<string, number>();
  const nodes: MapData['nodes'] = [];
  const counts: Record<string, number> = {};
  map.forEachNode((id, a) => {
    index.set(id, nodes.length);
    counts[a.kind as string] = (counts[a.kind as string] ?? 0) + 1;
    nodes.push([id, a.kind as string, a.label as string, round(a.x as number), round(a.y as number), round(a.size as number), a.date as string | null, searchKey(a.label as string)]);
  });
  const edges: MapData['edges'] = [];
  map.forEachEdge((_k, a, s, t) => edges.push([index.get(s)!, index.get(t)!, a.facts as MapFact[]]));
  return { title: options.title ?? 'meeting-kg map', nodes, edges, sentences, articles, colors: { ...KIND_COLORS }, counts };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
