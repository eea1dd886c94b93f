/**
 * Canonical names of bodies. In a Hải Phòng article "Ban Chỉ đạo 35 thành phố", "BCĐ 35 Thành ủy"
 * and "Ban Chỉ đạo 35 Thành ủy Hải Phòng" all read as "Ban Chỉ đạo 35 Thành ủy Hải Phòng";
 * "Thành ủy" reads as "Thành ủy Hải Phòng". A body whose locality is unknown keeps a name without
 * one and is keyed to its article, so it never merges with another province's body.
 */
import { stableId } from '../model/keys.js';
import type { OrganizationKind } from '../model/extraction.js';
import { OrganizationKindSchema } from '../model/extraction.js';
import bodies from './lexicon/bodies.json' with { type: 'json' };
import type { LocalityMap, Province } from './localities.js';
import { canonicalCase, endsWithWords, expandAbbreviations, indexOfWords, key, startsWithText, startsWithWords, words } from './text.js';

type Level = 'tỉnh' | 'thành phố';
interface ScopeSuffix { words: string; level: Level; party: boolean }

const SCOPE_SUFFIXES: readonly ScopeSuffix[] = bodies.scopeSuffixes as ScopeSuffix[];
const PARTY_WORD: Readonly<Record<Level, string>> = bodies.partyCommittees as Record<Level, string>;
const KIND_PATTERNS = (bodies.kindPatterns as [string, string][]).map(([p, k]) => [p, OrganizationKindSchema.parse(k)] as const);

/** Where a body belongs: a province, the nation, nowhere in particular (enterprises), or unknown. */
export type OrganizationScope = 'local' | 'national' | 'global' | 'unknown';

/** What the resolver needs to know about the article to place a body. */
export interface OrganizationContext {
  localities: LocalityMap;
  /** The article's default locality (override, source host or text), or null. */
  articleLocality: string | null;
  /** Why the article has that locality, for the merge log ("source host haiphong.gov.vn"). */
  localityReason: string;
  articleId: string;
  /**
   * Where bodies of unknown locality are kept (`LocalityMap.unknownLocalityScope`): `source:<host>`
   * for a single-province outlet, `article:<id>` for an aggregator or no source. Default: the article.
   */
  unknownScope?: { key: string; why: string };
}

/** A body as the graph knows it. */
export interface CanonicalOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  locality: string | null;
  scope: OrganizationScope;
  /** A party body (its canonical name carries "Thành ủy"/"Tỉnh ủy"). */
  party: boolean;
  /** The province-level party committee a party sub-body belongs to, when implied. */
  impliedParent: { name: string; id: string; locality: string | null } | null;
  /** Why the name is what it is. */
  reason: string;
  /** The name without its locality words ("Ban Chỉ đạo 35"). */
  base: string;
  /** The mention stated its place: a province, or a scope word ("thành phố", "Tỉnh ủy"). */
  specific: boolean;
  /** A district or commune body ("Ủy ban nhân dân huyện Thủy Nguyên"). */
  subProvince: boolean;
}

/** The kind patterns with their prefixes read once: syllable count, key, and whether more must follow (a trailing space). */
const KIND_PREFIXES = KIND_PATTERNS.map(([prefix, kind]) => {
  const p = words(prefix);
  return { length: p.length, key: key(p.join(' ')), more: /\s$/u.test(prefix), kind };
});

const kindCache = new Map<string, OrganizationKind>();

/** Guesses a body's kind from its name (used when the extractor says `other` or nothing). */
export function guessKind(name: string): OrganizationKind {
  let kind = kindCache.get(name);
  if (kind === undefined) {
    if (kindCache.size > 50_000) kindCache.clear();
    kind = guessKindUncached(name);
    kindCache.set(name, kind);
  }
  return kind;
}

/** The first kind pattern whose prefix begins the name (as `startsWithText` reads it), else `other`. */
function guessKindUncached(name: string): OrganizationKind {
  const tokens = words(canonicalCase(expandAbbreviations(name)));
  const keys = new Map<number, string>();
  for (const p of KIND_PREFIXES) {
    if (p.length === 0 || p.length > tokens.length || (p.more && tokens.length <= p.length)) continue;
    let k = keys.get(p.length);
    if (k === undefined) keys.set(p.length, (k = key(tokens.slice(0, p.length).join(' '))));
    if (k === p.key) return p.kind;
  }
  return 'other';
}

function partyWord(level: Level | null): string | null {
  return level ? PARTY_WORD[level] : null;
}

