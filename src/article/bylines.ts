/**
 * Bylines: "Tin: X", "Ảnh: Y", "Tin, ảnh: X", a name standing alone after the story, a name
 * closing the last paragraph ("… xã hội. Dương Chiến"), agency credits ("TTXVN", "Theo VOV").
 * Bylines name the writers; they are not meeting participants.
 */
import metadata from './lexicon/metadata.json' with { type: 'json' };
import { alternation, matchKey } from '../model/keys.js';

const AGENCY_KEYS = new Set(metadata.agencies.map(matchKey));
const ORGANIZATION_WORDS_ALL = new Set(metadata.organizationWords.map(matchKey));
const NAMES_TOO_ALL = new Set(metadata.organizationWordsAlsoNames.map(matchKey));
const ANONYMOUS_KEYS = new Set(metadata.anonymousBylines.map(matchKey));
/**
 * Longest text that can still fold to a credit key: three UTF-16 units per character (a letter
 * with two combining marks, before NFC) plus room for brackets and spaces. Longer lines (every
 * paragraph of the body) are no credit, and are not folded to find out.
 */
const longestCredit = (keys: ReadonlySet<string>): number => 3 * Math.max(0, ...[...keys].map((k) => k.length)) + 8;
const AGENCY_MAX = longestCredit(AGENCY_KEYS);
const ANONYMOUS_MAX = longestCredit(ANONYMOUS_KEYS);
const NON_PERSON = metadata.nonPersonCredits.map(matchKey);

/** An initial glued to the name it abbreviates ("N.THỦY", "P.Thủy", "Tr.Hoàng"). */
const GLUED_INITIAL = String.raw`\p{Lu}\p{Ll}?\.\p{Lu}[\p{Ll}\p{Lu}\p{M}]*`;
/** Names joined by a hyphen without spaces ("Vũ-Trung"). */
const HYPHENED = String.raw`\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:-\p{Lu}[\p{Ll}\p{Lu}\p{M}]*)+`;
/**
 * A name syllable: capitalised ("Quyên") or all capitals ("TRÂM"), possibly abbreviated ("Ng.")
 * or glued to an initial ("N.THỦY").
 */
const NAME_WORD = String.raw`(?:${GLUED_INITIAL}|${HYPHENED}|\p{Lu}[\p{Lu}\p{Ll}]{0,2}\.|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*)`;
const ONE_WORD_NAME = new RegExp(`^(?:${GLUED_INITIAL}|${HYPHENED})$`, 'u');
/** A station's or outlet's acronym standing as a credit ("HYTV", "QTV"): no person. */
const STATION_ACRONYM = /^\p{Lu}{1,4}TV$/u;
const NAME = String.raw`${NAME_WORD}(?:[ ]${NAME_WORD}){0,4}`;
const AGENCY = String.raw`(?:${alternation(metadata.agencies)})`;
const NAME_RE = new RegExp(`^${NAME}$`, 'u');
const AUTHOR_TITLE = new RegExp(`^(?:${alternation(metadata.authorTitlePrefixes)})\\s*`, 'u');

const THEO_WRITER = new RegExp(String.raw`^Theo\s+(.+?)\s*/\s*${AGENCY}$`, 'u');
const BYLINE_LINE = new RegExp(String.raw`^\(?(${alternation(metadata.bylinePrefixes)})\s*:\s*(.{1,100}?)\)?\.?$`, 'iu');

/** True when `text` is an agency credit only ("TTXVN", "TTXVN/Tin Tức"). */
export function isAgency(text: string): boolean {
  return text.length <= AGENCY_MAX && AGENCY_KEYS.has(matchKey(text.replace(/^\(|\)$/g, '')));
}

/** True when `text` is an anonymous byline ("PV", "BTV"). */
export function isAnonymousByline(text: string): boolean {
  return text.length <= ANONYMOUS_MAX && ANONYMOUS_KEYS.has(matchKey(text.replace(/\.$/, '')));
}

