/**
 * The `resolve` stage: one article's Extraction → its ArticleGraph, with global, deterministic
 * ids (so re-ingesting is idempotent) and a log of why each mention became the node it is.
 */
import { foldAliases, matchKey, searchWords, stableId } from '../model/keys.js';
import type { Evidence, Extraction, OrganizationMention, PersonMention } from '../model/extraction.js';
import type { ArticleGraph, GraphNode, GraphRelationship, MergeReason, NodeLabel, Properties, RelationshipType } from '../model/graph.js';
import { type LocalityMap, defaultLocalityMap } from './localities.js';
import { type CanonicalOrganization, type OrganizationContext, canonicalOrganization, composeTitle, guessKind } from './organizations.js';
import { canonicalCase, expandAbbreviations, key, startsWithWords, words } from './text.js';
import { type MeetingRecord, type PostFact, bodyOfBareRole, dayOf, looksForeignName, meetingNodeId, meetingRecordProperties, personNodeId, personRecord, personRecordProperties } from './identity.js';
import bodies from './lexicon/bodies.json' with { type: 'json' };


let defaultMap: LocalityMap | null = null;
function sharedDefaultMap(): LocalityMap {
  return (defaultMap ??= defaultLocalityMap());
}

/** Bumped whenever the resolver would give different graphs for the same extraction. */
export const RESOLVER_VERSION = '5';

/** A hash of the resolver's version and its lexicon of bodies: part of every article's content hash. */
export const RESOLVER_FINGERPRINT = stableId('resolver', RESOLVER_VERSION, JSON.stringify(bodies));

export interface ResolveExtractionOptions {
  /** Provinces and host map (default: the shipped one). */
  localities?: LocalityMap;
  /** The user's `--locality`: the article's locality, over host and text. */
  locality?: string | null;
  /** The article text, read for locality mentions ("tỉnh Thái Bình") when host and override say nothing. */
  text?: string | null;
  /** The source's own identity (a record's id, else its URL, else its file): the Article's `sourceId`. */
  sourceId?: string | null;
  /** Hash of the article's content; defaults to a hash of the extraction and options. */
  contentHash?: string;
}

/** Where the article is from, and why. */
export interface ArticleLocality {
  locality: string | null;
  reason: string;
}

/** The article's locality: `--locality`, else its source's host, else the province its text names most (none on a tie). */
export function articleLocality(x: Extraction, options: ResolveExtractionOptions, localities: LocalityMap): ArticleLocality {
  if (options.locality) {
    const p = localities.province(options.locality);
    return { locality: p?.name ?? options.locality.trim(), reason: 'given with --locality' };
  }
  const fromHost = localities.fromHost(x.source) ?? localities.fromHost(x.url);
  if (fromHost) return { locality: fromHost, reason: `source host ${x.source ?? x.url}` };
  const text = options.text ?? [x.title ?? '', ...x.meetings.map((m) => m.evidence.sentence)].join('\n');
  // two provinces named as often as each other ("tàu … hướng thành phố Hồ Chí Minh - Hà Nội", a joint programme of two
  // cities) place the article in neither: unknown stays unknown rather than taking the first one written
  const [top, next] = localities.mentionCounts(text);
  if (top && !(next && next.count === top.count)) return { locality: top.name, reason: `the text names ${top.name}` };
  return { locality: null, reason: 'unknown' };
}


class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly relationships = new Map<string, GraphRelationship>();
  readonly merges: MergeReason[] = [];
  constructor(readonly articleId: string) {}

  node(label: NodeLabel, id: string, properties: Properties): string {
    const existing = this.nodes.get(id);
    if (!existing) this.nodes.set(id, { label, id, properties });
    else if (label === 'Organization') {
      const a = new Set([...(existing.properties.aliases as string[]), ...(properties.aliases as string[])]);
      existing.properties.aliases = [...a].sort();
      existing.properties.aliasesFolded = foldAliases(existing.properties.aliases as string[]);
    }
    return id;
  }

  edge(type: RelationshipType, from: string, to: string, properties: Properties): void {
    if (from === to) return;
    const id = stableId('rel', type, from, to, this.articleId);
    if (!this.relationships.has(id)) this.relationships.set(id, { type, id, from, to, properties: { article: this.articleId, ...properties } });
  }

  merge(nodeId: string, mention: string, reason: string): void {
    if (!this.merges.some((m) => m.nodeId === nodeId && m.mention === mention)) this.merges.push({ nodeId, mention, reason });
  }
}

export { foldAliases };

function evidence(e: Evidence, confidence: number): Properties {
  return { sentence: e.sentence, start: e.start, end: e.end, confidence };
}

