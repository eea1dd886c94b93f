/**
 * How a name given by a user is matched to entities, the same on every store.
 *
 * A name is tried in three steps; the first step that matches anything decides:
 *   1. `exact`  — the canonical name as a Vietnamese reader compares names (`matchKey`: case,
 *      Unicode form and old/new tone-mark placement ignored);
 *   2. `folded` — the canonical name's letters without diacritics (`searchKey`: "do manh hien");
 *   3. `words`  — every word of the input is a whole word of the name or of an alias as written
 *      ("ban chi dao 35" → "Ban Chỉ đạo 35 Thành ủy Hải Phòng"; "BCĐ 35 Thành ủy" → its body),
 *      diacritics ignored. Aliases only count here: short forms such as "Thành ủy" or
 *      "Ban Chỉ đạo 35" are written alike in every province, so they never single a body out.
 * An entity id given as is also matches (exactly).
 *
 * For an argument that must be one entity (a person, a post, the body whose posts are listed) a
 * step that matches several gives the candidates (`ambiguous`) rather than a guess. A body used as
 * a filter (chairs, meetings, tasks) takes every body any step matched: a partial name covers every
 * body it fits, a body of exactly that name included ("Ban Chỉ đạo" covers "Ban Chỉ đạo" and every
 * "Ban Chỉ đạo 35 …").
 */
import { matchKey, searchKey, wordsOfFolded } from '../model/keys.js';
import type { Candidate, NamedLabel } from './schemas.js';

/** What name matching needs to know of an entity. */
export interface NamedEntity {
  label: NamedLabel;
  id: string;
  name: string;
  aliases: readonly string[];
  locality: string | null;
  /** What tells it apart in a list of candidates (kind, body, locality). */
  detail: string | null;
}

export type MatchStep = 'id' | 'exact' | 'folded' | 'words';

/** Memoised keys of names met before (names repeat across calls): bounded, cleared when full. */
interface Keys {
  match: string;
  folded: string;
  words: string[];
  /** The words joined by single spaces, with a space before and after (for phrase tests). */
  spaced: string;
}
const keyCache = new Map<string, Keys>();
function keys(text: string): Keys {
  let k = keyCache.get(text);
  if (k === undefined) {
    const folded = searchKey(text);
    const words = wordsOfFolded(folded);
    k = { match: matchKey(text), folded, words, spaced: ` ${words.join(' ')} ` };
    if (keyCache.size >= 200_000) keyCache.clear();
    keyCache.set(text, k);
  }
  return k;
}

/** The keys of an entity's name and aliases, kept on the entity (a symbol: not serialised, not shown). */
const ENTITY_KEYS = Symbol('entityKeys');
interface EntityKeys {
  name: Keys;
  aliases: Keys[];
}
type KeyedEntity = NamedEntity & { [ENTITY_KEYS]?: EntityKeys };

/**
 * The keys of an entity, computed at its first match and kept on it: a common word such as
 * "cong an" matches thousands of entities, and one look-up in the large text cache per name and
 * alias per question cost more than the matching itself.
 */
function entityKeys(entity: NamedEntity): EntityKeys {
  const e = entity as KeyedEntity;
  let k = e[ENTITY_KEYS];
  if (k === undefined) {
    k = { name: keys(e.name), aliases: e.aliases.map(keys) };
    e[ENTITY_KEYS] = k;
  }
  return k;
}

/** The words of a text for whole-word matching: folded, split on anything not a letter or digit (`wordsOfFolded`, as the indexes' `searchWords`). */
export function foldedWords(text: string): string[] {
  return [...keys(text).words];
}

/** How well an entity's names match the input: the step (lower is better), or null. */
export function matchStep(entity: NamedEntity, input: string): MatchStep | null {
  return matchStepOf(entity, input.trim(), keys(input));
}

/** {@link matchStep} with the input's keys read once: `trimmed` is the input trimmed, `q` its keys. */
function matchStepOf(entity: NamedEntity, trimmed: string, q: Keys): MatchStep | null {
  if (entity.id === trimmed) return 'id';
  const { name, aliases } = entityKeys(entity);
  if (name.match === q.match) return 'exact';
  if (name.folded === q.folded) return 'folded';
  if (q.words.length === 0) return null;
  if (holdsEvery(name.words, q.words)) return 'words';
  for (const a of aliases) if (holdsEvery(a.words, q.words)) return 'words';
  return null;
}

