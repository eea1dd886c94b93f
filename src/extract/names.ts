/**
 * Vietnamese personal names: a surname from the lexicon followed by one to three given-name
 * syllables, all capitalised, found inside runs of capitalised words. Places ("Hà Nội"),
 * bodies ("Bộ Công Thương") and role words ("Phó Chủ tịch") that precede a name in the same
 * run are cut away.
 */
import { SURNAMES, SENTENCE_OPENERS, PLACES, ROLES, HONORIFICS, RANKS, FOREIGN_COUNTRIES, FOREIGN_GIVEN_NAMES, FOREIGN_COMPANY_WORDS, KOREAN_SURNAMES, COUNTRIES_IN_VIETNAMESE, WORDS_BEFORE_LETTER_CLASS, MISSION_SEATS, CLAUSE_OPENERS } from './lexicon.js';
import { fold, wordInitialCapitals } from './text.js';

/** Seats of missions abroad and clause openers, folded: a foreign name never ends in one (see plainLatinNameInRun). */
const SEATS_FOLDED: ReadonlySet<string> = new Set(MISSION_SEATS.map((s) => fold(s)));
const CLAUSE_OPENER_WORDS: ReadonlySet<string> = new Set(CLAUSE_OPENERS.map((s) => fold(s)));

/**
 * The words of a run of capitalised words, each also folded ({@link fold}) once for the run: the
 * name rules below compare words and phrases of the run with the lexicons through `folded`, not
 * by folding the same words again in each rule.
 */
interface RunWords {
  /** The words as written. */
  text: readonly string[];
  /** `fold` of each word. */
  folded: readonly string[];
}

/** Words of a run with their folded forms. */
function runWords(text: readonly string[]): RunWords {
  return { text, folded: text.map((t) => fold(t)) };
}

/** Words `from`..`to` of a run. */
function sliceWords(words: RunWords, from: number, to = words.text.length): RunWords {
  return { text: words.text.slice(from, to), folded: words.folded.slice(from, to) };
}

/**
 * `fold` of words `from`..`to` joined with spaces. The same as folding the joined text: a word holds
 * no space, and nothing `fold` does (NFC, lower case, tone placement) reaches across a space.
 */
function foldedPhrase(words: RunWords, from: number, to = words.folded.length): string {
  return words.folded.slice(from, to).join(' ');
}

/** A name found in a sentence, with offsets relative to that sentence. */
export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

/**
 * A run of capitalised words. A word may join parts with an apostrophe ("H'Bla", "K'Lưu") or a
 * hyphen between capitals ("Jean-Pierre"), as minority and foreign names are written.
 */
/**
 * Lao and Khmer names in Vietnamese spelling (pattern: hyphenated-transcribed-name): a capitalised
 * first syllable and lower-case syllables joined by hyphens, with tone marks ("Xổm-phăn",
 * "Vô-la-chít", "Pheng-khăm-my"). Each lower-case part is one short syllable; the word ends at a
 * space, so "2016-2020" and "Việt - Lào" (spaced dash) are no such word.
 */