function fullDate(date: string | null | undefined): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/**
 * Resolves one article's extraction into the graph batch the stores write: canonical bodies with
 * their locality, people keyed by name and locality, posts OF bodies, meetings, tasks, authors.
 */
export function resolveExtraction(x: Extraction, options: ResolveExtractionOptions = {}): ArticleGraph {
  const localities = options.localities ?? sharedDefaultMap();
  const where = articleLocality(x, options, localities);
  const b = new GraphBuilder(x.id);
  const ctx: OrganizationContext = {
    localities, articleLocality: where.locality, localityReason: where.reason, articleId: x.id,
    unknownScope: localities.unknownLocalityScope(x.source ?? x.url, x.id),
  };
  const published = x.published ? x.published.slice(0, 10) : null;
  const articleDate = x.meetings.map((m) => fullDate(m.date)).find(Boolean) ?? fullDate(published);

  // Article and its authors.
  const contentHash = options.contentHash ?? stableId('content', RESOLVER_VERSION, JSON.stringify(x), options.locality ?? '', options.text ?? '');
  b.node('Article', x.id, { sourceId: options.sourceId ?? x.url ?? x.input ?? x.id, url: x.url, title: x.title, published: x.published, source: x.source, contentHash, input: x.input });
  for (const author of new Set(x.authors)) {
    const id = b.node('Author', stableId('author', matchKey(author), x.source ?? ''), { name: author, nameKey: matchKey(author) });
    b.edge('WROTE', id, x.id, { sentence: author, start: 0, end: 0, confidence: 1 });
  }

  // Bodies.
  const orgByLocal = new Map<string, CanonicalOrganization>();
  const orgMentions = new Map<string, OrganizationMention>();
  for (const m of [...x.committees, ...x.meetings.flatMap((mt) => mt.organizers)]) if (!orgMentions.has(m.id)) orgMentions.set(m.id, m);
  const addOrganization = (org: CanonicalOrganization, asWritten: string, ev: Evidence | null, confidence: number): string => {
    const id = b.node('Organization', org.id, {
      name: org.name, nameKey: matchKey(org.name), nameFolded: searchWords(org.name), kind: org.kind, locality: org.locality, aliases: [asWritten], aliasesFolded: foldAliases([asWritten]),
    });
    b.merge(id, asWritten, `${asWritten === org.name ? 'as written' : `read as "${org.name}"`}: ${org.reason}`);
    if (ev) b.edge('MENTIONS', x.id, id, evidence(ev, confidence));
    if (org.locality) {
      const place = b.node('Place', stableId('place', matchKey(org.locality)), { name: org.locality, nameKey: matchKey(org.locality), nameFolded: searchWords(org.locality) });
      b.edge('LOCATED_IN', id, place, ev ? evidence(ev, confidence) : { sentence: '', start: 0, end: 0, confidence });
    }
    if (org.impliedParent && org.impliedParent.id !== org.id) {
      const p = org.impliedParent;
      const parentId = b.node('Organization', p.id, { name: p.name, nameKey: matchKey(p.name), nameFolded: searchWords(p.name), kind: 'party-committee', locality: p.locality, aliases: [], aliasesFolded: '' });
      b.merge(parentId, asWritten, `implied parent: a party body of ${p.name}`);
      b.edge('PART_OF', id, parentId, ev ? evidence(ev, confidence) : { sentence: '', start: 0, end: 0, confidence });
    }
    return id;
  };
  // Every body the article names (as a body, or inside a post's title), read canonically…
  interface Candidate { org: CanonicalOrganization; asWritten: string; ev: Evidence; confidence: number }
  const candidates: Candidate[] = [];
  const candidateOfMention = new Map<string, number>();
  for (const m of orgMentions.values()) {
    candidateOfMention.set(m.id, candidates.length);
    candidates.push({ org: canonicalOrganization(m.expanded || m.name, m.kind, m.locality, ctx), asWritten: m.name, ev: m.evidence, confidence: m.confidence });
  }
  const dropped = new Set<number>();
  const candidateOfPost = x.positions.map((p): number | null => {
    const fromTitle = splitTitle(p.expanded || p.title, p.role).body;
    const linked = p.organizationId ? orgMentions.get(p.organizationId) : undefined;
    // The extractor's body, unless it is a fragment the role swallowed the head of ("35 thành phố"
    // after role "Trưởng Ban Chỉ đạo") and the title names a body the lexicon knows.
    const fragment = linked && (linked.kind === 'other' || !linked.kind) && guessKind(linked.expanded || linked.name) === 'other';
    const replaces = linked && fragment && fromTitle && guessKind(fromTitle) !== 'other';
    if (linked && !replaces) return candidateOfMention.get(linked.id) ?? null;
    if (!fromTitle) return null;
    candidates.push({ org: canonicalOrganization(fromTitle, null, linked?.locality ?? null, ctx), asWritten: fromTitle, ev: p.evidence, confidence: p.confidence });
    if (linked) {
      // The fragment mention reads as the title's body from now on.
      dropped.add(candidateOfMention.get(linked.id)!);
      candidateOfMention.set(linked.id, candidates.length - 1);
    }
    return candidates.length - 1;
  });
  // …then short forms join the one fuller body of the same kind and place in this article:
  // "Ban Chỉ đạo" → "Ban Chỉ đạo 35 Tỉnh ủy" when that is the only steering committee it can be.
  const finalOrg = candidates.map((c) => c.org);
  const order = candidates.map((_c, i) => i).sort((a, b) => words(candidates[b]!.org.base).length - words(candidates[a]!.org.base).length);
  for (const i of order) {
    if (dropped.has(i)) continue;
    const a = candidates[i]!.org;
    if (a.subProvince || a.scope === 'national' || a.scope === 'global' || a.base === '') continue;
    const targets = new Map<string, CanonicalOrganization>();
    candidates.forEach((c, j) => {
      if (dropped.has(j)) return;
      const b = c.org;
      const target = finalOrg[j]!;
      if (target.id === a.id || b.kind !== a.kind || b.subProvince || b.locality !== a.locality) return;
      const longer = words(b.base).length > words(a.base).length;
      if (!startsWithWords(words(b.base), a.base) || !(longer || (!a.specific && b.specific && matchKey(b.base) === matchKey(a.base)))) return;
      targets.set(target.id, target);
    });
    if (targets.size === 1) {
      const target = [...targets.values()][0]!;
      finalOrg[i] = { ...target, reason: `short form of "${target.name}", the only such body in this article; ${target.reason}` };
    }
  }
  candidates.forEach((c, i) => {
    if (!dropped.has(i)) addOrganization(finalOrg[i]!, c.asWritten, c.ev, c.confidence);
  });
  for (const m of orgMentions.values()) orgByLocal.set(m.id, finalOrg[candidateOfMention.get(m.id)!]!);
  for (const m of orgMentions.values()) {
    const parent = m.parentId ? orgByLocal.get(m.parentId) : undefined;
    const child = orgByLocal.get(m.id);
    if (parent && child) b.edge('PART_OF', child.id, parent.id, evidence(m.evidence, m.confidence));
  }
  const postOrg = candidateOfPost.map((i) => (i === null ? null : finalOrg[i]!));
  // A bare national role names its body: "Thủ tướng" is the head of "Chính phủ" — of Viet Nam's, so
  // not for a foreign name ("Thủ tướng Angela Merkel"): that post stays without a body.
  const bareRoleOrg = (p: (typeof x.positions)[number]): CanonicalOrganization | null => {
    if (looksForeignName(p.person)) return null;
    const body = bodyOfBareRole(p.expanded || p.title) ?? bodyOfBareRole(p.role);
    return body ? canonicalOrganization(body, null, null, ctx) : null;
  };

  // People: one per (name, locality); the locality of their local posts first, then national posts, then the article's.
  const personMentions = new Map<string, PersonMention>();
  // The sentences each person is named in, where resolution across articles may read a post written beside the name.
  const sentencesOf = new Map<string, string[]>();
  const notePerson = (id: string, name: string, ev: Evidence, confidence: number) => {
    if (!personMentions.has(id)) personMentions.set(id, { id, name, evidence: ev, confidence });
    const seen = sentencesOf.get(id) ?? [];
    if (!seen.includes(ev.sentence)) sentencesOf.set(id, [...seen, ev.sentence]);
  };
  for (const p of x.persons) for (const ev of p.mentions.slice(0, 3)) notePerson(p.id, p.name, ev, 1);
  for (const m of x.meetings) for (const p of [...m.chairs, ...m.attendees, ...m.speakers]) notePerson(p.id, p.name, p.evidence, p.confidence);
  for (const p of x.positions) notePerson(p.personId, p.person, p.evidence, p.confidence);
  for (const m of x.meetings) for (const t of m.tasks) if (t.byId && t.by) notePerson(t.byId, t.by, t.evidence, t.confidence);

  // Each mention is filed under what it alone identifies (a national post, a province it leads,
  // a post, else its article); `identity.ts` later joins mentions across articles.
  const postFacts = (localId: string): PostFact[] => x.positions.flatMap((p, i) => {
    if (p.personId !== localId) return [];
    const org = postOrg[i] ?? bareRoleOrg(p);
    const role = splitTitle(p.expanded || p.title, p.role).role.trim() || p.role;
    return [{ role, title: org ? composeTitle(role, org.name) : p.title, former: p.former, org: org ? { id: org.id, name: org.name, base: org.base, kind: org.kind, scope: org.scope, locality: org.locality, subProvince: org.subProvince, specific: org.specific } : null }];
  });
  const allNames = [...new Set([...personMentions.values()].map((m) => m.name))];
  const personByLocal = new Map<string, string>();
  for (const [localId, m] of personMentions) {
    const record = personRecord({ article: x.id, node: '', name: m.name, posts: postFacts(localId), co: allNames.filter((n) => n !== m.name), place: where.locality, sentences: sentencesOf.get(localId) ?? [] });
    const id = b.node('Person', personNodeId(record.block, record.primary), {
      name: m.name, nameKey: matchKey(m.name), nameFolded: searchWords(m.name), locality: record.provinces[0] ?? null, aliases: [], mergeReasons: [], possiblySame: [],
    });
    personByLocal.set(localId, id);
    b.merge(id, m.name, record.primary.startsWith('article:') ? 'no identifying post: kept to its own article until other articles agree' : `filed under ${record.primary}`);
    b.edge('MENTIONS', x.id, id, { ...evidence(m.evidence, m.confidence), ...personRecordProperties(record) });
  }
  const personByName = (name: string): string | undefined => {
    const key = matchKey(name);
    for (const [localId, m] of personMentions) if (matchKey(m.name) === key) return personByLocal.get(localId);
    return undefined;
  };

  // Posts.
  x.positions.forEach((p, i) => {
    const personId = personByLocal.get(p.personId);
    if (!personId) return;
    const org = postOrg[i] ?? bareRoleOrg(p);
    if (org && !postOrg[i]) addOrganization(org, org.name, p.evidence, p.confidence);
    // The role without body words it may have swallowed ("Giám đốc Công an" → "Giám đốc").
    const role = splitTitle(p.expanded || p.title, p.role).role.trim() || (p.role || p.expanded || p.title).trim();
    const title = org ? composeTitle(role, org.name) : canonicalCase(expandAbbreviations(p.expanded || p.title));
    const positionId = org ? stableId('position', matchKey(role), org.id) : stableId('position', matchKey(title), `article:${x.id}`);
    b.node('Position', positionId, { title, nameKey: matchKey(title), nameFolded: searchWords(title), role });
    if (org) b.edge('OF', positionId, org.id, evidence(p.evidence, p.confidence));
    b.edge('HOLDS', personId, positionId, { ...evidence(p.evidence, p.confidence), date: articleDate, former: p.former, titleAsWritten: p.title });
    if (p.title !== title) b.merge(positionId, p.title, org ? `post "${role}" of ${org.name}` : 'post with no known body: kept to its own article');
  });

  // Meetings and their tasks.
  for (const m of x.meetings) {
    const meetingId = meetingNodeId(x.id, m.id);
    b.node('Meeting', meetingId, { kind: m.kind, title: m.title, date: m.date, timeOfDay: m.timeOfDay, mergeReasons: [] });
    const record: MeetingRecord = {
      article: x.id, node: meetingId, local: m.id, block: dayOf(m.date), date: m.date, kind: m.kind, title: m.title, timeOfDay: m.timeOfDay,
      chairs: [...new Set(m.chairs.map((c) => matchKey(c.name)))].sort(),
      people: [...new Set([...m.chairs, ...m.attendees, ...m.speakers].map((c) => matchKey(c.name)))].sort(),
      organizers: [...new Set(m.organizers.map((o) => orgByLocal.get(o.id)?.id).filter((o): o is string => !!o))].sort(),
    };
    b.edge('REPORTS', x.id, meetingId, { ...evidence(m.evidence, m.confidence), ...meetingRecordProperties(record) });
    for (const o of m.organizers) {
      const org = orgByLocal.get(o.id);
      if (org) b.edge('ORGANIZED_BY', meetingId, org.id, evidence(o.evidence, o.confidence));
    }
    const role = (type: RelationshipType, people: readonly PersonMention[]) => {
      for (const p of people) {
        const pid = personByLocal.get(p.id);
        if (pid) b.edge(type, pid, meetingId, { ...evidence(p.evidence, p.confidence), date: m.date });
      }
    };
    role('CHAIRED', m.chairs);
    role('ATTENDED', m.attendees);
    role('SPOKE_AT', m.speakers);
    for (const t of m.tasks) {
      const taskId = b.node('Task', stableId('task', meetingId, matchKey(t.text)), { text: t.text, date: m.date });
      b.edge('SET', meetingId, taskId, evidence(t.evidence, t.confidence));
      const by = (t.byId && personByLocal.get(t.byId)) || (t.by ? personByName(t.by) : undefined);
      if (by) b.edge('ISSUED', by, taskId, evidence(t.evidence, t.confidence));
      const targets = new Set<string>();
      for (const id of t.toIds) {
        const target = orgByLocal.get(id)?.id ?? personByLocal.get(id);
        if (target) targets.add(target);
      }
      if (targets.size === 0) {
        for (const name of t.to) {
          const person = personByName(name);
          if (person) targets.add(person);
          else if (guessKind(name) !== 'other') targets.add(addOrganization(canonicalOrganization(name, null, null, ctx), name, null, t.confidence));
        }
      }
      for (const target of targets) b.edge('ASSIGNED_TO', taskId, target, evidence(t.evidence, t.confidence));
    }
  }

  // Every node but the Article must hang on one of this article's edges (that is how its facts are replaced).
  const linked = new Set<string>([x.id]);
  for (const r of b.relationships.values()) { linked.add(r.from); linked.add(r.to); }
  const nodes = [...b.nodes.values()].filter((n) => linked.has(n.id));
  return { articleId: x.id, contentHash, nodes, relationships: [...b.relationships.values()], merges: b.merges };
}

