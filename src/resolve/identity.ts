/**
 * Identity across articles: which mentions of a name (in different articles) are one real person,
 * and which reports (in different articles) are one real meeting.
 *
 * Each article states, on its `MENTIONS` edge to a person and its `REPORTS` edge to a meeting, a
 * *mention record*: what that article says of the person (posts, bodies, provinces, people around)
 * or of the meeting (day, chairs, kind, title, organisers). BlockResolution is a pure function of the
 * whole set of records of one *block* (one folded name; one day of the year): the same records give
 * the same clusters whatever the order the articles came in, and removing an article's records
 * undoes exactly the merges that needed them. Every merge keeps the rule and the facts that made it.
 */
import { matchKey, searchKey, searchWords, stableId } from '../model/keys.js';
import type { Properties, PropertyValue } from '../model/graph.js';
import identity from './lexicon/identity.json' with { type: 'json' };
import { expandAbbreviations } from './text.js';
import abbreviations from '../extract/lexicon/abbreviations.json' with { type: 'json' };
import surnames from '../extract/lexicon/surnames.json' with { type: 'json' };

// ── records ──────────────────────────────────────────────────────────────────────────────────

/** What one article says of one person (stored on its MENTIONS edge). */
export interface PersonRecord {
  article: string;
  /** The Person node the article's edges point to now. */
  node: string;
  /** The name as written. */
  name: string;
  /** `matchKey(name)`: the block. */
  block: string;
  /** The key this mention alone would be filed under (national, province:X, post:…, article:…). */
  primary: string;
  /** Posts held now: `post:<role>@<body id>`. */
  keys: string[];
  /** Provinces where it holds a provincial leadership post. */
  provinces: string[];
  /** Holds a national leadership post. */
  national: boolean;
  /** Roles of its posts (matchKey), with or without a body. */
  roles: string[];
  /** Other people the article names (matchKey). */
  co: string[];
  /** The article's own locality (source or text), never a post's: weak context only. */
  place: string | null;
  /** Its posts as titles (former ones too), for explanations and for matching a post written beside a name. */
  posts: string[];
  /**
   * For a mention without a national or provincial leadership post: the words its article writes
   * right before and after the name (folded, abbreviations expanded, cut at the next other name),
   * where a post the extraction missed may still be spelt out.
   */
  context: string[];
}

/** What one article says of one meeting (stored on its REPORTS edge). */
export interface MeetingRecord {
  article: string;
  node: string;
  /** The extraction's local meeting id (two meetings of one article never merge). */
  local: string;
  /** `MM-DD`: the block; null when the day is unknown (never merged). */
  block: string | null;
  date: string | null;
  kind: string;
  title: string | null;
  timeOfDay: string | null;
  /** Chairs' names (matchKey). */
  chairs: string[];
  /** Everyone the report places at the meeting: chairs, attendees, speakers (matchKey). */
  people: string[];
  /** Organiser body ids. */
  organizers: string[];
}

const NATIONAL_ROLES = identity.bareNationalRoles as Record<string, string>;
const NATIONAL_KINDS = new Set(identity.nationalLeaderKinds);
const PROVINCE_KINDS = new Set(identity.provinceLeaderKinds);
const PROVINCE_ROLES = new Set(identity.provinceLeaderRoles.map(matchKey));
const NATIONAL_ROLE_WORDS = ['thủ tướng', 'bộ trưởng', 'thứ trưởng', 'chủ tịch', 'tổng bí thư', 'bí thư', 'ủy viên bộ chính trị', 'ủy viên trung ương',
  'trưởng ban', 'chủ nhiệm', 'tổng thư ký', 'chánh án', 'viện trưởng', 'tổng kiểm toán', 'thống đốc', 'tổng thanh tra'].map(matchKey);

/** The body a bare national role names ("Thủ tướng" → "Chính phủ"), or null. */
export function bodyOfBareRole(role: string): string | null {
  return NATIONAL_ROLES[matchKey(role)] ?? null;
}

/** One post as the resolver read it, for building a person record. */
export interface PostFact {
  role: string;
  title: string;
  former: boolean;
  org: { id: string; name: string; base: string; kind: string; scope: string; locality: string | null; subProvince: boolean; specific: boolean } | null;
}

const INHERENTLY_NATIONAL = new Set(identity.nationalRoles.map(matchKey));

/** True for a leadership post at national level (its holder is one of few of that name). */
function nationalLeader(p: PostFact): boolean {
  const role = matchKey(p.role);
  if (INHERENTLY_NATIONAL.has(role)) return true;
  if (!p.org || p.org.scope !== 'national' || !NATIONAL_KINDS.has(p.org.kind)) return false;
  // A member of a national party committee (Bộ Chính trị, Ban Chấp hành Trung ương).
  if (p.org.kind === 'party-committee' && /^(uỷ viên|ủy viên)/u.test(role)) return true;
  if (/^(phó )?(vụ|cục|tổng cục|chánh văn phòng|trưởng phòng|phó phòng)/u.test(role)) return false;
  return NATIONAL_ROLE_WORDS.some((w) => role.includes(w));
}

/** A role's head: its first two words, three after "phó" ("trưởng phòng csgt" → "trưởng phòng"). */
function roleHead(role: string): string {
  const w = role.split(' ');
  return w.slice(0, w[0] === 'phó' ? 3 : 2).join(' ');
}