/** True when `text` looks like a person's name as a byline writes it (1–5 capitalised syllables). */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 40 || !NAME_RE.test(t)) return false;
  // One word only counts in capitals ("HC"), glued to an initial ("P.Thủy") or hyphened
  // ("Vũ-Trung"), never as an initial alone ("N.") or a station's acronym ("HYTV").
  if (!t.includes(' ') && !ONE_WORD_NAME.test(t) && (t !== t.toUpperCase() || t.endsWith('.'))) return false;
  if (STATION_ACRONYM.test(t)) return false;
  if (isAgency(t) || isAnonymousByline(t)) return false;
  const key = matchKey(t);
  return !NON_PERSON.some((np) => key === np || key.startsWith(`${np} `));
}

/**
 * Splits a credit ("Minh Anh - Hoàng Hà/TTXVN", "Hiền Hạnh (TTXVN)") into person names,
 * dropping agencies and non-person credits ("Internet", "TL").
 */
const CONNECTORS = new RegExp(alternation(metadata.nameConnectors, 'as-written'), 'u');
const AGENCY_IN_PARENS = new RegExp(String.raw`\s*\(\s*${AGENCY}\s*\)`, 'gu');
const AGENCY_AFTER_SLASH = new RegExp(String.raw`\s*[/-]\s*${AGENCY}(?:\s*[/]\s*${AGENCY})*$`, 'u');
const AGENCY_ANYWHERE = new RegExp(String.raw`\(\s*${AGENCY}\s*\)|[/]\s*${AGENCY}`, 'gu');
/**
 * A writer's desk at the agency after the slash: "Thu Hà/VOV-Trung tâm Tin", "Huy An/VOV - miền
 * Trung", "Lê Vinh/VOV-TP HCM". The desk (1–4 words) goes with the agency.
 */
const AGENCY_DESK = new RegExp(String.raw`^(/\s*${AGENCY})\s*[-–]\s*\p{L}[\p{L}.]*(?: \p{L}[\p{L}.]*){0,3}$`, 'u');
/**
 * "Theo <writer> (<outlet>)" or "Theo <writer>/<outlet>" inside a credit: the writer. Any other
 * part opening with "Theo" credits an outlet ("Đoan Trang, Theo Trí Thức Trẻ"), never a person.
 */
const THEO_PART_WRITER = /^Theo\s+(.+?)\s*(?:\(\s*[^()]{2,40}\)|\/\s*[^/\s][^/]{0,40})$/u;
const THEO_PART = /^Theo\s+\p{Lu}/u;
/** "Linh Hà / Theo Tuổi Trẻ": a slash before "Theo" parts the writer from the outlet. */
const SLASH_BEFORE_THEO = /\s*\/\s*(?=Theo\s)/gu;
/**
 * The writer's note that the story is compiled or translated, in brackets after the name:
 * "Minh Hà (tổng hợp)", "Lan Anh (T/h)", "Quốc Bảo (lược dịch)", "Ái Vi (theo Guardian)",
 * "Thu Trang (Tổng hợp theo báo Nhân Dân, VOV)", "Song Hà (Nguồn: Reuters)".
 */
const COMPILED_NOTE = /\s*\((?:[Tt]ổng hợp|TỔNG HỢP|TH|[Tt]\/[Hh]|[Ll]ược dịch|[Dd]ịch|[Tt]heo|[Nn]guồn)(?=[\s):])[^()]{0,50}\)$/u;
/** "CTV Quế Lan/VOV.VN": a contributor's name after the word for contributor. */
const CONTRIBUTOR = /^CTV\s+(?=\p{Lu})/u;

const LEADING_GLUED_INITIAL = new RegExp(`^(${GLUED_INITIAL}) (?=\\p{Lu})`, 'u');