/**
 * Remembers a pure function of a string (bounded: cleared when full). The readings below depend on
 * the name alone, never on the article, and the same bodies are named in article after article.
 */
function memo<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = compute(text);
      cache.set(text, v);
    }
    return v;
  };
}

const isPartyBase = memo((base: string): boolean => (bodies.partyBases as string[]).some((p) => startsWithWords(words(base), p)));

const isNationalByKind = new Map<OrganizationKind, (name: string) => boolean>();
function isNational(name: string, kind: OrganizationKind): boolean {
  let f = isNationalByKind.get(kind);
  if (!f) isNationalByKind.set(kind, (f = memo((n) => isNationalUncached(n, kind))));
  return f(name);
}

function isNationalUncached(name: string, kind: OrganizationKind): boolean {
  const nameKey = key(name);
  if ((bodies.nationalNames as string[]).some((n) => key(n) === nameKey)) return true;
  const tokens = words(name);
  if ((bodies.nationalWords as string[]).some((w) => indexOfWords(tokens, w) >= 0)) return true;
  const notNational = (bodies.notNationalPrefixes as string[]).some((p) => startsWithText(name, p));
  if (!notNational && (bodies.nationalPrefixes as string[]).some((p) => startsWithText(name, p))) return true;
  if (!notNational && ofNationalBody(tokens)) return true;
  return !notNational && (bodies.nationalKinds as string[]).includes(kind);
}

/**
 * A body named as a part of a national one: "Ban Chỉ đạo Bộ Công Thương", "Thanh tra Bộ Tài chính",
 * "Đoàn công tác của Tổng cục Thuế" — one of a kind in the country, like its parent. The parent is
 * a national prefix ("Bộ ", "Tổng cục", "Cục ") followed by a capitalised name, standing after the
 * body's own head; "Bộ Chỉ huy Quân sự tỉnh" and regions ("Tây Nam Bộ": no name follows) are not.
 */
function ofNationalBody(tokens: readonly string[]): boolean {
  for (let i = 1; i < tokens.length; i++) {
    // The parent's head is written capitalised ("Bộ Công Thương"; "Đảng bộ Quân sự" is no ministry).
    if (!/^\p{Lu}/u.test(tokens[i]!)) continue;
    const rest = tokens.slice(i).join(' ');
    const prefix = (bodies.nationalPrefixes as string[]).find((p) => startsWithText(rest, p));
    if (!prefix || (bodies.notNationalPrefixes as string[]).some((p) => startsWithText(rest, p))) continue;
    const next = tokens[i + words(prefix).length] ?? '';
    if (/^\p{Lu}/u.test(next)) return true;
  }
  return false;
}

function hasSubProvinceUnit(tokens: readonly string[]): boolean {
  return hasSubProvinceUnitIn(tokens.join(' '));
}

const hasSubProvinceUnitIn = memo((joined: string): boolean => hasSubProvinceUnitUncached(words(joined)));

function hasSubProvinceUnitUncached(tokens: readonly string[]): boolean {
  // "huyện Thủy Nguyên", "phường 5", "Đảng ủy Khối …": the unit word followed by a proper name or number
  // (so "xã hội", society, is not a commune).
  for (const w of bodies.subProvinceWords as string[]) {
    for (let i = indexOfWords(tokens, w); i >= 0; i = indexOfWords(tokens, w, i + 1)) {
      const next = tokens[i + words(w).length];
      if (next && /^[\p{Lu}\p{N}]/u.test(next)) return true;
    }
  }
  return false;
}

/** A term of office written after a body's name: "khóa IX", "khoá 14", "nhiệm kỳ 2016 - 2021". */
const TERM_SUFFIX = /[\s,]+(?:(?:khóa|khoá)\s+(?:[IVXL]+|\d{1,2})|nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4})$/iu;

function placeName(province: Province, level: Level): string {
  return province.formalName ?? `${level} ${province.name}`;
}

/**
 * The canonical body for a mention: name, kind, locality and a deterministic id.
 * `mentionLocality` is the locality the extractor read for this mention, if any.
 */
