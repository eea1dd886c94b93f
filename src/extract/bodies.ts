/**
 * Bodies named in a text: committees, party committees, councils, departments, ministries,
 * steering committees ("Ban Chỉ đạo 35 thành phố", "Sở Tư pháp", "UBND tỉnh Bà Rịa-Vũng Tàu").
 */
import { BODY_HEADS, PLACES } from './lexicon.js';
import { fold, foldKeepOffsets } from './text.js';
import { predicateAt } from './titles.js';
import type { OrganizationKind } from '../model/extraction.js';

/** A body found in a sentence (offsets relative to it). */
export interface BodySpan {
  name: string;
  start: number;
  end: number;
  kind: OrganizationKind;
}

const HEADS = [...BODY_HEADS.heads]
  .map((h) => ({ head: h.head, folded: fold(h.head), kind: h.kind as OrganizationKind }))
  .sort((a, b) => b.folded.length - a.folded.length);
const LOWER_CONTINUATIONS = new Set([
  'tỉnh', 'thành phố', 'huyện', 'quận', 'phường', 'xã', 'thị xã', 'thị trấn', 'nhân dân', 'tối cao', 'thường trực',
  'thường vụ', 'chỉ đạo', 'tuyên giáo', 'dân vận', 'nội chính', 'kiểm tra', 'cán sự', 'tổ quốc', 'trung ương', 'nhà nước',
  'khóa', 'khoá', 'quốc hội', 'đảng', 'cổ phần', 'phát triển', 'đầu tư', 'và', 'chính trị',
]);
const CONTINUATION_LIST = [...LOWER_CONTINUATIONS].sort((a, b) => b.length - a.length);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The body kind for a name that starts with a known head word, or null. */
export function bodyKind(name: string): OrganizationKind | null {
  const f = fold(name);
  for (const h of HEADS) if (f.startsWith(h.folded) && !isWordChar(f[h.folded.length])) return h.kind;
  return null;
}

/** Where a body name that starts at `start` (after its head) ends. */
function bodyEnd(s: string, f: string, start: number, allowAnd: boolean): number {
  let k = start;
  let end = start;
  for (;;) {
    let j = k;
    while (s[j] === ' ') j++;
    if (j >= s.length) break;
    if (allowAnd && /^và \p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}?[\p{Ll}\p{M}]+)?(?=[\s,.;]|$)/u.test(s.slice(j))) {
      const m = /^và \p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}?[\p{Ll}\p{M}]+)?/u.exec(s.slice(j))!;
      k = j + m[0].length; end = k; allowAnd = false; continue;
    }
    if (predicateAt(s, f, j) > 0) {
      // "của tỉnh", "của thành phố": the locality of the body
      const m = /^của (tỉnh|thành phố|huyện|quận|Trung ương)(?![\p{L}])/u.exec(s.slice(j));
      if (m) { k = j + m[0].length; end = k; continue; }
      const v = /^về (phòng, chống [\p{Ll} ]+?)(?=[,.;]|$)/u.exec(s.slice(j));
      if (v && v[0].length < 40) { k = j + v[0].length; end = k; continue; }
      break;
    }
    const w = /^[^\s,;:()[\]"“”!?]+/u.exec(s.slice(j))?.[0] ?? '';
    if (!w) break;
    const bare = w.replace(/\.$/u, '');
    if (/^\p{Lu}/u.test(bare) || /^\d+$/u.test(bare) || /^[IVXLC]+$/u.test(bare)) {
      k = j + (w.endsWith('.') && !/^(TP|Tp|T\.Ư)\.$/u.test(w) ? bare.length : w.length);
      end = k;
      if (w !== bare && !/^(TP|Tp|T\.Ư)\.$/u.test(w)) break;
      continue;
    }
    const cont = CONTINUATION_LIST.find((c) => f.startsWith(c, j) && !isWordChar(f[j + c.length]) && s.slice(j, j + c.length) === c);
    if (cont) {
      if (cont === 'và' && !/^và\s+\p{Lu}/u.test(s.slice(j))) break;
      k = j + cont.length;
      if (cont !== 'và') end = k;
      continue;
    }
    break;
  }
  return end;
}

/** Every body named in a sentence, longest head first, without overlaps. */
export function findBodies(s: string): BodySpan[] {
  const f = foldKeepOffsets(s);
  const out: BodySpan[] = [];
  let i = 0;
  while (i < s.length) {
    if (isWordChar(s[i - 1]) || !/\p{Lu}/u.test(s[i]!)) { i++; continue; }
    const h = HEADS.find((x) => f.startsWith(x.folded, i) && !isWordChar(f[i + x.folded.length]) && /\p{Lu}/u.test(s[i]!));
    if (!h) { i++; continue; }
    const end = bodyEnd(s, f, i + h.folded.length, h.kind === 'department' || h.kind === 'ministry');
    let name = s.slice(i, end).replace(/[\s.]+$/u, '');
    if (/\s+và$/u.test(name)) name = name.replace(/\s+và$/u, '');
    // a bare generic head ("Ban", "Bộ", "Đoàn") is not a body
    const bare = fold(name) === h.folded;
    const generic = ['bộ', 'sở', 'ban', 'đoàn', 'vụ', 'cục', 'ủy ban', 'uỷ ban', 'văn phòng', 'hội đồng', 'công ty', 'ngân hàng', 'thanh tra', 'vp', 'bql', 'tiểu ban', 'liên minh', 'công an', 'thường vụ', 'tổng cục', 'tập đoàn', 'tổng công ty'];
    if (!(bare && generic.includes(h.folded)) && !PLACES.has(fold(name))) {
      out.push({ name, start: i, end: i + name.length, kind: h.kind });
    }
    i = Math.max(i + 1, i + name.length);
  }
  return out;
}

/** The locality a body belongs to, read from its name ("UBND tỉnh Hà Tĩnh" → "Hà Tĩnh"). */
export function localityOf(name: string): string | null {
  const m = /(?:tỉnh|thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|phường|xã)\s*((?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)(?:[ -]+(?:\p{Lu}[\p{Ll}\p{M}]*|\d+))*|\d+)/u.exec(name);
  return m ? m[1]!.trim() : null;
}
