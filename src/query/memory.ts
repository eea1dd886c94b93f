/**
 * The query helpers over the embedded store: a graphology multi-directed graph whose node key is
 * the node id, node attributes `{label, ...properties}`, edge key the relationship id and edge
 * attributes `{type, ...properties}` (see `src/model/graph.ts`).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { dateHigh, dateLow, inDateRange, earliest, latest, onOrBefore } from './dates.js';
import { anyMatches, foldedWords, inEveryList, resolveOne, searchNames, toCandidate, type NamedEntity } from './names.js';
import {
  markCurrent,
  normalizeMeetingDetail,
  sortChairRows,
  sortCoAttendance,
  sortHolderRows,
  sortMeetingRows,
  sortParticipants,
  sortTaskDetails,
  sortTaskRows,
  sortTimeline,
} from './order.js';
import {
  evidenceRef,
  meetingRef,
  namedEntity,
  organizationRef,
  personRef,
  personResolution,
  positionRef,
  str,
  taskRef,
  type Props,
} from './refs.js';
import {
  type Ambiguous,
  type Assignee,
  type ChairRow,
  type ChairsAnswer,
  type ChairsInput,
  type CoAttendanceAnswer,
  type CoAttendanceRow,
  type EvidenceRef,
  type HolderRow,
  type HoldersAnswer,
  type HoldersInput,
  type MeetingAnswer,
  type MeetingQueries,
  type MeetingRef,
  type MeetingRow,
  type MeetingsAnswer,
  type MeetingsInput,
  type NamedLabel,
  type NotFound,
  type OrganizationRef,
  type Participant,
  type SearchAnswer,
  type SearchInput,
  type TaskDetail,
  type TaskRow,
  type TasksAnswer,
  type TasksInput,
  type TimelineAnswer,
  type TimelineEntry,
} from './schemas.js';
import { parseChairsInput, parseHoldersInput, parseMeetingsInput, parseNameInput, parseSearchInput, parseTasksInput } from './inputs.js';
import { matchKey, searchKey } from '../model/keys.js';
import { IndexedGraph } from '../store/memory/graph-index.js';
import { FileNameIndex, MemoryNameIndex, type NameIndex } from './name-index.js';

/** The graph the embedded store keeps (any graphology graph with the contract's attributes). */
export type MemoryGraph = AbstractGraph<Attributes, Attributes, Attributes>;

interface Edge {
  readonly source: string;
  readonly target: string;
  readonly props: Props;
  /**
   * The edge's evidence, made at its first answer and shared by the answers after it (they never
   * change it; sorting copies the lists). Edges are kept until the graph changes, and so is this.
   */
  evidence: readonly EvidenceRef[] | undefined;
}


/**
 * What the helpers read of a graph, from a graphology graph or from a graph file's index. Lists
 * come in the graph's order (adjacency in graphology's iteration order), so both give the same answers.
 */
interface GraphReader {
  hasNode(id: string): boolean;
  /** A node's attributes, or {} when there is no such node. */
  props(id: string): Props;
  label(id: string): string | null;
  outEdges(node: string, type: string): Edge[];
  inEdges(node: string, type: string): Edge[];
  nodesOf(label: string): string[];
  edgesOfType(type: string): Edge[];
  nodeRank(id: string): number;
  edgeRank(edge: Edge): number;
  /** A hint: every node of this label is about to be read. */
  preload(label: string): void;
  /** The name lookups of a label, from `entities()` (its named entities in node order) or kept ones. */
  nameIndex(label: NamedLabel, entities: () => NamedEntity[]): NameIndex;
  /** Calls `f` whenever the graph changes (what was derived from it is stale). */
  onChange(f: () => void): void;
  close(): void;
}

/** The evidence of an edge that carries none (shared: never changed). */
const NO_EVIDENCE: readonly EvidenceRef[] = Object.freeze([]);

/** What the task lists read of a task (see `MemoryQueries.taskFacts`). */
interface TaskFacts {
  readonly detail: TaskDetail;
  /** The meeting that set the task, or null. */
  readonly setBy: string | null;
  readonly meeting: MeetingRef | null;
}

/** A meeting with its properties and its date's interval (null bounds: no year, so never in a range). */
interface DatedMeeting {
  readonly id: string;
  readonly props: Props;
  readonly low: string | null;
  readonly high: string | null;
}

/** The bounds of a `from`/`to` filter as `inDateRange` compares them, or null when there is no filter. */
function dateRange(from: string | undefined, to: string | undefined): { low: string | null; high: string | null } | null {
  if (!from && !to) return null;
  return { low: from ? (dateLow(from) ?? from) : null, high: to ? (dateHigh(to) ?? to) : null };
}

/** `inDateRange` on a date's interval (`low`..`high`) and a filter's bounds (see {@link dateRange}). */
function inRange(low: string, high: string, range: { low: string | null; high: string | null }): boolean {
  return !(range.low !== null && high < range.low) && !(range.high !== null && low > range.high);
}

