/**
 * The query helpers over the embedded store: a graphology multi-directed graph whose node key is
 * the node id, node attributes `{label, ...properties}`, edge key the relationship id and edge
 * attributes `{type, ...properties}` (see `src/model/graph.ts`).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { inDateRange, earliest, latest, onOrBefore } from './dates.js';
import { bestMatches, foldedWords, rankSearch, resolveOne, toCandidate, type NamedEntity } from './names.js';
import {
  markCurrent,
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
  ChairsInputSchema,
  HoldersInputSchema,
  MeetingsInputSchema,
  NameInputSchema,
  SearchInputSchema,
  TasksInputSchema,
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
  type MeetingRow,
  type MeetingsAnswer,
  type MeetingsInput,
  type NamedLabel,
  type NotFound,
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
import { matchKey, searchKey } from '../model/keys.js';

/** The graph the embedded store keeps (any graphology graph with the contract's attributes). */
export type MemoryGraph = AbstractGraph<Attributes, Attributes, Attributes>;

interface Edge {
  id: string;
  source: string;
  target: string;
  props: Props;
}

/** The names of one label, looked up by id, exact key, folded key and folded word. */
interface NameIndex {
  entities: NamedEntity[];
  byId: Map<string, NamedEntity>;
  byMatch: Map<string, NamedEntity[]>;
  byFolded: Map<string, NamedEntity[]>;
  byWord: Map<string, Set<NamedEntity>>;
}

/** What the helpers look up, built once from the graph (and again after it changes). */
interface GraphIndex {
  /** Node ids per label, in the graph's node order. */
  nodes: Map<string, string[]>;
  /** Edges per type, in the graph's edge order. */
  edges: Map<string, Edge[]>;
  /** Position of each node and edge in the graph's order: candidates found through an index are put back in it. */
  nodeOrder: Map<string, number>;
  edgeOrder: Map<string, number>;
  names: Map<NamedLabel, NameIndex>;
}

/** Graph events after which the index is stale. */
const CHANGES = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'attributesUpdated', 'nodeAttributesUpdated', 'edgeAttributesUpdated'] as const;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Query helpers reading a graphology graph in memory. Lookups go through an index of the graph
 * (nodes by label, edges by type, names by id, key, folded key and word) built at the first
 * question and dropped whenever the graph changes; answers are those of a scan, in the same order.
 */
export class MemoryQueries implements MeetingQueries {
  private index: GraphIndex | null = null;
  private readonly invalidate = () => {
    this.index = null;
  };

  constructor(private readonly graph: MemoryGraph) {
    for (const event of CHANGES) (graph as unknown as { on(e: string, f: () => void): void }).on(event, this.invalidate);
  }

  // ── graph access ─────────────────────────────────────────────────────────────────────────

  private indexed(): GraphIndex {
    if (this.index) return this.index;
    const nodes = new Map<string, string[]>();
    const nodeOrder = new Map<string, number>();
    this.graph.forEachNode((id, attrs) => {
      nodeOrder.set(id, nodeOrder.size);
      push(nodes, attrs.label as string, id);
    });
    const edges = new Map<string, Edge[]>();
    const edgeOrder = new Map<string, number>();
    this.graph.forEachEdge((id, attrs, source, target) => {
      edgeOrder.set(id, edgeOrder.size);
      push(edges, attrs.type as string, { id, source, target, props: attrs as Props });
    });
    this.index = { nodes, edges, nodeOrder, edgeOrder, names: new Map() };
    return this.index;
  }

  private props(id: string): Props {
    return this.graph.hasNode(id) ? (this.graph.getNodeAttributes(id) as Props) : {};
  }

  private labelOf(id: string): string | null {
    return this.graph.hasNode(id) ? str(this.props(id), 'label') : null;
  }

  private nodesOf(label: string): string[] {
    return this.indexed().nodes.get(label) ?? [];
  }

  private edgesOfType(type: string): Edge[] {
    return this.indexed().edges.get(type) ?? [];
  }