export function namesFromCredit(credit: string): string[] {
  // a name glued to its initial is a whole name: "Tr.Hoàng Hồng Đào" is two writers
  const parts = creditParts(credit)
    .flatMap((p) => {
      const g = LEADING_GLUED_INITIAL.exec(p.trim());
      return g ? [g[1]!, p.trim().slice(g[0].length)] : [p];
    })
    .flatMap((p) => {
      if (!THEO_PART.test(p.trim())) return [p];
      const w = theoWriter(p.trim());
      return w !== null ? [w] : [];
    });
  return parts
    .map((p) =>
      p
        .replace(AGENCY_IN_PARENS, '')
        .replace(AGENCY_AFTER_SLASH, '')
        .replace(/[.;]+$/u, '')
        .trim()
        // the writer's unit in brackets ("Thanh Nguyên (Trung tâm VH-TT-TT huyện)")
        .replace(/\s*\([^()]{3,60}\)?$/u, '')
        .replace(AUTHOR_TITLE, '')
        .replace(CONTRIBUTOR, ''),
    )
    .filter(looksLikeName);
}

/** A credit cut at its connectors ("-", ",", "và" …) after {@link normalizeCredit}, with `blank` (agencies) blanked out first. */
function creditParts(credit: string, blank?: RegExp): string[] {
  const t = normalizeCredit(credit);
  return (blank ? t.replace(blank, ' ') : t).split(CONNECTORS);
}

/** The writer a part opening with "Theo" names ("Theo Minh Hà (Nhân Dân)" → "Minh Hà"); null when it names an outlet only. */
function theoWriter(part: string): string | null {
  return THEO_PART_WRITER.exec(part)?.[1] ?? null;
}

/** The credit without an agency desk after its slash ("Thu Hà/VOV-Trung tâm Tin" → "Thu Hà/VOV"). */
function withoutDesk(credit: string): string {
  // (the desk closes the credit: only a slash near its end can open one)
  const slash = credit.lastIndexOf('/');
  if (slash < 0 || credit.length - slash > 60) return credit;
  return credit.slice(0, slash) + credit.slice(slash).replace(AGENCY_DESK, '$1');
}

/**
 * The credit with a compiling note cut off its end and a slash before "Theo" made a comma. Both
 * tests are cheap guards: the regular expressions are only run where they can match.
 */
function normalizeCredit(credit: string): string {
  let t = credit.endsWith(')') ? credit.replace(COMPILED_NOTE, '') : credit;
  if (t.includes('/') && t.includes('Theo')) t = t.replace(SLASH_BEFORE_THEO, ', ');
  return withoutDesk(t);
}

/**
 * True when a source credit ("Nguồn tin: Sao Khuê") names a person: 2–4 capitalised syllables,
 * not an agency, not an organisation ("Cổng TTĐT …"), not a domain.
 */
export function isPersonCredit(value: string): boolean {
  const t = value.trim().replace(/[.;]+$/u, '');
  const words = t.split(/\s+/u);
  if (words.length < 2 || words.length > 4 || /[./]/u.test(t)) return false;
  if (ORGANIZATION_WORDS_ALL.has(matchKey(words[0]!)) && !NAMES_TOO_ALL.has(matchKey(words[0]!))) return false;
  return looksLikeName(t) && namesFromCredit(t).length === 1;
}

/** A byline line read: the names, and whether the line is a byline at all. */
export interface BylineLine {
  authors: string[];
}

/**
 * Reads a whole line as a byline: "Tin: Đào Quyên", "Tin, ảnh: X", "(Ảnh: Y/TTXVN)", a lone
 * name ("Hoàng Tùng"), "PV". Returns null when the line is not a byline.
 * `alone` allows a bare name (only where a name can close the story).
 */
