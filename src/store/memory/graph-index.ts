/**
 * The graph file's index: a sidecar `<graph file>.index` holding the same graph in a form that is
 * read lazily, so one question on a large graph does not parse the whole graph file.
 *
 * It is complete (every node, edge and attribute; {@link IndexedGraph.toGraph} reads it back to the
 * graph exactly) and says which graph file it was made from (size, modification time in ns,
 * inode and a hash of the file's last 64 KiB): a stale, missing or damaged index is ignored
 * ({@link IndexedGraph.open} returns null with the reason) and the graph file is read instead.
 *
 * Layout (all numbers little-endian):
 *   node records   per label, `[attrs,attrs,…]` (each node's attributes as JSON; one JSON array a label)
 *   edge records   per type, the same
 *   edge keys      a JSON array of strings (read only to rebuild the whole graph)
 *   tables         Uint32 arrays: node label, node record start/end/CRC-32; edge type, source,
 *                  target, record start/end/CRC-32; out and in adjacency (CSR, in graphology's
 *                  iteration order); node ids sorted (rank of each, position of each rank, start
 *                  of each in the id text); then the id text (the sorted ids end to end, UTF-8)
 *   header         JSON: format, version, the graph file's fingerprint, counts, labels, types,
 *                  where each part lies, the CRC-32 of each table (and of the id text, of all
 *                  the tables together, and of the edge keys)
 *   trailer        Uint32 header length, then the 8 bytes `MKGIDX01`
 * Node and edge numbers are their positions in the graph's own order (`forEachNode`, `forEachEdge`).
 *
 * Opening reads the header only. Each table is read when a question first needs it and checked
 * against its CRC-32 then (a name search needs none of them: it reads the name files); a table,
 * record or edge-key list whose checksum differs throws {@link IndexDamagedError}.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import graphology from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { writeFileAtomically } from './atomic-file.js';
import { readHeader, trailer } from './trailed-file.js';

const { MultiDirectedGraph } = graphology;

const MAGIC = 'MKGIDX01';
const FORMAT = 'meeting-kg-graph-index';
const VERSION = 2;
const TAIL = 64 * 1024;
/** The label (type) recorded for a node (edge) whose label (type) is not a string. */
const NOT_TEXT = '\u0000';

/**
 * Thrown when a part of an index file (a table, a record) does not match its checksum: the file
 * is damaged and must not answer. `file` names it; the graph file is not affected.
 */
export class IndexDamagedError extends Error {
  override name = 'IndexDamagedError';
  constructor(readonly file: string, what: string) {
    super(`the graph index ${file} is damaged (${what}); remove it and ask again (the graph file is not affected)`);
  }
}

/** The tables of an index, each a Uint32Array (see the layout above). */
const TABLES = [
  'nodeLabel', 'nodeStart', 'nodeEnd', 'nodeCrc',
  'edgeType', 'edgeSource', 'edgeTarget', 'edgeStart', 'edgeEnd', 'edgeCrc',
  'outStart', 'outList', 'inStart', 'inList',
  'idRank', 'idPosition', 'idStart',
] as const;
type TableName = (typeof TABLES)[number];
type Tables = Record<TableName, Uint32Array>;

/** How many entries each table has in a graph of `n` nodes and `m` edges. */
function tableLength(name: TableName, n: number, m: number): number {
  if (name === 'outStart' || name === 'inStart' || name === 'idStart') return n + 1;
  return name.startsWith('node') || name.startsWith('id') ? n : m;
}

/** The index file of a graph file. */
export function graphIndexPath(graphFile: string): string {
  return `${graphFile}.index`;
}

/** What ties an index to one state of its graph file. */
export interface GraphFingerprint {
  size: string;
  mtimeNs: string;
  ino: string;
  tail: string;
}