const LAO_SYLLABLES_AFTER_HYPHEN = "(?:-\\p{Ll}[\\p{Ll}\\p{M}]{0,5})+(?![\\p{L}\\p{M}\\p{N}-])";
const WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\p{Lu}[\\p{Ll}\\p{M}]{2,})?(?:['’]\\p{L}[\\p{Ll}\\p{M}]*|-\\p{Lu}[\\p{Ll}\\p{M}]*|-[a-z]{2,4}(?![\\p{L}\\p{M}-])|" + LAO_SYLLABLES_AFTER_HYPHEN + ")*";
// (the first capital, then the look-behind before it: the same runs, without a look-behind tried at every position)
/** A run of capitalised words. */
const RUN_SOURCE = `\\p{Lu}(?<![\\p{L}\\p{N}.&/@_-]\\p{Lu})${WORD.slice('\\p{Lu}'.length)}(?: ${WORD})*(?![\\p{L}\\p{N}&@_])`;
/**
 * A run of capitalised words tried at one offset only (sticky). A run starts at a capital with no letter or digit before
 * it, so trying it at the sentence's word-initial capitals ({@link wordInitialCapitals}) finds the
 * same runs as scanning every offset, without the scan.
 */
const RUN_AT = new RegExp(RUN_SOURCE, 'uy');
const ROLE_SET = new Set(ROLES.map((r) => fold(r)));
const PREFIX_WORDS = new Set(
  [...HONORIFICS, ...RANKS].filter((h) => !h.includes(' ')).map((h) => fold(h)),
);

/** True if the folded tokens starting at `i` begin a role phrase ("phó chủ"…). */
const ROLE_PARTS_BY_FIRST = new Map<string, string[][]>();
for (const role of ROLE_SET) {
  const parts = role.split(' ');
  ROLE_PARTS_BY_FIRST.set(parts[0]!, [...(ROLE_PARTS_BY_FIRST.get(parts[0]!) ?? []), parts]);
}

/**
 * True if the words (folded) starting at `i` begin a role phrase ("phó thủ" + " tướng"). Within a run
 * every word is capitalised, so a role's lower-case words follow the run: `after` is the text
 * right after the run.
 */
function startsRole(folded: readonly string[], i: number, after = ''): boolean {
  const candidates = ROLE_PARTS_BY_FIRST.get(folded[i]!);
  if (!candidates) return false;
  for (const parts of candidates) {
    let ok = true;
    let k = 1;
    for (; k < parts.length && i + k < folded.length; k++) {
      if (folded[i + k] !== parts[k]) { ok = false; break; }
    }
    if (ok && k < parts.length) ok = /^\s/u.test(after) && fold(after).startsWith(parts.slice(k).join(' '));
    if (ok) return true;
  }
  return false;
}

const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(?:[aeiouy]{1,3})(?:ch|ng|nh|[cmnpt])?$/u;

const SYLLABLE_CACHE = new Map<string, boolean>();

/** True when a word can be one Vietnamese syllable ("Tuấn", "Nguyễn"); false for "Veronika". */
export function isVietnameseSyllable(word: string): boolean {
  const hit = SYLLABLE_CACHE.get(word);
  if (hit !== undefined) return hit;
  if (SYLLABLE_CACHE.size >= 20_000) SYLLABLE_CACHE.clear();
  const v = isVietnameseSyllableUncached(word);
  SYLLABLE_CACHE.set(word, v);
  return v;
}

function isVietnameseSyllableUncached(word: string): boolean {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return VIETNAMESE_SYLLABLE.test(bare);
}

/**
 * A foreign name at the end of a run: two or three words that are not Vietnamese syllables. The
 * country or company written before it in the same run is not part of it ("Bộ trưởng Thương mại
 * Malaysia Mustapa Mohamed", "Giám đốc điều hành Disney Bob Iger"): a leading country is cut, and
 * so is a first word that is no given name before a second that is one, unless "ông"/"bà" stands
 * right before the run (then the run is the whole name, "ông Caracciolo David John").
 */
function foreignNameInRun(words: RunWords, before = ''): { from: number; to: number } | null {
  const tokens = words.text;
  let i = tokens.length;
  while (i > 0 && !isVietnameseSyllable(tokens[i - 1]!) && tokens.length - i < 4) i--;
  for (const n of [2, 1]) {
    if (tokens.length - i - n < 0 || !FOREIGN_COUNTRIES.has(foldedPhrase(words, i, i + n))) continue;
    // "Ngoại trưởng Syria Bashar al-Assad": one word left after the country is no whole name
    if (tokens.length - i - n < 2) return null;
    i += n;
    break;
  }
  // company-in-foreign-words: "TGĐ Vina Capital", "Giám đốc Regent Hotels Group" — a firm's word ends a
  // company's name, not a person's; a name may follow it ("CEO Vina Capital Don Lam")
  for (let k = tokens.length - 1; k >= i; k--) {
    if (!FOREIGN_COMPANY_WORDS.has(fold(tokens[k]!))) continue;
    if (tokens.length - (k + 1) < 2) return null;
    i = k + 1;
    break;
  }
  if (tokens.length - i === 4) i++;
  const honorific = /(?:^|\s)(?:ông|bà|Ông|Bà)\s$/u.test(before);
  if (tokens.length - i === 3 && !honorific && !FOREIGN_GIVEN_NAMES.has(words.folded[i]!) && FOREIGN_GIVEN_NAMES.has(words.folded[i + 1]!)) i++;
  if (i > 0 && tokens.length - i >= 1 && tokens.length - i <= 3 && leadsTranscribedName(words, i)) i--;
  const len = tokens.length - i;
  if (len < 2) return null;
  if (PLACES.has(foldedPhrase(words, i))) return null;
  return { from: i, to: tokens.length };
}

/** A word written in plain Latin letters, without a Vietnamese tone or vowel mark ("Theresa", "May", "Pen"). */
const PLAIN_LATIN_WORD = /^[A-Z][a-z]+(?:-[A-Za-z]+)*$/u;
/** A short particle inside a foreign name ("Le", "Van", "Di", "Lo", "De"). */
const NAME_PARTICLE = /^[A-Z][a-z]{1,2}$/u;

/**
 * foreign-name-ending-like-a-syllable: "Thủ tướng Anh Theresa May", "bà Marine Le Pen", "ông Jack Ma",
 * "Thủ tướng Hun Sen" — a foreign name whose last word happens to spell a Vietnamese syllable ("May",
 * "Pen", "Sen"), written in plain Latin letters after a first word no Vietnamese syllable is ("Theresa",
 * "Marine", "Hun"; a short particle may stand between: "Le"). Read only at the end of a run, when the name
 * follows "ông"/"bà", a post, or a country named in the run ("Anh"); never a sentence opener ("Trong",
 * "Theo") at its end, a place or a seat. Tried after the other readings of a run.
 */
function plainLatinNameInRun(words: RunWords, before: string): { from: number; to: number } | null {
  const tokens = words.text;
  const last = tokens.length - 1;
  if (last < 1 || !PLAIN_LATIN_WORD.test(tokens[last]!) || !isVietnameseSyllable(tokens[last]!)) return null;
  if (SENTENCE_OPENERS.has(words.folded[last]!) || CLAUSE_OPENER_WORDS.has(words.folded[last]!)) return null;
  for (const n of [3, 2]) {
    const from = tokens.length - n;
    if (from < 0) continue;
    if (!PLAIN_LATIN_WORD.test(tokens[from]!) || isVietnameseSyllable(tokens[from]!) || FOREIGN_COUNTRIES.has(words.folded[from]!) || COUNTRIES_IN_VIETNAMESE_SET.has(words.folded[from]!)) continue;
    if (n === 3 && !NAME_PARTICLE.test(tokens[from + 1]!)) continue;
    const phrase = foldedPhrase(words, from);
    if (PLACES.has(phrase) || SEATS_FOLDED.has(phrase)) return null;
    const country = from > 0 && (FOREIGN_COUNTRIES.has(words.folded[from - 1]!) || COUNTRIES_IN_VIETNAMESE_SET.has(words.folded[from - 1]!));
    const lead = fold(before).trimEnd();
    const titled = from === 0 && (/(?:^|\s)(?:ông|bà)$/u.test(lead) || ROLES_FOLDED_NAMES.some((r) => lead === r || lead.endsWith(' ' + r)));
    return country || titled ? { from, to: tokens.length } : null;
  }
  return null;
}

/** A word of a name spelt the Vietnamese way, syllables joined by lower-case hyphenated parts ("Vô-la-chít"). */
const TRANSCRIBED_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]*)+$/u;
const COUNTRIES_IN_VIETNAMESE_SET: ReadonlySet<string> = new Set(COUNTRIES_IN_VIETNAMESE);