const STEP_ORDER: readonly MatchStep[] = ['id', 'exact', 'folded', 'words'];

/** The entities matched by the deciding (first matching) step, sorted by name then id. */
export function bestMatches<E extends NamedEntity>(entities: readonly E[], input: string): E[] {
  const byStep = new Map<MatchStep, E[]>();
  for (const e of entities) {
    const step = matchStep(e, input);
    if (step === null) continue;
    const list = byStep.get(step) ?? [];
    list.push(e);
    byStep.set(step, list);
  }
  for (const step of STEP_ORDER) {
    const list = byStep.get(step);
    if (list && list.length > 0) return sortEntities(list);
  }
  return [];
}

/**
 * Every entity any step matches (a filter's bodies), sorted by name then id: unlike
 * {@link bestMatches}, an exact match does not hide the bodies whose longer names the words fit.
 */
export function allMatches<E extends NamedEntity>(entities: readonly E[], input: string): E[] {
  return sortEntities(anyMatches(entities, input));
}

/**
 * Every entity any step matches, in the order given: {@link allMatches} without the sort, for a
 * filter that is used as a set (a common name such as "Chính phủ" fits hundreds of bodies, and
 * sorting them by collation would cost more than the question).
 */
export function anyMatches<E extends NamedEntity>(entities: readonly E[], input: string): E[] {
  const trimmed = input.trim();
  const q = keys(input);
  return entities.filter((e) => matchStepOf(e, trimmed, q) !== null);
}

/** Sorts entities by name (Vietnamese collation), then id. */
export function sortEntities<E extends { name: string; id: string }>(entities: readonly E[]): E[] {
  return [...entities].sort(byNameThenId);
}

/**
 * The Vietnamese collators, made at their first use: making one loads ICU's collation data (~10 ms),
 * which a question answered without comparing names (most `ask` runs) never needs.
 */
let collators: { variant: Intl.Collator; base: Intl.Collator } | null = null;
function collator(): { variant: Intl.Collator; base: Intl.Collator } {
  collators ??= {
    variant: new Intl.Collator('vi', { sensitivity: 'variant', numeric: true }),
    base: new Intl.Collator('vi', { sensitivity: 'base' }),
  };
  return collators;
}

/** Longest trailing digit run {@link compareText} compares itself (ICU treats very long runs apart). */
const MAX_FAST_DIGITS = 30;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The order of two texts that are one prefix followed by different ASCII digit runs (article ids
 * such as "rec:baomoi-21455847", most of what answers sort): the numeric order of the runs, which
 * is what the numeric collation gives (the equal prefix weighs the same at every level), without
 * the collator. 0 when the texts are not of that shape or the runs are equal in value.
 */