/** The fingerprint of a graph file as it is now (size, mtime, inode, hash of its tail). Throws when the file cannot be read. */
export function graphFingerprint(file: string): GraphFingerprint {
  const st = statSync(file, { bigint: true });
  const fd = openSync(file, 'r');
  try {
    const length = Number(st.size < BigInt(TAIL) ? st.size : BigInt(TAIL));
    const buffer = Buffer.alloc(length);
    if (length > 0) readSync(fd, buffer, 0, length, Number(st.size) - length);
    return { size: String(st.size), mtimeNs: String(st.mtimeNs), ino: String(st.ino), tail: createHash('sha1').update(buffer).digest('hex') };
  } finally {
    closeSync(fd);
  }
}

type Range = [start: number, end: number];

interface Header {
  format: string;
  version: number;
  graph: GraphFingerprint;
  options: Attributes;
  attributes: Attributes;
  nodes: number;
  edges: number;
  labels: string[];
  types: string[];
  /** Byte range of each label's `[…]` of node records, and each type's of edge records. */
  labelRecords: Record<string, Range>;
  typeRecords: Record<string, Range>;
  /** Byte range of the tables and their CRC-32 (all together: what names this index's content). */
  tables: Range;
  tablesCrc: number;
  /** The CRC-32 of each table and of the id text (`idText`): each is checked when first read. */
  partCrcs: Record<string, number>;
  /** Offsets inside the tables part: name → [byte offset from tables start, element count]. */
  parts: Record<string, [offset: number, count: number]>;
  /** Byte range (from the tables start) of the sorted ids' text. */
  idText: Range;
  /** Byte range of the edge keys (a JSON array) and its CRC-32. */
  edgeKeys: Range;
  edgeKeysCrc: number;
}

/** A graphology graph as the embedded store keeps it (multi, directed). */
type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** Buffered writes to a file descriptor, counting bytes. */
class Out {
  position = 0;
  private buffer = '';
  private pending = 0;
  constructor(private readonly fd: number) {}
  text(s: string): void {
    const length = Buffer.byteLength(s, 'utf8');
    this.buffer += s;
    this.pending += length;
    this.position += length;
    if (this.pending >= 1 << 20) this.flush();
  }
  /** Writes a record; returns the CRC-32 of its UTF-8 bytes. */
  record(s: string): number {
    this.text(s);
    return crc32(s);
  }
  bytes(b: Uint8Array): void {
    this.flush();
    writeSync(this.fd, b);
    this.position += b.byteLength;
  }
  flush(): void {
    if (this.pending === 0) return;
    writeSync(this.fd, this.buffer, null, 'utf8');
    this.buffer = '';
    this.pending = 0;
  }
}

/**
 * Writes the index of `graph` beside `graphFile`: a temp file, then a rename. `graphFile` must
 * hold that same graph: call right after saving it, or pass `print`, the file's
 * {@link graphFingerprint} taken BEFORE the graph was read from it (a file replaced since then
 * leaves an index that does not match it, so it is not used). Throws on a write error (an old
 * index, if any, is then left and is stale).
 */
