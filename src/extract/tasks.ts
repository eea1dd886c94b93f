/**
 * Tasks set at a meeting: what follows a directive verb ("đề nghị", "yêu cầu", "giao" …),
 * without its addressee, one item per semicolon clause, continued by the next sentences that
 * start with an action verb ("Tăng cường …", "Nâng cao …").
 */
import { ACTION_STARTS, ADDRESSEE_END, LINKING_PHRASES } from './lexicon.js';
import { roleAt } from './titles.js';
import { fold, foldKeepOffsets, alternation } from './text.js';
import TASK_WORDS from './lexicon/tasks.json' with { type: 'json' };

/** The phrases of a lexicon list as one regex alternation, in the order written. */
const anyOf = (list: readonly string[]): string => alternation(list, 'as-written');

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
/** Words that end an addressee even a few words after a weaker action word ("cần", "phối hợp", "tiếp tục" …). */
const STRONG_ENDS: readonly string[] = TASK_WORDS.strongAddresseeEnds;
/**
 * After "các", "những", "theo", "việc" … an action word is a noun ("các tổ chức", "theo chỉ đạo").
 * noun-after-về: "… trình Chính phủ sửa Nghị định 193 về hướng dẫn thi hành Luật HTX", "báo cáo về xử lý nợ đọng" —
 * after "về" (about) an action word names a topic, so it neither ends an addressee nor starts the action after partners.
 * power-noun: "lưu ý việc giao quyền điều hành cho các bộ, ngành …", "trao quyền tổ chức thi cho các trường" — after
 * "quyền" (the power to) an action word is a noun: the power, not what someone must do.
 * process-noun: "trong quá trình công an điều tra …" — "trình" after "quá" is the noun "quá trình" (process), not "trình" (submit).
 */
const NOUN_BEFORE = /(?<![\p{L}])(?:các|những|mọi|từng|theo|của|việc|sự|về|quá)\s+$/u;
/** The lower-case noun "quyền" (power) before an action word, read on the text as written: "Ngô Quyền" is a name. */
const POWER_BEFORE = /(?<![\p{L}])quyền\s+$/u;
/** True when the action word at `k` of `s` (folded `f`) is a noun after "các", "việc", "về", "quyền" …, looking back to `from`. */
const nounAt = (s: string, f: string, from: number, k: number): boolean =>
  NOUN_BEFORE.test(f.slice(Math.max(from, k - 8), k)) || POWER_BEFORE.test(s.slice(Math.max(from, k - 8), k));
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

/**
 * Cleans an item: trims separators, trailing dots, ellipses and quotes.
 * end-of-article-mark: "… thành công tốt đẹp./.", "… theo quy định./" — the "./." that closes a wire report
 * (TTXVN, VOV) is punctuation, not part of the last task; a slash right after a dot at the end is trimmed.
 */