/** The province of a provincial leadership post, or null. */
function provinceLeader(p: PostFact): string | null {
  if (!p.org || p.org.scope !== 'local' || !p.org.locality || p.org.subProvince || !PROVINCE_KINDS.has(p.org.kind)) return null;
  const role = matchKey(p.role);
  return PROVINCE_ROLES.has(role) || [...PROVINCE_ROLES].some((r) => role.startsWith(`${r} `)) ? p.org.locality : null;
}

/**
 * The record of one person mention: its identifying keys from its current posts (former posts
 * say nothing of now), the provinces it leads, national leadership, roles and the people around.
 */
export function personRecord(input: { article: string; node: string; name: string; posts: readonly PostFact[]; co: readonly string[]; place: string | null; sentences?: readonly string[] }): PersonRecord {
  const keys = new Set<string>();
  const provinces = new Set<string>();
  const roles = new Set<string>();
  let national = false;
  for (const p of input.posts) {
    // A post held before is still the same post: one name that held it is one person ("nguyên
    // Hiệu trưởng Trường X" and "Hiệu trưởng Trường X"). It says nothing of the person's place now.
    if (p.former) {
      if (p.org && (p.org.scope === 'national' || (p.org.scope === 'local' && p.org.locality) || (p.org.scope === 'global' && p.org.specific))) keys.add(`post:${matchKey(p.role)}@${p.org.id}`);
      continue;
    }
    const role = matchKey(p.role);
    if (role) roles.add(role);
    if (p.org && (p.org.scope === 'national' || (p.org.scope === 'local' && p.org.locality) || (p.org.scope === 'global' && p.org.specific))) keys.add(`post:${role}@${p.org.id}`);
    // The same kind of post in one province ("Trưởng phòng" of a body of Hòa Bình, however the body is spelt).
    if (p.org?.locality && !p.org.subProvince && role) keys.add(`role:${roleHead(role)}@${matchKey(p.org.locality)}`);
    // A post in a body named in full but placed nowhere ("Giám đốc Công ty Luật Minh Bạch").
    if (p.org && (p.org.kind === 'enterprise' || p.org.kind === 'other')) {
      const base = searchKey(p.org.base || p.org.name);
      if (base.split(' ').length >= 3) keys.add(`body:${roleHead(role)}@${base}`);
    }
    if (nationalLeader(p)) national = true;
    const province = provinceLeader(p);
    if (province) provinces.add(province);
  }
  const block = matchKey(input.name);
  const sortedKeys = [...keys].sort();
  const sortedProvinces = [...provinces].sort();
  const primary = national ? 'national'
    : sortedProvinces[0] ? `province:${matchKey(sortedProvinces[0])}`
      : sortedKeys[0] ?? `article:${input.article}`;
  return {
    article: input.article, node: input.node, name: input.name, block, primary,
    keys: sortedKeys, provinces: sortedProvinces, national, roles: [...roles].sort(),
    co: [...new Set(input.co.map(matchKey))].filter((c) => c !== block).sort().slice(0, 40),
    place: input.place, posts: [...new Set(input.posts.map((p) => p.title))].sort(),
    context: national || provinces.size ? [] : nameContexts(input.name, input.co, input.sentences ?? []),
  };
}

/** `foldWords` of names and sentences, remembered: each person of an article folds the same names and sentences again. */
const FOLDED_WORDS = new Map<string, readonly string[]>();

/** Folded words for comparing written titles: abbreviations expanded, no tone marks, no punctuation (never to be changed: shared). */
function foldWords(text: string): readonly string[] {
  let folded = FOLDED_WORDS.get(text);
  if (!folded) {
    if (FOLDED_WORDS.size >= 20_000) FOLDED_WORDS.clear();
    FOLDED_WORDS.set(text, (folded = foldWordsUncached(text)));
  }
  return folded;
}