export function writeGraphIndex(graph: AnyGraph, graphFile: string, print: GraphFingerprint = graphFingerprint(graphFile)): void {
  const target = graphIndexPath(graphFile);
  const nodeIds: string[] = [];
  const nodeRank = new Map<string, number>();
  const labels: string[] = [];
  const labelCode = new Map<string, number>();
  const code = (map: Map<string, number>, list: string[], name: string): number => {
    let c = map.get(name);
    if (c === undefined) {
      c = list.length;
      list.push(name);
      map.set(name, c);
    }
    return c;
  };
  const n = graph.order;
  const m = graph.size;
  const nodeLabel = new Uint32Array(n);
  graph.forEachNode((key, attrs) => {
    const r = nodeIds.length;
    nodeRank.set(key, r);
    nodeIds.push(key);
    nodeLabel[r] = code(labelCode, labels, typeof attrs.label === 'string' ? attrs.label : NOT_TEXT);
  });
  const edgeKeys: string[] = [];
  const types: string[] = [];
  const typeCode = new Map<string, number>();
  const edgeType = new Uint32Array(m);
  const edgeSource = new Uint32Array(m);
  const edgeTarget = new Uint32Array(m);
  graph.forEachEdge((key, attrs, source, target) => {
    const r = edgeKeys.length;
    edgeKeys.push(key);
    edgeType[r] = code(typeCode, types, typeof attrs.type === 'string' ? attrs.type : NOT_TEXT);
    edgeSource[r] = nodeRank.get(source) ?? 0;
    edgeTarget[r] = nodeRank.get(target) ?? 0;
  });
  // Adjacency in the order graphology gives it for the graph read back from the file (its
  // `import` adds the edges in edge order): neighbours in the key order of a plain object (the
  // first edge to each, integer-like keys first), and a neighbour's edges newest first.
  const outAdj = new Array<Record<string, number[]> | undefined>(n);
  const inAdj = new Array<Record<string, number[]> | undefined>(n);
  for (let e = 0; e < m; e++) {
    const s = edgeSource[e] as number;
    const t = edgeTarget[e] as number;
    ((outAdj[s] ??= {})[nodeIds[t] as string] ??= []).push(e);
    ((inAdj[t] ??= {})[nodeIds[s] as string] ??= []).push(e);
  }
  const csr = (adj: Array<Record<string, number[]> | undefined>): [Uint32Array, Uint32Array] => {
    const start = new Uint32Array(n + 1);
    const list = new Uint32Array(m);
    let k = 0;
    for (let r = 0; r < n; r++) {
      start[r] = k;
      const byNeighbour = adj[r];
      if (!byNeighbour) continue;
      for (const neighbour in byNeighbour) {
        const bundle = byNeighbour[neighbour] as number[];
        for (let j = bundle.length - 1; j >= 0; j--) list[k++] = bundle[j] as number;
      }
      adj[r] = undefined;
    }
    start[n] = k;
    return [start, list];
  };
  const [outStart, outList] = csr(outAdj);
  const [inStart, inList] = csr(inAdj);

  // Node ids in code-unit order, for a binary search by id at read time.
  const sorted = nodeIds.map((_, r) => r).sort((a, b) => ((nodeIds[a] as string) < (nodeIds[b] as string) ? -1 : 1));
  const idRank = Uint32Array.from(sorted);
  const idPosition = new Uint32Array(n);
  const idStart = new Uint32Array(n + 1);
  let chars = 0;
  sorted.forEach((r, k) => {
    idPosition[r] = k;
    idStart[k] = chars;
    chars += (nodeIds[r] as string).length;
  });
  idStart[n] = chars;
  const idText = sorted.map((r) => nodeIds[r] as string).join('');

  const nodeStart = new Uint32Array(n);
  const nodeEnd = new Uint32Array(n);
  const nodeCrc = new Uint32Array(n);
  const edgeStart = new Uint32Array(m);
  const edgeEnd = new Uint32Array(m);
  const edgeCrc = new Uint32Array(m);
  const labelRecords: Record<string, Range> = {};
  const typeRecords: Record<string, Range> = {};
  writeFileAtomically(target, (fd) => {
    const out = new Out(fd);
    // One JSON array of attribute records per label (nodes) and per type (edges); each record's
    // offsets and CRC go to the tables of its row.
    const writeGroups = (names: readonly string[], codeOf: Uint32Array, attributesOf: (row: number) => Attributes, rows: { start: Uint32Array; end: Uint32Array; crc: Uint32Array }, ranges: Record<string, Range>): void => {
      names.forEach((name, c) => {
        const start = out.position;
        out.text('[');
        let first = true;
        for (let r = 0; r < codeOf.length; r++) {
          if (codeOf[r] !== c) continue;
          if (!first) out.text(',');
          first = false;
          rows.start[r] = out.position;
          rows.crc[r] = out.record(JSON.stringify(attributesOf(r)));
          rows.end[r] = out.position;
        }
        out.text(']');
        ranges[name] = [start, out.position];
      });
    };
    writeGroups(labels, nodeLabel, (r) => graph.getNodeAttributes(nodeIds[r] as string), { start: nodeStart, end: nodeEnd, crc: nodeCrc }, labelRecords);
    writeGroups(types, edgeType, (r) => graph.getEdgeAttributes(edgeKeys[r] as string), { start: edgeStart, end: edgeEnd, crc: edgeCrc }, typeRecords);
    const keysStart = out.position;
    const keysBytes = Buffer.from(JSON.stringify(edgeKeys), 'utf8');
    out.bytes(keysBytes);
    const edgeKeysRange: Range = [keysStart, out.position];
    if (out.position % 4) out.bytes(new Uint8Array(4 - (out.position % 4)));
    const tablesStart = out.position;
    let tablesCrc = 0;
    const parts: Header['parts'] = {};
    const partCrcs: Header['partCrcs'] = {};
    const tables: Tables = {
      nodeLabel, nodeStart, nodeEnd, nodeCrc, edgeType, edgeSource, edgeTarget, edgeStart, edgeEnd, edgeCrc,
      outStart, outList, inStart, inList, idRank, idPosition, idStart,
    };
    for (const name of TABLES) {
      const array = tables[name];
      parts[name] = [out.position - tablesStart, array.length];
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      tablesCrc = crc32(bytes, tablesCrc);
      partCrcs[name] = crc32(bytes);
      out.bytes(bytes);
    }
    const textBytes = Buffer.from(idText, 'utf8');
    const idTextRange: Range = [out.position - tablesStart, out.position - tablesStart + textBytes.length];
    tablesCrc = crc32(textBytes, tablesCrc);
    partCrcs.idText = crc32(textBytes);
    out.bytes(textBytes);
    const header: Header = {
      format: FORMAT,
      version: VERSION,
      graph: print,
      options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
      attributes: graph.getAttributes(),
      nodes: n,
      edges: m,
      labels,
      types,
      labelRecords,
      typeRecords,
      tables: [tablesStart, out.position],
      tablesCrc,
      partCrcs,
      parts,
      idText: idTextRange,
      edgeKeys: edgeKeysRange,
      edgeKeysCrc: crc32(keysBytes),
    };
    const headerText = JSON.stringify(header);
    out.text(headerText);
    const headerLength = Buffer.byteLength(headerText, 'utf8');
    out.bytes(trailer(headerLength, MAGIC));
    out.flush();
  });
}