function clean(s: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && /[\s,:;.…“”"'‘’-]/u.test(s[a]!)) a++;
  while (b > a && (/[\s,:;.…“”"'‘’)]/u.test(s[b - 1]!) || (s[b - 1] === '/' && s[b - 2] === '.'))) b--;
  return { start: a, end: b };
}

/**
 * A clause that opens on a directive verb of its own ("Giao Sở GTVT …"); joined-second-directive-verb: "Thủ tướng
 * yêu cầu và giao Bộ TT&TT tăng cường …", "đề nghị và yêu cầu các tỉnh …" — a second directive verb joined by "và"
 * to the first opens the clause the same way.
 */
const DIRECTIVE_OPENER = /^(?:và\s+)?(?:giao|yêu cầu|đề nghị|chỉ đạo)(?![\p{L}])\s*/u;
/**
 * report-verb-in-addressee: "… Vương Nghị tuyên bố không ai …", "… A cảm ơn sự hỗ trợ …", "Tất cả chúng ta đều trông
 * đợi …", "A và B lần lượt trình bày …", "Tập đoàn X hiện có 5 dự án …" — a clause before the action word that holds
 * a verb of saying, thanking, expecting or a fact ("tuyên bố", "cảm ơn", "trông đợi", "lần lượt", "thông tin thêm",
 * "hiện có", "hầu hết") reports; it names nobody who must act.
 */
const NOT_ADDRESSEE = new RegExp(`(?<![\\p{L}])(?:${anyOf(TASK_WORDS.notAddressee)})(?![\\p{L}])|[“”"]`, 'u');
/**
 * assigned-relative-in-addressee: "yêu cầu lãnh đạo các đơn vị và cán bộ được giao nhiệm vụ điều tra cần quán triệt …",
 * "đề nghị các bộ được giao chủ trì các nội dung … hướng dẫn …", "yêu cầu các Bộ trưởng, theo lĩnh vực được phân
 * công, tập trung chỉ đạo …" — "được giao / được phân công" inside an addressee is a relative clause naming who
 * must act (the ones assigned), not a passive report, so it does not disqualify the addressee; as a scope at its
 * end (", theo … được phân công", "… được giao nhiệm vụ") it is dropped from the addressee.
 */
const ASSIGNED_RELATIVE = /(?<![\p{L}])được\s+(?:giao|phân công|phân cấp|ủy quyền|uỷ quyền)(?![\p{L}])/gu;
/** "được giao chủ trì …": the action named right after "được giao" is what the addressee was assigned, not the directive. */
const ASSIGNED_BEFORE = /(?<![\p{L}])được\s+(?:giao|phân công)\s+$/u;
const ASSIGNED_SCOPE_END = /(?:,\s*(?:theo|trong phạm vi)\s+[^,;]{0,50}?\s+được\s+(?:giao|phân công|phân cấp)|\s+được\s+(?:giao|phân công)(?:\s+nhiệm vụ)?)\s*,?\s*$/u;

/**
 * Modals and adverbs closing an addressee ("các sở cần", "hai bên cũng"); agreement-verb-after-sides: "Hai bên cũng
 * nhất trí tạo thuận lợi hợp tác …", "Hai tỉnh thống nhất tăng cường …" — an agreement verb after who acts says they
 * agreed to it: it is no part of the addressee either.
 */
const AGREED_AFTER_ADDRESSEE = /(?:\s+(?:sẽ|cần|phải|nên|cũng|đều|nhất trí|thống nhất|đồng ý))+$/u;
/** The occasion ("qua hội nghị này,") or the setting ("trong tình hình mới,", "trong bối cảnh …,") before an addressee. */
const SETTING_BEFORE_ADDRESSEE = /^(?:(?:qua|thông qua|sau|từ)\s+(?:hội nghị|cuộc họp|buổi làm việc|kỳ họp|phiên họp|hội thảo|buổi tiếp|chuyến thăm|đợt)[^,]{0,40}|trong\s+(?:tình hình|bối cảnh|điều kiện|giai đoạn)[^,]{0,60}),\s*/u;

/** An addressee names a body or people: a proper name, or "các/những/hai bên/lãnh đạo/cán bộ …". */
const ADDRESSEE_START = new RegExp(`^(?:\\p{Lu}|\\d{1,2}\\s+\\p{Ll}|(?:${anyOf(TASK_WORDS.addresseeStartWords)})(?![\\p{L}]))`, 'u');
const SENTENCE_END = /(?<![\s.(](?:TP|Tp|Q|P|TX|TT|TS|ThS|GS|PGS|BS|KS|Th|St|H|X|Mr|Dr|Ông|Bà))[.!?]\s+(?=[\p{Lu}\d>»])/u;
/**
 * speech-verb-with-colon-ends-item: "… tiếp tục đoàn kết để phát triển và nhấn mạnh: Minh bạch …", "… tại địa
 * phương mình Thủ tướng cũng yêu cầu: “…" — a speech or directive verb followed by a colon opens a new
 * statement, so the item ends before it (and before its subject, a capitalised title of up to five words).
 * reason-clause-ends-item: "… rà soát lại các hồ trước mùa mưa bão bởi đây là những khu vực dễ bị tổn thương", "xử lý
 * khiếu nại về đất đai, nhất là khi 70 - 80% các vụ … là về đất đai" — a reason ("bởi …", ", nhất là khi …") explains the
 * task and is no part of it.
 * goal-clause-ends-item: "… giải quyết dứt điểm các vụ tranh chấp khi mới phát sinh, làm sao đảm bảo lợi ích nhà nước …",
 * "… rà soát lại quy trình cấp phép, làm sao để người dân không phải đi lại nhiều lần" — what the task should achieve
 * (", làm sao …", like ", sao cho …") follows the task and is no part of it.
 * colon-then-quote-ends-item: "… yêu cầu Bộ Công an phải xử lý nghiêm: “Nếu cố tình mua thiết bị kém chất lượng …",
 * "… đề nghị các sở rà soát lại: “Chúng ta không thể để …" — a colon that opens a quoted speech ends the item; the
 * quote is what the speaker said next (a quoted name that closes within 60 characters stays, see `cutEnd`).
 */
const CUT_AT = /\s+(?:và\s+)?(?:\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,4}\s+)?(?:(?:cũng|đã|còn)\s+)?(?:nhấn mạnh|khẳng định|cho rằng|nêu rõ|yêu cầu|đề nghị|chỉ đạo|kết luận|lưu ý)\s*:|,\s*(?:trong đó|từ đó|qua đó|chứ|đồng thời|nhằm|rút ra|coi đây là|coi đó là|xem đây là|bởi vì|vì|như|ví dụ|sao cho|làm sao)(?![\p{L}])|\s(?:cũng như|sao cho|bởi)(?![\p{L}])|,\s*nhất là khi(?![\p{L}])|:\s*(?=“)|[”"]/gu;

/**
 * quoted-name-in-task: "tiếp tục đẩy mạnh cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"",
 * "tổ chức tốt “Năm đoàn kết hữu nghị 2017”" — a quote mark ends a task only when it closes the
 * speaker's quote; a name quoted inside the clause (opened and closed within it, at most 120
 * characters) is part of the task. Returns where the item of `s` from `i` to `to` ends (`to` when
 * nothing cuts it) and whether something cut it.
 */
function cutEnd(s: string, i: number, to: number): { end: number; cut: boolean } {
  // sentence-end-inside-item: "… trong tháng 2/2017. 12 dự án thua lỗ …", "… nói trên. >> Xem thêm …" — a
  // full stop before a capital, a digit or a link arrow ends the item (not the dot of "TP. Hồ Chí Minh")
  const stop = SENTENCE_END.exec(s.slice(i, to));
  if (stop) to = i + stop.index;
  CUT_AT.lastIndex = 0;
  const part = s.slice(i, to);
  let m: RegExpExecArray | null;
  while ((m = CUT_AT.exec(part)) !== null) {
    const k = m.index;
    if (m[0] === '"' && (k === 0 || /[\s(]/u.test(part[k - 1]!)) && /\p{L}/u.test(part[k + 1] ?? '')) {
      // an opening straight quote: skip the quoted name when it closes within the clause
      const close = part.indexOf('"', k + 1);
      if (close !== -1 && close - k <= 120) { CUT_AT.lastIndex = close + 1; continue; }
    }
    if (m[0].startsWith(':')) {
      // a colon before a short quoted name ("chủ đề: “Năm dân vận”") does not end the item
      const close = part.indexOf('”', k);
      if (close !== -1 && close - k <= 60) continue;
    }
    if (m[0] === '”') {
      // a closing curly quote whose opening one lies inside the item closes a quoted name
      const open = part.lastIndexOf('“', k);
      if (open !== -1 && k - open <= 120 && part.indexOf('”', open) === k) continue;
    }
    return { end: i + k, cut: true };
  }
  return { end: to, cut: false };
}

/**
 * time-before-addressee: "yêu cầu, trong thời gian tới Tổng Thanh tra Chính phủ và ngành thanh tra tập
 * trung …", "đề nghị năm 2024 các huyện …" — when the directive is due, written before its addressee
 * (a capitalised name or "các/những/toàn …") with or without a comma, is part of neither.
 */
const TIME_BEFORE_ADDRESSEE = /^(?:trong\s+|từ nay đến\s+|từ nay tới\s+)?(?:thời gian tới|thời gian sắp tới|giai đoạn tới|năm nay|năm tới|cuối năm|những tháng cuối năm|các tháng cuối năm|6 tháng cuối năm|năm \d{4}|tháng \d{1,2}(?:\/\d{4})?)\s*,?\s+(?=\p{Lu}|(?:các|những|toàn)\s)/u;

/**
 * when-clause-before-addressee: "yêu cầu ngay sau khi điểm thi được công bố chính thức, Bộ GDĐT chỉ đạo …",
 * "đề nghị trước khi khởi công, chủ đầu tư phải …" — a clause of when, closed by a comma, before a
 * capitalised addressee or "các/những …" is part of neither the addressee nor the task.
 * when-clause-before-modal: "đề nghị trước khi tiến hành quy hoạch thì phải rà soát …", "yêu cầu trước khi cổ phần
 * hóa, doanh nghiệp phải …" — likewise before a modal (after a comma or "thì") or a body named in lower case.
 * during-clause-before-addressee: "đề nghị trong quá trình thi công, các chủ đầu tư phải …" — a clause of during, likewise.
 */
const WHEN_CLAUSE_BEFORE_ADDRESSEE = /^(?:ngay\s+)?(?:sau khi|trước khi|khi|trong quá trình)\s+[^,;:“”"]{3,120}?(?:,\s*(?=\p{Lu}|(?:các|những|toàn|doanh nghiệp|chủ đầu tư|nhà đầu tư|cơ quan|đơn vị|địa phương|ngành|nhà trường|cần|phải)\s)|\s+thì\s+(?=(?:cần|phải)\s))/u;

/** A word that joins a semicolon clause to the directive before it ("; đồng thời …"). */
const CLAUSE_JOINER = /^(?:đồng thời|ngoài ra)\s*,?\s+/u;

/** Praise or thanks, not an assignment: "đánh giá cao …", "biểu dương …", "cảm ơn …". */
const PRAISE = new RegExp(`^(?:${anyOf(TASK_WORDS.praise)})(?![\\p{L}])`, 'iu');
/**
 * A purpose clause with a subject of its own ends the task: "… để TP trình Thủ tướng …", "… để các đơn vị …".
 * not-letting-is-no-purpose: "không để người dân thiếu nước", "tránh để các đối tượng lợi dụng" — "để"
 * after a negation means "let", and what must not be let happen belongs to the task.
 */
const PURPOSE_WITH_SUBJECT = /(?<!(?<![\p{L}])(?:không|chưa|tránh))\sđể\s+(?=(?:các|những|cho|người|nhân dân|đơn vị|doanh nghiệp|đến)\s|\p{Lu})/u;
const PARTNERS = /^(?:chủ trì\s*,?\s*)?(?:phối hợp|phối hợp chặt chẽ)\s+(?:với|cùng)\s+/u;

/**
 * Skips "chủ trì, phối hợp với <các bên> " before the action itself: "phối hợp với các bộ liên
 * quan sớm phân bổ …" → "sớm phân bổ …". Returns `i` unchanged when no later action word is found.
 */
function afterPartners(s: string, f: string, i: number, to: number): number {
  const m = PARTNERS.exec(f.slice(i, to));
  if (!m) return i;
  let words = 0;
  for (let k = i + m[0].length; k < to && words <= 25; k++) {
    if (s[k] === ' ') { words++; continue; }
    if (s[k] === '(') { const close = s.indexOf(')', k); if (close !== -1 && close < to) { k = close; continue; } }
    if (s[k - 1] === ' ' && /\p{Ll}/u.test(s[k]!) && !nounAt(s, f, i, k) && phraseAtWord(f, k, ACTIONS)) return k;
  }
  return i;
}

/** A list item's marker: a bullet ("-", "+", "•"), a number or letter ("1.", "2)", "a)"), an ordinal ("Thứ nhất,", "Hai là,"). */
const ITEM_MARKER = /^\s*(?:[-+•*–—]\s*|\(?\d{1,2}[.)]\s+|\(?[a-zđ]\)\s*|(?:[Tt]hứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu)\s+là|[Tt]rước hết|[Tt]rước tiên|[Cc]uối cùng)\s*[,:]\s*)/u;

/** The length of the list marker that opens `s` ("- ", "2) ", "Thứ hai, "), 0 when there is none. */
export function itemMarkerLength(s: string): number {
  return ITEM_MARKER.exec(s)?.[0].length ?? 0;
}

/** A header that only names who must act: "các sở, ngành:", "UBND các huyện:", "Công an tỉnh:". */
const HEADER_ACRONYM = /^\p{Lu}{2,}(?![\p{Ll}])/u;
const HEADER_ADDRESSEE = new RegExp(`^(?:(?:${anyOf(TASK_WORDS.headerAddresseeWords)})(?![\\p{L}]))`, 'iu');

/** A header that is itself the name of a list of tasks: "mục tiêu:", "các nhiệm vụ trọng tâm:". */
export const TASK_HEADER = /^(?:(?:các|những|một số|\d+)\s+)?(?:mục tiêu|nhiệm vụ|giải pháp|nhóm nhiệm vụ|nhóm giải pháp|biện pháp)(?![\p{L}])[^,;:]{0,60}$/iu;

/** The words that announce a list after a colon: "các nội dung sau:", "nhiệm vụ trọng tâm là:", "gồm:". */
const LIST_CUE = /(?<![\p{L}])(?:sau đây|như sau|sau|là|gồm|bao gồm|cụ thể|dưới đây)\s*$/iu;

/**
 * A list header at `from` in `s`: "các sở, ngành:", "Nhiệm vụ trọng tâm thời gian tới là:", "các
 * huyện thực hiện tốt các nội dung sau:" — the text before a colon, with no semicolon or sentence end
 * before it, that ends on a list cue or names only who must act. Returns where the items start (after
 * the colon; the sentence length when the list goes on in the next lines), or null.
 */
export function listHeader(s: string, from: number): { itemsFrom: number; header: string } | null {
  const colon = s.indexOf(':', from);
  if (colon === -1 || colon - from > 200) return null;
  const head = s.slice(from, colon);
  if (/[;.!?]\s/u.test(head) || /[“”"]/u.test(head)) return null;
  const f = foldKeepOffsets(head);
  let action = false;
  for (let k = 0; k < f.length && !action; k++) if ((k === 0 || /[\s,]/u.test(f[k - 1]!)) && phraseAtWord(f, k, ACTIONS)) action = true;
  if (!LIST_CUE.test(head) && !TASK_HEADER.test(head.trim()) && (action || (head.trim() !== '' && (!(HEADER_ADDRESSEE.test(head.trim()) || HEADER_ACRONYM.test(head.trim())) || NOT_ADDRESSEE.test(head))))) return null;
  let at = colon + 1;
  while (at < s.length && /\s/u.test(s[at]!)) at++;
  // "nhấn mạnh: Nhiệm vụ trọng tâm … là: …": the colon of the speech verb, then the header itself
  if (head.trim() === '' && at < s.length) return listHeader(s, at) ?? { itemsFrom: at, header: '' };
  return { itemsFrom: at, header: head.trim() };
}

/**
 * One semicolon clause as a task item: it must open with an action word, possibly after its
 * addressee ("Sở Nội vụ tăng cường …" → "tăng cường …", to "Sở Nội vụ") or after a directive
 * verb of its own ("Giao Sở GTVT hoàn thành …"). Null for a clause that is not a directive.
 */
function clauseItem(s: string, f: string, from: number, to: number, maxAddresseeWords: number): TaskItem | null {
  let i = from;
  while (i < to && /[\s,:“"]/u.test(s[i]!)) i++;
  i += itemMarkerLength(s.slice(i, to));
  const opener = DIRECTIVE_OPENER.exec(f.slice(i, to));
  if (opener) i += opener[0].length;
  // joined-clause-opener: "…; đồng thời tiếp tục kiểm tra, giám sát …" — a clause joined by "đồng thời" (at the same
  // time) goes on with the directive before it: the joining word is no addressee
  const joined = CLAUSE_JOINER.exec(f.slice(i, to));
  if (joined) i += joined[0].length;
  const topic = /^về [^,;]{3,80},\s*/u.exec(f.slice(i, to));
  if (topic) i += topic[0].length;
  const when = TIME_BEFORE_ADDRESSEE.exec(s.slice(i, to)) ?? WHEN_CLAUSE_BEFORE_ADDRESSEE.exec(s.slice(i, to));
  if (when) i += when[0].length;
  let addressee: string | null = null;
  if (!phraseAtWord(f, i, ACTIONS)) {
    // the addressee ends at an action word; a strong marker ("cần", "phối hợp", "tiếp tục" …)
    // a few words after a weaker one ("tiến hành" in "các cơ quan tiến hành tố tụng") wins
    let words = 0;
    let weak = -1;
    let weakWords = 0;
    let found = -1;
    for (let k = i; k < to && words <= maxAddresseeWords; k++) {
      if (s[k] === ' ') { words++; continue; }
      if (s[k] === '(') {
        // an aside inside the addressee ("Các trường (bao gồm …)") holds no action word
        const close = s.indexOf(')', k);
        if (close !== -1 && close < to && close - k < 200) { k = close; continue; }
      }
      // a capitalised word inside the addressee belongs to its name ("Sở Xây dựng", "Ban Tuyên giáo")
      if ((k === i || s[k - 1] === ' ' || s[k - 1] === ',') && !nounAt(s, f, i, k) && !(k > i && /\p{Lu}/u.test(s[k]!)) && !ASSIGNED_BEFORE.test(f.slice(Math.max(i, k - 20), k))) {
        if (phraseAtWord(f, k, STRONG_ENDS)) { found = k; break; }
        if (weak === -1 && phraseAtWord(f, k, ENDS)) { weak = k; weakWords = words; }
        if (weak !== -1 && words > weakWords + 3) break;
      }
    }
    if (found === -1) found = weak;
    if (found === -1) return null;
    // a later clause names its own addressee only as a proper body ("Tổng Thư ký Quốc hội", "các sở")
    if (maxAddresseeWords <= 10 && !/^(?:\p{Lu}|các\s|những\s)/u.test(s.slice(i, found))) return null;
    addressee = s.slice(i, found).replace(/[\s,]+$/u, '').replace(/^(?:đối với|Đối với|riêng|Riêng)\s+/u, '').replace(AGREED_AFTER_ADDRESSEE, '').replace(/^(?:nhiệm vụ\s+)?cho\s+/u, '').trim() || null;
    if (addressee) {
      // time adverbials before the addressee ("trong năm 2023, Ban Chỉ đạo …") are not part of it
      // occasion-before-addressee: "yêu cầu nhân dịp này phải chấn chỉnh …", "đề nghị sau hội nghị này, các sở …" — likewise
      // (whole words only: "từng trường, từng lớp …" is who must act, not "từ …")
      addressee = addressee.replace(/^(?:(?:trong|từ|đến|tới|năm|thời gian|sắp tới|trước mắt|ngay|nhân dịp|sau (?:hội nghị|cuộc họp|buổi làm việc|kỳ họp))(?![\p{L}])[^,]{0,30}(?:,\s*|$))+/u, '').trim() || null;
      // setting-before-addressee: "đề nghị qua hội nghị này, các cơ quan … cần tham mưu …", "đề nghị trong tình hình
      // phát triển mới của kinh tế - xã hội, cán bộ, nhân viên … cần …" — the occasion or the setting, closed by a
      // comma, before who must act is part of neither
      if (addressee) addressee = addressee.replace(SETTING_BEFORE_ADDRESSEE, '').trim() || null;
    }
    if (addressee) {
      // "các Bộ trưởng, theo lĩnh vực được phân công," / "… được giao nhiệm vụ": a scope or a trailing "được giao" is no part of who
      addressee = addressee.replace(ASSIGNED_SCOPE_END, '').trim() || null;
    }
    if (addressee && (addressee.split(/\s+/u).length > maxAddresseeWords || NOT_ADDRESSEE.test(addressee.replace(ASSIGNED_RELATIVE, ' ')) || !ADDRESSEE_START.test(addressee))) return null;
    i = found;
  }
  i = afterPartners(s, f, i, to);
  let { end } = cutEnd(s, i, to);
  const purpose = PURPOSE_WITH_SUBJECT.exec(s.slice(i, end));
  if (purpose) end = i + purpose.index;
  end = beforeTrailingAside(s, i, end);
  const c = clean(s, i, end);
  if (c.end - c.start < 8 || !/\S+\s+\S+\s+\S/u.test(s.slice(c.start, c.end)) || PRAISE.test(s.slice(c.start, c.end))) return null;
  return { text: s.slice(c.start, c.end), start: c.start, end: c.end, to: addressee };
}

/**
 * trailing-aside-ends-item: "khuyến khích các HTX làm dịch vụ đầu ra (số này hiện chỉ chiếm 9% tổng số HTX của cả
 * nước)", "rà soát các dự án chậm tiến độ (hiện còn 12 dự án chưa khởi công)" — a parenthesis of four words or more
 * that closes the item (or is left open by it) is the writer's aside, a figure or an explanation, and no part of the
 * task; a short one ("(ATTTM)", "(PVN)") names what comes before it and stays. Returns where the item ends.
 */
function beforeTrailingAside(s: string, i: number, end: number): number {
  const open = s.lastIndexOf('(', end - 1);
  if (open <= i) return end;
  const close = s.indexOf(')', open);
  if (close !== -1 && close < end && s.slice(close + 1, end).trim().replace(/[.;,…]+$/u, '') !== '') return end;
  const inner = s.slice(open + 1, close !== -1 && close < end ? close : end).trim();
  return inner.split(/\s+/u).length >= 4 ? open : end;
}

/**
 * Items of the directive that starts at `from` in `s`, one per semicolon clause; the first
 * clause's addressee applies to the clauses after it.
 */
export function directiveItems(s: string, from: number): TaskItem[] {
  const f = foldKeepOffsets(s);
  const items: TaskItem[] = [];
  let start = from;
  let to: string | null = null;
  let first = true;
  for (let k = from; k <= s.length; k++) {
    if (k === s.length || s[k] === ';') {
      const item = clauseItem(s, f, start, k, first ? 45 : 10);
      if (item) {
        if (item.to) to = item.to;
        items.push({ ...item, to: item.to ?? to });
      } else if (first) {
        return items;
      }
      first = false;
      start = k + 1;
    }
  }
  return items;
}

const LINKING_OPENER = new RegExp(`^\\s*(?:${anyOf(LINKING_PHRASES)})\\s*,?\\s*`, 'u');
const LINKING_OPENER_CI = new RegExp(LINKING_OPENER.source, 'iu');
const capitalise = (x: string): string => x.charAt(0).toUpperCase() + x.slice(1);

/**
 * Items of a sentence that goes on with the directives of the sentence before it: it opens
 * with an action word ("Tăng cường …") or with a short addressee and a strong action word
 * ("Các cơ quan chú trọng phối hợp …"). Empty when the sentence is not such a continuation.
 */
export function continuationOf(sentence: string): TaskItem[] {
  // "Vì vậy, cần …", "Cùng với đó là thực hiện tốt …": a linking phrase before the action
  const link = LINKING_OPENER.exec(sentence);
  if (link && startsWithAction(capitalise(sentence.slice(link[0].length)))) {
    return continuationItems(sentence.slice(link[0].length)).map((t) => ({ ...t, start: t.start + link[0].length, end: t.end + link[0].length }));
  }
  if (startsWithAction(sentence)) return continuationItems(sentence);
  const f = foldKeepOffsets(sentence);
  if (!/^(?:Các|Những|Hai|Ban|Sở|Bộ|UBND|Ủy ban|Uỷ ban|Chính phủ|Tổng|Văn phòng|Thanh tra|Công an)\s/u.test(sentence)) return [];
  // title-opener-is-a-person: "Bộ trưởng A chủ trì cuộc họp …", "Tổng Giám đốc B phối hợp …" open like a body ("Bộ",
  // "Tổng") but with a post: the sentence speaks of a person, never of a body the directives before it address.
  if (roleAt(sentence, f, 0, false) > 0) return [];
  let words = 0;
  for (let k = 0; k < sentence.length && words <= 12; k++) {
    if (sentence[k] === ' ') { words++; continue; }
    if (/[,;.]/u.test(sentence[k]!)) break;
    if (k > 0 && sentence[k - 1] === ' ' && phraseAtWord(f, k, STRONG_ENDS)) {
      const addressee = sentence.slice(0, k).trim();
      if (NOT_ADDRESSEE.test(addressee)) return [];
      return directiveItems(sentence, 0);
    }
  }
  return [];
}

/**
 * Words that open a clause of their own before its subject ("… và nhà mạng phải …", "… nên phải …").
 * demand-opens-clause: "nhiệm vụ rất nặng nề, đòi hỏi cả hệ thống chính trị phải vào cuộc …", "thời gian còn lại
 * không nhiều, đòi hỏi các địa phương phải khẩn trương …" — what a situation "đòi hỏi" (demands) opens the clause
 * of who must act: the subject after it is kept, "đòi hỏi" itself is no part of the task. A negated demand ("đừng đòi
 * hỏi người dân phải …") sets nothing: its "đòi hỏi" stays in the subject, which then reads as no one who must act.
 */
const CLAUSE_JOIN = /\s(?:và|nên|thì|mà|song|(?<!(?:đừng|không|chưa|chẳng)\s)đòi hỏi)$/u;
/** "cần"/"phải" that is no modal: "không phải", "cần thiết", "phải chăng", "phải là". */
const NOT_MODAL_BEFORE = /(?<![\p{L}])(?:không|chưa|chẳng|đâu|bắt|buộc|mới)\s+$/u;
const NOT_MODAL_AFTER = /^(?:thiết|chăng|là|lòng|có thời gian|nói|thừa nhận|chờ|mất)(?![\p{L}])/u;
/** A subject that reads as a fact, a condition or a relative clause, not as who must act. */
const NOT_SUBJECT = new RegExp(`(?<![\\p{L}])(?:${anyOf(TASK_WORDS.notModalSubject)})(?![\\p{L}])|[“”"]|^\\d`, 'u');
/** Where a modal clause ends besides a semicolon: a new sentence, a reason or an example after it. */
const MODAL_END = /\.\s+(?=\p{Lu})|\s(?:bởi|ví dụ)(?![\p{L}])|,\s*nhất là khi(?![\p{L}])/u;
const MODAL_WORD = /(?<![\p{L}])(?:cần phải|cần|phải)(?![\p{L}])/gu;

/**
 * Modal clauses of a participant's speech: "… và dù có khó khăn, nhà mạng cũng phải thực hiện
 * đúng quy định; các doanh nghiệp phải …". Each clause runs from its short subject (kept when it
 * names who must act, at most five words) or from the modal to the next semicolon or sentence end.
 */
export function modalClauses(s: string, from: number): TaskItem[] {
  const items: TaskItem[] = [];
  let taken = from;
  for (const m of s.slice(from).matchAll(MODAL_WORD)) {
    const at = from + m.index;
    if (at < taken) continue;
    if (NOT_MODAL_BEFORE.test(s.slice(Math.max(from, at - 8), at)) || NOT_MODAL_AFTER.test(s.slice(at + m[0].length).trimStart())) continue;
    // the clause starts after the last separator (or joining word) before the modal
    let start = Math.max(from, taken);
    for (let k = at - 1; k >= start; k--) {
      if (/[,;:“"(]/u.test(s[k]!) || (s[k] === '.' && s[k + 1] === ' ')) { start = k + 1; break; }
      if (s[k] === ' ' && CLAUSE_JOIN.test(s.slice(Math.max(start, k - 14), k))) { start = k + 1; break; }
    }
    // "Muốn vậy, …", "Vì vậy …": a linking phrase opens the clause, it is no subject
    const link = LINKING_OPENER_CI.exec(s.slice(start, at));
    if (link) start += link[0].length;
    let subject = s.slice(start, at).trim().replace(/(?:\s*(?:cũng|đều|vẫn|sẽ|còn|luôn|thì))+$/u, '');
    const subjectWords = subject ? subject.split(/\s+/u).length : 0;
    const keepSubject = subjectWords > 0 && subjectWords <= 5 && !NOT_SUBJECT.test(subject);
    if (subjectWords > 0 && !keepSubject && (subjectWords <= 5 || NOT_SUBJECT.test(subject))) continue;
    if (!keepSubject) subject = '';
    let end = s.indexOf(';', at);
    if (end === -1) end = s.length;
    const cutAt = cutEnd(s, at, end);
    const cut = cutAt.cut;
    end = cutAt.end;
    const stop = MODAL_END.exec(s.slice(at, end));
    if (stop) end = at + stop.index;
    const c = clean(s, keepSubject ? s.indexOf(subject, start) : at, end);
    taken = end;
    if (c.end - c.start < 12 || c.end - at < 10) continue;
    items.push({ text: s.slice(c.start, c.end), start: c.start, end: c.end, to: keepSubject ? subject : null });
    // "hai bên cần tăng cường A; sơ kết B; tiếp tục đẩy mạnh C": the clauses after the modal one that
    // open on an action share its modal and its subject
    if (!cut && !stop && s[end] === ';') taken = actionClausesAfter(s, end, keepSubject ? subject : null, items);
  }
  return items;
}

/**
 * The semicolon clauses after `from` in `s` that open on an action word ("; sơ kết 5 năm …; tiếp
 * tục đẩy mạnh …"), each pushed to `items` with addressee `to`, up to the first that does not.
 * Returns where the last one taken ends.
 */
function actionClausesAfter(s: string, from: number, to: string | null, items: TaskItem[]): number {
  const f = foldKeepOffsets(s);
  let start = from + 1;
  let taken = from;
  while (start < s.length) {
    let end = s.indexOf(';', start);
    if (end === -1) end = s.length;
    let i = start;
    while (i < end && /\s/u.test(s[i]!)) i++;
    if (!phraseAtWord(f, i, ACTIONS)) break;
    const { end: stop, cut } = cutEnd(s, i, end);
    const c = clean(s, i, stop);
    if (c.end - c.start < 8) break;
    items.push({ text: s.slice(c.start, c.end), start: c.start, end: c.end, to });
    taken = end;
    if (cut) break;
    start = end + 1;
  }
  return taken;
}

/** Items of a continuation sentence ("Nâng cao hiệu quả …; xử lý nghiêm …"). */
export function continuationItems(s: string): TaskItem[] {
  return directiveItems(s, 0).map((t) => ({ ...t, to: null }));
}