export function readBylineLine(line: string, alone: boolean): BylineLine | null {
  const t = line.trim();
  const prefixed = BYLINE_LINE.exec(t);
  if (prefixed) {
    const value = prefixed[2]!.trim();
    // "Ảnh: minh họa" and similar are credits too, just not of a person.
    if (value.split(/\s+/).length > 8) return null;
    return { authors: namesFromCredit(value) };
  }
  if (!alone) return null;
  if (isAnonymousByline(t)) return { authors: [] };
  // "Theo Hải Minh /VGP": a writer of the agency after the slash
  const writer = THEO_WRITER.exec(t);
  if (writer && stripsToNames(writer[1]!)) return { authors: namesFromCredit(writer[1]!) };
  // (the cheaper test first: a paragraph that is more than names fails it at its first long part)
  if (!stripsToNames(t)) return null;
  const names = namesFromCredit(t);
  if (names.length > 0) return { authors: names };
  return null;
}

/** True when nothing but names, agencies and connectors is in `t`. */
function stripsToNames(t: string): boolean {
  const rest = creditParts(t, AGENCY_ANYWHERE)
    .map((part) => {
      let p = part.trim();
      if (p.startsWith('Theo')) p = theoWriter(p)?.trim() ?? p;
      return p.startsWith('CTV') ? p.replace(CONTRIBUTOR, '') : p;
    })
    .filter((p) => p.length > 0);
  return rest.length > 0 && rest.every((p) => looksLikeName(p) || isAgency(p) || (THEO_PART.test(p) && OUTLET_CREDIT.test(p)));
}
/** "Theo Tuổi Trẻ", "Theo Đời sống Plus": an outlet credited, capitalised, 1–5 words. */
const OUTLET_CREDIT = /^Theo\s+\p{Lu}[\p{L}\p{N}.&+]*(?:\s+[\p{L}\p{N}.&+]+){0,4}$/u;

/** A credit that closes the last paragraph: the span to cut and the names it gives. */
export interface TrailingCredit {
  /** Index in the paragraph where the credit starts (after the sentence's end and spaces). */
  start: number;
  text: string;
  authors: string[];
  reason: 'byline' | 'source-credit';
  /** The outlet credited ("Theo VnExpress" → "VnExpress"), if any. */
  source?: string;
}

/** The last stretch of a paragraph after its final sentence, without sentence punctuation. */
const TRAILING = /(?<=[.!?…"”')\]])\s+((?:[^.!?…"“”]|(?<=(?:^|[\s\-–/])\p{Lu}\p{Ll}?)\.|(?<=\/\p{Lu}{2,5})\.(?=\p{Lu}{2,3}\b)){1,80}?)\s*$/u;
const THEO = /^(.*?)\s*[-–(,/]?\s*\bTheo\s+([^()]{1,50}?)\)?$/u;

/**
 * Finds a byline or agency credit closing a paragraph after its last sentence
 * ("… hơn. Dương Chiến", "… nhân dân. Hiền Hạnh (TTXVN)", "… hiệp định. TTXVN/Tin Tức",
 * "… năm sau. Theo PLO", "… Hà An - Theo VnExpress").
 */
export function findTrailingCredit(paragraph: string): TrailingCredit | null {
  // The credit is short: look at the paragraph's end only (offsets stay right: same end).
  const m = TRAILING.exec(paragraph.length > 200 ? paragraph.slice(-200) : paragraph);
  if (!m || !m[1]) return null;
  // an embedded video's button label left before the credit ("…  Play  Quốc Bảo (tổng hợp)")
  const play = /^Play\s+(?=\p{Lu})/u.exec(m[1]);
  const credit = m[1].slice(play ? play[0].length : 0).trim();
  const start = paragraph.length - m[0].length + m[0].indexOf(m[1]) + (play ? play[0].length : 0);
  const found = readTrailingCredit(credit, start);
  if (found) return found;
  // A bracket closing a note before the credit ("… (Tổng hợp) Hoàng Hà"): the credit after it.
  for (const b of credit.matchAll(/[)\]]\s+(?=\p{Lu})/gu)) {
    const later = readTrailingCredit(credit.slice(b.index + b[0].length), start + b.index + b[0].length);
    if (later && later.authors.length > 0) return later;
  }
  return null;
}

