/**
 * A title parsed into role and body, with abbreviations expanded ("Chủ tịch HĐND tỉnh" →
 * role "Chủ tịch", body "HĐND tỉnh", expanded "Chủ tịch Hội đồng nhân dân tỉnh").
 */
import { ROLES, ABBREVIATIONS, BODY_HEAD_WORDS } from './lexicon.js';
import { fold, alternation } from './text.js';

const ROLES_FOLDED = ROLES.map((r) => ({ role: r, folded: fold(r) }));
const ABBREV_KEYS = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length);
const ABBREV_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternation(ABBREV_KEYS, 'as-written')})(?![\\p{L}\\p{N}&])`,
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

/** Known roles, for splitting "Giám đốc Công an" → "Giám đốc" + "Công an …". */
const SHORTER_ROLES = ROLES_FOLDED;

/**
 * Splits a role whose tail is the head of a body ("Giám đốc Công an" → "Giám đốc" + "Công an",
 * "Trưởng Ban" → "Trưởng ban" + "Ban"). Null when the role is not such a compound.
 */
function splitRoleAtHead(role: string): { role: string; head: string } | null {
  const f = fold(role);
  for (const head of BODY_HEAD_WORDS) {
    if (!f.endsWith(' ' + head)) continue;
    const cut = f.length - head.length;
    const writtenHead = role.slice(cut).trim();
    const shorter = role.slice(0, cut).trim();
    const body = writtenHead.charAt(0).toUpperCase() + writtenHead.slice(1);
    // "Giám đốc Công an" → "Giám đốc"; "Trưởng Ban" keeps its head, in lower case ("Trưởng ban")
    if (SHORTER_ROLES.some((r) => r.folded === fold(shorter))) return { role: shorter, head: body };
    return { role: `${shorter} ${writtenHead.toLowerCase()}`, head: body };
  }
  return null;
}

/** A parsed title. */
export interface ParsedTitle {
  role: string;
  body: string;
  expanded: string;
}

/** Splits a title into its role (longest role word at the start) and the body after it. */
export function parseTitle(title: string): ParsedTitle {
  // "Quyền Tổng Thư ký …": an acting holder, the role read after "Quyền"
  const acting = /^[Qq]uyền\s+/u.exec(title.trim());
  if (acting) {
    const inner = parseTitle(title.trim().slice(acting[0].length));
    if (inner.body || inner.role !== title.trim().slice(acting[0].length)) {
      return { role: `${acting[0]}${inner.role}`, body: inner.body, expanded: expandAbbreviations(title.trim()) };
    }
  }
  const t = title.trim();
  const f = fold(t);
  for (const { folded } of ROLES_FOLDED) {
    if (f.startsWith(folded) && !/[\p{L}\p{N}]/u.test(f[folded.length] ?? '')) {
      let role = t.slice(0, folded.length);
      let body = t.slice(folded.length).trim();
      // "Giám đốc Công an thành phố", "Trưởng Ban Tuyên giáo Thành ủy": a role word that ends
      // with a body's head hands the head back to the body it names
      if (body) {
        const split = splitRoleAtHead(role);
        if (split) { role = split.role; body = `${split.head} ${body}`; }
      }
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