  /** Node ids in the graph's node order. */
  private inNodeOrder(ids: Iterable<string>): string[] {
    const order = this.indexed().nodeOrder;
    return [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }

  /** Edges in the graph's edge order. */
  private inEdgeOrder(edges: Edge[]): Edge[] {
    const order = this.indexed().edgeOrder;
    return edges.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }

  private outEdges(node: string, type: string): Edge[] {
    const out: Edge[] = [];
    if (!this.graph.hasNode(node)) return out;
    this.graph.forEachOutEdge(node, (id, attrs, source, target) => {
      if (attrs.type === type) out.push({ id, source, target, props: attrs as Props });
    });
    return out;
  }

  private inEdges(node: string, type: string): Edge[] {
    const out: Edge[] = [];
    if (!this.graph.hasNode(node)) return out;
    this.graph.forEachInEdge(node, (id, attrs, source, target) => {
      if (attrs.type === type) out.push({ id, source, target, props: attrs as Props });
    });
    return out;
  }

  private evidence(edge: Edge): EvidenceRef[] {
    const article = str(edge.props, 'article');
    const url = article !== null && this.labelOf(article) === 'Article' ? str(this.props(article), 'url') : null;
    const e = evidenceRef(edge.props, url);
    return e ? [e] : [];
  }

  private organizers(meeting: string) {
    return this.outEdges(meeting, 'ORGANIZED_BY')
      .filter((e) => this.labelOf(e.target) === 'Organization')
      .map((e) => organizationRef(e.target, this.props(e.target)));
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
    const index = this.indexed();
    let names = index.names.get(label);
    if (names) return names;
    const entities = this.nodesOf(label).map((id) =>
      namedEntity(label, id, this.props(id), label === 'Position' ? (this.organizationOfPosition(id)?.name ?? null) : null),
    );
    names = { entities, byId: new Map(), byMatch: new Map(), byFolded: new Map(), byWord: new Map() };
    for (const e of entities) {
      names.byId.set(e.id, e);
      push(names.byMatch, matchKey(e.name), e);
      push(names.byFolded, searchKey(e.name), e);
      for (const n of [e.name, ...e.aliases]) {
        for (const w of foldedWords(n)) {
          let set = names.byWord.get(w);
          if (!set) names.byWord.set(w, (set = new Set()));
          set.add(e);
        }
      }
    }
    index.names.set(label, names);
    return names;
  }

  /**
   * The entities of a label that could match the input at any step (the rest cannot): by id, by
   * exact or folded name, or holding every word of the input. The matching itself stays in names.ts.
   */
  private entities(label: NamedLabel, input: string): NamedEntity[] {
    const names = this.names(label);
    const found = new Set<NamedEntity>();
    const byId = names.byId.get(input.trim());
    if (byId) found.add(byId);
    for (const e of names.byMatch.get(matchKey(input)) ?? []) found.add(e);
    for (const e of names.byFolded.get(searchKey(input)) ?? []) found.add(e);
    const words = foldedWords(input);
    if (words.length > 0) {
      const sets = words.map((w) => names.byWord.get(w) ?? new Set<NamedEntity>()).sort((a, b) => a.size - b.size);
      for (const e of sets[0] ?? []) if (sets.every((s) => s.has(e))) found.add(e);
    }
    return [...found];
  }

  /** One entity for an argument, or the `ambiguous` / `not-found` answer to return instead. */
  private one(label: NamedLabel, argument: string, input: string): NamedEntity | Ambiguous | NotFound {
    const r = resolveOne(this.entities(label, input), input);
    if (r.status === 'one') return r.entity;
    if (r.status === 'many') return { status: 'ambiguous', argument, input, candidates: r.entities.map(toCandidate) };
    return { status: 'not-found', argument, input };
  }

  /** Every body a filter names, or `not-found`. */
  private all(label: NamedLabel, argument: string, input: string): Set<string> | NotFound {
    const found = bestMatches(this.entities(label, input), input);
    if (found.length === 0) return { status: 'not-found', argument, input };
    return new Set(found.map((e) => e.id));
  }

  // ── questions ────────────────────────────────────────────────────────────────────────────

  /** Who chaired which body's meetings and when, newest first. */
  async chairs(input: ChairsInput = {}): Promise<ChairsAnswer> {
    const q = ChairsInputSchema.parse(input);
    let personId: string | null = null;
    if (q.person !== undefined) {
      const p = this.one('Person', 'person', q.person);
      if ('status' in p) return p;
      personId = p.id;
    }
    let orgIds: Set<string> | null = null;
    if (q.organization !== undefined) {
      const o = this.all('Organization', 'organization', q.organization);
      if (!(o instanceof Set)) return o;
      orgIds = o;
    }
    const rows = new Map<string, ChairRow>();
    let candidates: Edge[];
    if (personId !== null) candidates = this.inEdgeOrder(this.outEdges(personId, 'CHAIRED'));
    else if (orgIds !== null) candidates = this.inEdgeOrder(this.meetingsOrganizedBy(orgIds).flatMap((m) => this.inEdges(m, 'CHAIRED')));
    else candidates = this.edgesOfType('CHAIRED');
    for (const e of candidates) {
      if (this.labelOf(e.source) !== 'Person' || this.labelOf(e.target) !== 'Meeting') continue;
      if (personId !== null && e.source !== personId) continue;
      const m = this.props(e.target);
      if (!inDateRange(str(m, 'date'), q.from, q.to)) continue;
      const organizations = this.organizers(e.target);
      if (orgIds !== null && !organizations.some((o) => orgIds.has(o.id))) continue;
      const key = `${e.source}\u241F${e.target}`;
      let row = rows.get(key);
      if (!row) {
        row = { person: personRef(e.source, this.props(e.source)), meeting: meetingRef(e.target, m), organizations, evidence: [] };
        rows.set(key, row);
      }
      row.evidence.push(...this.evidence(e));
    }
    return { status: 'ok', rows: sortChairRows([...rows.values()]) };
  }

  /** Who held a post (or the posts of a body), first/last seen, as of `at`. */
  async holders(input: HoldersInput): Promise<HoldersAnswer> {
    const q = HoldersInputSchema.parse(input);
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
        byPerson.set(e.source, [...(byPerson.get(e.source) ?? []), e]);
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
    const p = this.one('Person', 'person', NameInputSchema.parse(person));
    if ('status' in p) return p;
    const entries: TimelineEntry[] = [];
    const holds = new Map<string, Edge[]>();
    for (const e of this.outEdges(p.id, 'HOLDS')) {
      if (this.labelOf(e.target) !== 'Position') continue;
      holds.set(e.target, [...(holds.get(e.target) ?? []), e]);
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
    const q = MeetingsInputSchema.parse(input);
    let orgIds: Set<string> | null = null;
    if (q.organization !== undefined) {
      const o = this.all('Organization', 'organization', q.organization);
      if (!(o instanceof Set)) return o;
      orgIds = o;
    }
    const kind = q.kind === undefined ? null : searchKey(q.kind);
    const rows: MeetingRow[] = [];
    const candidates = orgIds !== null ? this.meetingsOrganizedBy(orgIds) : this.nodesOf('Meeting');
    for (const id of candidates) {
      if (this.labelOf(id) !== 'Meeting') continue;
      const m = meetingRef(id, this.props(id));
      if (!inDateRange(m.date, q.from, q.to)) continue;
      if (kind !== null && !searchKey(m.kind).startsWith(kind)) continue;
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

  /** One meeting with its people and tasks. */
  async meeting(id: string): Promise<MeetingAnswer> {
    const input = NameInputSchema.parse(id);
    if (this.labelOf(input) !== 'Meeting') return { status: 'not-found', argument: 'meeting', input };
    const tasks = this.outEdges(input, 'SET')
      .filter((e) => this.labelOf(e.target) === 'Task')
      .map((e) => this.taskDetail(e.target));
    const distinctTasks = [...new Map(tasks.map((t) => [t.task.id, t] as const)).values()];
    return {
      status: 'ok',
      meeting: {
        meeting: meetingRef(input, this.props(input)),
        organizations: this.organizers(input),
        chairs: this.participants(input, 'CHAIRED'),
        attendees: this.participants(input, 'ATTENDED'),
        speakers: this.participants(input, 'SPOKE_AT'),
        tasks: sortTaskDetails(distinctTasks),
        evidence: this.inEdges(input, 'REPORTS').flatMap((e) => this.evidence(e)),
      },
    };
  }

  /** Tasks, newest first. */
  async tasks(input: TasksInput = {}): Promise<TasksAnswer> {
    const q = TasksInputSchema.parse(input);
    let issuer: string | null = null;
    if (q.issuedBy !== undefined) {
      const p = this.one('Person', 'issuedBy', q.issuedBy);
      if ('status' in p) return p;
      issuer = p.id;
    }
    let orgIds: Set<string> | null = null;
    if (q.organization !== undefined) {
      const o = this.all('Organization', 'organization', q.organization);
      if (!(o instanceof Set)) return o;
      orgIds = o;
    }
    const rows: TaskRow[] = [];
    let candidates: string[];
    if (issuer !== null) candidates = this.inNodeOrder(this.outEdges(issuer, 'ISSUED').map((e) => e.target));
    else if (orgIds !== null) {
      const set = this.meetingsOrganizedBy(orgIds).flatMap((m) => this.outEdges(m, 'SET').map((e) => e.target));
      for (const o of orgIds) for (const e of this.inEdges(o, 'ASSIGNED_TO')) set.push(e.source);
      candidates = this.inNodeOrder(set);
    } else candidates = this.nodesOf('Task');
    for (const id of candidates) {
      if (this.labelOf(id) !== 'Task') continue;
      if (q.from !== undefined || q.to !== undefined) {
        // The date test first (cheap); the same test as below.
        const setBy = this.inEdges(id, 'SET').find((e) => this.labelOf(e.source) === 'Meeting');
        const date = (setBy ? str(this.props(setBy.source), 'date') : null) ?? str(this.props(id), 'date');
        if (!inDateRange(date, q.from, q.to)) continue;
      }
      const detail = this.taskDetail(id);
      if (issuer !== null && !detail.issuedBy.some((p) => p.id === issuer)) continue;
      const setBy = this.inEdges(id, 'SET').find((e) => this.labelOf(e.source) === 'Meeting');
      const meeting = setBy ? meetingRef(setBy.source, this.props(setBy.source)) : null;
      const organizations = setBy ? this.organizers(setBy.source) : [];
      if (!inDateRange(meeting?.date ?? detail.task.date, q.from, q.to)) continue;
      if (
        orgIds !== null &&
        !organizations.some((o) => orgIds.has(o.id)) &&
        !detail.assignedTo.some((a) => orgIds.has(a.id))
      )
        continue;
      rows.push({ ...detail, meeting, organizations });
    }
    return { status: 'ok', rows: sortTaskRows(rows) };
  }

  /** Who sat in the same meetings as a person, most often first. */
  async coAttendance(person: string): Promise<CoAttendanceAnswer> {
    const p = this.one('Person', 'person', NameInputSchema.parse(person));
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
    const q = SearchInputSchema.parse(typeof input === 'string' ? { text: input } : input);
    const labels = q.labels ?? (['Person', 'Organization', 'Position'] as const);
    const entities = labels.flatMap((l) => this.entities(l, q.text));
    return { status: 'ok', rows: rankSearch(entities, q.text, q.limit).map(toCandidate) };
  }

  async close(): Promise<void> {
    for (const event of CHANGES) (this.graph as unknown as { off(e: string, f: () => void): void }).off(event, this.invalidate);
    this.index = null;
  }
}
