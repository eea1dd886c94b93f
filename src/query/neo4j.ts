/**
 * The query helpers over Neo4j. Every question runs one file of the Cypher library
 * (`cypher/*.cypher`) with parameters, in a READ transaction; names are resolved first (by the
 * `id` and `nameKey` indexes and the `nameSearch` full-text index over folded names) and the
 * question then seeks its anchor by id. Labels, which cannot be parameters, come only from the
 * model's allowlist. Rows are shaped and ordered by the same code as the memory store's.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { NodeLabelSchema } from '../model/graph.js';
import { matchKey, searchKey } from '../model/keys.js';
import { cypherQuery, type QueryFile } from './cypher-files.js';
import { dateHigh, dateLow } from './dates.js';
import { anyMatches, foldedWords, rankSearch, resolveOne, toCandidate, type NamedEntity } from './names.js';
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
  NamedLabelSchema,
  type Ambiguous,
  type Assignee,
  type ChairsAnswer,
  type ChairsInput,
  type CoAttendanceAnswer,
  type EvidenceRef,
  type HoldersAnswer,
  type HoldersInput,
  type MeetingAnswer,
  type MeetingQueries,
  type MeetingsAnswer,
  type MeetingsInput,
  type NamedLabel,
  type NotFound,
  type OrganizationRef,
  type Participant,
  type PersonRef,
  type SearchAnswer,
  type SearchInput,
  type TaskDetail,
  type TasksAnswer,
  type TasksInput,
  type TimelineAnswer,
  type TimelineEntry,
} from './schemas.js';
import { parseChairsInput, parseHoldersInput, parseMeetingsInput, parseNameInput, parseSearchInput, parseTasksInput } from './inputs.js';

/** The full-text index over folded names (`cypher/schema.cypher`). */
export const NAME_SEARCH_INDEX = 'nameSearch';
/** How many full-text hits name resolution and search look at before ranking. */
const SEARCH_DEPTH = 500;

/** Options of {@link Neo4jQueries}. */
export interface Neo4jQueriesOptions {
  /** The database to read (default: the server's default database). */
  database?: string;
  /** Close the driver in `close()` (when the helpers own it). */
  ownsDriver?: boolean;
}

type Row = Record<string, unknown>;

/** Converts Neo4j integers to numbers and records/maps to plain objects, recursively. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/**
 * {@link toPlain} for the values of a record just read, which nothing else
 * holds: plain objects and arrays are converted in place instead of copied (an answer can hold
 * thousands of evidence maps). Anything else (nodes, temporal values) is converted as by `toPlain`.
 */
function toPlainOwned(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlainOwned(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return toPlain(value);
  const map = value as Record<string, unknown>;
  for (const k in map) map[k] = toPlainOwned(map[k]);
  return map;
}

/**
 * A record's fields as a plain object ({@link toPlainOwned} on each value), read by index:
 * `record.toObject()` walks a down-levelled generator per field, a tenth of the client's CPU on a
 * name look-up of 500 bodies.
 */
function recordToPlain(record: { keys: readonly PropertyKey[]; get(index: number): unknown }): Row {
  const row: Row = {};
  const keys = record.keys;
  for (let i = 0; i < keys.length; i++) row[String(keys[i])] = toPlainOwned(record.get(i));
  return row;
}

const asProps = (v: unknown): Props => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Props) : {});
const asList = (v: unknown): Props[] => (Array.isArray(v) ? v.map(asProps) : []);
const idOf = (p: Props): string => str(p, 'id') ?? '';

function evidenceList(v: unknown): EvidenceRef[] {
  return asList(v)
    .map((e) => evidenceRef(e, str(e, 'url')))
    .filter((e): e is EvidenceRef => e !== null);
}
const persons = (v: unknown): PersonRef[] => asList(v).map((p) => personRef(idOf(p), p));
const organizations = (v: unknown): OrganizationRef[] => asList(v).map((o) => organizationRef(idOf(o), o));
function assignees(v: unknown): Assignee[] {
  return asList(v).map((a) => ({
    label: str(a, 'label') === 'Person' ? 'Person' : 'Organization',
    id: idOf(a),
    name: str(a, 'name') ?? idOf(a),
  }));
}

