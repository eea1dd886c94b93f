/**
 * Localities: the 63 provinces and centrally-run cities, where an article is from (its source's
 * host, through a shipped and user-extendable map) and which provinces its text names.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { alternation, matchKey, searchKey, stableId } from '../model/keys.js';
import provincesData from './lexicon/provinces.json' with { type: 'json' };
import hostsData from './lexicon/hosts.json' with { type: 'json' };

export const ProvinceSchema = z.object({
  name: z.string().min(1),
  level: z.enum(['tỉnh', 'thành phố']),
  aliases: z.array(z.string()).default([]),
  formalName: z.string().optional(),
});
export type Province = z.infer<typeof ProvinceSchema>;

/** A user's locality file: more hosts (host → province name) and, optionally, more provinces or aliases. */
export const LocalityFileSchema = z.object({
  hosts: z.record(z.string(), z.string()).default({}),
  /** Hosts that publish about many provinces (aggregators, national outlets). */
  multiProvinceSources: z.array(z.string()).default([]),
  provinces: z.array(ProvinceSchema).default([]),
});
export type LocalityFile = z.infer<typeof LocalityFileSchema>;

/** The environment variable naming a user locality file. */
export const LOCALITIES_ENV = 'MEETING_KG_LOCALITIES';

/** Provinces by name and alias, and hosts → province, with lookups. */
export class LocalityMap {
  private readonly byKey = new Map<string, Province>();
  private readonly byFolded = new Map<string, Province | null>();
  private readonly hosts = new Map<string, string>();
  private readonly multiProvince = new Set<string>();
  private pattern: RegExp | null = null;
  private print: string | null = null;

  constructor(provinces: readonly Province[], hosts: Readonly<Record<string, string>>, multiProvinceSources: readonly string[] = []) {
    for (const p of provinces) this.addProvince(p);
    for (const [host, name] of Object.entries(hosts)) this.addHost(host, name);
    for (const host of multiProvinceSources) this.addMultiProvinceSource(host);
  }

  /** Marks a host (and its subdomains) as publishing about many provinces: an aggregator or a national outlet. */
  addMultiProvinceSource(host: string): void {
    this.multiProvince.add(normalizeHost(host));
    this.print = null;
  }

