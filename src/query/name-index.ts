/**
 * The name lookups of the embedded store's helpers (by id, exact key, folded key and folded word),
 * built in memory from the entities of a label, or read from a file beside the graph file's index
 * (`<graph>.index.<label>-names`) so that one question on a large graph does not fold 60,000
 * names first. The file is written by the first question that builds the lookups from an index,
 * and is used only while it matches that index (its identity) and this code (the keys and
 * entities of fixed probe names and nodes are stored and compared); otherwise it is rebuilt.
 *
 * File layout: the entities (JSON records), then Uint32 tables (entity record start/end/CRC-32,
 * each entity's place in name order; for each of the five lookups its sorted distinct keys'
 * starts, posting starts and postings), then the keys' text, a JSON header and a trailer (Uint32
 * header length, `MKGNAM01`). The keys are sorted by code unit, so the keys starting with a text
 * are one run of them and their postings one run too (a search's name prefixes).
 *
 * The name order ({@link byNameThenId}: Vietnamese collation, then id) is computed when the file is
 * written, so that ranking the thousands of names a common word matches compares integers, not
 * collation keys. The file records the ICU version whose collation made that order: another one
 * makes the file stale (a change to `compareText` itself must change {@link VERSION}).
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { matchKey, searchKey } from '../model/keys.js';
import { byNameThenId, foldedWords, type NamedEntity, type NumberedNames } from './names.js';
import { writeFileAtomically } from '../store/memory/atomic-file.js';
import { IndexDamagedError } from '../store/memory/graph-index.js';
import { readHeader, trailer } from '../store/memory/trailed-file.js';
import { namedEntity } from './refs.js';
import type { NamedLabel } from './schemas.js';

const MAGIC = 'MKGNAM01';
const FORMAT = 'meeting-kg-name-index';
const VERSION = 3;
/** Names whose keys are stored in the file: a change of the folding code makes the file stale. */
const PROBES = ['Nguyễn Văn Ánh', 'ĐỖ MẠNH HIẾN', 'Ban Chỉ đạo 35 Thành ủy Hải Phòng', 'Hoà Thuý', 'UBND tỉnh Quảng Trị - Sở Y tế', 'ông Lê-Văn  Tám 2'];

/** By id, by the name's `matchKey`, by the name's `searchKey`, by folded word, by the `searchKey` of the name and of each alias. */
const LOOKUPS = ['id', 'match', 'folded', 'word', 'named'] as const;
type Lookup = (typeof LOOKUPS)[number];

/** The name lookups of one label. Entity numbers follow the label's node order. */
export interface NameIndex extends NumberedNames {
  /** The entity with this id. */
  byId(id: string): NamedEntity | undefined;
  /** Entities whose name has this `matchKey`, in entity order. */
  byMatch(key: string): NamedEntity[];
  /** Entities whose name has this `searchKey`, in entity order. */
  byFolded(key: string): NamedEntity[];
}

/**
 * The run of sorted keys (code-unit order) that start with `prefix`: [first, end) indexes of
 * `count` keys read by `keyAt`.
 */
function prefixRun(count: number, keyAt: (j: number) => string, prefix: string): [number, number] {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // From `first` on, every key is >= prefix: those starting with it come before any that does not.
  hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid).startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}

/** The inverse of a permutation of 0..n-1 (entity number → place gives place → entity number). */
function inverse(permutation: ArrayLike<number>): Uint32Array {
  const out = new Uint32Array(permutation.length);
  for (let i = 0; i < permutation.length; i++) out[permutation[i] as number] = i;
  return out;
}

/** Fixed node properties whose entities are stored in the file too: a change of `namedEntity` makes the file stale. */
const PROBE_NODES: Array<[NamedLabel, Record<string, unknown>, string | null]> = [
  ['Person', { name: 'Lê Văn Tám', aliases: ['Tám'], locality: 'Hà Nội', possiblySame: ['{"node":"p2","name":"Lê Tám","score":2,"reasons":["tên"]}'] }, null],
  ['Organization', { name: 'Sở Y tế', aliases: ['SYT'], kind: 'department', locality: 'Huế' }, null],
  ['Position', { title: 'Giám đốc', name: 'Giám đốc Sở', role: 'Giám đốc' }, 'Sở Y tế'],
];