function compareDigitSuffixes(a: string, b: string): number {
  let i = a.length;
  while (i > 0 && isDigit(a.charCodeAt(i - 1))) i--;
  if (i === a.length || a.length - i > MAX_FAST_DIGITS) return 0;
  let j = b.length;
  while (j > 0 && isDigit(b.charCodeAt(j - 1))) j--;
  if (j !== i || b.length - j > MAX_FAST_DIGITS || !a.startsWith(b.slice(0, j))) return 0;
  while (i < a.length - 1 && a.charCodeAt(i) === 48) i++;
  while (j < b.length - 1 && b.charCodeAt(j) === 48) j++;
  if (a.length - i !== b.length - j) return a.length - i - (b.length - j);
  for (; i < a.length; i++, j++) {
    const d = a.charCodeAt(i) - b.charCodeAt(j);
    if (d !== 0) return d;
  }
  return 0;
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Letters whose primary order {@link compareFirstLetters} asks the collator once: a Latin letter with marks, or đ. */
const primaryOrder = new Map<string, number>();
function isMarkedLatinLetter(ch: string): boolean {
  if (ch === 'đ' || ch === 'Đ') return true;
  const d = ch.normalize('NFD');
  return d.length > 1 && isAsciiLetter(d.charCodeAt(0)) && /^[\u0300-\u036f]+$/.test(d.slice(1));
}
/** The primary order of two different single letters (ASCII, or Latin with marks, or đ), or 0 when unknown or equal. */
function comparePrimaryLetters(x: number, y: number): number {
  if (isAsciiLetter(x) && isAsciiLetter(y)) return (x | 32) - (y | 32);
  if (x < 0xc0 && !isAsciiLetter(x)) return 0;
  if (y < 0xc0 && !isAsciiLetter(y)) return 0;
  const key = String.fromCharCode(x, y);
  let order = primaryOrder.get(key);
  if (order === undefined) {
    const a = String.fromCharCode(x);
    const b = String.fromCharCode(y);
    order = (isAsciiLetter(x) || isMarkedLatinLetter(a)) && (isAsciiLetter(y) || isMarkedLatinLetter(b)) ? Math.sign(collator().base.compare(a, b)) : 0;
    if (primaryOrder.size < 100_000) primaryOrder.set(key, order);
  }
  return order;
}

/**
 * The order of two texts whose first difference is between two letters of different primary
 * weight (ASCII letters, Latin letters with marks such as "ỉ", "ơ", or "đ"; case and tone marks
 * aside): the order of those letters, which is what the collation gives, since the equal prefix
 * weighs the same and a letter with any mark still sorts before the next letter (Vietnamese
 * collation has no contractions: "ă", "â" come after "a" and before "b"). 0 otherwise. Checked
 * against the collator on every adjacent pair of 170,000 sorted names, titles and sentences of the
 * bulk corpus's graph.
 */
function compareFirstLetters(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return 0;
  // A combining mark after the letter may make it another letter ("u" + horn is "ư"): the collator decides.
  if (isMarkAt(a, i + 1) || isMarkAt(b, i + 1)) return 0;
  return comparePrimaryLetters(a.charCodeAt(i), b.charCodeAt(i));
}

const MARK = /\p{M}/u;
function isMarkAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  return code >= 0x300 && MARK.test(String.fromCharCode(code));
}

/** Compares display texts the same way on every store (Vietnamese collation, then code units). */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const fast = compareFirstLetters(a, b) || compareDigitSuffixes(a, b);
  if (fast !== 0) return fast;
  const c = collator().variant.compare(a, b);
  if (c !== 0) return c;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An entity as a candidate in an `ambiguous` answer or a search row. */
export function toCandidate(e: NamedEntity): Candidate {
  return { label: e.label, id: e.id, name: e.name, locality: e.locality, detail: e.detail };
}

/** The result of resolving one name argument. */
export type Resolution<E extends NamedEntity> =
  | { status: 'one'; entity: E }
  | { status: 'many'; entities: E[] }
  | { status: 'none' };

/** Resolves a name to one entity (or says it is ambiguous / unknown). */
export function resolveOne<E extends NamedEntity>(entities: readonly E[], input: string): Resolution<E> {
  const found = bestMatches(entities, input);
  if (found.length === 0) return { status: 'none' };
  if (found.length === 1) return { status: 'one', entity: found[0]! };
  return { status: 'many', entities: found };
}

/** Search ranking: exact and folded equality first, then name-prefix, then whole-word matches. */
export function searchRank(e: NamedEntity, input: string): number | null {
  return searchRankOf(e, input.trim(), keys(input));
}

const LABEL_ORDER: Record<NamedLabel, number> = { Person: 0, Organization: 1, Position: 2 };

/**
 * {@link searchRank} with the input's keys read once (the steps of {@link matchStep}, then, for a
 * words match, the name as a whole, a prefix, the words as one phrase ("cong an" in "Công an tỉnh …"), the words apart): `trimmed` is the input trimmed, `q` its keys
 * (a common word such as "cong an" is ranked against thousands of names).
 */