  /**
   * Where a body of unknown locality is kept: per source host when the source is a single-province
   * outlet (any host not listed as multi-province), per article when it is an aggregator or a
   * national outlet, or when there is no source.
   */
  unknownLocalityScope(source: string | null | undefined, articleId: string): { key: string; why: string } {
    const host = source ? normalizeHost(source) : '';
    if (!host.includes('.')) return { key: `article:${articleId}`, why: 'locality unknown, no source host: kept to its own article' };
    for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
      if (this.multiProvince.has(h)) return { key: `article:${articleId}`, why: `locality unknown, ${h} publishes about many provinces: kept to its own article` };
    }
    return { key: `source:${host}`, why: `locality unknown: kept to its source ${host} (a single-province outlet)` };
  }

  /** Adds (or extends) a province. */
  addProvince(p: Province): void {
    const existing = this.byKey.get(matchKey(p.name));
    const province = existing ? { ...existing, aliases: [...existing.aliases, ...p.aliases] } : p;
    for (const n of [province.name, ...province.aliases, ...(province.formalName ? [province.formalName] : [])]) {
      this.byKey.set(matchKey(n), province);
      const folded = searchKey(n);
      const other = this.byFolded.get(folded);
      // A folded spelling shared by two provinces is ambiguous: null.
      this.byFolded.set(folded, other === undefined || other?.name === province.name ? province : null);
    }
    this.pattern = null;
    this.print = null;
  }

  /** Maps a host (and its subdomains) to a province; the province must be known. */
  addHost(host: string, provinceName: string): void {
    const province = this.province(provinceName);
    if (!province) throw new Error(`unknown province "${provinceName}" for host ${host}`);
    this.hosts.set(normalizeHost(host), province.name);
    this.print = null;
  }

  /** The province named `name` (any alias, any case or tone-mark style, or without diacritics), or undefined. */
  province(name: string): Province | undefined {
    return this.byKey.get(matchKey(name)) ?? this.byFolded.get(searchKey(name)) ?? undefined;
  }

  /** A short hash of everything this map knows: a changed map re-resolves stored articles. */
  fingerprint(): string {
    if (this.print) return this.print;
    const provinces = this.provinces().map((p) => [p.name, p.level, [...p.aliases].sort(), p.formalName ?? '']).sort();
    const hosts = [...this.hosts.entries()].sort();
    const multi = [...this.multiProvince].sort();
    return (this.print = stableId('localities', JSON.stringify(provinces), JSON.stringify(hosts), JSON.stringify(multi)));
  }

  /** Every province. */
  provinces(): Province[] {
    return [...new Set(this.byKey.values())];
  }

  /** The province of a source host ("www.haiphong.gov.vn", "sotc.haiphong.gov.vn"), or null. */
  fromHost(source: string | null | undefined): string | null {
    if (!source) return null;
    let host = normalizeHost(source);
    while (host.includes('.')) {
      const hit = this.hosts.get(host);
      if (hit) return hit;
      host = host.slice(host.indexOf('.') + 1);
    }
    return null;
  }

  /**
   * Provinces the text names with an administrative word before them ("tỉnh Thái Bình",
   * "TP Hải Phòng", "Thành ủy Hải Phòng"), each with how often: most-mentioned first (ties: first
   * mention first).
   */
  mentionCounts(text: string): Array<{ name: string; count: number }> {
    const re = this.regex();
    const counts = new Map<string, { n: number; first: number }>();
    const folded = foldForSearch(text);
    for (const m of folded.matchAll(re)) {
      const province = this.byKey.get(m[1] as string);
      if (!province) continue;
      const c = counts.get(province.name);
      if (c) c.n += 1;
      else counts.set(province.name, { n: 1, first: m.index ?? 0 });
    }
    return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([name, c]) => ({ name, count: c.n }));
  }

  /** The province named at the very end of a name ("… Thành ủy Hải Phòng"), with how many words it took. */
  trailingProvince(tokens: readonly string[]): { province: Province; length: number } | null {
    for (let n = Math.min(5, tokens.length - 1); n >= 1; n--) {
      const hit = this.byKey.get(matchKey(tokens.slice(tokens.length - n).join(' ')));
      if (hit) return { province: hit, length: n };
    }
    return null;
  }

  private regex(): RegExp {
    if (this.pattern) return this.pattern;
    const names = alternation([...this.byKey.keys()]);
    const lead = ['tỉnh', 'thành phố', 'tp\\.?', 'tỉnh uỷ', 'thành uỷ', 'ubnd', 'hđnd'].join('|');
    this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lead})\\s+(${names})(?![\\p{L}\\p{N}])`, 'gu');
    return this.pattern;
  }
}

function foldForSearch(text: string): string {
  return matchKey(text.replace(/\b(TP|Tp)\.(?=\S)/gu, '$1. '));
}

function normalizeHost(source: string): string {
  let h = source.trim().toLowerCase();
  h = h.replace(/^[a-z]+:\/\//, '').replace(/[/:?#].*$/, '');
  return h.replace(/^www\./, '');
}

/** The shipped map: 63 provinces, their official portals and provincial newspapers. */
export function defaultLocalityMap(): LocalityMap {
  const provinces = z.array(ProvinceSchema).parse(provincesData.provinces);
  return new LocalityMap(provinces, hostsData.hosts, hostsData.multiProvinceSources);
}

/**
 * Reads a user locality file (JSON: `{ "hosts": { "example.vn": "Hải Phòng" }, "provinces": [...],
 * "multiProvinceSources": ["example-news.vn"] }`)
 * and applies it over `map`. Throws an Error naming the file and the problem.
 */
export function extendLocalityMap(map: LocalityMap, file: string): LocalityMap {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read locality file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = LocalityFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`locality file ${file} is not {"hosts": {host: province}, "provinces": [...]}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  for (const p of parsed.data.provinces) map.addProvince(p);
  for (const host of parsed.data.multiProvinceSources) map.addMultiProvinceSource(host);
  for (const [host, name] of Object.entries(parsed.data.hosts)) {
    try {
      map.addHost(host, name);
    } catch (error) {
      throw new Error(`locality file ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return map;
}

/** The shipped map extended by `file` (if given) or else by the file named in MEETING_KG_LOCALITIES. */
export function loadLocalityMap(file?: string | null, env: NodeJS.ProcessEnv = process.env): LocalityMap {
  const map = defaultLocalityMap();
  const path = file ?? env[LOCALITIES_ENV];
  return path ? extendLocalityMap(map, path) : map;
}