/**
 * The Lucene query for some words: each folded word required as a whole token, special
 * characters escaped. The indexed texts (`nameFolded`, `aliasesFolded`) hold whole words only
 * (`searchWords`: "Sở Văn hóa, Thể thao" → "so van hoa the thao"), and the whitespace analyzer
 * keeps each as one token, so a word is a term look-up, never a scan of the term dictionary. The
 * hits are then filtered word for word by the same rule as the memory store.
 */
export function luceneQuery(text: string): string | null {
  const words = [...new Set(foldedWords(text))];
  if (words.length === 0) return null;
  // Long input stays a simple query: at most MAX_LUCENE_WORDS words (the hits are filtered word
  // for word afterwards, so dropping words only widens the candidates).
  return words
    .slice(0, MAX_LUCENE_WORDS)
    .map((w) => `+${escapeLucene(w.slice(0, MAX_TERM_CHARS))}`)
    .join(' ');
}

/** Most words of one full-text query. */
const MAX_LUCENE_WORDS = 24;
/** Longest term sent to Lucene (its limit is 32,766 bytes). */
const MAX_TERM_CHARS = 1000;

/** Escapes Lucene's special characters (`+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`). */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

/** A label for a Cypher text: only from the model's allowlist (labels cannot be parameters). */
function allowLabel(label: NamedLabel): string {
  return NodeLabelSchema.parse(NamedLabelSchema.parse(label));
}

/** Query helpers reading Neo4j through READ transactions. */
export class Neo4jQueries implements MeetingQueries {
  /** The read transaction of the question being answered, if any (see `inOneTransaction`). */
  private readonly transactions = new AsyncLocalStorage<ManagedTransaction>();
  /**
   * The node properties each resolved entity was read with (same transaction as the question):
   * a person's own name, locality and resolution come from there, not from one more read.
   */
  private readonly propsOf = new WeakMap<NamedEntity, Props>();

  constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jQueriesOptions = {},
  ) {}

  /**
   * Runs one question's reads (name look-ups, then the question) in one session and one READ
   * transaction: a round trip per read instead of a session, a BEGIN and a COMMIT for each.
   * Retried whole on transient errors (reads only).
   */
  private async inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.transactions.getStore()) return work();
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    try {
      return await session.executeRead((tx: ManagedTransaction) => this.transactions.run(tx, work));
    } finally {
      await session.close();
    }
  }

  private async read(query: string, params: Record<string, unknown>): Promise<Row[]> {
    const open = this.transactions.getStore();
    if (open) return (await open.run(query, params)).records.map(recordToPlain);
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    try {
      return await session.executeRead(async (tx: ManagedTransaction) => {
        const result = await tx.run(query, params);
        return result.records.map(recordToPlain);
      });
    } finally {
      await session.close();
    }
  }

  private run(file: QueryFile, params: Record<string, unknown>): Promise<Row[]> {
    return this.read(cypherQuery(file), params);
  }

  /** Who chaired which body's meetings and when, newest first. One read transaction. */
  chairs(input: ChairsInput = {}): Promise<ChairsAnswer> {
    return this.inOneTransaction(() => this.answerChairs(input));
  }

  /** Who held a post (or the posts of a body), first/last seen, as of `at`. One read transaction. */
  holders(input: HoldersInput): Promise<HoldersAnswer> {
    return this.inOneTransaction(() => this.answerHolders(input));
  }

  /** A person's posts and meetings, oldest first. One read transaction. */
  personTimeline(person: string): Promise<TimelineAnswer> {
    return this.inOneTransaction(() => this.answerPersonTimeline(person));
  }

  /** Meetings, newest first. One read transaction. */
  meetings(input: MeetingsInput = {}): Promise<MeetingsAnswer> {
    return this.inOneTransaction(() => this.answerMeetings(input));
  }

  /** One meeting with its people and tasks. One read transaction. */
  meeting(id: string): Promise<MeetingAnswer> {
    return this.inOneTransaction(() => this.answerMeeting(id));
  }

  /** Tasks, newest first. One read transaction. */
  tasks(input: TasksInput = {}): Promise<TasksAnswer> {
    return this.inOneTransaction(() => this.answerTasks(input));
  }

  /** Who sat in the same meetings as a person, most often first. One read transaction. */
  coAttendance(person: string): Promise<CoAttendanceAnswer> {
    return this.inOneTransaction(() => this.answerCoAttendance(person));
  }

  /** People, bodies and posts by name, insensitive to case and diacritics (full-text index). One read transaction. */
  search(input: SearchInput | string): Promise<SearchAnswer> {
    return this.inOneTransaction(() => this.answerSearch(input));
  }

  /**
   * Candidates for a name: by id, by `nameKey` (index seeks), by the full-text index, plus aliases,
   * in ONE read (one round trip; the full-text and alias look-ups run only when needed).
   * `exactDecides`: the caller keeps only the best step's matches (one entity wanted), so exact
   * `nameKey` matches make the full-text and alias look-ups moot (they could only add entities of a
   * later step): they are skipped, which saves the costly look-ups for names typed in full. An id
   * given as is names exactly one node: nothing else is looked up.
   */
  private async entities(label: NamedLabel, input: string, exactDecides = false): Promise<NamedEntity[]> {
    const l = allowLabel(label);
    // A post is told apart by its body (OF); a person or a body has none, so no expansion is paid for it.
    const organization = label === 'Position' ? `head([(n)-[:OF]->(o:Organization) | o.name])` : 'null';
    const lucene = luceneQuery(input);
    // Every fitting entity wanted (`all`: a body filter, hundreds of full-text hits): only its ids
    // are kept, and matching reads only the name and aliases, so only those are sent.
    const props = exactDecides ? 'n {.name, .title, .locality, .kind, .aliases, .possiblySame, .mergeReasons}' : 'n {.name, .title, .aliases}';
    // Bodies one of whose aliases holds every word of the input ("Ban Chỉ đạo 35 thành phố"):
    // candidates from the `aliasSearch` index, each alias checked on the server (see organizations-by-alias.cypher).
    const aliases =
      label === 'Organization'
        ? `CALL (exact, idGiven) {
             WITH exact, idGiven WHERE $query IS NOT NULL AND NOT idGiven AND NOT ($exactDecides AND size(exact) > 0)
             CALL db.index.fulltext.queryNodes('aliasSearch', $query, {limit: $depth}) YIELD node
             WITH node WHERE node:Organization
               AND any(alias IN split(node.aliasesFolded, ' | ') WHERE all(w IN $words WHERE w IN split(alias, ' ')))
             RETURN collect(node) AS aliased
           }`
        : 'WITH exact, idGiven, found, [] AS aliased';
    const rows: Row[] = await this.read(
      `CALL () {
         MATCH (n:${l} {id: $input}) RETURN n, true AS byId
         UNION
         MATCH (n:${l} {nameKey: $key}) RETURN n, false AS byId
       }
       WITH collect(n) AS exact, any(b IN collect(byId) WHERE b) AS idGiven
       CALL (exact, idGiven) {
         WITH exact, idGiven WHERE $query IS NOT NULL AND NOT idGiven AND NOT ($exactDecides AND size(exact) > 0)
         CALL db.index.fulltext.queryNodes($index, $query, {limit: $depth}) YIELD node
         WITH node WHERE node:${l}
         RETURN collect(node) AS found
       }
       ${aliases}
       UNWIND exact + found + aliased AS n
       WITH DISTINCT n
       RETURN n.id AS id, ${props} AS props, ${organization} AS organization`,
      {
        input: input.trim(),
        key: matchKey(input),
        exactDecides,
        index: NAME_SEARCH_INDEX,
        query: lucene,
        words: foldedWords(input),
        depth: neo4j.int(SEARCH_DEPTH),
      },
    );
    const entity = (r: Row): NamedEntity => {
      const props = asProps(r.props);
      const e = namedEntity(label, String(r.id), props, typeof r.organization === 'string' ? r.organization : null);
      this.propsOf.set(e, props);
      return e;
    };
    const byIdRow = rows.find((r) => String(r.id) === input.trim());
    if (byIdRow) return [entity(byIdRow)];
    return rows.map(entity);
  }

  /**
   * Bodies one of whose aliases ("Ban Chỉ đạo 35 thành phố") holds every word of the input, folded:
   * candidates from the `aliasSearch` full-text index over `aliasesFolded`, each alias checked word
   * for word on the server (the index holds all of a body's aliases in one text).
   */
  private async aliasMatches(input: string): Promise<Row[]> {
    const lucene = luceneQuery(input);
    if (lucene === null) return [];
    return this.run('organizations-by-alias', { query: lucene, words: foldedWords(input), limit: neo4j.int(SEARCH_DEPTH) });
  }

  private async one(label: NamedLabel, argument: string, input: string): Promise<NamedEntity | Ambiguous | NotFound> {
    const r = resolveOne(await this.entities(label, input, true), input);
    if (r.status === 'one') return r.entity;
    if (r.status === 'many') return { status: 'ambiguous', argument, input, candidates: r.entities.map(toCandidate) };
    return { status: 'not-found', argument, input };
  }

  private async all(label: NamedLabel, argument: string, input: string): Promise<string[] | NotFound> {
    const found = anyMatches(await this.entities(label, input), input);
    if (found.length === 0) return { status: 'not-found', argument, input };
    // A set of ids for `IN $organizationIds`: code-unit order, for a stable query, not collation (hundreds of bodies).
    return found.map((e) => e.id).sort();
  }

  /** Resolves the optional person (exactly one) and body (every fitting one) filters of a question. */
  private async personAndBodies(
    argument: string,
    person: string | undefined,
    organization: string | undefined,
  ): Promise<{ personId: string | null; organizationIds: string[] | null } | Ambiguous | NotFound> {
    let personId: string | null = null;
    if (person !== undefined) {
      const p = await this.one('Person', argument, person);
      if ('status' in p) return p;
      personId = p.id;
    }
    let organizationIds: string[] | null = null;
    if (organization !== undefined) {
      const o = await this.all('Organization', 'organization', organization);
      if (!Array.isArray(o)) return o;
      organizationIds = o;
    }
    return { personId, organizationIds };
  }

  private async answerChairs(input: ChairsInput = {}): Promise<ChairsAnswer> {
    const q = await parseChairsInput(input);
    const dates = { from: dateLow(q.from ?? null), to: dateHigh(q.to ?? null) };
    const filter = await this.personAndBodies('person', q.person, q.organization);
    if ('status' in filter) return filter;
    const { personId, organizationIds } = filter;
    const rows =
      personId !== null
        ? await this.run('chairs-by-person', { personId, organizationIds, ...dates })
        : organizationIds !== null
          ? await this.run('chairs-of-organization', { organizationIds, ...dates })
          : dates.from !== null || dates.to !== null
            ? await this.run('chairs-in-range', dates)
            : await this.run('chairs', dates);
    return {
      status: 'ok',
      rows: sortChairRows(
        rows.map((r) => ({
          person: personRef(idOf(asProps(r.person)), asProps(r.person)),
          meeting: meetingRef(idOf(asProps(r.meeting)), asProps(r.meeting)),
          organizations: organizations(r.organizations),
          evidence: evidenceList(r.evidence),
        })),
      ),
    };
  }

  private async answerHolders(input: HoldersInput): Promise<HoldersAnswer> {
    const q = await parseHoldersInput(input);
    const at = dateHigh(q.at ?? null);
    let rows: Row[];
    if (q.position !== undefined) {
      const p = await this.one('Position', 'position', q.position);
      if ('status' in p) return p;
      rows = await this.run('holders-of-position', { positionIds: [p.id], at });
    } else {
      const o = await this.one('Organization', 'organization', q.organization ?? '');
      if ('status' in o) return o;
      rows = await this.run('holders-in-organization', { organizationId: o.id, at });
    }
    const holders = rows.map((r) => {
      const org = r.organization === null || r.organization === undefined ? null : asProps(r.organization);
      return {
        person: personRef(idOf(asProps(r.person)), asProps(r.person)),
        position: positionRef(idOf(asProps(r.position)), asProps(r.position)),
        organization: org ? organizationRef(idOf(org), org) : null,
        firstSeen: typeof r.firstSeen === 'string' ? r.firstSeen : null,
        lastSeen: typeof r.lastSeen === 'string' ? r.lastSeen : null,
        former: r.former === true,
        current: false,
        evidence: evidenceList(r.evidence),
      };
    });
    return { status: 'ok', rows: sortHolderRows(markCurrent(holders)) };
  }

  private async answerPersonTimeline(person: string): Promise<TimelineAnswer> {
    const p = await this.one('Person', 'person', await parseNameInput(person));
    if ('status' in p) return p;
    const rows = await this.run('person-timeline', { personId: p.id });
    const entries: TimelineEntry[] = rows.map((r) => {
      if (r.type === 'position') {
        const org = r.organization === null || r.organization === undefined ? null : asProps(r.organization);
        return {
          type: 'position',
          date: typeof r.date === 'string' ? r.date : null,
          lastSeen: typeof r.lastSeen === 'string' ? r.lastSeen : null,
          position: positionRef(idOf(asProps(r.position)), asProps(r.position)),
          organization: org ? organizationRef(idOf(org), org) : null,
          former: r.former === true,
          evidence: evidenceList(r.evidence),
        };
      }
      const m = meetingRef(idOf(asProps(r.meeting)), asProps(r.meeting));
      const roles = (Array.isArray(r.roles) ? r.roles : []).filter(
        (x): x is 'chaired' | 'spoke' | 'attended' => x === 'chaired' || x === 'spoke' || x === 'attended',
      );
      return { type: 'meeting', date: m.date, meeting: m, organizations: organizations(r.organizations), roles, evidence: evidenceList(r.evidence) };
    });
    const props = this.propsOf.get(p) ?? {};
    return { status: 'ok', person: personRef(p.id, props), rows: sortTimeline(entries), resolution: personResolution(props) };
  }

  private async answerMeetings(input: MeetingsInput = {}): Promise<MeetingsAnswer> {
    const q = await parseMeetingsInput(input);
    const params = { from: dateLow(q.from ?? null), to: dateHigh(q.to ?? null), kind: null };
    let rows: Row[];
    if (q.organization !== undefined) {
      const o = await this.all('Organization', 'organization', q.organization);
      if (!Array.isArray(o)) return o;
      rows = await this.run('meetings-of-organization', { ...params, organizationIds: o });
    } else {
      rows = await this.run(params.from !== null || params.to !== null ? 'meetings-in-range' : 'meetings', params);
    }
    // The kind filter ignores diacritics, which Cypher cannot fold: applied here.
    const kind = q.kind === undefined ? null : searchKey(q.kind);
    const meetings = rows
      .map((r) => ({
        meeting: meetingRef(idOf(asProps(r.meeting)), asProps(r.meeting)),
        organizations: organizations(r.organizations),
        chairs: persons(r.chairs),
        evidence: evidenceList(r.evidence),
      }))
      .filter((m) => kind === null || searchKey(m.meeting.kind).startsWith(kind));
    return { status: 'ok', rows: sortMeetingRows(meetings) };
  }

  private async answerMeeting(id: string): Promise<MeetingAnswer> {
    const input = await parseNameInput(id);
    const rows = await this.run('meeting', { meetingId: input });
    const r = rows[0];
    if (!r) return { status: 'not-found', argument: 'meeting', input };
    const participants = (v: unknown): Participant[] =>
      sortParticipants(
        asList(v).map((x) => ({ person: personRef(idOf(asProps(x.person)), asProps(x.person)), evidence: evidenceList(x.evidence) })),
      );
    const tasks: TaskDetail[] = asList(r.tasks).map((t) => ({
      task: taskRef(idOf(asProps(t.task)), asProps(t.task)),
      issuedBy: persons(t.issuedBy),
      assignedTo: assignees(t.assignedTo),
      evidence: evidenceList(t.evidence),
    }));
    return {
      status: 'ok',
      meeting: normalizeMeetingDetail({
        meeting: meetingRef(idOf(asProps(r.meeting)), asProps(r.meeting)),
        organizations: organizations(r.organizations),
        chairs: participants(r.chairs),
        attendees: participants(r.attendees),
        speakers: participants(r.speakers),
        tasks: sortTaskDetails(tasks),
        evidence: evidenceList(r.evidence),
      }),
    };
  }

  private async answerTasks(input: TasksInput = {}): Promise<TasksAnswer> {
    const q = await parseTasksInput(input);
    const dates = { from: dateLow(q.from ?? null), to: dateHigh(q.to ?? null) };
    const filter = await this.personAndBodies('issuedBy', q.issuedBy, q.organization);
    if ('status' in filter) return filter;
    const { personId, organizationIds } = filter;
    const rows =
      personId !== null
        ? await this.run('tasks-issued-by', { personId, organizationIds, ...dates })
        : organizationIds !== null
          ? await this.run('tasks-of-organization', { organizationIds, ...dates })
          : await this.run(dates.from !== null || dates.to !== null ? 'tasks-in-range' : 'tasks', dates);
    return {
      status: 'ok',
      rows: sortTaskRows(
        rows.map((r) => ({
          task: taskRef(idOf(asProps(r.task)), asProps(r.task)),
          meeting: r.meeting === null || r.meeting === undefined ? null : meetingRef(idOf(asProps(r.meeting)), asProps(r.meeting)),
          organizations: organizations(r.organizations),
          issuedBy: persons(r.issuedBy),
          assignedTo: assignees(r.assignedTo),
          evidence: evidenceList(r.evidence),
        })),
      ),
    };
  }

  private async answerCoAttendance(person: string): Promise<CoAttendanceAnswer> {
    const p = await this.one('Person', 'person', await parseNameInput(person));
    if ('status' in p) return p;
    const rows = await this.run('co-attendance', { personId: p.id });
    return {
      status: 'ok',
      person: personRef(p.id, this.propsOf.get(p) ?? {}),
      rows: sortCoAttendance(
        rows.map((r) => ({
          person: personRef(idOf(asProps(r.person)), asProps(r.person)),
          count: typeof r.count === 'number' ? r.count : 0,
          meetings: asList(r.meetings).map((m) => meetingRef(idOf(m), m)),
          evidence: evidenceList(r.evidence),
        })),
      ),
    };
  }

  private async answerSearch(input: SearchInput | string): Promise<SearchAnswer> {
    const q = await parseSearchInput(input);
    const labels = q.labels ?? ['Person', 'Organization', 'Position'];
    const lucene = luceneQuery(q.text);
    if (lucene === null) return { status: 'ok', rows: [] };
    // Both reads sent at once (one round trip): the alias look-up does not depend on the name hits.
    const [rows, aliased] = await Promise.all([
      this.run('search', { query: lucene, labels, limit: neo4j.int(SEARCH_DEPTH) }),
      labels.includes('Organization') ? this.aliasMatches(q.text) : Promise.resolve([]),
    ]);
    const seen = new Set(rows.map((r) => String(r.id)));
    for (const r of aliased) {
      if (seen.has(String(r.id))) continue;
      const p = asProps(r.props);
      rows.push({ label: 'Organization', id: r.id, name: p.name, locality: p.locality ?? null, kind: p.kind ?? null, aliases: p.aliases ?? [], organization: null });
    }
    const entities = rows.map((r) => {
      const label = NamedLabelSchema.parse(r.label);
      // A person's possible duplicates ("possibly the same as …") are part of its detail, as on the embedded store.
      const props: Props = label === 'Position' ? { title: r.name } : { name: r.name, locality: r.locality, kind: r.kind, aliases: r.aliases, possiblySame: r.possiblySame };
      return namedEntity(label, String(r.id), props, typeof r.organization === 'string' ? r.organization : null);
    });
    return { status: 'ok', rows: rankSearch(entities, q.text, q.limit).map(toCandidate) };
  }

  async close(): Promise<void> {
    if (this.options.ownsDriver) await this.driver.close();
  }
}