/** How many (node, direction, type) edge lists the helpers keep before starting afresh. */
const MAX_ADJACENCY = 500_000;

/** The entities whose names hold every one of `words` (folded); none for no words. */
function holdingEveryWord(names: NameIndex, words: readonly string[]): NamedEntity[] {
  return inEveryList(words.map((w) => names.byWord(w))).map((i) => names.entity(i));
}

/** Graph events after which the index is stale. */
const CHANGES = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'attributesUpdated', 'nodeAttributesUpdated', 'edgeAttributesUpdated'] as const;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface GraphologyEdge extends Edge {
  readonly id: string;
}

/** What the graphology reader looks up, built once from the graph (and again after it changes). */
interface GraphologyIndex {
  /** Node ids per label, in the graph's node order. */
  nodes: Map<string, string[]>;
  /** Edges per type, in the graph's edge order. */
  edges: Map<string, GraphologyEdge[]>;
  /** Position of each node and edge in the graph's order: candidates found through an index are put back in it. */
  nodeOrder: Map<string, number>;
  edgeOrder: Map<string, number>;
  /** Each node's attributes (one look-up for a label or a property instead of `hasNode` and another). */
  attributes: Map<string, Props>;
  /**
   * Each node's label (null when not a string): the helpers test a label for every candidate, and
   * reading it from the attributes (objects of many shapes) cost about half a microsecond a time.
   */
  labels: Map<string, string | null>;
}

/** A graphology graph as a reader: lists through an index built at the first question, dropped when the graph changes. */
class GraphologyReader implements GraphReader {
  private index: GraphologyIndex | null = null;
  private readonly listeners: Array<() => void> = [];
  private readonly invalidate = () => {
    this.index = null;
    for (const f of this.listeners) f();
  };

  constructor(private readonly graph: MemoryGraph) {
    for (const event of CHANGES) (graph as unknown as { on(e: string, f: () => void): void }).on(event, this.invalidate);
  }

  private indexed(): GraphologyIndex {
    if (this.index) return this.index;
    const nodes = new Map<string, string[]>();
    const nodeOrder = new Map<string, number>();
    const attributes = new Map<string, Props>();
    const labels = new Map<string, string | null>();
    this.graph.forEachNode((id, attrs) => {
      nodeOrder.set(id, nodeOrder.size);
      attributes.set(id, attrs as Props);
      labels.set(id, str(attrs as Props, 'label'));
      push(nodes, attrs.label as string, id);
    });
    const edges = new Map<string, GraphologyEdge[]>();
    const edgeOrder = new Map<string, number>();
    this.graph.forEachEdge((id, attrs, source, target) => {
      edgeOrder.set(id, edgeOrder.size);
      push(edges, attrs.type as string, { id, source, target, props: attrs as Props, evidence: undefined });
    });
    this.index = { nodes, edges, nodeOrder, edgeOrder, attributes, labels };
    return this.index;
  }

  hasNode(id: string): boolean {
    return this.graph.hasNode(id);
  }

  props(id: string): Props {
    return this.indexed().attributes.get(id) ?? {};
  }

  label(id: string): string | null {
    return this.indexed().labels.get(id) ?? null;
  }

  outEdges(node: string, type: string): Edge[] {
    const out: GraphologyEdge[] = [];
    if (!this.graph.hasNode(node)) return out;
    this.graph.forEachOutEdge(node, (id, attrs, source, target) => {
      if (attrs.type === type) out.push({ id, source, target, props: attrs as Props, evidence: undefined });
    });
    return out;
  }

  inEdges(node: string, type: string): Edge[] {
    const out: GraphologyEdge[] = [];
    if (!this.graph.hasNode(node)) return out;
    this.graph.forEachInEdge(node, (id, attrs, source, target) => {
      if (attrs.type === type) out.push({ id, source, target, props: attrs as Props, evidence: undefined });
    });
    return out;
  }

  nodesOf(label: string): string[] {
    return this.indexed().nodes.get(label) ?? [];
  }

  edgesOfType(type: string): Edge[] {
    return this.indexed().edges.get(type) ?? [];
  }

  nodeRank(id: string): number {
    return this.indexed().nodeOrder.get(id) ?? 0;
  }

  edgeRank(edge: Edge): number {
    return this.indexed().edgeOrder.get((edge as GraphologyEdge).id) ?? 0;
  }

  preload(): void {}

  nameIndex(_label: NamedLabel, entities: () => NamedEntity[]): NameIndex {
    return new MemoryNameIndex(entities());
  }

  onChange(f: () => void): void {
    this.listeners.push(f);
  }

  close(): void {
    for (const event of CHANGES) (this.graph as unknown as { off(e: string, f: () => void): void }).off(event, this.invalidate);
    this.index = null;
  }
}

