/**
 * Text keys shared by every stage.
 *
 * - `matchKey` compares names as a Vietnamese reader would: case-insensitive, NFC, and
 *   indifferent to old/new tone-mark placement ("hòa"/"hoà", "Ủy"/"Uỷ"), with whitespace
 *   collapsed and "Ð" (U+00D0) read as "Đ". Diacritics are kept: "Hiến" and "Hiền" differ.
 * - `searchKey` is the looser key behind diacritics-insensitive search: tone and vowel marks
 *   stripped, "đ" → "d", lower case. "Đỗ Mạnh Hiến" → "do manh hien".
 * - `stableId` makes short, stable ids from any parts.
 */
import { createHash } from 'node:crypto';

/** Old-style tone placement on o/u + vowel pairs, rewritten to the new style. */
const TONE_PLACEMENT: ReadonlyArray<readonly [RegExp, string]> = [
  [/òa/g, 'oà'], [/óa/g, 'oá'], [/ỏa/g, 'oả'], [/õa/g, 'oã'], [/ọa/g, 'oạ'],
  [/òe/g, 'oè'], [/óe/g, 'oé'], [/ỏe/g, 'oẻ'], [/õe/g, 'oẽ'], [/ọe/g, 'oẹ'],
  [/ùy/g, 'uỳ'], [/úy/g, 'uý'], [/ủy/g, 'uỷ'], [/ũy/g, 'uỹ'], [/ụy/g, 'uỵ'],
];

/** Lower-cases, normalises to NFC, folds tone-mark placement and whitespace. */
export function matchKey(text: string): string {
  let t = text.normalize('NFC').replace(/\u00D0/g, 'Đ').toLowerCase();
  for (const [pattern, replacement] of TONE_PLACEMENT) t = t.replace(pattern, replacement);
  return t.replace(/\s+/gu, ' ').trim();
}

/** Strips every diacritic (đ → d) and lower-cases: the key for search. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ\u00D0]/g, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A short stable id: `prefix:` followed by 16 hex digits of SHA-256 over the parts. */
export function stableId(prefix: string, ...parts: ReadonlyArray<string | number | null | undefined>): string {
  const hash = createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\u241F')).digest('hex');
  return `${prefix}:${hash.slice(0, 16)}`;
}

/** A body's aliases folded like `nameFolded` (lower case, no tone marks, đ → d), joined with " | ": the text the alias index holds. */
export function foldAliases(aliases: readonly string[]): string {
  return [...new Set(aliases.map(searchKey))].join(' | ');
}