export function canonicalOrganization(
  asWritten: string,
  kindHint: OrganizationKind | null,
  mentionLocality: string | null,
  ctx: OrganizationContext,
): CanonicalOrganization {
  // A body's term of office ("HĐND thành phố khóa IX", "… nhiệm kỳ 2016 - 2021") is the same body.
  const withoutTerm = asWritten.replace(/[\s.,;:]+$/u, '').replace(TERM_SUFFIX, '');
  const cleaned = canonicalCase(expandAbbreviations(withoutTerm || asWritten));
  let tokens = words(cleaned);
  const kind: OrganizationKind = kindHint && kindHint !== 'other' ? kindHint : guessKind(cleaned);
  const why: string[] = [];

  // 1. A province named at the end of the name is this body's locality.
  let explicit: Province | null = null;
  const trailing = tokens.length > 1 ? ctx.localities.trailingProvince(tokens) : null;
  if (trailing) {
    explicit = trailing.province;
    tokens = tokens.slice(0, tokens.length - trailing.length);
    why.push(`names ${explicit.name}`);
  }
  // 2. A scope word at the end: "thành phố", "của tỉnh", "Thành ủy"…
  // Several may stack ("Thành ủy thành phố", "… Thành ủy tỉnh"); the outermost gives the level.
  let scope: ScopeSuffix | null = null;
  let wholeIsPartyCommittee = false;
  for (;;) {
    const party = SCOPE_SUFFIXES.find((s) => s.party && !s.words.startsWith('của') && key(tokens.join(' ')) === key(s.words));
    if (party) {
      // Nothing left but "Thành ủy"/"Tỉnh ủy": the party committee itself.
      wholeIsPartyCommittee = true;
      scope = stack(scope, party);
      tokens = [];
      break;
    }
    const s = SCOPE_SUFFIXES.find((x) => endsWithWords(tokens, x.words) && tokens.length > words(x.words).length);
    if (!s) break;
    scope = stack(scope, s);
    tokens = tokens.slice(0, tokens.length - words(s.words).length);
    // "tỉnh" left dangling after "của": "Ban Chỉ đạo 35 của" → "Ban Chỉ đạo 35".
    if (endsWithWords(tokens, 'của')) tokens = tokens.slice(0, -1);
  }
  // "Thành phố Hải Phòng" → nothing left but the explicit place: the city itself; keep as written.
  const base = tokens.join(' ');
  const meta = { base, specific: !!explicit || scope !== null, subProvince: hasSubProvinceUnit(tokens) };

  if (kind === 'enterprise' || ((bodies.globalKinds as string[]).includes(kind) && !explicit)) {
    const name = cleaned;
    return { ...finish(name, kind, null, 'global', false, null, ctx, 'enterprise: one node per name'), ...meta };
  }
  if (!explicit && !scope && isNational(cleaned, kind)) {
    return { ...finish(cleaned, kind, null, 'national', kind === 'party-committee', null, ctx, 'national body: one node per name'), ...meta };
  }

  // 3. Locality: named here, else read by the extractor, else the article's.
  let province: Province | null = explicit;
  let localityWhy = explicit ? `named in the body's name` : '';
  if (!province && mentionLocality) {
    province = ctx.localities.province(mentionLocality) ?? null;
    if (province) localityWhy = 'read by the extractor from the text';
  }
  if (!province && ctx.articleLocality) {
    province = ctx.localities.province(ctx.articleLocality) ?? null;
    if (province) localityWhy = ctx.localityReason;
  }
  if (province && !explicit && scope && scope.level !== province.level) {
    why.push(`"${scope.words}" does not fit ${province.name} (a ${province.level}): locality unknown`);
    province = null;
  }

  const party = scope?.party === true || wholeIsPartyCommittee || isPartyBase(base) || (bodies.partyKinds as string[]).includes(kind);
  const level: Level | null = province ? (province.level as Level) : scope ? scope.level : null;
  const locName = province?.name ?? null;
  // In names, a province's formal name when it has one ("Thành ủy Thành phố Hồ Chí Minh").
  const locTitle = province ? (province.formalName ?? province.name) : null;

  const lastWord = tokens[tokens.length - 1] ?? '';
  if (tokens.length > 1 && lastWord === lastWord.toLowerCase() && (bodies.subProvinceWords as string[]).some((w) => key(w) === key(lastWord))) {
    // "Ban Chỉ đạo 35 quận": the district-level bodies in general, not one body: kept to this article.
    const general = finish(cleaned, kind, locName, 'unknown', party, null, ctx, reasonText([...why, 'bodies of a lower level in general, kept to this article'], localityWhy, province, ctx));
    return { ...general, id: stableId('org', key(cleaned), `article:${ctx.articleId}`), ...meta, subProvince: true };
  }
  if (tokens.length > 0 && (bodies.lowerPartyCommittees as string[]).some((w) => endsWithWords(tokens, w))) {
    // "Huyện ủy", "Ban Thường vụ Quận ủy" without the district's name: a lower-level party body whose
    // own place is unnamed — kept as written, to this article, never given the province's party word
    const lower = finish(cleaned, kind, locName, 'unknown', true, null, ctx, reasonText([...why, 'a district/commune party body without its place, kept to this article'], localityWhy, province, ctx));
    return { ...lower, id: stableId('org', key(cleaned), `article:${ctx.articleId}`), ...meta, subProvince: true };
  }
  if (base === '' || hasSubProvinceUnit(tokens)) {
    if (base === '' && party && level) {
      // The provincial party committee itself: "Thành ủy" → "Thành ủy Hải Phòng".
      const name = [partyWord(level), locTitle].filter(Boolean).join(' ');
      return { ...finish(name, 'party-committee', locName, province ? 'local' : 'unknown', true, null, ctx, reasonText(why, localityWhy, province, ctx)), ...meta };
    }
    if (base === '') {
      // "Thành phố Hải Phòng" itself, or a bare scope word.
      return { ...finish(cleaned, kind, province?.name ?? null, province ? 'local' : 'unknown', false, null, ctx, reasonText(why, localityWhy, province, ctx)), ...meta };
    }
    // A district or commune body: the name already says where; the province is its locality.
    return { ...finish(cleaned, kind, locName, province ? 'local' : 'unknown', party, null, ctx, reasonText([...why, 'a district/commune body, name kept'], localityWhy, province, ctx)), ...meta };
  }

  let name: string;
  if (party) {
    name = [base, partyWord(level), locTitle].filter(Boolean).join(' ');
  } else if (province && level) {
    name = `${base} ${placeName(province, level)}`;
  } else {
    name = [base, level].filter(Boolean).join(' ');
  }
  let impliedParent: CanonicalOrganization['impliedParent'] = null;
  const baseTokens = words(base);
  const subBody = kind !== 'party-committee' || startsWithWords(baseTokens, 'Ban Thường vụ') || startsWithWords(baseTokens, 'Ban Chấp hành');
  if (party && level && subBody) {
    const parentName = [partyWord(level), locTitle].filter(Boolean).join(' ');
    impliedParent = { name: parentName, locality: locName, id: orgId(parentName, province ? 'local' : 'unknown', locName, ctx) };
  }
  return { ...finish(name, kind, locName, province ? 'local' : 'unknown', party, impliedParent, ctx, reasonText(why, localityWhy, province, ctx)), ...meta };
}