function searchRankOf(e: NamedEntity, trimmed: string, q: Keys): number | null {
  const step = matchStepOf(e, trimmed, q);
  if (step === null) return null;
  if (step === 'id' || step === 'exact') return 0;
  if (step === 'folded') return 1;
  const { name, aliases } = entityKeys(e);
  const folded = q.folded;
  for (const n of aliases) if (n.folded === folded) return 1;
  if (name.folded.startsWith(folded)) return 2;
  for (const n of aliases) if (n.folded.startsWith(folded)) return 2;
  const phrase = q.spaced;
  if (name.spaced.includes(phrase)) return 3;
  for (const n of aliases) if (n.spaced.includes(phrase)) return 3;
  return 4;
}

/** Whether `words` holds every one of `wanted`. */
function holdsEvery(words: readonly string[], wanted: readonly string[]): boolean {
  for (const w of wanted) if (!words.includes(w)) return false;
  return true;
}

/** Highest rank {@link searchRank} gives. */
const MAX_SEARCH_RANK = 4;

/**
 * Orders search hits: rank, label (Person, Organization, Position), name, id. The hits are put in
 * groups of one rank and label first, taken whole in that order while they fit the limit, so names
 * are compared only within the group the limit cuts (and to sort what is kept).
 */
export function rankSearch<E extends NamedEntity>(entities: readonly E[], input: string, limit: number): E[] {
  const trimmed = input.trim();
  const q = keys(input);
  const labels = Object.keys(LABEL_ORDER).length;
  const groups: E[][] = Array.from({ length: (MAX_SEARCH_RANK + 1) * labels }, () => []);
  for (const e of entities) {
    const rank = searchRankOf(e, trimmed, q);
    if (rank !== null) (groups[rank * labels + LABEL_ORDER[e.label]] as E[]).push(e);
  }
  const out: E[] = [];
  for (const group of groups) {
    if (out.length >= limit) break;
    if (group.length > 0) out.push(...smallest(group, limit - out.length, byNameThenId));
  }
  return out;
}

/**
 * One label's names as {@link searchNames} reads them: lookups giving entity numbers, and each
 * entity's place among the label's entities in name-then-id order ({@link byNameThenId}).
 */
export interface NumberedNames {
  /** Numbers of the entities with this id. */
  withId(id: string): ArrayLike<number>;
  /** Numbers of the entities whose name has this `matchKey`. */
  withMatchKey(key: string): ArrayLike<number>;
  /** Numbers of the entities whose name or an alias has this `searchKey`. */
  withFoldedName(key: string): ArrayLike<number>;
  /** Numbers of the entities whose name or an alias has a `searchKey` starting with `prefix` (one may come more than once). */
  withFoldedNamePrefix(prefix: string): ArrayLike<number>;
  /** Numbers of the entities with this folded word in their name or an alias, ascending. */
  byWord(word: string): ArrayLike<number>;
  /** Entity `i`'s place in name-then-id order (0 first): places compare as {@link byNameThenId} does. */
  place(i: number): number;
  /** The number of the entity at this place. */
  atPlace(place: number): number;
  /** Entity number `i`. */
  entity(i: number): NamedEntity;
}

/** Word postings, ascending: does it hold entity `i`? */
export function holds(list: ArrayLike<number>, i: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid] as number;
    if (v === i) return true;
    if (v < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The entity numbers in every one of `lists` (ascending postings), ascending; none for no lists. */
export function inEveryList(lists: ReadonlyArray<ArrayLike<number>>): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const first = sorted[0] as ArrayLike<number>;
  const out: number[] = [];
  for (let k = 0; k < first.length; k++) {
    const i = first[k] as number;
    let all = true;
    for (let j = 1; j < sorted.length && all; j++) all = holds(sorted[j] as ArrayLike<number>, i);
    if (all) out.push(i);
  }
  return out;
}

/**
 * The hits of one label for {@link searchNames}: for each rank, the entities that can have it
 * (from the lookups), in name order, ranked one by one only as far as the limit needs.
 */
class LabelHits {
  private readonly ranks = new Map<number, number | null>();
  private readonly bands = new Map<number, Uint32Array>();
  private readonly wordLists: ReadonlyArray<ArrayLike<number>>;