/** A prefixed byline closing the paragraph ("… Tin, ảnh: Cao Lâm (TTXVN)"), or "Song Hà, ảnh: Lê Nam". */
const TRAILING_PREFIXED = new RegExp(String.raw`^()(${alternation(metadata.bylinePrefixes)})\s*:\s*(.{2,60})$`, 'iu');
const TRAILING_WRITER_PHOTO = new RegExp(String.raw`^(.{2,40}?),\s*(ảnh|Ảnh)\s*:\s*(.{2,60})$`, 'u');

function readTrailingCredit(credit: string, start: number): TrailingCredit | null {
  if (credit.length === 0 || credit.length > 70) return null;
  const prefixed = credit.includes(':') ? TRAILING_PREFIXED.exec(credit) ?? TRAILING_WRITER_PHOTO.exec(credit) : null;
  if (prefixed) {
    const writer = prefixed[1] ? namesFromCredit(prefixed[1]) : [];
    if (prefixed[1] && (writer.length === 0 || !stripsToNames(prefixed[1]))) return null;
    const value = prefixed[3]!.trim();
    if (!stripsToNames(value)) return null;
    const authors = [...writer, ...namesFromCredit(value)];
    return authors.length > 0 ? { start, text: credit, authors, reason: 'byline' } : null;
  }
  const theo = THEO.exec(credit);
  if (theo) {
    // "Theo PLO", "Minh Anh - Theo VnExpress", "Theo TTXVN Hoàng Trọng".
    const before = theo[1]!.trim();
    let outlet = theo[2]!.trim();
    let after = '';
    const firstWord = outlet.split(' ')[0]!;
    if (outlet.includes(' ') && (isAgency(firstWord) || /^[\p{Lu}\d.]+$/u.test(firstWord)) && stripsToNames(outlet.slice(firstWord.length).trim())) {
      after = outlet.slice(firstWord.length).trim();
      outlet = firstWord;
    }
    // "Theo Hải Minh /VGP": a writer of the agency named after the slash
    const writer = new RegExp(String.raw`^(.+?)\s*/\s*(${AGENCY})$`, 'u').exec(outlet);
    if (!before && writer && stripsToNames(writer[1]!)) {
      return { start, text: credit, authors: namesFromCredit(writer[1]!), reason: 'byline', source: writer[2]! };
    }
    if (before && !stripsToNames(before)) return null;
    if (outlet.split(' ').length > 5 || /\p{Ll}\s+\p{Ll}/u.test(outlet)) return null;
    const authors = [...(before ? namesFromCredit(before) : []), ...(after ? namesFromCredit(after) : [])];
    return { start, text: credit, authors, reason: authors.length > 0 ? 'byline' : 'source-credit', source: outlet };
  }
  if (isAgency(credit)) return { start, text: credit, authors: [], reason: 'source-credit', source: credit };
  if (isAnonymousByline(withoutDesk(credit))) return { start, text: credit, authors: [], reason: 'byline' };
  if (!stripsToNames(credit)) return null;
  return { start, text: credit, authors: namesFromCredit(credit), reason: 'byline' };
}

/** An inline photo credit inside a paragraph: "(Ảnh: Trọng Đức/TTXVN)", "Ảnh: HỒNG TRÂM". */
export interface InlineCredit {
  start: number;
  end: number;
  text: string;
  authors: string[];
}