/**
 * True when word `i - 1` is the one-syllable first word of a transcribed foreign name that starts
 * at `i` (pattern: one-syllable-given-name-before-transcribed-name): "Chủ tịch Quốc hội Cu-ba Hoan
 * Ết-xtê-ban La-xô", "Bộ trưởng Lào Phuông Si-phan". The syllable opens the segment or follows a
 * country, and is itself no country or place.
 */
function leadsTranscribedName(words: RunWords, i: number): boolean {
  if (!TRANSCRIBED_WORD.test(words.text[i]!)) return false;
  const prev = words.folded[i - 1]!;
  if (!isVietnameseSyllable(words.text[i - 1]!) || PLACES.has(prev) || FOREIGN_COUNTRIES.has(prev) || COUNTRIES_IN_VIETNAMESE_SET.has(prev)) return false;
  if (i - 1 === 0) return true;
  const before = words.folded[i - 2]!;
  return FOREIGN_COUNTRIES.has(before) || COUNTRIES_IN_VIETNAMESE_SET.has(before);
}

/** A romanised word with a Korean spelling the Vietnamese alphabet lacks ("Kyung", "Jae-in", "Wha", "Seo"). */
const KOREAN_SPELLING = /^[A-Z][a-z]*(?:eo|ae|yu|yo|ya|ye|wa|wo|wh|oo|ee|eu|j|w|z|f|-[a-z]+)[a-z]*$|^[A-Z][a-z]*-[a-z]+$/u;