function foldWordsUncached(text: string): string[] {
  const spaced = expandAbbreviations(text.replace(/[,;:()"“”'‘’!?]+/gu, ' '))
    .split(' ')
    .map((w) => ABBREVIATIONS.get(w) ?? ABBREVIATIONS.get(w.replace(/[.]+$/u, '')) ?? w)
    .join(' ');
  return searchKey(spaced).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The extraction's abbreviations ("NN-PTNT", "HCM"), read when folding titles and the words around names. */
const ABBREVIATIONS = new Map(Object.entries(abbreviations as Record<string, string>));

const CONTEXT_BEFORE = 14;
const CONTEXT_AFTER = 18;

/**
 * The words a few sentences write around a name, cut at any other person's name (a title belongs
 * to the nearest name: "Giám đốc Sở Y tế Nguyễn Văn A", "ông Nguyễn Văn A, Giám đốc Sở Y tế").
 */
export function nameContexts(name: string, others: readonly string[], sentences: readonly string[]): string[] {
  const target = foldWords(name);
  const otherNames = others.map(foldWords).filter((o) => o.length >= 2 && o.join(' ') !== target.join(' '));
  const at = (ws: readonly string[], i: number, n: readonly string[]) => n.every((w, k) => ws[i + k] === w);
  const out = new Set<string>();
  for (const sentence of sentences.slice(0, 3)) {
    const ws = foldWords(sentence);
    for (let i = 0; i + target.length <= ws.length; i++) {
      if (!at(ws, i, target)) continue;
      let from = Math.max(0, i - CONTEXT_BEFORE);
      let to = Math.min(ws.length, i + target.length + CONTEXT_AFTER);
      for (const o of otherNames) {
        for (let j = from; j + o.length <= to; j++) {
          if (!at(ws, j, o)) continue;
          if (j + o.length <= i) from = Math.max(from, j + o.length);
          else if (j >= i + target.length) to = Math.min(to, j);
        }
      }
      const words = [...ws.slice(from, i), '|', ...ws.slice(i + target.length, to)].join(' ');
      if (words.length > 1) out.add(words);
      break;
    }
  }
  return [...out].slice(0, 3);
}

/** Words that say nothing of which body a title names (places' level words, joiners). */
const TITLE_FILLER = new Set(['tinh', 'thanh', 'pho', 'tp', 'cua', 'va']);

/**
 * True when a context (from `nameContexts`) spells out a post: the role's head as written, then
 * at least three of the body's words, and nearly all of them ("Trưởng khoa Thận nhân tạo BV Bạch
 * Mai" spells "Trưởng khoa Thận nhân tạo").
 */
export function contextSpellsPost(context: string, title: string): boolean {
  let byTitle = SPELT_POSTS.get(context);
  if (!byTitle) {
    if (SPELT_POSTS.size >= 50_000) SPELT_POSTS.clear();
    SPELT_POSTS.set(context, (byTitle = new Map()));
  }
  let spelt = byTitle.get(title);
  if (spelt === undefined) byTitle.set(title, (spelt = contextSpellsPostUncached(context, title)));
  return spelt;
}

/** `contextSpellsPost`, remembered per context and title: a block's contexts meet its posts again after every batch. */
const SPELT_POSTS = new Map<string, Map<string, boolean>>();

function contextSpellsPostUncached(context: string, title: string): boolean {
  const t = foldWords(title);
  const headLength = t[0] === 'pho' ? 3 : 2;
  if (t.length < headLength + 2) return false;
  const head = t.slice(0, headLength).join(' ');
  const padded = ` ${context} `;
  if (!padded.includes(` ${head} `)) return false;
  const present = new Set(context.split(' '));
  const rest = [...new Set(t.slice(headLength).filter((w) => !TITLE_FILLER.has(w)))];
  // A body named by its kind alone ("trường THCS") names no one body.
  if (rest.length < 3) return false;
  return rest.filter((w) => present.has(w)).length >= Math.ceil(rest.length * 0.8);
}

/** The Person node id of a block filed under a key. */
export function personNodeId(block: string, primary: string): string {
  return stableId('person', block, primary);
}

/** A meeting's day of the year (`MM-DD`) from a full or partial date, or null. */
export function dayOf(date: string | null | undefined): string | null {
  const m = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(date ?? '');
  return m ? `${m[1]}-${m[2]}` : null;
}

/** The Meeting node id a report is filed under before it meets other reports. */
export function meetingNodeId(article: string, local: string): string {
  return stableId('meeting', article, local);
}

// ── (de)serialising records as edge properties ─────────────────────────────────────────────

const strings = (v: PropertyValue | undefined): string[] => (Array.isArray(v) ? v : []);
const text = (v: PropertyValue | undefined): string | null => (typeof v === 'string' ? v : null);

/** A person record as MENTIONS edge properties (besides the evidence). */
export function personRecordProperties(r: PersonRecord): Properties {
  return { block: r.block, nameAsWritten: r.name, primary: r.primary, keys: r.keys, provinces: r.provinces, national: r.national, roles: r.roles, co: r.co, place: r.place, posts: r.posts, context: r.context };
}

/** A person record read back from a MENTIONS edge; null when the edge carries none. */
export function personRecordFrom(article: string, node: string, p: Properties): PersonRecord | null {
  const block = text(p.block);
  const name = text(p.nameAsWritten);
  const primary = text(p.primary);
  if (!block || !name || !primary) return null;
  return { article, node, name, block, primary, keys: strings(p.keys), provinces: strings(p.provinces), national: p.national === true, roles: strings(p.roles), co: strings(p.co), place: text(p.place), posts: strings(p.posts), context: strings(p.context) };
}

/** A meeting record as REPORTS edge properties. */
export function meetingRecordProperties(r: MeetingRecord): Properties {
  return { block: r.block, local: r.local, date: r.date, kind: r.kind, title: r.title, timeOfDay: r.timeOfDay, chairs: r.chairs, people: r.people, organizers: r.organizers };
}

/** A meeting record read back from a REPORTS edge; null when the edge carries none. */
export function meetingRecordFrom(article: string, node: string, p: Properties): MeetingRecord | null {
  const local = text(p.local);
  if (!local) return null;
  return { article, node, local, block: text(p.block), date: text(p.date), kind: text(p.kind) ?? '', title: text(p.title), timeOfDay: text(p.timeOfDay), chairs: strings(p.chairs), people: strings(p.people), organizers: strings(p.organizers) };
}

// ── clustering ───────────────────────────────────────────────────────────────────────────────

/** One merge: which rule joined which two articles' mentions, on what facts. */
export interface Merge {
  rule: string;
  detail: string;
  articles: [string, string];
}

/** A candidate identity the evidence neither confirms nor rules out. */
export interface PossiblySame {
  node: string;
  name: string;
  score: number;
  reasons: string[];
}

/** The outcome for one block: the node each record belongs to, and each node's derived properties. */
export interface BlockResolution {
  /** `${article}\u241F${node now}` → node it must point to. */
  assignment: Map<string, string>;
  /** Derived properties per resulting node (name, aliases, date, merge reasons, candidates…). */
  nodes: Map<string, Properties>;
  merges: Merge[];
}

/** At most this many merges are spelt out on a node; the rest are counted per rule. */
const SPELT_OUT = 20;

/** A node's merge reasons: each merge (rule, facts, articles), then, when there are many, a count per rule. */
function explain(merges: readonly Merge[]): string[] {
  const lines = merges.map((m) => `${m.rule}: ${m.detail} (${m.articles[0]} + ${m.articles[1]})`).sort();
  if (lines.length <= SPELT_OUT) return lines;
  const counts = new Map<string, number>();
  for (const m of merges) counts.set(m.rule, (counts.get(m.rule) ?? 0) + 1);
  return [...[...counts].sort().map(([rule, n]) => `${rule}: ${n} merges in all`), ...lines.slice(0, SPELT_OUT)];
}

/** The merges of a block by their first article, for {@link mergesWithin}. */
function byFirstArticle(merges: readonly Merge[]): Map<string, Merge[]> {
  const by = new Map<string, Merge[]>();
  for (const m of merges) {
    const list = by.get(m.articles[0]);
    if (list) list.push(m);
    else by.set(m.articles[0], [m]);
  }
  return by;
}

/** The merges both of whose articles are among `articles` (a node's merges), each once. */
function mergesWithin(byFirst: ReadonlyMap<string, readonly Merge[]>, articles: ReadonlySet<string>): Merge[] {
  const out: Merge[] = [];
  for (const a of articles) for (const m of byFirst.get(a) ?? []) if (articles.has(m.articles[1])) out.push(m);
  return out;
}

const recordKey = (r: { article: string; node: string }) => `${r.article}\u241F${r.node}`;

/**
 * Union-find over a block's records that keeps, for each cluster, its members and the articles
 * (and, when asked, the tags such as provinces) they come from, merged as clusters join: the
 * checks "do these clusters share an article / do their provinces conflict" cost a look-up per
 * element of the smaller cluster instead of a scan of the block.
 */
class Clusters<R extends { article: string }> {
  private readonly parent: number[];
  private readonly memberIdx: number[][];
  private readonly articleSet: Array<Set<string>>;
  private readonly tagSet: Array<Set<string>>;
  constructor(readonly records: readonly R[], tagsOf: (r: R) => readonly string[] = () => []) {
    this.parent = records.map((_r, i) => i);
    this.memberIdx = records.map((_r, i) => [i]);
    this.articleSet = records.map((r) => new Set([r.article]));
    this.tagSet = records.map((r) => new Set(tagsOf(r)));
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return;
    const root = Math.min(ra, rb), other = Math.max(ra, rb);
    this.parent[other] = root;
    const members = this.memberIdx[root]!;
    for (const m of this.memberIdx[other]!) members.push(m);
    this.memberIdx[other] = [];
    for (const sets of [this.articleSet, this.tagSet]) {
      const into = sets[root]!;
      for (const x of sets[other]!) into.add(x);
      sets[other] = new Set();
    }
  }
  /** The members of i's cluster, in record order. */
  members(i: number): R[] {
    return this.memberIdx[this.find(i)]!.slice().sort((x, y) => x - y).map((j) => this.records[j]!);
  }
  /** How many records i's cluster holds. */
  size(i: number): number {
    return this.memberIdx[this.find(i)]!.length;
  }
  /** True when the clusters of i and j hold records of one article. */
  shareArticle(i: number, j: number): boolean {
    return intersects(this.articleSet[this.find(i)]!, this.articleSet[this.find(j)]!);
  }
  /** True when i's cluster holds a record of this article. */
  hasArticle(i: number, article: string): boolean {
    return this.articleSet[this.find(i)]!.has(article);
  }
  /** True when both clusters have tags (provinces) and share none: `provincesConflict` of their members. */
  tagsConflict(i: number, j: number): boolean {
    const a = this.tagSet[this.find(i)]!, b = this.tagSet[this.find(j)]!;
    return a.size > 0 && b.size > 0 && !intersects(a, b);
  }
  groups(): number[][] {
    const by = new Map<number, number[]>();
    this.records.forEach((_r, i) => {
      const root = this.find(i);
      const list = by.get(root);
      if (list) list.push(i);
      else by.set(root, [i]);
    });
    return [...by.values()];
  }
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > n) { best = v; n = c; }
  return best;
}

/**
 * The full date most reports give; between equally many, the latest: a year the extraction had to
 * infer goes wrong by reading a past year the article looks back on far more often than a later one.
 */
function latestMostCommon(dates: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [d, c] of counts) if (c > n || (c === n && best !== null && d > best)) { best = d; n = c; }
  return best;
}

interface Context { co: Set<string>; roles: Set<string>; provinces: Set<string>; posts: string[] }
function contextOf(rs: readonly PersonRecord[]): Context {
  return { co: new Set(rs.flatMap((r) => r.co)), roles: new Set(rs.flatMap((r) => r.roles)), provinces: new Set(rs.flatMap((r) => r.provinces)), posts: [...new Set(rs.flatMap((r) => r.posts))] };
}

/** The bodies named after `role` in these post titles (folded), e.g. "ủy ban nhân dân huyện a" for role "chủ tịch". */
function bodiesOfRole(role: string, posts: readonly string[]): string[] {
  return posts.map(matchKey).filter((t) => t.startsWith(`${role} `)).map((t) => t.slice(role.length + 1));
}

/**
 * True when both sides hold `role` of a named body and no body of one side contains one of the
 * other's: "Chủ tịch UBND huyện A" and "Chủ tịch UBND quận B" share a role but are two posts, so the
 * role is no evidence of one person. A bare role ("Chủ tịch") on either side contradicts nothing.
 */
function roleBodiesDiffer(role: string, mine: readonly string[], theirs: readonly string[]): boolean {
  const a = bodiesOfRole(role, mine), b = bodiesOfRole(role, theirs);
  return a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => x.includes(y) || y.includes(x)));
}