const INLINE_PHOTO = new RegExp(
  String.raw`\(?(?<![\p{L}])(?:Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Ảnh)\s*:\s*(?:${AGENCY}\s*/\s*(?=${NAME_WORD}))?(${AGENCY}(?![\p{L}])|${NAME}(?:\s*(?:-|–|,|và)\s*${NAME})*)((?:\s*[/-]\s*${AGENCY})*)\)?`,
  'gu',
);
/** "Ảnh Ngọc Anh." after a caption: a credit without its colon, closed by a full stop. */
const INLINE_PHOTO_NO_COLON = /(?<=[.!?…"”)]\s)Ảnh ((?:\p{Lu}[\p{Ll}\p{M}]*\s){1,3}?\p{Lu}[\p{Ll}\p{M}]*)\.(?=\s+\p{Lu}|$)/gu;
const AGENCY_BEFORE_SLASH = new RegExp(String.raw`^${AGENCY}\s*/\s*(?=\p{Lu})`, 'u');
const NAMES_TOO = new Set(metadata.organizationWordsAlsoNames.map(matchKey));
const STARTERS = new Set(metadata.sentenceStarters.map(matchKey));
const ORGANIZATION_WORDS = new Set(metadata.organizationWords.map(matchKey));

/** Cuts a credit's name where the next sentence begins ("Minh Phong Thủ tướng …" → "Minh Phong"). */
function cutName(name: string, after: string): string {
  let words = name.split(' ');
  const first = words[0]!;
  if (isAgency(first) || NON_PERSON.includes(matchKey(first))) return first;
  // "Ảnh: Ban Kinh tế Trung ương": an organization's credit, not a name to cut out.
  // ("Văn", "Trung", "Công" also start given names: "Ảnh: Văn Thắng")
  if (ORGANIZATION_WORDS.has(matchKey(first)) && first !== first.toUpperCase() && !(NAMES_TOO.has(matchKey(first)) && words.length >= 2)) return '';
  const runsOn = /^\s*[\p{Ll}\d]/u.test(after);
  const mixedCase = words.length === 2 && (first === first.toUpperCase()) !== (words[1] === words[1]!.toUpperCase());
  if (runsOn && (words.length > 2 || mixedCase)) words = words.slice(0, -1);
  const cut = words.findIndex((w, i) => i >= 2 && STARTERS.has(matchKey(w)));
  if (cut > 0) words = words.slice(0, cut);
  return words.join(' ');
}

/**
 * Finds photo credits inside a paragraph ("(Ảnh: Trọng Đức/TTXVN)", "Ảnh: HỒNG TRÂM"). When a
 * credit runs into the next sentence without punctuation ("Ảnh: Minh Phong Thủ tướng cũng …")
 * the name is cut where that sentence begins.
 */
export function findInlineCredits(paragraph: string): InlineCredit[] {
  const out: InlineCredit[] = [];
  // both patterns name the photo: a paragraph without that word has no credit (most have none)
  if (!paragraph.includes('Ảnh') && !paragraph.includes('Nguồn ảnh')) return out;
  for (const m of paragraph.matchAll(INLINE_PHOTO)) {
    let start = m.index;
    let full = m[0];
    const name = m[1]!;
    const agency = m[2] ?? '';
    if (!agency && !full.endsWith(')')) {
      const cut = cutName(name, paragraph.slice(start + full.length));
      if (cut === '') continue;
      if (cut !== name) full = full.slice(0, full.indexOf(name) + cut.length);
    }
    if (paragraph[start] === '(' && !full.endsWith(')')) {
      start += 1;
      full = full.slice(1);
    }
    const credit = full.replace(/^\(?[^:]*:\s*/u, '').replace(/\)$/u, '').replace(AGENCY_BEFORE_SLASH, '');
    const authors = namesFromCredit(credit);
    const known = isAgency(credit) || NON_PERSON.includes(matchKey(credit)) || /^\p{Lu}\.$/u.test(credit.trim());
    // A "credit" running on into a sentence without giving a name is not one: leave the text alone.
    if (authors.length === 0 && !known && /^\s*\p{Ll}/u.test(paragraph.slice(start + full.length))) continue;
    out.push({ start, end: start + full.length, text: full, authors });
  }
  for (const m of paragraph.matchAll(INLINE_PHOTO_NO_COLON)) {
    if (out.some((c) => m.index < c.end && c.start < m.index + m[0].length)) continue;
    const authors = namesFromCredit(m[1]!);
    if (authors.length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], authors });
  }
  return out.sort((a, b) => a.start - b.start);
}