let probes: string | null = null;
/** What the file must have been written with: the probes' keys and entities, and the ICU version of the name order. */
function probeKeys(): string {
  probes ??= JSON.stringify([
    PROBES.map((p) => [matchKey(p), searchKey(p), foldedWords(p)]),
    PROBE_NODES.map(([label, props, org]) => namedEntity(label, `probe-${label}`, props, org)),
    process.versions.icu ?? null,
  ]);
  return probes;
}

/** The keys of each lookup for each entity. */
function keysOf(e: NamedEntity): Record<Lookup, string[]> {
  return {
    id: [e.id],
    match: [matchKey(e.name)],
    folded: [searchKey(e.name)],
    word: [e.name, ...e.aliases].flatMap((n) => foldedWords(n)),
    named: [e.name, ...e.aliases].map((n) => searchKey(n)),
  };
}

/** Each entity's place in name order ({@link byNameThenId}), by entity number. */
function nameRanks(entities: readonly NamedEntity[]): Uint32Array {
  const order = Array.from(entities.keys()).sort((a, b) => byNameThenId(entities[a] as NamedEntity, entities[b] as NamedEntity));
  const ranks = new Uint32Array(entities.length);
  order.forEach((i, place) => {
    ranks[i] = place;
  });
  return ranks;
}

/** Lookups built in memory from a label's entities (in node order). */
export class MemoryNameIndex implements NameIndex {
  private readonly maps: Record<Lookup, Map<string, number[]>> = { id: new Map(), match: new Map(), folded: new Map(), word: new Map(), named: new Map() };
  /** Each entity's place in name order, made at the first {@link place} (or write), and its inverse. */
  private ranks: Uint32Array | null = null;
  private byPlace: Uint32Array | null = null;
  /** The `named` keys sorted, with their postings in that order, made at the first prefix look-up. */
  private sortedNamed: { keys: string[]; starts: Uint32Array; postings: Uint32Array } | null = null;