/** How much a weak mention's article agrees with a cluster: shared people, a shared role (not of two differently named bodies), its place. */
function support(r: PersonRecord, c: Context): { score: number; reasons: string[] } {
  const shared = r.co.filter((n) => c.co.has(n));
  const roles = r.roles.filter((x) => c.roles.has(x) && !roleBodiesDiffer(x, r.posts, c.posts));
  const reasons: string[] = [];
  let score = 0;
  if (shared.length) { score += Math.min(shared.length, 3); reasons.push(`also names ${shared.slice(0, 3).join(', ')}`); }
  if (roles.length) { score += 1; reasons.push(`same role ${roles[0]}`); }
  if (r.place && c.provinces.has(r.place)) { score += 1; reasons.push(`article from ${r.place}, where the other leads`); }
  return { score, reasons };
}

const VIETNAMESE_SURNAMES = new Set((surnames as string[]).map(searchKey));

/**
 * True for a name of two or more words that neither starts with a Vietnamese surname nor carries a
 * letter only Vietnamese writes (đ, ă, ơ, ư, a hook above, a dot below): "Angela Merkel",
 * "François Fillon", "Alain Juppé". Looser than {@link isForeignName}, which also refuses the
 * accents French shares with Vietnamese; used where a wrong Vietnamese body is the risk.
 */