  constructor(
    private readonly names: NumberedNames,
    private readonly trimmed: string,
    private readonly q: Keys,
  ) {
    this.wordLists = q.words.map((w) => names.byWord(w));
  }

  /**
   * The places (ascending, each once) of the entities that may have this rank: 0 — the id or the
   * name's exact key; 1 — a name or alias folded as the input; 2 — a name or alias starting with the
   * folded input, holding every word of it (a rank above 1 is a words match); 3 and 4 — holding
   * every word. Every entity of that rank is among them (see `searchRankOf`).
   */
  private band(rank: number): Uint32Array {
    const key = Math.min(rank, 3);
    let places = this.bands.get(key);
    if (places !== undefined) return places;
    const numbers: number[] = [];
    const add = (list: ArrayLike<number>, keep: (i: number) => boolean = () => true): void => {
      for (let k = 0; k < list.length; k++) if (keep(list[k] as number)) numbers.push(list[k] as number);
    };
    if (key === 0) {
      add(this.names.withId(this.trimmed));
      add(this.names.withMatchKey(this.q.match));
    } else if (key === 1) add(this.names.withFoldedName(this.q.folded));
    else if (this.wordLists.length > 0) {
      if (key === 2) add(this.names.withFoldedNamePrefix(this.q.folded), (i) => this.wordLists.every((l) => holds(l, i)));
      else add(inEveryList(this.wordLists));
    }
    const sorted = Uint32Array.from(numbers, (i) => this.names.place(i)).sort();
    let n = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k] as number;
    places = sorted.subarray(0, n);
    this.bands.set(key, places);
    return places;
  }

  private rankOf(i: number): number | null {
    let rank = this.ranks.get(i);
    if (rank === undefined) {
      rank = searchRankOf(this.names.entity(i), this.trimmed, this.q);
      this.ranks.set(i, rank);
    }
    return rank;
  }

  /** Appends to `out` the entities of this rank in name order, each `times` times, until `out` holds `limit`. */
  take(rank: number, times: number, limit: number, out: NamedEntity[]): void {
    const places = this.band(rank);
    for (let k = 0; k < places.length && out.length < limit; k++) {
      const i = this.names.atPlace(places[k] as number);
      if (this.rankOf(i) !== rank) continue;
      const e = this.names.entity(i);
      for (let t = 0; t < times && out.length < limit; t++) out.push(e);
    }
  }
}

/**
 * {@link rankSearch} over every entity of the given labels, read through their lookups instead of
 * being listed first: the groups (rank, then label) are filled in order from the entities that can
 * have that rank, taken in name order, and ranking stops once `limit` hits are found (a common
 * word such as "cong an" fits thousands of names, of which the first 25 are wanted). The same
 * hits in the same order as `rankSearch` on every entity the labels' lookups give; a label given
 * `times` times gives each of its hits that many times, as a list of its entities repeated would.
 */
export function searchNames(sources: ReadonlyArray<{ label: NamedLabel; times: number; names: NumberedNames }>, input: string, limit: number): NamedEntity[] {
  const trimmed = input.trim();
  const q = keys(input);
  const ordered = [...sources].sort((a, b) => LABEL_ORDER[a.label] - LABEL_ORDER[b.label]);
  const hits = ordered.map((s) => new LabelHits(s.names, trimmed, q));
  const out: NamedEntity[] = [];
  for (let rank = 0; rank <= MAX_SEARCH_RANK; rank++) {
    for (const [k, s] of ordered.entries()) {
      if (out.length >= limit) return out;
      (hits[k] as LabelHits).take(rank, s.times, limit, out);
    }
  }
  return out;
}

/** Orders by name (Vietnamese collation), then id. */
export function byNameThenId<T extends { name: string; id: string }>(a: T, b: T): number {
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

/**
 * The `k` smallest items in `order` (a total order), sorted: the same as sorting them all and
 * keeping the first `k`, in about one comparison per item when `k` is small (a common word such
 * as "cong an" matches thousands of names, and collation is the dear part).
 */
export function smallest<T>(items: readonly T[], k: number, order: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k) return [...items].sort(order);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && order(item, best[k - 1] as T) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(best[mid] as T, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