/** The outer scope word keeps its level; party-ness accumulates. */
function stack(outer: ScopeSuffix | null, inner: ScopeSuffix): ScopeSuffix {
  return outer ? { ...outer, party: outer.party || inner.party } : inner;
}

function unknownScope(ctx: OrganizationContext): { key: string; why: string } {
  return ctx.unknownScope ?? { key: `article:${ctx.articleId}`, why: 'locality unknown: kept to its own article' };
}

function reasonText(why: string[], localityWhy: string, province: Province | null, ctx: OrganizationContext): string {
  const parts = [...why];
  parts.push(province ? `locality ${province.name} (${localityWhy})` : unknownScope(ctx).why);
  return parts.join('; ');
}

function orgId(name: string, scope: OrganizationScope, locality: string | null, ctx: OrganizationContext): string {
  const nameKey = key(name);
  switch (scope) {
    case 'local': return stableId('org', nameKey, `locality:${key(locality ?? '')}`);
    case 'national': return stableId('org', nameKey, 'national');
    case 'global': return stableId('org', nameKey, 'global');
    case 'unknown': return stableId('org', nameKey, unknownScope(ctx).key);
  }
}

function finish(
  name: string, kind: OrganizationKind, locality: string | null, scope: OrganizationScope, party: boolean,
  impliedParent: CanonicalOrganization['impliedParent'], ctx: OrganizationContext, reason: string,
): Omit<CanonicalOrganization, 'base' | 'specific' | 'subProvince'> {
  return { id: orgId(name, scope, locality, ctx), name, kind, locality, scope, party, impliedParent, reason };
}

/**
 * The title of a post: the role joined to the body's canonical name, sharing the syllable they
 * have in common ("Trưởng ban" + "Ban Chỉ đạo 35 …" → "Trưởng Ban Chỉ đạo 35 …").
 */
export function composeTitle(role: string, organizationName: string): string {
  const r = words(role);
  const o = words(organizationName);
  if (r.length === 0) return organizationName;
  if (o.length === 0) return role;
  const last = r[r.length - 1] as string;
  if (key(last) === key(o[0] as string)) return [...r.slice(0, -1), ...o].join(' ');
  return [...r, ...o].join(' ');
}