  constructor(readonly entities: readonly NamedEntity[]) {
    entities.forEach((e, i) => {
      const keys = keysOf(e);
      for (const lookup of LOOKUPS) {
        const map = this.maps[lookup];
        for (const k of keys[lookup]) {
          const list = map.get(k);
          if (!list) map.set(k, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
    });
  }

  byId(id: string): NamedEntity | undefined {
    const i = this.maps.id.get(id)?.[0];
    return i === undefined ? undefined : this.entities[i];
  }

  byMatch(key: string): NamedEntity[] {
    return (this.maps.match.get(key) ?? []).map((i) => this.entities[i] as NamedEntity);
  }

  byFolded(key: string): NamedEntity[] {
    return (this.maps.folded.get(key) ?? []).map((i) => this.entities[i] as NamedEntity);
  }

  byWord(word: string): ArrayLike<number> {
    return this.maps.word.get(word) ?? [];
  }

  entity(i: number): NamedEntity {
    return this.entities[i] as NamedEntity;
  }

  withId(id: string): ArrayLike<number> {
    return this.maps.id.get(id) ?? [];
  }

  withMatchKey(key: string): ArrayLike<number> {
    return this.maps.match.get(key) ?? [];
  }

  withFoldedName(key: string): ArrayLike<number> {
    return this.maps.named.get(key) ?? [];
  }

  withFoldedNamePrefix(prefix: string): ArrayLike<number> {
    if (this.sortedNamed === null) {
      const keys = [...this.maps.named.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const starts = new Uint32Array(keys.length + 1);
      const postings: number[] = [];
      keys.forEach((k, j) => {
        starts[j] = postings.length;
        for (const i of this.maps.named.get(k) as number[]) postings.push(i);
      });
      starts[keys.length] = postings.length;
      this.sortedNamed = { keys, starts, postings: Uint32Array.from(postings) };
    }
    const { keys, starts, postings } = this.sortedNamed;
    const [first, end] = prefixRun(keys.length, (j) => keys[j] as string, prefix);
    return postings.subarray(starts[first], starts[end]);
  }

  private nameRanks(): Uint32Array {
    this.ranks ??= nameRanks(this.entities);
    return this.ranks;
  }

  place(i: number): number {
    return this.nameRanks()[i] as number;
  }

  atPlace(place: number): number {
    this.byPlace ??= inverse(this.nameRanks());
    return this.byPlace[place] as number;
  }

  /**
   * Writes these lookups to `file` (temp file, then rename), tied to `source` (what they were
   * built from). Throws on a write error.
   */
  write(file: string, label: NamedLabel, source: string): void {
    const chunks: Buffer[] = [];
    let position = 0;
    const put = (b: Buffer): void => {
      chunks.push(b);
      position += b.length;
    };
    const n = this.entities.length;
    const entityStart = new Uint32Array(n);
    const entityEnd = new Uint32Array(n);
    const entityCrc = new Uint32Array(n);
    put(Buffer.from('['));
    this.entities.forEach((e, i) => {
      if (i > 0) put(Buffer.from(','));
      const b = Buffer.from(JSON.stringify(e), 'utf8');
      entityStart[i] = position;
      put(b);
      entityEnd[i] = position;
      entityCrc[i] = crc32(b);
    });
    put(Buffer.from(']'));
    const tables: Array<[string, Uint32Array]> = [['entityStart', entityStart], ['entityEnd', entityEnd], ['entityCrc', entityCrc], ['nameRank', this.nameRanks()]];
    let text = '';
    for (const lookup of LOOKUPS) {
      const map = this.maps[lookup];
      const keys = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const keyStart = new Uint32Array(keys.length + 1);
      const postStart = new Uint32Array(keys.length + 1);
      const postings: number[] = [];
      keys.forEach((k, j) => {
        keyStart[j] = text.length;
        text += k;
        postStart[j] = postings.length;
        postings.push(...(map.get(k) as number[]));
      });
      keyStart[keys.length] = text.length;
      postStart[keys.length] = postings.length;
      tables.push([`${lookup}KeyStart`, keyStart], [`${lookup}PostStart`, postStart], [`${lookup}Postings`, Uint32Array.from(postings)]);
    }
    if (position % 4) put(Buffer.alloc(4 - (position % 4)));
    const tablesStart = position;
    const parts: Record<string, [number, number]> = {};
    let crc = 0;
    for (const [name, array] of tables) {
      parts[name] = [position - tablesStart, array.length];
      const b = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
      crc = crc32(b, crc);
      put(b);
    }
    const textBytes = Buffer.from(text, 'utf8');
    const textRange = [position - tablesStart, position - tablesStart + textBytes.length];
    crc = crc32(textBytes, crc);
    put(textBytes);
    const header = { format: FORMAT, version: VERSION, label, source, probes: probeKeys(), entities: n, tables: [tablesStart, position], crc, parts, text: textRange };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    put(headerBytes);
    put(trailer(headerBytes.length, MAGIC));
    writeFileAtomically(file, (fd) => writeSync(fd, Buffer.concat(chunks, position)));
  }
}

interface FileHeader {
  format: string;
  version: number;
  label: string;
  source: string;
  probes: string;
  entities: number;
  tables: [number, number];
  crc: number;
  parts: Record<string, [number, number]>;
  text: [number, number];
}

/** Lookups read from a name file: binary searches over its sorted keys, entities parsed when met. */
export class FileNameIndex implements NameIndex {
  private readonly cache: Array<NamedEntity | undefined>;
  /** Place → entity number, made at the first {@link atPlace}. */
  private byPlace: Uint32Array | null = null;
  private readonly text: string;
  private readonly t: Record<string, Uint32Array> = {};

  private constructor(private fd: number | null, private readonly file: string, header: FileHeader, tables: Buffer) {
    for (const [name, [offset, count]] of Object.entries(header.parts)) this.t[name] = new Uint32Array(tables.buffer, tables.byteOffset + offset, count);
    this.text = tables.toString('utf8', header.text[0], header.text[1]);
    this.cache = new Array<NamedEntity | undefined>(header.entities);
    for (const name of ['entityStart', 'entityEnd', 'entityCrc', 'nameRank']) if (this.t[name]?.length !== header.entities) throw new Error('counts differ');
    for (const lookup of LOOKUPS) {
      const keyStart = this.t[`${lookup}KeyStart`];
      const postStart = this.t[`${lookup}PostStart`];
      const postings = this.t[`${lookup}Postings`];
      if (!keyStart || !postStart || !postings || keyStart.length !== postStart.length || keyStart[keyStart.length - 1]! > this.text.length || postStart[postStart.length - 1] !== postings.length) throw new Error('bad tables');
    }
  }

  /**
   * The name file of `label` at `file` when it is whole, was built from `source` and folds names
   * as this code does; else null (missing, stale or damaged). Never throws.
   */
  static open(file: string, label: NamedLabel, source: string): FileNameIndex | null {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return null;
    }
    try {
      const read = readHeader(fd, MAGIC);
      const header = read.header as FileHeader;
      if (header.format !== FORMAT || header.version !== VERSION || header.label !== label || header.source !== source || header.probes !== probeKeys()) throw new Error('stale');
      const [start, end] = header.tables;
      if (!(start >= 0 && start % 4 === 0 && end === read.headerStart)) throw new Error('bad layout');
      const tables = Buffer.alloc(end - start);
      if (readSync(fd, tables, 0, tables.length, start) !== tables.length) throw new Error('short read');
      if (crc32(tables) !== header.crc) throw new Error('checksum differs');
      return new FileNameIndex(fd, file, header, tables);
    } catch {
      closeSync(fd);
      return null;
    }
  }

  /** The key `j` of a lookup. */
  private key(lookup: Lookup, j: number): string {
    const keyStart = this.t[`${lookup}KeyStart`] as Uint32Array;
    return this.text.slice(keyStart[j], keyStart[j + 1]);
  }

  /** The postings of `key` in one lookup (ascending entity numbers). */
  private postings(lookup: Lookup, key: string): Uint32Array {
    const keyStart = this.t[`${lookup}KeyStart`] as Uint32Array;
    const postStart = this.t[`${lookup}PostStart`] as Uint32Array;
    let lo = 0;
    let hi = keyStart.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.text.slice(keyStart[mid], keyStart[mid + 1]);
      if (k === key) return (this.t[`${lookup}Postings`] as Uint32Array).subarray(postStart[mid], postStart[mid + 1]);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return new Uint32Array(0);
  }

  entity(i: number): NamedEntity {
    let e = this.cache[i];
    if (e) return e;
    if (this.fd === null) throw new Error('the name index is closed');
    const start = this.t.entityStart?.[i] as number;
    const end = this.t.entityEnd?.[i] as number;
    const b = Buffer.allocUnsafe(end - start);
    if (readSync(this.fd, b, 0, b.length, start) !== b.length || crc32(b) !== this.t.entityCrc?.[i]) {
      throw new IndexDamagedError(this.file, "an entity's checksum differs");
    }
    e = JSON.parse(b.toString('utf8')) as NamedEntity;
    this.cache[i] = e;
    return e;
  }

  place(i: number): number {
    return this.t.nameRank?.[i] as number;
  }

  atPlace(place: number): number {
    this.byPlace ??= inverse(this.t.nameRank as Uint32Array);
    return this.byPlace[place] as number;
  }

  withId(id: string): ArrayLike<number> {
    return this.postings('id', id);
  }

  withMatchKey(key: string): ArrayLike<number> {
    return this.postings('match', key);
  }

  withFoldedName(key: string): ArrayLike<number> {
    return this.postings('named', key);
  }

  withFoldedNamePrefix(prefix: string): ArrayLike<number> {
    const keyStart = this.t.namedKeyStart as Uint32Array;
    const postStart = this.t.namedPostStart as Uint32Array;
    const [first, end] = prefixRun(keyStart.length - 1, (j) => this.key('named', j), prefix);
    return (this.t.namedPostings as Uint32Array).subarray(postStart[first], postStart[end]);
  }

  byId(id: string): NamedEntity | undefined {
    const p = this.postings('id', id);
    return p.length ? this.entity(p[0] as number) : undefined;
  }

  byMatch(key: string): NamedEntity[] {
    return [...this.postings('match', key)].map((i) => this.entity(i));
  }

  byFolded(key: string): NamedEntity[] {
    return [...this.postings('folded', key)].map((i) => this.entity(i));
  }

  byWord(word: string): ArrayLike<number> {
    return this.postings('word', word);
  }

  /** Closes the file. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