/** Why an index was not used. */
export type IndexRefusal = 'missing' | 'stale' | 'damaged';

/**
 * A graph read through its index: node and edge numbers, labels, types and adjacency at hand,
 * attributes read from the file and parsed when first asked for. Node numbers follow the graph's
 * node order and edge numbers its edge order. Holds the index file open until {@link close}.
 */
export class IndexedGraph {
  readonly order: number;
  readonly size: number;
  private readonly labels: string[];
  private readonly types: string[];
  /** The tables, each read (and checked) at its first use. */
  private readonly t: Tables;
  private text: string | null = null;
  private keys: string[] | null = null;
  /** Ids met so far: id → node number, and node number → id (at most one entry per node). */
  private readonly ranks = new Map<string, number>();
  private readonly ids: Array<string | undefined>;
  private readonly nodeAttrs: Array<Attributes | undefined>;
  private readonly edgeAttrs: Array<Attributes | undefined>;
  private readonly loadedLabels = new Set<number>();
  private readonly loadedTypes = new Set<number>();
  private fd: number | null;

  private constructor(fd: number, private readonly file: string, private readonly header: Header) {
    this.fd = fd;
    this.order = header.nodes;
    this.size = header.edges;
    this.labels = header.labels;
    this.types = header.types;
    const t = {} as Tables;
    for (const name of TABLES) {
      // A getter that reads the table, then puts it in its own place: later uses are plain reads.
      Object.defineProperty(t, name, {
        configurable: true,
        get: () => {
          const table = this.table(name);
          Object.defineProperty(t, name, { value: table, writable: false });
          return table;
        },
      });
    }
    this.t = t;
    this.ids = new Array<string | undefined>(this.order);
    this.nodeAttrs = new Array<Attributes | undefined>(this.order);
    this.edgeAttrs = new Array<Attributes | undefined>(this.size);
  }