/** An edge of a graph file's index: its attributes read when first asked for. */
class IndexEdge implements Edge {
  evidence: readonly EvidenceRef[] | undefined = undefined;
  constructor(private readonly graph: IndexedGraph, readonly rank: number, readonly source: string, readonly target: string) {}
  get props(): Props {
    return this.graph.edgeAttributes(this.rank) as Props;
  }
}

/** A graph file's index as a reader (it never changes). */
class IndexReader implements GraphReader {
  private readonly nameFiles: FileNameIndex[] = [];

  constructor(private readonly graph: IndexedGraph) {}

  /** The label's name file beside the index when it matches; else built and written (best effort) for the next question. */
  nameIndex(label: NamedLabel, entities: () => NamedEntity[]): NameIndex {
    const file = `${this.graph.location}.${label.toLowerCase()}-names`;
    const kept = FileNameIndex.open(file, label, this.graph.identity);
    if (kept) {
      this.nameFiles.push(kept);
      return kept;
    }
    const built = new MemoryNameIndex(entities());
    try {
      built.write(file, label, this.graph.identity);
    } catch {
      // Only a faster next question is lost.
    }
    return built;
  }

  private edges(list: ArrayLike<number>, type: string): Edge[] {
    const out: Edge[] = [];
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as number;
      if (this.graph.type(e) === type) out.push(new IndexEdge(this.graph, e, this.graph.id(this.graph.source(e)), this.graph.id(this.graph.target(e))));
    }
    return out;
  }

  hasNode(id: string): boolean {
    return this.graph.rank(id) !== undefined;
  }

  props(id: string): Props {
    const r = this.graph.rank(id);
    return r === undefined ? {} : (this.graph.nodeAttributes(r) as Props);
  }

  label(id: string): string | null {
    const r = this.graph.rank(id);
    return r === undefined ? null : this.graph.label(r);
  }

  outEdges(node: string, type: string): Edge[] {
    const r = this.graph.rank(node);
    return r === undefined ? [] : this.edges(this.graph.outEdges(r), type);
  }

  inEdges(node: string, type: string): Edge[] {
    const r = this.graph.rank(node);
    return r === undefined ? [] : this.edges(this.graph.inEdges(r), type);
  }

  nodesOf(label: string): string[] {
    return this.graph.nodesWithLabel(label).map((r) => this.graph.id(r));
  }

  edgesOfType(type: string): Edge[] {
    this.graph.loadType(type);
    return this.edges(this.graph.edgesWithType(type), type);
  }

  nodeRank(id: string): number {
    return this.graph.rank(id) ?? 0;
  }

  edgeRank(edge: Edge): number {
    return (edge as IndexEdge).rank;
  }

  preload(label: string): void {
    this.graph.loadLabel(label);
  }

  onChange(): void {}

  close(): void {
    for (const f of this.nameFiles) f.close();
    this.graph.close();
  }
}

/**
 * Query helpers reading the embedded store: a graphology graph in memory, or a graph file's index
 * (read lazily, see `store/memory/graph-index.ts`). Lookups go through indexes (nodes by label,
 * edges by type, names by id, key, folded key and word) built at the first question and dropped
 * whenever the graph changes; answers are those of a scan, in the same order.
 */
export class MemoryQueries implements MeetingQueries {
  private readonly reader: GraphReader;
  private readonly nameIndexes = new Map<NamedLabel, NameIndex>();
  /** Per direction, type → node → the node's edges of that type (see {@link adjacent}), and how many lists are kept. */
  private readonly adjacency = { out: new Map<string, Map<string, readonly Edge[]>>(), in: new Map<string, Map<string, readonly Edge[]>>(), kept: 0 };
  /** The url of each article evidence names (null when none), read once (forgotten with the adjacency when the graph changes). */
  private readonly urls = new Map<string, string | null>();
  /** Every task with its date, for the task lists of a date range (see {@link datedTasks}). */
  private taskDates: ReadonlyArray<{ id: string; date: string | null }> | null = null;
  /** What the task lists read of each task, made at its first list (see {@link taskFacts}). */
  private readonly tasksRead = new Map<string, TaskFacts>();
  /** Every meeting with its properties and date interval, for the meeting lists of a date range (see {@link datedMeetings}). */
  private meetingDates: readonly DatedMeeting[] | null = null;
  /** The folded form (`searchKey`) of each meeting kind met (kinds are few; a list folded one per row). */
  private readonly foldedKinds = new Map<string, string>();

  constructor(graph: MemoryGraph | IndexedGraph) {
    this.reader = graph instanceof IndexedGraph ? new IndexReader(graph) : new GraphologyReader(graph);
    this.reader.onChange(() => {
      this.nameIndexes.clear();
      this.forgetAdjacency();
    });
  }

  // ── graph access ─────────────────────────────────────────────────────────────────────────

  private props(id: string): Props {
    return this.reader.props(id);
  }