/** A post's title read as its role and the body it names. */
export interface TitleParts {
  /** The role without body words ("Giám đốc", "Trưởng ban"). */
  role: string;
  /** The body named after the role ("Công an thành phố", "Ban Chỉ đạo 35"), or null. */
  body: string | null;
}

function capitalised(token: string | undefined): boolean {
  return !!token && /^[\p{Lu}\p{N}]/u.test(token);
}

/**
 * Splits a post's title into role and body with the body lexicon, whatever the extractor's role
 * says: the body starts at the first syllable from which the rest reads as a known kind of body
 * ("Giám đốc Công an thành phố" → "Giám đốc" + "Công an thành phố", even when the role given was
 * "Giám đốc Công an"). The role's last syllable may be the body's first ("Trưởng ban" +
 * "Ban Chỉ đạo 35"). With no known body, the words after the role are the body when they read as a
 * proper name, else there is none.
 */
export function splitTitle(title: string, role: string | null | undefined): TitleParts {
  const t = words(expandAbbreviations(title));
  const r = words(role ?? '');
  const roleFits = r.length > 0 && startsWithWords(t, r.join(' '));
  for (let i = 1; i < t.length; i++) {
    const token = t[i] as string;
    // A body starts with a capital ("Công an"), or is the role's own last syllable ("Trưởng ban Chỉ đạo").
    const sharedWithRole = roleFits && r.length === i + 1 && key(r[i] as string) === key(token);
    if (!capitalised(token) && !sharedWithRole && !capitalised(t[i + 1])) continue;
    const rest = t.slice(i).join(' ');
    if (guessKind(rest) === 'other') continue;
    const body = canonicalCase(rest);
    if (sharedWithRole) return { role: r.join(' '), body };
    const before = t.slice(0, i);
    const sharing = bodies.rolesSharingBodyWord;
    if (sharing.roleEndings.some((w) => key(w) === key(before[before.length - 1] as string)) && sharing.bodyWords.some((w) => key(w) === key(token))) {
      // "Trưởng" + "Ban Chỉ đạo 35": the post is "Trưởng ban" of the board.
      before.push(token.toLocaleLowerCase('vi'));
    }
    return { role: before.join(' '), body };
  }
  if (!roleFits || t.length === r.length) return { role: (role ?? '').trim() || t.join(' '), body: null };
  const rest = t.slice(r.length).join(' ');
  // "Trưởng ban" + "Chỉ đạo 35": the role's last syllable begins a body the lexicon knows.
  const joined = canonicalCase(`${r[r.length - 1] as string} ${rest}`);
  if (guessKind(joined) !== 'other') return { role: r.join(' '), body: joined };
  return { role: r.join(' '), body: capitalised(t[r.length]) ? rest : null };
}

/** The body named in a title after its role: "Trưởng ban Chỉ đạo 35" (role "Trưởng ban") → "Ban Chỉ đạo 35". */
export function organizationInTitle(title: string, role: string): string | null {
  return splitTitle(title, role).body;
}