export function looksForeignName(name: string): boolean {
  const w = name.trim().split(/\s+/u);
  if (w.length < 2 || VIETNAMESE_SURNAMES.has(searchKey(w[0]!))) return false;
  return !/[đĐ\u0306\u031B\u0309\u0323]/u.test(name.normalize('NFD'));
}

/**
 * True for a name written in Latin letters without Vietnamese tone marks, of two or more words,
 * that does not start with a Vietnamese surname: a foreign person ("Donald Trump"), whose full name
 * is not shared the way Vietnamese full names are.
 */
export function isForeignName(name: string): boolean {
  const w = name.trim().split(/\s+/u);
  return w.length >= 2 && w.every((x) => /^[A-Za-z][A-Za-z'-]*$/u.test(x)) && !VIETNAMESE_SURNAMES.has(searchKey(w[0]!));
}

/** Score at which a mention without identifying posts joins the one cluster its context agrees with. */
const CONTEXT_JOIN = 3;

/**
 * Clusters the person mentions of one block (one folded name). Mentions holding the same post,
 * a national leadership post, or a leadership post in the same province are one person, unless
 * their provinces conflict or they come from one article; a mention with no identifying post joins
 * the single cluster its article's context agrees with strongly, else it stays apart with
 * POSSIBLY_SAME candidates.
 */
export function resolvePersons(records: readonly PersonRecord[]): BlockResolution {
  const rs = [...records].sort((a, b) => (recordKey(a) < recordKey(b) ? -1 : recordKey(a) > recordKey(b) ? 1 : 0));
  // Provinces are each cluster's tags: two clusters leading in different provinces conflict.
  const cl = new Clusters(rs, (r) => r.provinces);
  const merges: Merge[] = [];
  const strong = (r: PersonRecord) => r.national || r.provinces.length > 0 || r.keys.length > 0;

  // 1. Identifying keys, strongest rule first.
  const byKey = new Map<string, { rule: string; detail: string; idx: number[] }>();
  const add = (k: string, rule: string, detail: string, i: number) => {
    let e = byKey.get(k);
    if (!e) byKey.set(k, (e = { rule, detail, idx: [] }));
    e.idx.push(i);
  };
  rs.forEach((r, i) => {
    r.keys.forEach((k) => {
      const role = k.slice(k.indexOf(':') + 1, k.indexOf('@'));
      const post = r.posts.find((p) => matchKey(p).startsWith(role)) ?? role;
      if (k.startsWith('post:')) add(`1${k}`, 'same-post', `both hold ${post}`, i);
      else if (k.startsWith('body:')) add(`4${k}`, 'same-named-body', `both ${role} of ${k.slice(k.indexOf('@') + 1)}`, i);
      else add(`5${k}`, 'same-role-in-province', `both ${role} in ${k.slice(k.indexOf('@') + 1)}`, i);
    });
    if (r.national) add('2national', 'national-office', 'both hold national leadership posts', i);
    r.provinces.forEach((p) => add(`3${p}`, 'province-office', `both lead in ${p}`, i));
  });
  for (const [, e] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const i of e.idx.slice(1)) {
      const j = e.idx[0]!;
      // Join with the first holder's cluster, or any earlier holder's that does not conflict.
      for (const k of e.idx) {
        if (k === i) break;
        if (cl.find(k) === cl.find(i)) break;
        if (cl.shareArticle(k, i) || cl.tagsConflict(k, i)) continue;
        cl.union(k, i);
        merges.push({ rule: e.rule, detail: e.detail, articles: [rs[k]!.article, rs[i]!.article] });
        break;
      }
      void j;
    }
  }

  // 1b. A post written beside the name (that the extraction did not read as a post) and held by
  // another cluster of this name joins that cluster: "Tiến sĩ X, Trưởng khoa Thận nhân
  // tạo BV Bạch Mai" and "Trưởng khoa Thận nhân tạo X". Decided on the clusters of step 1 as they
  // stand, so the outcome does not depend on the order of the records.
  const written: Array<[number, number, string]> = [];
  const firstRoots = [...new Set(rs.map((_r, i) => cl.find(i)))];
  const postsOfRoot = new Map(firstRoots.map((root) => [root, [...new Set(cl.members(root).flatMap((m) => m.posts))].sort()]));
  // Each post with the clusters holding it (in the order of `firstRoots`): a context is compared
  // with each post of the block once, and only the clusters holding a post it spells are checked.
  const rootsOfPost = new Map<string, number[]>();
  firstRoots.forEach((root, at) => {
    for (const t of postsOfRoot.get(root)!) {
      const list = rootsOfPost.get(t);
      if (list) list.push(at);
      else rootsOfPost.set(t, [at]);
    }
  });
  rs.forEach((r, i) => {
    if (!r.context.length) return;
    const spelt = new Set<string>();
    const at = new Set<number>();
    for (const [t, roots] of rootsOfPost) {
      if (!r.context.some((c) => contextSpellsPost(c, t))) continue;
      spelt.add(t);
      for (const k of roots) at.add(k);
    }
    const hits = [...at].sort((x, y) => x - y).flatMap((k) => {
      const root = firstRoots[k]!;
      if (root === cl.find(i)) return [];
      if (cl.shareArticle(i, root) || cl.tagsConflict(i, root)) return [];
      const post = postsOfRoot.get(root)!.find((t) => spelt.has(t));
      return post ? [{ root, post }] : [];
    });
    // Posts of several clusters written beside the one name are all this person's.
    for (const h of hits) written.push([i, h.root, h.post]);
  });
  for (const [i, root, post] of written) {
    if (cl.find(i) === cl.find(root)) continue;
    if (cl.shareArticle(i, root) || cl.tagsConflict(i, root)) continue;
    cl.union(root, i);
    merges.push({ rule: 'post-written-beside-name', detail: `its article writes ${post} beside the name`, articles: [rs[root]!.article, rs[i]!.article] });
  }

  // 1c. A foreign name written in full ("Donald Trump", "Shinzo Abe") is one person across these
  // reports, unless the mentions lead in different provinces or share an article.
  if (rs[0] && isForeignName(rs[0].name)) {
    rs.forEach((_r, i) => {
      for (let k = 0; k < i; k++) {
        if (cl.find(k) === cl.find(i)) break;
        if (cl.shareArticle(k, i) || cl.tagsConflict(k, i)) continue;
        cl.union(k, i);
        merges.push({ rule: 'foreign-name', detail: `the same foreign name ${rs[i]!.name}`, articles: [rs[k]!.article, rs[i]!.article] });
        break;
      }
    });
  }

  // 2. Mentions without identifying posts: join the one cluster their context agrees with.
  const candidates = new Map<number, PossiblySame[]>();
  const strongRoots = [...new Set(rs.map((r, i) => (strong(r) ? cl.find(i) : -1)).filter((x) => x >= 0))];
  const contexts = new Map(strongRoots.map((root) => [root, contextOf(cl.members(root))]));
  const joins: Array<[number, number, string[]]> = [];
  rs.forEach((r, i) => {
    if (strong(r) || cl.size(i) > 1) return;
    const scored = strongRoots
      .filter((root) => !cl.hasArticle(root, r.article))
      .map((root) => ({ root, ...support(r, contexts.get(root)!) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.root - b.root);
    const best = scored[0];
    const roleHolders = scored.filter((s) => s.reasons.some((x) => x.startsWith('same role')));
    if (best && best.score >= CONTEXT_JOIN && (scored[1]?.score ?? 0) < best.score) joins.push([i, best.root, best.reasons]);
    else if (best && roleHolders.length === 1 && roleHolders[0] === best) joins.push([i, best.root, [...best.reasons, 'the only holder of that role under this name']]);
    else if (scored.length) candidates.set(i, scored.slice(0, 3).map((s) => ({ node: '', name: '', score: s.score, reasons: s.reasons, root: s.root } as PossiblySame & { root: number })));
  });
  for (const [i, root, reasons] of joins) {
    cl.union(root, i);
    merges.push({ rule: 'shared-context', detail: reasons.join('; '), articles: [rs[root]!.article, rs[i]!.article] });
  }

  // 3. Node ids: the cluster's most common identifying key, else its first article's.
  const assignment = new Map<string, string>();
  const nodes = new Map<string, Properties>();
  const idOfRoot = new Map<number, string>();
  for (const group of cl.groups()) {
    const members = group.map((i) => rs[i]!);
    const keyed = members.map((m) => m.primary).filter((p) => !p.startsWith('article:'));
    const primary = mostCommon(keyed) ?? members[0]!.primary;
    const id = personNodeId(members[0]!.block, primary);
    idOfRoot.set(cl.find(group[0]!), id);
    for (const m of members) assignment.set(recordKey(m), id);
  }
  const mergesByArticle = byFirstArticle(merges);
  for (const group of cl.groups()) {
    const root = cl.find(group[0]!);
    const id = idOfRoot.get(root)!;
    const members = group.map((i) => rs[i]!);
    const names = members.map((m) => m.name);
    const name = mostCommon(names)!;
    const locality = mostCommon(members.flatMap((m) => m.provinces));
    const articles = new Set(members.map((m) => m.article));
    const mergeReasons = explain(mergesWithin(mergesByArticle, articles));
    const possible = new Map<string, PossiblySame>();
    for (const i of group) {
      for (const c of (candidates.get(i) ?? []) as Array<PossiblySame & { root: number }>) {
        const other = idOfRoot.get(cl.find(c.root));
        if (!other || other === id) continue;
        const prev = possible.get(other);
        if (!prev || prev.score < c.score) possible.set(other, { node: other, name, score: c.score, reasons: c.reasons });
      }
    }
    nodes.set(id, {
      name, nameKey: matchKey(name), nameFolded: searchWords(name), locality,
      aliases: [...new Set(names.filter((n) => n !== name))].sort(),
      mergeReasons, possiblySame: [...possible.values()].sort((a, b) => (a.node < b.node ? -1 : 1)).map((p) => JSON.stringify(p)),
    });
  }
  // Candidates are symmetric: the other node lists this one too.
  for (const [id, props] of nodes) {
    for (const raw of props.possiblySame as string[]) {
      const p = JSON.parse(raw) as PossiblySame;
      const other = nodes.get(p.node);
      if (!other) continue;
      const list = other.possiblySame as string[];
      if (!list.some((x) => (JSON.parse(x) as PossiblySame).node === id)) {
        other.possiblySame = [...list, JSON.stringify({ ...p, node: id })].sort();
      }
    }
  }
  return { assignment, nodes, merges };
}

// ── meetings ─────────────────────────────────────────────────────────────────────────────────

const PRESS = identity.pressConferenceWords.map(matchKey);
const FILLER = new Set(identity.meetingKindWords.flatMap((w) => matchKey(w).split(' ')));

/**
 * What the pairwise comparison of a day's reports reads of each report, computed once per record
 * (a day's block is compared pair by pair, after every batch that touches it).
 */
interface MeetingFeatures { press: boolean; kind: string; kindWords: string[]; titleWords: Set<string> }
const MEETING_FEATURES = new WeakMap<MeetingRecord, MeetingFeatures>();

function featuresOf(r: MeetingRecord): MeetingFeatures {
  let f = MEETING_FEATURES.get(r);
  if (!f) {
    const t = matchKey(`${r.kind} ${r.title ?? ''}`);
    // The kind without its classifier ("Cuộc họp báo" → "họp báo").
    const kind = matchKey(r.kind).replace(/^(cuộc|buổi|phiên|các) /u, '');
    f = {
      press: PRESS.some((w) => t.includes(w)),
      kind,
      // The words that say what kind of meeting beyond "meeting" ("Buổi giao ban" → giao, ban).
      kindWords: kind.split(' ').filter((w) => w && !GENERIC_KIND.has(w)),
      titleWords: new Set(searchKey(r.title ?? '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !FILLER.has(w))),
    };
    MEETING_FEATURES.set(r, f);
  }
  return f;
}

const GENERIC_KIND = new Set(['hội', 'nghị', 'họp', 'làm', 'việc', 'cuộc', 'buổi', 'phiên', 'gặp']);

function year(date: string | null): string | null {
  return /^\d{4}/.test(date ?? '') ? date!.slice(0, 4) : null;
}

/** How strongly two reports of one day look like one event, and why (null: they cannot be). */
export function meetingLink(a: MeetingRecord, b: MeetingRecord): { score: number; reasons: string[] } | null {
  if (a.article === b.article || !a.block || a.block !== b.block) return null;
  const sharedChairs = a.chairs.filter((c) => b.chairs.includes(c));
  // A chair one report names and the other places at the meeting all the same (as a speaker, or
  // in a report that names no chair): the reports disagree on roles, not on who was there.
  const chairPresent = sharedChairs.length ? [] : [...new Set([...a.chairs.filter((c) => b.people.includes(c)), ...b.chairs.filter((c) => a.people.includes(c))])].sort();
  if (a.chairs.length && b.chairs.length && !sharedChairs.length && !chairPresent.length) return null;
  const fa = featuresOf(a), fb = featuresOf(b);
  if (fa.press !== fb.press) return null;
  const reasons: string[] = [];
  let score = 0;
  if (sharedChairs.length) { score += 3; reasons.push(`chaired by ${sharedChairs.join(', ')}`); }
  else if (chairPresent.length) { score += 2; reasons.push(`${chairPresent.join(', ')} at both, as chair in one`); }
  const sharedOrgs = a.organizers.filter((o) => b.organizers.includes(o));
  // Organisers as extracted differ in spelling more than shared chairs do: they only count against
  // reports that share no chair.
  if (sharedOrgs.length) { score += 2; reasons.push('same organiser'); } else if (a.organizers.length && b.organizers.length && !sharedChairs.length) score -= 1;
  const specific = fa.kindWords.filter((w) => fb.kindWords.includes(w));
  if (fa.kind === fb.kind) { score += 1; reasons.push(`both a ${fa.kind}`); } else if (specific.length) { score += 1; reasons.push(`both a ${specific.join(' ')}`); }
  const wa = fa.titleWords, wb = fb.titleWords;
  const common = [...wa].filter((w) => wb.has(w)).length;
  const jaccard = common / Math.max(1, new Set([...wa, ...wb]).size);
  if (jaccard >= 0.5) { score += 2.5; reasons.push('titles agree'); } else if (jaccard >= 0.2) { score += 1; reasons.push('titles overlap'); }
  else if (common === 0 && wa.size >= 2 && wb.size >= 2) score -= 1.5;
  if (a.timeOfDay && b.timeOfDay) {
    if (a.timeOfDay === b.timeOfDay) { score += 0.5; reasons.push(`both in the ${a.timeOfDay}`); } else score -= 1.5;
  }
  const ya = year(a.date), yb = year(b.date);
  if (ya && yb && ya !== yb) score -= 2;
  return { score, reasons: [`same day ${a.block}`, ...reasons] };
}

/** Score at which two reports of a day are one event. */
const MEETING_JOIN = 3.5;

/**
 * {@link meetingLink}'s score of each pair compared so far (NaN: they cannot be one event), by the
 * records themselves: a day's block is compared pair by pair after every batch that touches it, and
 * a record's fields never change once made (a move re-points only its `node`, which is not compared).
 */
const LINK_SCORES = new WeakMap<MeetingRecord, Map<MeetingRecord, number>>();

/** The score of {@link meetingLink}(a, b), or null when they cannot be one event; remembered per pair. */
function linkScore(a: MeetingRecord, b: MeetingRecord): number | null {
  let scores = LINK_SCORES.get(a);
  if (!scores) LINK_SCORES.set(a, (scores = new Map()));
  let score = scores.get(b);
  if (score === undefined) {
    score = meetingLink(a, b)?.score ?? Number.NaN;
    scores.set(b, score);
  }
  return Number.isNaN(score) ? null : score;
}

/**
 * Clusters the reports of one day: strongest links first, never two reports of one article, never
 * reports whose chairs differ, never a press conference with another kind of meeting. The node takes
 * the most precise date its reports give.
 */
export function resolveMeetings(records: readonly MeetingRecord[]): BlockResolution {
  const rs = [...records].sort((a, b) => (recordKey(a) < recordKey(b) ? -1 : recordKey(a) > recordKey(b) ? 1 : 0));
  const cl = new Clusters(rs);
  const merges: Merge[] = [];
  const links: Array<{ i: number; j: number; score: number; reasons: string[] }> = [];
  for (let i = 0; i < rs.length; i++) {
    for (let j = i + 1; j < rs.length; j++) {
      const score = linkScore(rs[i]!, rs[j]!);
      if (score !== null && score >= MEETING_JOIN) links.push({ i, j, ...meetingLink(rs[i]!, rs[j]!)! });
    }
  }
  links.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const l of links) {
    if (cl.find(l.i) === cl.find(l.j)) continue;
    if (cl.shareArticle(l.i, l.j)) continue;
    const a = cl.members(l.i), b = cl.members(l.j);
    // Every pair across the two clusters must be compatible.
    if (a.some((x) => b.some((y) => linkScore(x, y) === null))) continue;
    cl.union(l.i, l.j);
    merges.push({ rule: l.reasons.some((r) => r.startsWith('chaired by')) ? 'same-day-chair' : 'same-day-organiser', detail: l.reasons.join('; '), articles: [rs[l.i]!.article, rs[l.j]!.article] });
  }
  const assignment = new Map<string, string>();
  const nodes = new Map<string, Properties>();
  const mergesByArticle = byFirstArticle(merges);
  for (const group of cl.groups()) {
    const members = group.map((i) => rs[i]!);
    const first = members[0]!;
    const id = meetingNodeId(first.article, first.local);
    for (const m of members) assignment.set(recordKey(m), id);
    const full = members.map((m) => m.date).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d));
    const date = latestMostCommon(full) ?? mostCommon(members.map((m) => m.date).filter((d): d is string => !!d));
    const articles = new Set(members.map((m) => m.article));
    nodes.set(id, {
      date,
      kind: mostCommon(members.map((m) => m.kind)) ?? first.kind,
      title: mostCommon(members.map((m) => m.title).filter((t): t is string => !!t)),
      timeOfDay: mostCommon(members.map((m) => m.timeOfDay).filter((t): t is string => !!t)),
      mergeReasons: explain(mergesWithin(mergesByArticle, articles)),
    });
  }
  return { assignment, nodes, merges };
}
