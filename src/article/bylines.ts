/**
 * Bylines: "Tin: X", "Ảnh: Y", "Tin, ảnh: X", a name standing alone after the story, a name
 * closing the last paragraph ("… xã hội. Dương Chiến"), agency credits ("TTXVN", "Theo VOV").
 * Bylines name the writers; they are not meeting participants.
 */
import metadata from './lexicon/metadata.json' with { type: 'json' };
import { matchKey } from '../model/keys.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const AGENCY_KEYS = new Set(metadata.agencies.map(matchKey));
const ANONYMOUS_KEYS = new Set(metadata.anonymousBylines.map(matchKey));
const NON_PERSON = metadata.nonPersonCredits.map(matchKey);

/** A name syllable: capitalised ("Quyên") or all capitals ("TRÂM"), possibly abbreviated ("Ng."). */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}\p{M}]*\.?`;
const NAME = String.raw`${NAME_WORD}(?:[ ]${NAME_WORD}){0,4}`;
const AGENCY = String.raw`(?:${alternatives(metadata.agencies)})`;
const NAME_RE = new RegExp(`^${NAME}$`, 'u');

const BYLINE_LINE = new RegExp(String.raw`^\(?(${alternatives(metadata.bylinePrefixes)})\s*:\s*(.{1,100}?)\)?\.?$`, 'iu');

/** True when `text` is an agency credit only ("TTXVN", "TTXVN/Tin Tức"). */
export function isAgency(text: string): boolean {
  return AGENCY_KEYS.has(matchKey(text.replace(/^\(|\)$/g, '')));
}

/** True when `text` is an anonymous byline ("PV", "BTV"). */
export function isAnonymousByline(text: string): boolean {
  return ANONYMOUS_KEYS.has(matchKey(text.replace(/\.$/, '')));
}

/** True when `text` looks like a person's name as a byline writes it (1–5 capitalised syllables). */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 40 || !NAME_RE.test(t)) return false;
  if (isAgency(t) || isAnonymousByline(t)) return false;
  const key = matchKey(t);
  return !NON_PERSON.some((np) => key === np || key.startsWith(`${np} `));
}

/**
 * Splits a credit ("Minh Anh - Hoàng Hà/TTXVN", "Hiền Hạnh (TTXVN)") into person names,
 * dropping agencies and non-person credits ("Internet", "TL").
 */
export function namesFromCredit(credit: string): string[] {
  const cleaned = credit
    .replace(new RegExp(String.raw`\s*\(\s*${AGENCY}\s*\)`, 'gu'), '')
    .replace(new RegExp(String.raw`\s*[/]\s*${AGENCY}(?:\s*[/]\s*${AGENCY})*`, 'gu'), '')
    .replace(/[.;]+$/u, '')
    .trim();
  const parts = cleaned.split(new RegExp(metadata.nameConnectors.map(escape).join('|'), 'u'));
  return parts.map((p) => p.trim()).filter(looksLikeName);
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
  const names = namesFromCredit(t);
  if (names.length > 0 && stripsToNames(t)) return { authors: names };
  return null;
}

/** True when nothing but names, agencies and connectors is in `t`. */
function stripsToNames(t: string): boolean {
  const rest = t
    .replace(new RegExp(String.raw`\(\s*${AGENCY}\s*\)|[/]\s*${AGENCY}`, 'gu'), ' ')
    .split(new RegExp(metadata.nameConnectors.map(escape).join('|'), 'u'))
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return rest.length > 0 && rest.every((p) => looksLikeName(p) || isAgency(p));
}

/** A credit that closes the last paragraph: the span to cut and the names it gives. */
export interface TrailingCredit {
  /** Index in the paragraph where the credit starts (after the sentence's end and spaces). */
  start: number;
  text: string;
  authors: string[];
  reason: 'byline' | 'source-credit';
}

const TRAILING = new RegExp(
  String.raw`(?<=[.!?…"”')\]])\s+((?:${NAME}(?:\s*(?:-|–|,|và)\s*${NAME})*)?(?:\s*\(\s*${AGENCY}\s*\)|\s*[/]\s*${AGENCY}(?:\s*[/]\s*${AGENCY})*)?)\s*$`,
  'u',
);

/**
 * Finds a byline or agency credit closing a paragraph after its last sentence
 * ("… hơn. Dương Chiến", "… nhân dân. Hiền Hạnh (TTXVN)", "… hiệp định. TTXVN/Tin Tức").
 */
export function findTrailingCredit(paragraph: string): TrailingCredit | null {
  const m = TRAILING.exec(paragraph);
  if (!m || !m[1] || m[1].trim().length === 0) return null;
  const credit = m[1].trim();
  if (credit.length > 60) return null;
  const start = paragraph.length - m[0].length + m[0].indexOf(m[1]);
  if (isAgency(credit)) return { start, text: credit, authors: [], reason: 'source-credit' };
  if (isAnonymousByline(credit)) return { start, text: credit, authors: [], reason: 'byline' };
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
  String.raw`\(?(?<![\p{L}])(?:Ảnh|Ảnh minh họa|Nguồn ảnh)\s*:\s*(${NAME}(?:\s*(?:-|–|,|và)\s*${NAME})*)((?:\s*[/]\s*${AGENCY})*)\)?`,
  'gu',
);

/**
 * Finds photo credits inside a paragraph. When a credit runs into the next sentence without
 * punctuation ("Ảnh: Minh Phong Thủ tướng cũng …") the name is cut to its first two syllables.
 */
export function findInlineCredits(paragraph: string): InlineCredit[] {
  const out: InlineCredit[] = [];
  for (const m of paragraph.matchAll(INLINE_PHOTO)) {
    let start = m.index;
    let name = m[1]!;
    const agency = m[2] ?? '';
    let full = m[0];
    const after = paragraph.slice(start + full.length);
    const words = name.split(' ');
    if (!agency && !full.endsWith(')') && /^\s+\S/u.test(after) && words.length > 2) {
      name = words.slice(0, 2).join(' ');
      full = full.slice(0, full.indexOf(name) + name.length);
    }
    if (paragraph[start] === '(' && !full.endsWith(')')) {
      start += 1;
      full = full.slice(1);
    }
    out.push({ start, end: start + full.length, text: full, authors: namesFromCredit(name) });
  }
  return out;
}