  /** A table read from the file and checked against its CRC-32. Throws IndexDamagedError when it differs. */
  private table(name: TableName): Uint32Array {
    const [offset, count] = this.header.parts[name] as [number, number];
    // A buffer of its own (offset 0), so the Uint32 view is aligned.
    const b = Buffer.alloc(count * 4);
    this.readInto(b, this.header.tables[0] + offset);
    if (crc32(b) !== this.header.partCrcs[name]) throw new IndexDamagedError(this.file, `the ${name} table's checksum differs`);
    return new Uint32Array(b.buffer, b.byteOffset, count);
  }

  /** The node ids end to end, in code-unit order (read and checked at the first use). */
  private get idText(): string {
    if (this.text === null) {
      const [start, end] = this.header.idText;
      const b = Buffer.allocUnsafe(end - start);
      this.readInto(b, this.header.tables[0] + start);
      if (crc32(b) !== this.header.partCrcs.idText) throw new IndexDamagedError(this.file, "the id text's checksum differs");
      const text = b.toString('utf8');
      if (this.t.idStart[this.order] !== text.length) throw new IndexDamagedError(this.file, 'the id text has another length than its table says');
      this.text = text;
    }
    return this.text;
  }

  /**
   * The index of `graphFile` when it exists, is whole (its trailer, header and layout) and was made
   * from the file as it is now; otherwise `{ refused }` saying why (the caller then reads the graph
   * file). Reads the header only: a table is checked when first read. Never throws.
   */
  static open(graphFile: string): IndexedGraph | { refused: IndexRefusal; reason: string } {
    const file = graphIndexPath(graphFile);
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return { refused: 'missing', reason: `no index at ${file}` };
    }
    try {
      const read = readHeader(fd, MAGIC);
      const header = read.header as Header;
      if (header.format !== FORMAT || header.version !== VERSION) throw new Error(`format ${String(header.format)} ${String(header.version)}`);
      const [start, end] = header.tables;
      if (!(start >= 0 && end >= start && end === read.headerStart && start % 4 === 0)) throw new Error('bad layout');
      for (const name of TABLES) {
        const part = header.parts[name];
        if (!part || part[1] !== tableLength(name, header.nodes, header.edges) || part[0] % 4 !== 0 || start + part[0] + part[1] * 4 > end || typeof header.partCrcs[name] !== 'number') {
          throw new Error(`bad ${name} table`);
        }
      }
      if (!(header.idText[0] >= 0 && header.idText[1] >= header.idText[0] && start + header.idText[1] <= end)) throw new Error('bad id text');
      let now: GraphFingerprint;
      try {
        now = graphFingerprint(graphFile);
      } catch {
        closeSync(fd);
        return { refused: 'stale', reason: `the graph file ${graphFile} cannot be read` };
      }
      const then = header.graph;
      if (!then || then.size !== now.size || then.mtimeNs !== now.mtimeNs || then.ino !== now.ino || then.tail !== now.tail) {
        closeSync(fd);
        return { refused: 'stale', reason: `${file} was made from another state of ${graphFile}` };
      }
      return new IndexedGraph(fd, file, header);
    } catch (error) {
      closeSync(fd);
      return { refused: 'damaged', reason: `${file} is damaged (${error instanceof Error ? error.message : String(error)})` };
    }
  }

  /** The index file. */
  get location(): string {
    return this.file;
  }

  /** Names this index's content (the graph file state it was made from, and its tables' checksum). */
  get identity(): string {
    return JSON.stringify([this.header.graph, this.header.tablesCrc]);
  }

  /** The graph's options (type, multi, allowSelfLoops) and its own attributes. */
  get options(): Attributes {
    return this.header.options;
  }

  /** The number of a node id, or undefined (a binary search the first time, then remembered). */
  rank(id: string): number | undefined {
    const known = this.ranks.get(id);
    if (known !== undefined) return known;
    let lo = 0;
    let hi = this.order - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compareSortedId(mid, id);
      if (c === 0) {
        const r = this.t.idRank[mid] as number;
        this.remember(id, r);
        return r;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Sorted id number `k` against `id`, in code-unit order, without copying it out of the id text. */
  private compareSortedId(k: number, id: string): number {
    const start = this.t.idStart[k] as number;
    const length = (this.t.idStart[k + 1] as number) - start;
    const n = Math.min(length, id.length);
    const text = this.idText;
    for (let i = 0; i < n; i++) {
      const d = text.charCodeAt(start + i) - id.charCodeAt(i);
      if (d !== 0) return d;
    }
    return length - id.length;
  }

  private remember(id: string, r: number): void {
    this.ranks.set(id, r);
    this.ids[r] = id;
  }

  /** The id of node number `r`. */
  id(r: number): string {
    let id = this.ids[r];
    if (id === undefined) {
      const k = this.t.idPosition[r] as number;
      id = this.idText.slice(this.t.idStart[k], this.t.idStart[k + 1]);
      this.remember(id, r);
    }
    return id;
  }

  /** The label of node number `r` (null when it is not a string). */
  label(r: number): string | null {
    const l = this.labels[this.t.nodeLabel[r] as number] as string;
    return l === NOT_TEXT ? null : l;
  }

  /** The type of edge number `e` (null when it is not a string). */
  type(e: number): string | null {
    const t = this.types[this.t.edgeType[e] as number] as string;
    return t === NOT_TEXT ? null : t;
  }

  /** Source and target node numbers of edge number `e`. */
  source(e: number): number {
    return this.t.edgeSource[e] as number;
  }

  target(e: number): number {
    return this.t.edgeTarget[e] as number;
  }

  /** The key of edge number `e`. */
  key(e: number): string {
    if (!this.keys) this.keys = JSON.parse(this.read(this.header.edgeKeys[0], this.header.edgeKeys[1], this.header.edgeKeysCrc)) as string[];
    return this.keys[e] as string;
  }

  /** Out-edge numbers of node `r`, in graphology's `forEachOutEdge` order. */
  outEdges(r: number): Uint32Array {
    return this.t.outList.subarray(this.t.outStart[r], this.t.outStart[r + 1]);
  }

  /** In-edge numbers of node `r`, in graphology's `forEachInEdge` order. */
  inEdges(r: number): Uint32Array {
    return this.t.inList.subarray(this.t.inStart[r], this.t.inStart[r + 1]);
  }

  /** Node numbers with this label, in node order. */
  nodesWithLabel(label: string): number[] {
    const c = this.labels.indexOf(label);
    const out: number[] = [];
    if (c < 0) return out;
    const nodeLabel = this.t.nodeLabel;
    for (let r = 0; r < this.order; r++) if (nodeLabel[r] === c) out.push(r);
    return out;
  }

  /** Edge numbers of this type, in edge order. */
  edgesWithType(type: string): number[] {
    const c = this.types.indexOf(type);
    const out: number[] = [];
    if (c < 0) return out;
    const edgeType = this.t.edgeType;
    for (let e = 0; e < this.size; e++) if (edgeType[e] === c) out.push(e);
    return out;
  }

  /** The attributes of node number `r` (read and parsed once). */
  nodeAttributes(r: number): Attributes {
    let a = this.nodeAttrs[r];
    if (!a) this.nodeAttrs[r] = a = JSON.parse(this.read(this.t.nodeStart[r] as number, this.t.nodeEnd[r] as number, this.t.nodeCrc[r] as number)) as Attributes;
    return a;
  }

  /** The attributes of edge number `e` (read and parsed once). */
  edgeAttributes(e: number): Attributes {
    let a = this.edgeAttrs[e];
    if (!a) this.edgeAttrs[e] = a = JSON.parse(this.read(this.t.edgeStart[e] as number, this.t.edgeEnd[e] as number, this.t.edgeCrc[e] as number)) as Attributes;
    return a;
  }

  /** Reads the attributes of every node of a label at once (one read, one parse): for scans. */
  loadLabel(label: string): void {
    const c = this.labels.indexOf(label);
    if (c < 0 || this.loadedLabels.has(c)) return;
    this.loadedLabels.add(c);
    const range = this.header.labelRecords[label];
    if (!range) return;
    const nodeLabel = this.t.nodeLabel;
    const all = this.region(range, this.t.nodeStart, this.t.nodeEnd, this.t.nodeCrc, (r) => nodeLabel[r] === c) as Attributes[];
    let i = 0;
    for (let r = 0; r < this.order; r++) {
      if (nodeLabel[r] !== c) continue;
      const a = all[i++];
      if (!this.nodeAttrs[r]) this.nodeAttrs[r] = a;
    }
  }

  /** Reads the attributes of every edge of a type at once. */
  loadType(type: string): void {
    const c = this.types.indexOf(type);
    if (c < 0 || this.loadedTypes.has(c)) return;
    this.loadedTypes.add(c);
    const range = this.header.typeRecords[type];
    if (!range) return;
    const edgeType = this.t.edgeType;
    const all = this.region(range, this.t.edgeStart, this.t.edgeEnd, this.t.edgeCrc, (e) => edgeType[e] === c) as Attributes[];
    let i = 0;
    for (let e = 0; e < this.size; e++) {
      if (edgeType[e] !== c) continue;
      const a = all[i++];
      if (!this.edgeAttrs[e]) this.edgeAttrs[e] = a;
    }
  }

  /** A label's (type's) records at once, each checked against its CRC-32. */
  private region([start, end]: Range, starts: Uint32Array, ends: Uint32Array, crcs: Uint32Array, member: (i: number) => boolean): unknown[] {
    const b = this.bytes(start, end);
    for (let i = 0; i < starts.length; i++) {
      if (!member(i)) continue;
      if (crc32(b.subarray((starts[i] as number) - start, (ends[i] as number) - start)) !== crcs[i]) throw new IndexDamagedError(this.file, "a record's checksum differs");
    }
    return JSON.parse(b.toString('utf8')) as unknown[];
  }

  private bytes(start: number, end: number): Buffer {
    const b = Buffer.allocUnsafe(end - start);
    this.readInto(b, start);
    return b;
  }

  /** Fills `b` with the file's bytes from `position`. Throws IndexDamagedError when the file is shorter. */
  private readInto(b: Buffer, position: number): void {
    if (this.fd === null) throw new Error('the graph index is closed');
    let done = 0;
    while (done < b.length) {
      const n = readSync(this.fd, b, done, b.length - done, position + done);
      if (n === 0) throw new IndexDamagedError(this.file, 'it is shorter than its header says');
      done += n;
    }
  }

  /** The text of bytes `start`–`end`, checked against its CRC-32. */
  private read(start: number, end: number, crc: number): string {
    const b = this.bytes(start, end);
    if (crc32(b) !== crc) throw new IndexDamagedError(this.file, "a record's checksum differs");
    return b.toString('utf8');
  }

  /** The whole graph, read back into graphology (the same nodes, edges, attributes and order). */
  toGraph(): AnyGraph {
    const g = new MultiDirectedGraph<Attributes, Attributes, Attributes>({ allowSelfLoops: this.header.options.allowSelfLoops === true });
    g.replaceAttributes({ ...this.header.attributes });
    for (const label of this.labels) this.loadLabel(label);
    for (const type of this.types) this.loadType(type);
    for (let r = 0; r < this.order; r++) g.addNode(this.id(r), this.nodeAttributes(r));
    for (let e = 0; e < this.size; e++) g.addDirectedEdgeWithKey(this.key(e), this.id(this.source(e)), this.id(this.target(e)), this.edgeAttributes(e));
    return g;
  }

  /** Closes the index file. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
