/**
 * Tasks set at a meeting: what follows a directive verb ("đề nghị", "yêu cầu", "giao" …),
 * without its addressee, one item per semicolon clause, continued by the next sentences that
 * start with an action verb ("Tăng cường …", "Nâng cao …").
 */
import { ACTION_STARTS, ADDRESSEE_END } from './lexicon.js';
import { fold, foldKeepOffsets } from './text.js';

/** One task item with offsets relative to its sentence. */
export interface TaskItem {
  text: string;
  start: number;
  end: number;
  /** The addressee as written ("Sở Nội vụ"), or null. */
  to: string | null;
}

const ACTIONS = ACTION_STARTS.map((a) => fold(a));
const ENDS = ADDRESSEE_END.map((a) => fold(a));
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function phraseAtWord(f: string, i: number, list: readonly string[]): string | null {
  if (isWordChar(f[i - 1])) return null;
  for (const p of list) if (f.startsWith(p, i) && !isWordChar(f[i + p.length])) return p;
  return null;
}

/** True when a sentence opens with an action verb ("Tăng cường công tác …"). */
export function startsWithAction(sentence: string): boolean {
  const f = foldKeepOffsets(sentence.trimStart());
  return phraseAtWord(f, 0, ACTIONS) !== null && /^\p{Lu}/u.test(sentence.trimStart());
}

/** Cleans an item: trims separators, trailing dots, ellipses and quotes. */
function clean(s: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && /[\s,:;.…“”"'‘’-]/u.test(s[a]!)) a++;
  while (b > a && /[\s,:;.…“”"'‘’)]/u.test(s[b - 1]!)) b--;
  return { start: a, end: b };
}

/**
 * Items of the directive that starts at `from` in `s`. The addressee, when there is one, is
 * cut off at the first action word ("Sở Nội vụ tăng cường …" → "tăng cường …").
 */
export function directiveItems(s: string, from: number): TaskItem[] {
  const f = foldKeepOffsets(s);
  let i = from;
  while (i < s.length && /[\s,:]/u.test(s[i]!)) i++;
  let to: string | null = null;
  if (!phraseAtWord(f, i, ACTIONS)) {
    // look for the end of an addressee within the next ~16 words
    let words = 0;
    for (let k = i; k < s.length && words < 16; k++) {
      if (s[k] === ' ' ) { words++; continue; }
      if (s[k] === ';' || s[k] === '.') break;
      if (k === i || s[k - 1] === ' ' || s[k - 1] === ',') {
        const end = phraseAtWord(f, k, ENDS);
        if (end) {
          const addressee = s.slice(i, k).replace(/[\s,]+$/u, '').trim();
          if (addressee) to = addressee;
          i = k;
          break;
        }
      }
    }
  }
  const items: TaskItem[] = [];
  let start = i;
  for (let k = i; k <= s.length; k++) {
    if (k === s.length || s[k] === ';') {
      const c = clean(s, start, k);
      if (c.end - c.start >= 8) items.push({ text: s.slice(c.start, c.end), start: c.start, end: c.end, to });
      start = k + 1;
    }
  }
  return items;
}

/** Items of a continuation sentence ("Nâng cao hiệu quả …; xử lý nghiêm …"). */
export function continuationItems(s: string): TaskItem[] {
  return directiveItems(s, 0).map((t) => ({ ...t, to: null }));
}