/**
 * A Korean name at the end of a run: a romanised Korean surname and one or two given-name words,
 * written without tone marks, one of them spelt as Vietnamese never is ("Bộ trưởng Ngoại giao Hàn
 * Quốc Kang Kyung Wha", "Tổng thống Moon Jae-in", "ông Park Hang-seo"). "Kim Anh", "Ban Kinh tế"
 * read as Vietnamese and are left alone.
 */
function koreanNameInRun(words: RunWords): { from: number; to: number } | null {
  const tokens = words.text;
  for (const len of [3, 2]) {
    const from = tokens.length - len;
    if (from < 0 || !KOREAN_SURNAMES.has(words.folded[from]!)) continue;
    const given = tokens.slice(from + 1);
    if (!given.every((t) => /^[A-Z][a-z]+(?:-[a-z]+)?$/u.test(t))) continue;
    if (!given.some((t) => KOREAN_SPELLING.test(t) || !isVietnameseSyllable(t))) continue;
    if (PLACES.has(foldedPhrase(words, from))) continue;
    return { from, to: tokens.length };
  }
  return null;
}

/** Picks the personal name at the end of a run of capitalised words (no role words inside), or null. */
export function nameInRun(tokens: readonly string[]): { from: number; to: number } | null {
  return nameInRunWords(runWords(tokens));
}

/** {@link nameInRun} over words already folded. */
function nameInRunWords(words: RunWords): { from: number; to: number } | null {
  const tokens = words.text;
  const folded = words.folded;
  let lo = 0;
  while (lo < tokens.length && PREFIX_WORDS.has(folded[lo]!)) lo++;
  // strip leading places ("Hà Nội", "Việt Nam")
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (let k = Math.min(4, tokens.length - lo); k >= 1; k--) {
      if (PLACES.has(foldedPhrase(words, lo, lo + k)) && tokens.length - (lo + k) >= 2) { lo += k; stripped = true; break; }
    }
  }
  const n = tokens.length;
  for (let i = lo; i < n; i++) {
    if (!SURNAMES.has(folded[i]!)) continue;
    const len = n - i;
    if (len < 2) return null;
    if (len > 4) continue;
    const name = foldedPhrase(words, i, n);
    if (PLACES.has(name)) return null;
    if (PLACES.has(foldedPhrase(words, i, i + 2))) continue;
    if (insidePlaceName(words, i)) continue;
    // "Bí thư T.Ư Đoàn Bùi Quang Huy": a body word that is also a surname, before a full name
    if (len === 4 && BODY_SURNAMES.has(folded[i]!) && SURNAMES.has(folded[i + 1]!)) continue;
    // "Thứ trưởng Đỗ Văn Hải Theo Thứ trưởng …" (pattern: sentence-opener-glued-to-name): a caption
    // that lost its full stop runs into the next sentence's first word
    if (len >= 3 && SENTENCE_OPENERS.has(folded[n - 1]!)) return { from: i, to: n - 1 };
    return { from: i, to: n };
  }
  return null;
}

/** First words of the place names of more than one word, folded ("bồ" of "Bồ Đào Nha"). */
const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set([...PLACES].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));

/**
 * True when token `i` is an inner syllable of a place name that starts before it (pattern:
 * surname-inside-place-name): "Bồ Đào Nha" holds the surname "Đào", "Tây Ban Nha" no person
 * "Ban Nha"; such a syllable does not start a personal name.
 */
function insidePlaceName(words: RunWords, i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    if (!PLACE_FIRST_WORDS.has(words.folded[j]!)) continue;
    for (let end = i + 1; end <= Math.min(words.folded.length, j + 4); end++) {
      if (PLACES.has(foldedPhrase(words, j, end))) return true;
    }
  }
  return false;
}

const ROLES_FOLDED_NAMES = ROLES.map((r) => fold(r));

