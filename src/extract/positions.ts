/**
 * A title parsed into role and body, with abbreviations expanded ("Chủ tịch HĐND tỉnh" →
 * role "Chủ tịch", body "HĐND tỉnh", expanded "Chủ tịch Hội đồng nhân dân tỉnh").
 */
import { ROLES, ABBREVIATIONS } from './lexicon.js';
import { fold, escapeRegExp } from './text.js';

const ROLES_FOLDED = ROLES.map((r) => ({ role: r, folded: fold(r) }));
const ABBREV_KEYS = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length);
const ABBREV_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ABBREV_KEYS.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}&])`,
  'gu',
);

/** Expands the usual abbreviations (HĐND, UBND, MTTQ, ĐBQH, UVT.Ư, TW, TP …), case kept elsewhere. */
export function expandAbbreviations(text: string): string {
  return text
    .replace(ABBREV_RE, (m) => ABBREVIATIONS[m] ?? m)
    .replace(/Thành phố\s*(?=\p{Lu})/gu, 'Thành phố ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A parsed title. */
export interface ParsedTitle {
  role: string;
  body: string;
  expanded: string;
}

/** Splits a title into its role (longest role word at the start) and the body after it. */
export function parseTitle(title: string): ParsedTitle {
  const t = title.trim();
  const f = fold(t);
  for (const { folded } of ROLES_FOLDED) {
    if (f.startsWith(folded) && !/[\p{L}\p{N}]/u.test(f[folded.length] ?? '')) {
      const role = t.slice(0, folded.length);
      const body = t.slice(folded.length).trim();
      const roleExpanded = expandAbbreviations(role);
      return { role: roleExpanded === role ? role : roleExpanded, body, expanded: expandAbbreviations(t) };
    }
  }
  return { role: t, body: '', expanded: expandAbbreviations(t) };
}

/**
 * True when a title used alone ("Phó Chủ tịch TP. Sầm Sơn", "Thủ tướng") can refer to the
 * holder of `full` ("Phó Chủ tịch UBND TP.Sầm Sơn"): same role, and every word of its body is
 * in the full title's body.
 */
export function titleRefersTo(ref: string, full: string): boolean {
  const a = parseTitle(ref);
  const b = parseTitle(full);
  if (fold(a.role) !== fold(b.role)) return false;
  const words = (x: string): string[] =>
    fold(expandAbbreviations(x)).replace(/[.\-–,]/g, ' ').split(/\s+/u).filter((w) => w && w !== 'ủy' && w !== 'ban' && w !== 'nhân' && w !== 'dân');
  const bw = new Set(words(b.body));
  return words(a.body).every((w) => bw.has(w));
}