  private labelOf(id: string): string | null {
    return this.reader.label(id);
  }

  private nodesOf(label: string): string[] {
    return this.reader.nodesOf(label);
  }

  private edgesOfType(type: string): Edge[] {
    return this.reader.edgesOfType(type);
  }

  /** Node ids in the graph's node order. */
  private inNodeOrder(ids: Iterable<string>): string[] {
    // Each node's rank looked up once, not twice per comparison.
    const ranked = [...new Set(ids)].map((id) => ({ id, rank: this.reader.nodeRank(id) }));
    return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.id);
  }

  /** Edges in the graph's edge order. */
  private inEdgeOrder(edges: readonly Edge[]): Edge[] {
    return [...edges].sort((a, b) => this.reader.edgeRank(a) - this.reader.edgeRank(b));
  }

  /** A node's out-edges of a type, in adjacency order (kept once read: callers never change the list). */
  private outEdges(node: string, type: string): readonly Edge[] {
    return this.adjacent('out', node, type);
  }

  /** A node's in-edges of a type, in adjacency order (kept once read: callers never change the list). */
  private inEdges(node: string, type: string): readonly Edge[] {
    return this.adjacent('in', node, type);
  }

  private adjacent(direction: 'out' | 'in', node: string, type: string): readonly Edge[] {
    // Maps by the strings at hand (no key text built per call: a task list asks thousands of times).
    const byType = direction === 'out' ? this.adjacency.out : this.adjacency.in;
    let byNode = byType.get(type);
    if (byNode === undefined) byType.set(type, (byNode = new Map()));
    let list = byNode.get(node);
    if (list === undefined) {
      // A body is the target of thousands of MENTIONS; its few ORGANIZED_BY are read once, then kept.
      list = direction === 'out' ? this.reader.outEdges(node, type) : this.reader.inEdges(node, type);
      if (++this.adjacency.kept > MAX_ADJACENCY) this.forgetAdjacency();
      byNode.set(node, list);
    }
    return list;
  }

  private forgetAdjacency(): void {
    this.adjacency.out.clear();
    this.adjacency.in.clear();
    this.adjacency.kept = 0;
    this.urls.clear();
    this.taskDates = null;
    this.meetingDates = null;
    this.foldedKinds.clear();
    this.tasksRead.clear();
  }

  /** The evidence of a fact edge (none or one), made once per edge (see {@link Edge.evidence}). */
  private evidence(edge: Edge): readonly EvidenceRef[] {
    let made = edge.evidence;
    if (made === undefined) {
      made = this.makeEvidence(edge);
      edge.evidence = made;
    }
    return made;
  }

  private makeEvidence(edge: Edge): readonly EvidenceRef[] {
    const props = edge.props;
    const article = str(props, 'article');
    if (article === null) return NO_EVIDENCE;
    let url = this.urls.get(article);
    if (url === undefined) {
      url = this.labelOf(article) === 'Article' ? str(this.props(article), 'url') : null;
      this.urls.set(article, url);
    }
    const e = evidenceRef(props, url);
    return e ? [e] : NO_EVIDENCE;
  }

  /** The bodies of a meeting, one per ORGANIZED_BY edge (a body stated by several articles comes several times). */
  private organizers(meeting: string): OrganizationRef[] {
    return this.outEdges(meeting, 'ORGANIZED_BY')
      .filter((e) => this.labelOf(e.target) === 'Organization')
      .map((e) => organizationRef(e.target, this.props(e.target)));
  }

  /**
   * The bodies of a meeting, each once (first edge first), for answers whose lists are made
   * distinct anyway (`sortRefs`); kept in `memo` for the question (a meeting may set a hundred
   * tasks and have one ORGANIZED_BY edge per article that reports it). The list is shared: callers copy it.
   */
  private distinctOrganizers(meeting: string, memo: Map<string, readonly OrganizationRef[]>): readonly OrganizationRef[] {
    let list = memo.get(meeting);
    if (list === undefined) {
      const byId = new Map<string, OrganizationRef>();
      for (const e of this.outEdges(meeting, 'ORGANIZED_BY')) {
        if (!byId.has(e.target) && this.labelOf(e.target) === 'Organization') byId.set(e.target, organizationRef(e.target, this.props(e.target)));
      }
      list = [...byId.values()];
      memo.set(meeting, list);
    }
    return list;
  }

  /** Meetings ORGANIZED_BY any of these bodies, in the graph's node order. */
  private meetingsOrganizedBy(orgIds: ReadonlySet<string>): string[] {
    const meetings: string[] = [];
    for (const o of orgIds) for (const e of this.inEdges(o, 'ORGANIZED_BY')) if (this.labelOf(e.source) === 'Meeting') meetings.push(e.source);
    return this.inNodeOrder(meetings);
  }

  private organizationOfPosition(position: string) {
    const of = this.outEdges(position, 'OF').find((e) => this.labelOf(e.target) === 'Organization');
    return of ? organizationRef(of.target, this.props(of.target)) : null;
  }

  private names(label: NamedLabel): NameIndex {
    let names = this.nameIndexes.get(label);
    if (names) return names;
    names = this.reader.nameIndex(label, () => {
      this.reader.preload(label);
      if (label === 'Position') this.reader.preload('Organization');
      return this.nodesOf(label).map((id) =>
        namedEntity(label, id, this.props(id), label === 'Position' ? (this.organizationOfPosition(id)?.name ?? null) : null),
      );
    });
    this.nameIndexes.set(label, names);
    return names;
  }

  /**
   * The entities of a label that could match the input at any step (the rest cannot): by id, by
   * exact or folded name, or holding every word of the input. The matching itself stays in names.ts.
   * `bestDecides`: the caller keeps only the best step's matches (`resolveOne`), so once a look-up
   * found entities the later ones are skipped: they could only add entities of a later step (a post
   * named in full, "Chủ tịch UBND tỉnh", would otherwise gather every post holding those words).
   */
  private entities(label: NamedLabel, input: string, bestDecides = false): NamedEntity[] {
    const names = this.names(label);
    const steps: ReadonlyArray<() => Iterable<NamedEntity>> = [
      () => {
        const byId = names.byId(input.trim());
        return byId ? [byId] : [];
      },
      () => names.byMatch(matchKey(input)),
      () => names.byFolded(searchKey(input)),
      () => holdingEveryWord(names, foldedWords(input)),
    ];
    const found = new Set<NamedEntity>();
    for (const step of steps) {
      if (bestDecides && found.size > 0) break;
      for (const e of step()) found.add(e);
    }
    return [...found];
  }

  /** One entity for an argument, or the `ambiguous` / `not-found` answer to return instead. */
  private one(label: NamedLabel, argument: string, input: string): NamedEntity | Ambiguous | NotFound {
    const r = resolveOne(this.entities(label, input, true), input);
    if (r.status === 'one') return r.entity;
    if (r.status === 'many') return { status: 'ambiguous', argument, input, candidates: r.entities.map(toCandidate) };
    return { status: 'not-found', argument, input };
  }

  /** Every body a filter names, or `not-found`. */
  private all(label: NamedLabel, argument: string, input: string): Set<string> | NotFound {
    const found = anyMatches(this.entities(label, input), input);
    if (found.length === 0) return { status: 'not-found', argument, input };
    return new Set(found.map((e) => e.id));
  }

  /** Resolves the optional person (exactly one) and body (every fitting one) filters of a question. */
  private personAndBodies(
    argument: string,
    person: string | undefined,
    organization: string | undefined,
  ): { personId: string | null; orgIds: Set<string> | null } | Ambiguous | NotFound {
    let personId: string | null = null;
    if (person !== undefined) {
      const p = this.one('Person', argument, person);
      if ('status' in p) return p;
      personId = p.id;
    }
    let orgIds: Set<string> | null = null;
    if (organization !== undefined) {
      const o = this.all('Organization', 'organization', organization);
      if (!(o instanceof Set)) return o;
      orgIds = o;
    }
    return { personId, orgIds };
  }

  // ── questions ────────────────────────────────────────────────────────────────────────────

  /** Who chaired which body's meetings and when, newest first. */
  async chairs(input: ChairsInput = {}): Promise<ChairsAnswer> {
    const q = await parseChairsInput(input);
    const filter = this.personAndBodies('person', q.person, q.organization);
    if ('status' in filter) return filter;
    const { personId, orgIds } = filter;
    const rows = new Map<string, ChairRow>();
    let candidates: Edge[];
    if (personId !== null) candidates = this.inEdgeOrder(this.outEdges(personId, 'CHAIRED'));
    else if (orgIds !== null) candidates = this.inEdgeOrder(this.meetingsOrganizedBy(orgIds).flatMap((m) => this.inEdges(m, 'CHAIRED')));
    else candidates = this.edgesOfType('CHAIRED');
    const bodies = new Map<string, readonly OrganizationRef[]>();
    for (const e of candidates) {
      if (this.labelOf(e.source) !== 'Person' || this.labelOf(e.target) !== 'Meeting') continue;
      if (personId !== null && e.source !== personId) continue;
      const m = this.props(e.target);
      if (!inDateRange(str(m, 'date'), q.from, q.to)) continue;
      const organizations = this.distinctOrganizers(e.target, bodies);
      if (orgIds !== null && !organizations.some((o) => orgIds.has(o.id))) continue;
      const key = `${e.source}\u241F${e.target}`;
      let row = rows.get(key);
      if (!row) {
        row = { person: personRef(e.source, this.props(e.source)), meeting: meetingRef(e.target, m), organizations: [...organizations], evidence: [] };
        rows.set(key, row);
      }
      row.evidence.push(...this.evidence(e));
    }
    return { status: 'ok', rows: sortChairRows([...rows.values()]) };
  }

  /** Who held a post (or the posts of a body), first/last seen, as of `at`. */
  async holders(input: HoldersInput): Promise<HoldersAnswer> {
    const q = await parseHoldersInput(input);
    let positions: string[];
    if (q.position !== undefined) {
      const p = this.one('Position', 'position', q.position);
      if ('status' in p) return p;
      positions = [p.id];
    } else {
      const o = this.one('Organization', 'organization', q.organization ?? '');
      if ('status' in o) return o;
      positions = this.inEdges(o.id, 'OF')
        .filter((e) => this.labelOf(e.source) === 'Position')
        .map((e) => e.source);
    }
    const rows: HolderRow[] = [];
    for (const position of [...new Set(positions)]) {
      const byPerson = new Map<string, Edge[]>();
      for (const e of this.inEdges(position, 'HOLDS')) {
        if (this.labelOf(e.source) !== 'Person') continue;
        if (q.at !== undefined && !onOrBefore(str(e.props, 'date'), q.at)) continue;
        push(byPerson, e.source, e);
      }
      const positionProps = this.props(position);
      const organization = this.organizationOfPosition(position);
      for (const [person, edges] of byPerson) {
        const dates = edges.map((e) => str(e.props, 'date'));
        rows.push({
          person: personRef(person, this.props(person)),
          position: positionRef(position, positionProps),
          organization,
          firstSeen: earliest(dates),
          lastSeen: latest(dates),
          former: edges.every((e) => e.props.former === true),
          current: false,
          evidence: edges.flatMap((e) => this.evidence(e)),
        });
      }
    }
    return { status: 'ok', rows: sortHolderRows(markCurrent(rows)) };
  }

  /** A person's posts and meetings, oldest first. */
  async personTimeline(person: string): Promise<TimelineAnswer> {
    const p = this.one('Person', 'person', await parseNameInput(person));
    if ('status' in p) return p;
    const entries: TimelineEntry[] = [];
    const holds = new Map<string, Edge[]>();
    for (const e of this.outEdges(p.id, 'HOLDS')) {
      if (this.labelOf(e.target) !== 'Position') continue;
      push(holds, e.target, e);
    }
    for (const [position, edges] of holds) {
      const dates = edges.map((e) => str(e.props, 'date'));
      entries.push({
        type: 'position',
        date: earliest(dates),
        lastSeen: latest(dates),
        position: positionRef(position, this.props(position)),
        organization: this.organizationOfPosition(position),
        former: edges.every((e) => e.props.former === true),
        evidence: edges.flatMap((e) => this.evidence(e)),
      });
    }
    const meetings = new Map<string, Extract<TimelineEntry, { type: 'meeting' }>>();
    const roles = [
      ['CHAIRED', 'chaired'],
      ['SPOKE_AT', 'spoke'],
      ['ATTENDED', 'attended'],
    ] as const;
    for (const [type, role] of roles) {
      for (const e of this.outEdges(p.id, type)) {
        if (this.labelOf(e.target) !== 'Meeting') continue;
        let entry = meetings.get(e.target);
        if (!entry) {
          const m = meetingRef(e.target, this.props(e.target));
          entry = { type: 'meeting', date: m.date, meeting: m, organizations: this.organizers(e.target), roles: [], evidence: [] };
          meetings.set(e.target, entry);
        }
        entry.roles.push(role);
        entry.evidence.push(...this.evidence(e));
      }
    }
    entries.push(...meetings.values());
    return { status: 'ok', person: personRef(p.id, this.props(p.id)), rows: sortTimeline(entries), resolution: personResolution(this.props(p.id)) };
  }

  /** Meetings, newest first. */
  async meetings(input: MeetingsInput = {}): Promise<MeetingsAnswer> {
    const q = await parseMeetingsInput(input);
    let orgIds: Set<string> | null = null;
    if (q.organization !== undefined) {
      const o = this.all('Organization', 'organization', q.organization);
      if (!(o instanceof Set)) return o;
      orgIds = o;
    }
    const kind = q.kind === undefined ? null : searchKey(q.kind);
    const range = dateRange(q.from, q.to);
    const rows: MeetingRow[] = [];
    // Both lists hold meetings only (a body's ORGANIZED_BY sources are checked there).
    let candidates: ReadonlyArray<{ id: string; props: Props }>;
    if (orgIds !== null) candidates = this.meetingsOrganizedBy(orgIds).map((id) => ({ id, props: this.props(id) }));
    else if (range !== null) candidates = this.datedMeetings().filter((m) => m.low !== null && inRange(m.low, m.high as string, range));
    else candidates = this.datedMeetings();
    for (const { id, props } of candidates) {
      const date = str(props, 'date');
      if (range !== null && !inDateRange(date, q.from, q.to)) continue;
      if (kind !== null && !this.foldedKind(str(props, 'kind') ?? 'Meeting').startsWith(kind)) continue;
      const m = meetingRef(id, props);
      const organizations = this.organizers(id);
      if (orgIds !== null && !organizations.some((o) => orgIds.has(o.id))) continue;
      rows.push({
        meeting: m,
        organizations,
        chairs: this.inEdges(id, 'CHAIRED')
          .filter((e) => this.labelOf(e.source) === 'Person')
          .map((e) => personRef(e.source, this.props(e.source))),
        evidence: this.inEdges(id, 'REPORTS').flatMap((e) => this.evidence(e)),
      });
    }
    return { status: 'ok', rows: sortMeetingRows(rows) };
  }

  private participants(meeting: string, type: string): Participant[] {
    const byPerson = new Map<string, Participant>();
    for (const e of this.inEdges(meeting, type)) {
      if (this.labelOf(e.source) !== 'Person') continue;
      let p = byPerson.get(e.source);
      if (!p) {
        p = { person: personRef(e.source, this.props(e.source)), evidence: [] };
        byPerson.set(e.source, p);
      }
      p.evidence.push(...this.evidence(e));
    }
    return sortParticipants([...byPerson.values()]);
  }

  private taskDetail(task: string): TaskDetail {
    const issuedBy = this.inEdges(task, 'ISSUED')
      .filter((e) => this.labelOf(e.source) === 'Person')
      .map((e) => personRef(e.source, this.props(e.source)));
    const assignedTo: Assignee[] = [];
    for (const e of this.outEdges(task, 'ASSIGNED_TO')) {
      const label = this.labelOf(e.target);
      if (label !== 'Organization' && label !== 'Person') continue;
      const name = str(this.props(e.target), 'name') ?? e.target;
      assignedTo.push({ label, id: e.target, name });
    }
    const evidence = this.inEdges(task, 'SET').flatMap((e) => this.evidence(e));
    return { task: taskRef(task, this.props(task)), issuedBy, assignedTo, evidence };
  }

  /**
   * A task's detail, the meeting that set it (the first SET from a Meeting) and that meeting's
   * reference, made once and kept until the graph changes: a body's task list reads hundreds. The
   * lists and references are shared by the answers, which never change them (sorting replaces a
   * row's lists with sorted copies).
   */
  private taskFacts(task: string): TaskFacts {
    let facts = this.tasksRead.get(task);
    if (facts === undefined) {
      const setBy = this.inEdges(task, 'SET').find((e) => this.labelOf(e.source) === 'Meeting')?.source ?? null;
      facts = { detail: this.taskDetail(task), setBy, meeting: setBy !== null ? meetingRef(setBy, this.props(setBy)) : null };
      if (this.tasksRead.size >= MAX_ADJACENCY) this.tasksRead.clear();
      this.tasksRead.set(task, facts);
    }
    return facts;
  }

  /** A task's date as the task lists use it: its meeting's (the first SET from a Meeting), else its own. */
  private taskDate(task: string): string | null {
    const setBy = this.inEdges(task, 'SET').find((e) => this.labelOf(e.source) === 'Meeting');
    return (setBy ? str(this.props(setBy.source), 'date') : null) ?? str(this.props(task), 'date');
  }

  /** Every meeting with its date's interval (`dateLow`/`dateHigh`), in node order: read once, forgotten when the graph changes. */
  private datedMeetings(): readonly DatedMeeting[] {
    if (this.meetingDates === null) {
      this.reader.preload('Meeting');
      this.meetingDates = this.nodesOf('Meeting').map((id) => {
        const props = this.props(id);
        const date = str(props, 'date');
        return { id, props, low: dateLow(date), high: dateHigh(date) };
      });
    }
    return this.meetingDates;
  }

  /** `searchKey` of a meeting kind, kept. */
  private foldedKind(kind: string): string {
    let folded = this.foldedKinds.get(kind);
    if (folded === undefined) {
      folded = searchKey(kind);
      if (this.foldedKinds.size < 10_000) this.foldedKinds.set(kind, folded);
    }
    return folded;
  }

  /** Every task with its date ({@link taskDate}), in node order: read once, forgotten when the graph changes. */
  private datedTasks(): ReadonlyArray<{ id: string; date: string | null }> {
    if (this.taskDates === null) this.taskDates = this.nodesOf('Task').map((id) => ({ id, date: this.taskDate(id) }));
    return this.taskDates;
  }

  /** One meeting with its people and tasks. */
  async meeting(id: string): Promise<MeetingAnswer> {
    const input = await parseNameInput(id);
    if (this.labelOf(input) !== 'Meeting') return { status: 'not-found', argument: 'meeting', input };
    const tasks = this.outEdges(input, 'SET')
      .filter((e) => this.labelOf(e.target) === 'Task')
      .map((e) => this.taskDetail(e.target));
    const distinctTasks = [...new Map(tasks.map((t) => [t.task.id, t] as const)).values()];
    return {
      status: 'ok',
      meeting: normalizeMeetingDetail({
        meeting: meetingRef(input, this.props(input)),
        organizations: this.organizers(input),
        chairs: this.participants(input, 'CHAIRED'),
        attendees: this.participants(input, 'ATTENDED'),
        speakers: this.participants(input, 'SPOKE_AT'),
        tasks: sortTaskDetails(distinctTasks),
        evidence: this.inEdges(input, 'REPORTS').flatMap((e) => this.evidence(e)),
      }),
    };
  }

  /** Tasks, newest first. */
  async tasks(input: TasksInput = {}): Promise<TasksAnswer> {
    const q = await parseTasksInput(input);
    const filter = this.personAndBodies('issuedBy', q.issuedBy, q.organization);
    if ('status' in filter) return filter;
    const { personId: issuer, orgIds } = filter;
    const rows: TaskRow[] = [];
    const bodies = new Map<string, readonly OrganizationRef[]>();
    let candidates: string[];
    // Each task once; their order does not matter (the rows are sorted by a total order, and each row's lists are the task's own).
    if (issuer !== null) candidates = [...new Set(this.outEdges(issuer, 'ISSUED').map((e) => e.target))];
    else if (orgIds !== null) {
      const set = this.meetingsOrganizedBy(orgIds).flatMap((m) => this.outEdges(m, 'SET').map((e) => e.target));
      for (const o of orgIds) for (const e of this.inEdges(o, 'ASSIGNED_TO')) set.push(e.source);
      candidates = [...new Set(set)];
    } else if (q.from !== undefined || q.to !== undefined) {
      // Every task in a range: the dates of all tasks, read once, are filtered (the same test as below).
      candidates = this.datedTasks()
        .filter((t) => inDateRange(t.date, q.from, q.to))
        .map((t) => t.id);
    } else candidates = this.nodesOf('Task');
    for (const id of candidates) {
      if (this.labelOf(id) !== 'Task') continue;
      const { detail, setBy, meeting } = this.taskFacts(id);
      if (!inDateRange(meeting?.date ?? detail.task.date, q.from, q.to)) continue;
      if (issuer !== null && !detail.issuedBy.some((p) => p.id === issuer)) continue;
      const organizations = setBy !== null ? [...this.distinctOrganizers(setBy, bodies)] : [];
      if (
        orgIds !== null &&
        !organizations.some((o) => orgIds.has(o.id)) &&
        !detail.assignedTo.some((a) => orgIds.has(a.id))
      )
        continue;
      // Written out, not spread: a spread of the detail cost more than the rest of the loop.
      rows.push({ task: detail.task, issuedBy: detail.issuedBy, assignedTo: detail.assignedTo, evidence: detail.evidence, meeting, organizations });
    }
    return { status: 'ok', rows: sortTaskRows(rows) };
  }

  /** Who sat in the same meetings as a person, most often first. */
  async coAttendance(person: string): Promise<CoAttendanceAnswer> {
    const p = this.one('Person', 'person', await parseNameInput(person));
    if ('status' in p) return p;
    const presence = ['ATTENDED', 'CHAIRED', 'SPOKE_AT'];
    const mine = new Set<string>();
    for (const type of presence) for (const e of this.outEdges(p.id, type)) if (this.labelOf(e.target) === 'Meeting') mine.add(e.target);
    const others = new Map<string, CoAttendanceRow>();
    for (const meeting of mine) {
      for (const type of presence) {
        for (const e of this.inEdges(meeting, type)) {
          if (e.source === p.id || this.labelOf(e.source) !== 'Person') continue;
          let row = others.get(e.source);
          if (!row) {
            row = { person: personRef(e.source, this.props(e.source)), count: 1, meetings: [], evidence: [] };
            others.set(e.source, row);
          }
          row.meetings.push(meetingRef(meeting, this.props(meeting)));
          row.evidence.push(...this.evidence(e));
        }
      }
    }
    return { status: 'ok', person: personRef(p.id, this.props(p.id)), rows: sortCoAttendance([...others.values()]) };
  }

  /** People, bodies and posts by name, insensitive to case and diacritics. */
  async search(input: SearchInput | string): Promise<SearchAnswer> {
    const q = await parseSearchInput(input);
    const times = new Map<NamedLabel, number>();
    for (const l of q.labels ?? (['Person', 'Organization', 'Position'] as const)) times.set(l, (times.get(l) ?? 0) + 1);
    // Through the name lookups, names compared by their stored place in name order, not collated.
    const sources = [...times].map(([label, n]) => ({ label, times: n, names: this.names(label) }));
    return { status: 'ok', rows: searchNames(sources, q.text, q.limit).map(toCandidate) };
  }

  async close(): Promise<void> {
    this.reader.close();
    this.nameIndexes.clear();
    this.forgetAdjacency();
  }
}