/**
 * A name of another people ("ông Nhem Valy, Quyền Tổng Thư ký …", "bà Khăm Chăn Phôm Sẻng Sạ Văn,
 * Phó Chủ tịch …"): capitalised words after "ông"/"bà" and before a comma and a title, with no
 * known surname. Null unless both sides say "person".
 */
function honorificNameInRun(words: RunWords, before: string, after: string): { from: number; to: number } | null {
  const tokens = words.text;
  let from = 0;
  let honorific = /(?:^|\s)(?:ông|bà)\s$/u.test(before);
  if (tokens.length > 0 && /^(?:Ông|Bà|ông|bà)$/u.test(tokens[0]!)) { from = 1; honorific = true; }
  const len = tokens.length - from;
  if (!honorific || len < 2 || len > 7) return null;
  const comma = /^\s*[,–-]\s*/u.exec(after);
  if (!comma) return null;
  const next = fold(after.slice(comma[0].length)).replace(/^(?:quyền|nguyên)\s+/u, "");
  if (!ROLES_FOLDED_NAMES.some((r) => next.startsWith(r + ' ') || next === r)) return null;
  if (PLACES.has(foldedPhrase(words, from))) return null;
  return { from, to: tokens.length };
}

/**
 * First words of Central Highlands personal names: "Y" for Ê Đê men, "H'…" for women ("Y Khoa Niê
 * Kdăm", "H'Bla Ksor"), "A" for Ba Na and Xơ Đăng men ("A Pớt").
 */
const ETHNIC_PREFIX = /^(?:Y|A|H['’]\p{Lu}[\p{Ll}\p{M}]*)$/u;

/**
 * A Central Highlands name opened by its gender prefix ("đồng chí Y Khoa Niê Kdăm, Phó Chủ tịch
 * …"): the prefix and every capitalised word after it. "Y" also opens body names ("Đại học Y Hà
 * Nội"), so an honorific before it or a comma and a title after it must say "person".
 */
function ethnicNameInRun(words: RunWords, before: string, after: string): { from: number; to: number } | null {
  const tokens = words.text;
  let from = 0;
  while (from < tokens.length && PREFIX_WORDS.has(words.folded[from]!)) from++;
  const len = tokens.length - from;
  if (len < 2 || len > 5 || !ETHNIC_PREFIX.test(tokens[from]!)) return null;
  for (let k = from + 1; k < tokens.length; k++) if (PLACES.has(foldedPhrase(words, k))) return null;
  const honorific = from > 0 || /(?:^|\s)(?:ông|bà|đồng chí|Ông|Bà|Đồng chí)\s$/u.test(before.slice(-10));
  // "Trưởng Đoàn ĐBQH tỉnh A Pớt": a title in the same clause right before the name
  const clause = fold(before.slice(Math.max(0, before.search(/[^,;:.()]*$/u))));
  // (the title ends in a locality or a party or council body, or is a bare role: "Chủ tịch Tập đoàn A
  // Châu" names a company)
  const titledBefore = /\s$/u.test(before) && ROLES_FOLDED_NAMES.some((r) => ` ${clause} `.includes(` ${r} `)) &&
    (/(?:^|\s)(?:tỉnh|huyện|xã|thành phố|quận|phường|thị trấn|\p{L}*ủy|\p{L}*uỷ|ubnd|hđnd|đbqh)$/u.test(clause) || ROLES_FOLDED_NAMES.some((r) => clause === r || clause.endsWith(' ' + r)));
  const comma = /^\s*[,–-]\s*/u.exec(after);
  const titled = comma !== null && ROLES_FOLDED_NAMES.some((r) => fold(after.slice(comma[0].length)).replace(/^(?:quyền|nguyên)\s+/u, '').startsWith(r + ' '));
  if (!honorific && !titled && !titledBefore) return null;
  return { from, to: tokens.length };
}

/** Cuts a run of capitalised words at role words ("Ông Trần Vĩnh Tuyến Phó" → "Ông Trần Vĩnh Tuyến"). */
function segmentsOfRun(words: RunWords, after: string): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let from = 0;
  const { text: tokens, folded } = words;
  for (let i = 0; i < tokens.length; i++) {
    if (startsRole(folded, i, after) && !SURNAMES.has(folded[i]!)) {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}

const BODY_SURNAMES = new Set(['đoàn', 'đảng', 'hội']);
/**
 * A lower-case word for a locality below the province, right before a run of capitalised words;
 * and hospital-named-like-a-person: "Bệnh viện Bạch Mai", "Phó Viện trưởng Viện Tim mạch Bệnh viện Bạch
 * Mai khẳng định" — two capitalised words after "Bệnh viện" name the hospital.
 */
const LOCALITY_WORD_BEFORE = /(?:^|[\s(])(?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|ấp|bản|xóm|[Bb]ệnh viện)\s$/u;
/** "bang " (a federal state: "bang Utah", "bang New York"; not "liên bang", federal) right before a run of capitalised words. */
const STATE_WORD_BEFORE = /(?:^|\s)(?<![Ll]iên\s)bang\s$/u;
const NAMES_CACHE = new Map<string, NameSpan[]>();

/** Every personal-name candidate in `text`. Context decides later whether it is a person. */
export function findNames(text: string): NameSpan[] {
  const hit = NAMES_CACHE.get(text);
  if (hit) return hit.map((n) => ({ ...n }));
  const found = findNamesUncached(text);
  if (NAMES_CACHE.size >= 512) NAMES_CACHE.clear();
  NAMES_CACHE.set(text, found);
  return found.map((n) => ({ ...n }));
}

function findNamesUncached(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  let next = 0;
  for (const at of wordInitialCapitals(text)) {
    if (at < next) continue;
    RUN_AT.lastIndex = at;
    const m = RUN_AT.exec(text);
    if (m === null) continue;
    const run = withMiddleInitial(text, m[0], m.index);
    next = at + run.length;
    for (const r of splitAtVietnameseHyphens(run, m.index)) {
      // every name rule wants two words or more: a one-word run is skipped unread
      if (r.run.includes(' ')) namesInRun(text, r.run, r.index, out);
    }
  }
  return out;
}

/**
 * middle-initial-in-foreign-name: "Tổng thống Mỹ Donald J. Trump", "cựu Tổng thống George W. Bush", "thẩm
 * phán James L. Robart" — a foreign given name, a middle initial with its dot, then the surname: one name. The
 * run of capitals stops at the initial's dot; it is carried on over ". " to the surname when the word before
 * the initial and the surname are both foreign (no Vietnamese syllable) and the surname is one word that ends
 * the capitalised run ("Serie A. Antonio Conte" is a league, then a two-word name: left apart).
 */
const INITIAL_AT_RUN_END = /(?:^|\s)(\S+) \p{Lu}$/u;
const SURNAME_AFTER_INITIAL = /^\. (\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]{2,})?)(?![\p{L}\p{M}\p{N}&@_-]| \p{Lu}|\.\p{L})/u;

/** The run `run` (at `index` of `text`) carried on over a middle initial to the surname after it, or `run` itself. */
function withMiddleInitial(text: string, run: string, index: number): string {
  const end = index + run.length;
  if (text[end] !== '.') return run;
  const given = INITIAL_AT_RUN_END.exec(run);
  // (a class word before the letter makes it no initial: "Serie A", "Vitamin C"; a country before an initial,
  // "Tổng thống Belarus A. Lukashenko", is cut from the name later, as before any foreign name)
  if (!given || isVietnameseSyllable(given[1]!) || !/^\p{Lu}\p{Ll}/u.test(given[1]!) || WORDS_BEFORE_LETTER_CLASS.has(fold(given[1]!))) return run;
  const surname = SURNAME_AFTER_INITIAL.exec(text.slice(end, end + 40));
  if (!surname || isVietnameseSyllable(surname[1]!)) return run;
  return run + surname[0];
}

/**
 * A hyphen joins the parts of one foreign given name ("Jean-Pierre"); between Vietnamese
 * syllables it separates two things ("Phạm Anh Tuấn-Phó Bí thư", "Bà Rịa-Vũng Tàu"): the run
 * ends before it and the next run starts after the word it joins.
 */
function splitAtVietnameseHyphens(run: string, index: number): Array<{ run: string; index: number }> {
  if (!run.includes('-')) return [{ run, index }];
  const out: Array<{ run: string; index: number }> = [];
  const tokens = run.split(' ');
  let from = 0;
  let offset = index;
  let at = index;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Jae-in", "Hang-seo": a Korean given name's lower-case second part keeps the word whole
    if (t.includes('-') && !/-\p{Ll}/u.test(t) && t.split('-').some((part) => isVietnameseSyllable(part.replace(/['’].*$/u, '')))) {
      const left = t.slice(0, t.indexOf('-'));
      out.push({ run: [...tokens.slice(from, i), left].join(' '), index: offset });
      from = i + 1;
      offset = at + t.length + 1;
    }
    at += t.length + 1;
  }
  if (from < tokens.length) out.push({ run: tokens.slice(from).join(' '), index: offset });
  return out;
}

/** Pushes the names found in one run of capitalised words that starts at `index` of `text`. */
function namesInRun(text: string, run: string, index: number, out: NameSpan[]): void {
  const tokens = run.split(' ');
  const words = runWords(tokens);
  const segments = segmentsOfRun(words, text.slice(index + run.length, index + run.length + 30));
  // "UBND quận Hoàng Mai", "xã Đồng Tâm", "quận Hoàng Mai Lê Văn A": the two words after a
  // lower-case locality word name the locality (pattern: locality-named-like-a-person)
  if (segments[0]?.from === 0 && LOCALITY_WORD_BEFORE.test(text.slice(Math.max(0, index - 11), index))) {
    const first = segments[0];
    if (first.to === 2) segments.shift();
    else if (first.to >= 4) first.from = 2;
  }
  // state-named-before-foreign-name: "Thượng nghị sĩ bang Utah Orrin Hatch", "Thống đốc bang New York Andrew
  // Cuomo" — after "bang" (a federal state) the run opens with the state's name: the name is its last two
  // words (three after a known given name or a surname), and a run of two words or fewer is the state alone
  if (segments[0]?.from === 0 && STATE_WORD_BEFORE.test(text.slice(Math.max(0, index - 11), index))) {
    const first = segments[0];
    if (first.to <= 2) segments.shift();
    else {
      // (a known given name or a Vietnamese surname before those two words opens a three-word name: "bang
      // Louisiana John Bel Edwards", "bang California Nguyễn Văn A")
      const third = fold(tokens[first.to - 3]!);
      first.from = first.to >= 4 && (FOREIGN_GIVEN_NAMES.has(third) || SURNAMES.has(third)) ? first.to - 3 : first.to - 2;
    }
  }
  for (const seg of segments) {
    const segWords = sliceWords(words, seg.from, seg.to);
    const segTokens = segWords.text;
    let segOffset = index;
    for (let k = 0; k < seg.from; k++) segOffset += tokens[k]!.length + 1;
    const segEnd = segOffset + segTokens.join(' ').length;
    const hit = ethnicNameInRun(segWords, text.slice(Math.max(0, segOffset - 60), segOffset), text.slice(segEnd, segEnd + 40)) ??
      foreignNameInRun(segWords, text.slice(Math.max(0, segOffset - 4), segOffset)) ?? koreanNameInRun(segWords) ?? nameInRunWords(segWords) ??
      plainLatinNameInRun(segWords, text.slice(Math.max(0, segOffset - 40), segOffset)) ??
      honorificNameInRun(segWords, text.slice(Math.max(0, segOffset - 4), segOffset), text.slice(segEnd, segEnd + 40));
    if (!hit) continue;
    const from = seg.from + hit.from;
    const to = seg.from + hit.to;
    let offset = index;
    for (let k = 0; k < from; k++) offset += tokens[k]!.length + 1;
    const name = tokens.slice(from, to).join(' ');
    out.push({ name, start: offset, end: offset + name.length });
  }
}

/** Edit distance of two short words, or `max + 1` once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * True when two foreign names are one name spelt two ways in one article ("Thoonglun Sisoulith"
 * and "Thongloun Sisoulith"): as many words, one word the same, and every other word a foreign
 * (non-Vietnamese) word of the same first letter at most two edits away.
 */
export function isForeignSpellingSlip(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length || wa.length < 2 || a === b) return false;
  let same = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i]!;
    const y = wb[i]!;
    if (x === y) { same++; continue; }
    if (x[0] !== y[0] || isVietnameseSyllable(x) || isVietnameseSyllable(y) || Math.min(x.length, y.length) < 4) return false;
    if (editDistance(x.toLowerCase(), y.toLowerCase(), 2) > 2) return false;
  }
  return same >= 1;
}
