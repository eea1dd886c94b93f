/**
 * Collects the tasks of one meeting from its sentences: a directive by a participant (named,
 * or referred to by title alone, "Thủ tướng đề nghị …"), then the directive block that follows
 * it — every later sentence of the block that assigns an action ("Theo đó, Bộ X tiếp tục …",
 * "Các tỉnh rà soát …", "Cần tăng cường …"), until the block ends.
 */
import type { Evidence, Task } from '../model/extraction.js';
import { matchKey, stableId } from '../model/keys.js';
import type { Sentence } from './sentences.js';
import { directiveItems, continuationOf, continuationItems, itemMarkerLength, listHeader, TASK_HEADER, modalClauses, startsWithAction, type TaskItem } from './tasks.js';
import { alternation as alt, fold, foldKeepOffsets } from './text.js';
import { ROLES, VERBS } from './lexicon.js';
import { roleAt } from './titles.js';
import DIRECTIVES from './lexicon/directives.json' with { type: 'json' };
import TASK_WORDS from './lexicon/tasks.json' with { type: 'json' };

/** What the collector needs to know about a person. */
export interface TaskPerson {
  key: string;
  name: string;
  titles: ReadonlyArray<{ text: string; former: boolean }>;
}

/** What the collector needs to know about the roles in one sentence. */
export interface TaskRoles {
  speakers: ReadonlySet<string>;
  directives: ReadonlyMap<string, number>;
}


/** "Thủ tướng (cũng) đề nghị", "Bộ trưởng nhấn mạnh:" — a title alone before a directive verb. */
const TITLE_DIRECTIVE = new RegExp(
  `(?:^|[,;:]\\s*|\\s)((?:Phó\\s+)?\\p{Lu}[\\p{L}]*(?:\\s+[\\p{L}]+(?:\\.[\\p{Lu}][\\p{L}]*)?){0,5}?)\\s+(?:(?:cũng|đã|còn|tiếp tục|đồng thời)\\s+)*(${alt(DIRECTIVES.titleVerbs)})(?![\\p{L}])\\s*(:)?`,
  'gu',
);
/**
 * steering-committee-is-no-verb: "Phó Thủ tướng A, Trưởng Ban chỉ đạo điều hành giá đã chủ trì …", "Trưởng Ban chỉ đạo
 * sơ kết 5 năm … chủ trì buổi sơ kết" — after "Ban" the words "chỉ đạo" name a steering committee (part of a post or a
 * body), not the verb "to direct": such a match of `TITLE_DIRECTIVE` sets no directive.
 */
const verbNamesBody = (m: RegExpMatchArray): boolean => /(?:^|\s)[Bb]an$/u.test(m[1]!) && fold(m[2]!) === fold('chỉ đạo');
/** Verbs that set a directive only when a colon or a modal ("cần", "phải") follows. */
const WEAK_VERBS = new Set(DIRECTIVES.weakTitleVerbs.map((v) => fold(v)));
const MODAL = /(?<![\p{L}])(?:cần|phải)(?![\p{L}])/u;
/**
 * Linking openers of a sentence in a directive block ("Theo đó,", "Đồng thời,", "Năm 2017", "Về …,", "Căn cứ …,").
 * grounds-lead: "Dựa trên mức tăng lạm phát thực tế, Ngân hàng Nhà nước nghiên cứu …", "Dựa vào kết quả rà soát, các
 * huyện …" — what the action rests on, closed by a comma, opens the sentence like "Trên cơ sở …,".
 * while-clause-lead: "Trong lúc điều tra làm rõ vụ việc, Sở và quận cần xem xét …", "Trong khi chờ kết luận, các
 * trường phải …" — a clause of meanwhile, closed by a comma, opens the sentence the same way.
 */
const LEAD = new RegExp(`^(?:(?:${alt(DIRECTIVES.leads)})(?![\\p{L}])\\s*[,:]?\\s*|(?:trong|đến|từ|trước)\\s+(?:(?:tháng|quý|năm|ngày)\\s+[\\d/.-]+|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{4})?)\\s*,?\\s*|năm\\s+\\d{4}\\s*,?\\s*|(?:về|trên cơ sở|dựa trên|dựa vào|sau khi|căn cứ|trong quá trình|trong lúc|trong khi|đối với|với)\\s+[^,;:]{3,80},\\s*)+`, 'iu');
/** A decision of the meeting as a whole ("Hội nghị thống nhất", "hai bên sẽ đề xuất"). */
const COLLECTIVE = new RegExp(`(?:^|,\\s*)(?:${alt(DIRECTIVES.collectiveSubjects)})\\s+(?:(?:đã|cũng|đều|sẽ)\\s+)*(?:${alt(DIRECTIVES.collectiveVerbs)})(?![\\p{L}])\\s*:?\\s*`, 'iu');
/**
 * agreed-then-assigned: "Thống nhất giao Sở Tài chính cân đối …", "Cuộc họp cũng thống nhất chủ trương đầu tư tuyến
 * đường …, giao UBND huyện làm chủ đầu tư", "Đồng ý chủ trương …, giao Sở X hướng dẫn …" — the conclusion of a
 * meeting written without a subject (or with the meeting itself as subject): an agreement, then "giao" and who must
 * act. Set by the meeting as a whole; the items start at "giao".
 */
const AGREED_ASSIGNMENT = new RegExp(`^(?:(?:${alt(DIRECTIVES.leads)})(?![\\p{L}])\\s*,?\\s*)?(?:(?:${alt(DIRECTIVES.meetingSubjects)})\\s+(?:(?:đã|cũng|đều)\\s+)*)?(?:thống nhất|nhất trí|đồng ý)(?:\\s+(?:chủ trương|về|với|việc|phương án|đề xuất|đề nghị)(?![\\p{L}])[^.;:“”"]{0,150}?,\\s*(?:đồng thời\\s+)?|\\s+)(?=giao(?:\\s+cho)?\\s+(?:\\p{Lu}|các\\s|những\\s))`, 'iu');
/**
 * imperative-assignment: "Giao Sở Xây dựng chủ trì, phối hợp với các sở liên quan tham mưu …", "Giao cho UBND các
 * huyện rà soát …" — a conclusion written as an order with no subject, opening its sentence on "Giao" and who
 * must act (a capitalised body or "các/những …"). When no participant set a directive before it, it is the
 * meeting's conclusion, set by nobody named.
 */
const IMPERATIVE_ASSIGNMENT = /^Giao(?:\s+cho)?\s+(?=\p{Lu}|các\s|những\s)/u;
/**
 * organiser-short-form: "UBND tỉnh Phú Thọ tổ chức hội nghị …. UBND tỉnh giao cho các sở …", "Tỉnh ủy Bắc Giang tổ
 * chức hội nghị …. Ban Thường vụ Tỉnh ủy yêu cầu …" — a report names the body that held the meeting again without its
 * place, or by its standing committee ("Thường trực", "Ban Thường vụ"). Returns each organiser, its form without the
 * trailing place name, and those forms after "Thường trực"/"Ban Thường vụ".
 */
const PLACE_AFTER_LEVEL = /^(.+?\s(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường))\s+\p{Lu}.*$/u;
const STANDING_COMMITTEE = ['Thường trực', 'Ban Thường vụ'];
function organizerForms(organizers: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const o of organizers) {
    forms.add(o);
    const short = PLACE_AFTER_LEVEL.exec(o)?.[1];
    if (short) forms.add(short);
    // "Tỉnh ủy Bắc Giang" → "Tỉnh ủy": a party committee named by its level alone
    const level = /^((?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s*ủy)\s+\p{Lu}/u.exec(o)?.[1];
    if (level) forms.add(level);
  }
  for (const f of [...forms]) for (const c of STANDING_COMMITTEE) forms.add(`${c} ${f}`);
  return [...forms];
}
/**
 * delegation-directs: "Ghi nhận kiến nghị của tỉnh, đoàn công tác cũng lưu ý tỉnh cần tăng cường quan trắc …", "Đoàn
 * kiểm tra đề nghị các huyện rà soát …" — a visiting delegation (a working, inspection or survey team) that directs at
 * its working session speaks as a body: what it asks is set by the meeting's guests as a whole, by nobody in person.
 * Not when told as the past ("đoàn kiểm tra đã yêu cầu …" is background).
 */
const DELEGATION = new RegExp(`(?:^|,\\s*)(?:${alt(DIRECTIVES.delegationSubjects)})\\s+(?:(?:cũng|đều)\\s+)*(?:${alt(DIRECTIVES.delegationVerbs)})(?![\\p{L}])\\s*:?\\s*`, 'iu');
/**
 * organizer-level-noun: "UBND tỉnh Kiên Giang tổ chức cuộc họp …. Tỉnh chỉ đạo các cơ quan chức năng thông báo …",
 * "Thành phố yêu cầu các quận …" — the body that held the meeting named again by its level alone ("Tỉnh", "Thành phố",
 * "Huyện" …) at the start of a sentence, right before a directive verb: the organiser's own directive. Only a level
 * the organiser's name holds ("UBND tỉnh …" for "Tỉnh"), and not told as the past.
 */
function organizerLevel(organizers: readonly string[]): RegExp | null {
  const levels = Object.entries(DIRECTIVES.organizerLevels as Record<string, string[]>)
    .filter(([, words]) => organizers.some((o) => words.some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(o))))
    .map(([level]) => level);
  if (levels.length === 0) return null;
  const forms = levels.flatMap((l) => [l, l.charAt(0).toLowerCase() + l.slice(1)]);
  return new RegExp(`^(?:(?:${alt(DIRECTIVES.leads)})(?![\\p{L}])\\s*,?\\s*)?(?:${alt(forms)})\\s+(?:cũng\\s+)?(?:chỉ đạo|yêu cầu|giao|đề nghị)(?![\\p{L}])\\s*:?\\s*`, 'u');
}

/** Sentences that report, explain or condition rather than assign. */
const NOT_A_TASK = new RegExp(`(?<![\\p{L}])(?:${alt(DIRECTIVES.notTask)})(?![\\p{L}])`, 'iu');

/**
 * body-agrees-to-act: "Theo đó, Bộ GTVT thống nhất sớm triển khai …", "Hai tỉnh nhất trí phối hợp …" — a
 * body (a head of the addressee lexicon, or an acronym) at the start of the sentence, after its linking
 * opener, agrees to an action: what it agreed to do is set by the meeting as a whole.
 */
const BODY_AGREES = new RegExp(`^(?:(?:${alt(DIRECTIVES.leads)})(?![\\p{L}])\\s*,?\\s*)?(?:(?:${alt(DIRECTIVES.addresseeHeads)})(?![\\p{L}])|\\p{Lu}{2,}(?![\\p{Ll}]))[^,;:.]{0,50}?\\s(?:(?:đã|cũng|đều|sẽ)\\s+)*(?:thống nhất|nhất trí)(?![\\p{L}])(?!\\s+(?:với|là|cao|về|rằng|quan điểm|chủ trương|nội dung))\\s*:?\\s*`, 'iu');
function bodyAgrees(s: string): RegExpExecArray | null {
  const m = BODY_AGREES.exec(s);
  // the subject may hold no speaker's clause ("Bộ trưởng cho biết Bộ thống nhất …")
  return m && !NOT_A_TASK.test(m[0]) ? m : null;
}

/** An addressee named in a block sentence must be a body or a group ("Bộ Y tế", "Các tỉnh", "PVN"). */
const BODY_HEAD = new RegExp(`^(?:${alt(DIRECTIVES.addresseeHeads)})(?![\\p{L}])`, 'iu');
/** An addressee that holds a verb or a copula is a clause, not a body ("… thì cơ sở …"). */
const VERB_IN_ADDRESSEE = /(?<![\p{L}])(?:thì|là|nào|báo cáo|đánh giá|điều hành)(?![\p{L}])/u;
const ACRONYM_HEAD = /^\p{Lu}{2,}(?![\p{Ll}])/u;
/** A task reads as a fact when "đã" comes in its first words, or it opens on a capital mid-sentence. */
const EARLY_PAST = /^(?:\S+\s+){0,5}?đã(?![\p{L}])/u;

/** True when an item of a block sentence reads as an assignment, not a report. */
function plausible(s: string, it: TaskItem): boolean {
  if (EARLY_PAST.test(it.text)) return false;
  if (it.start > 0 && /^\p{Lu}\p{Ll}/u.test(it.text) && !/[,:;“"]\s*$/u.test(s.slice(0, it.start))) return false;
  if (it.to === null) return true;
  const bare = it.to.replace(/\([^()]*\)/gu, ' ').trim();
  if (bare.split(/\s+/u).length > 14 || VERB_IN_ADDRESSEE.test(bare)) return false;
  return BODY_HEAD.test(it.to) || ACRONYM_HEAD.test(it.to);
}

/** A modal clause's subject is its addressee only when it names a body ("Bộ Xây dựng phải …"). */
function bodyOrNone(it: TaskItem): TaskItem {
  return it.to !== null && !BODY_HEAD.test(it.to) && !ACRONYM_HEAD.test(it.to) ? { ...it, to: null } : it;
}

/** The modal clauses of `s` after `from` that read as assignments, a subject that is no body dropped as addressee. */
function modalItems(s: string, from: number): TaskItem[] {
  return modalClauses(s, from).map(bodyOrNone).filter((t) => plausible(s, t));
}

/** True when a sentence opens on an action or a modal once its linking opener is set aside. */
export function opensOnAction(s: string): boolean {
  const lead = LEAD.exec(s);
  const rest = s.slice(lead ? lead[0].length : 0);
  const cap = rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
  return startsWithAction(cap);
}

/** The participant a title alone refers to ("Thủ tướng" → the one who holds "Thủ tướng …"). */
export function personByTitle(title: string, candidates: readonly TaskPerson[]): TaskPerson | null {
  const t = fold(title).trim();
  if (t.length < 3) return null;
  for (const [f, p] of currentTitlesOf(candidates)) {
    if (f === t || f.startsWith(`${t} `)) return p;
  }
  return byTitleAndGivenName(t, candidates);
}

/**
 * title-and-given-name: "Chủ tịch Chung", "Bí thư Xuân Anh" — a post of the participant's (or its first
 * words) followed by the last one or two syllables of their name. Folded `t` in; the one participant it
 * fits, or null when none or several do.
 */
function byTitleAndGivenName(t: string, candidates: readonly TaskPerson[]): TaskPerson | null {
  const words = t.split(' ');
  const index = givenNameIndex(candidates);
  let found: TaskPerson | null = null;
  for (const n of [1, 2]) {
    if (words.length <= n) continue;
    const entries = index.get(`${n}|${words.slice(-n).join(' ')}`);
    if (!entries) continue;
    const post = words.slice(0, -n).join(' ');
    for (const { person, titles } of entries) {
      if (!titles.some((x) => x === post || x.startsWith(`${post} `))) continue;
      if (found && found !== person) return null;
      found = person;
    }
  }
  return found;
}

/**
 * The candidates by the last one and two syllables of their folded names ("1|chung", "2|xuan anh"),
 * each with their current titles folded and each title once. Built once per candidate list: an
 * article that repeats a sentence a thousand times must not compare every title per directive.
 */
const GIVEN_NAMES_OF = new WeakMap<readonly TaskPerson[], Map<string, Array<{ person: TaskPerson; titles: string[] }>>>();
function givenNameIndex(candidates: readonly TaskPerson[]): Map<string, Array<{ person: TaskPerson; titles: string[] }>> {
  let index = GIVEN_NAMES_OF.get(candidates);
  if (!index) {
    index = new Map();
    const seen = new Set<TaskPerson>();
    for (const person of candidates) {
      if (seen.has(person)) continue;
      seen.add(person);
      const name = fold(person.name).split(' ');
      const titles = [...new Set(person.titles.filter((x) => !x.former).map((x) => fold(x.text)))];
      for (const n of [1, 2]) {
        if (name.length <= n) continue;
        const key = `${n}|${name.slice(-n).join(' ')}`;
        const list = index.get(key) ?? [];
        list.push({ person, titles });
        index.set(key, list);
      }
    }
    GIVEN_NAMES_OF.set(candidates, index);
  }
  return index;
}

/**
 * The candidates' current titles, folded, each once (the first person holding it, in candidate
 * order: the one the search would find first). Computed once per candidate list: an article that
 * repeats one title a thousand times would otherwise be searched a thousand times per sentence.
 */
const TITLES_OF = new WeakMap<readonly TaskPerson[], Array<[string, TaskPerson]>>();
function currentTitlesOf(candidates: readonly TaskPerson[]): Array<[string, TaskPerson]> {
  let list = TITLES_OF.get(candidates);
  if (!list) {
    const seen = new Set<string>();
    list = [];
    for (const p of candidates) {
      for (const x of p.titles) {
        if (x.former) continue;
        const f = fold(x.text);
        if (seen.has(f)) continue;
        seen.add(f);
        list.push([f, p]);
      }
    }
    TITLES_OF.set(candidates, list);
  }
  return list;
}

/** A directive set by a title alone in `s`: who sets it (among candidates) and where its items start. */
export function titleDirective(s: string, candidates: readonly TaskPerson[]): { by: TaskPerson; at: number } | null {
  TITLE_DIRECTIVE.lastIndex = 0;
  for (const m of s.matchAll(TITLE_DIRECTIVE)) {
    if (verbNamesBody(m)) continue;
    const title = m[1]!;
    // try the title and its shorter tails ("Kết luận cuộc họp, Thủ tướng" → "Thủ tướng")
    const words = title.split(/\s+/u);
    let by: TaskPerson | null = null;
    for (let k = 0; k < words.length && !by; k++) {
      if (!/^\p{Lu}/u.test(words[k]!)) continue;
      by = personByTitle(words.slice(k).join(' '), candidates);
    }
    if (!by) continue;
    const at = m.index + m[0].length;
    if (WEAK_VERBS.has(fold(m[2]!)) && !m[3] && !MODAL.test(s.slice(at))) continue;
    return { by, at };
  }
  return null;
}

/**
 * commitment-with-se: "UBND TP Đà Nẵng sẽ khẩn trương cập nhật số liệu …", "Trong thời gian tới, hai bên sẽ
 * tích cực …", "Các bên đều thống nhất sẽ gửi hồ sơ …", "Ông A nói thêm, ông sẽ làm việc với …", "… đã tiếp thu
 * và hứa sẽ chỉ đạo các sở …" — what a body, the sides of the meeting or a participant undertakes at it: "sẽ"
 * right after its subject (or after "hứa", "cam kết", "thống nhất"), then an action word. The subject must be
 * the sides ("hai bên", "các bên"), a body named with a capital ("Bộ GTVT", "UBND tỉnh X"), or "ông"/"bà"
 * standing for a participant who spoke in that sentence; a promise ("hứa sẽ", "cam kết sẽ") needs no subject
 * of its own. Returns the subject kind and where the action starts, for each "sẽ" of `s` that fits.
 */
const SE = /(?<![\p{L}])sẽ\s+/gu;
const PROMISE_BEFORE = /(?<![\p{L}])(?:hứa|cam kết)\s*$/u;
const AGREE_BEFORE = /\s*(?<![\p{L}])(?:thống nhất|nhất trí)\s*$/u;
const ADVERBS_BEFORE = /(?:\s*(?<![\p{L}])(?:cũng|đều|đã|vẫn|còn))+\s*$/u;
const SIDES = /^(?:cả\s+)?(?:hai|ba|các)\s+(?:bên|nước|phía)(?:\s+liên quan)?$/iu;
const COMMITTING_BODY = new RegExp(`^(?:${alt(DIRECTIVES.modalBodyAcronyms)}|${alt(DIRECTIVES.modalBodyNames)}|Chính phủ)(?:\\s+[\\p{Lu}\\d][^\\s,;:.()“”"]*|\\s+(?:tỉnh|thành phố|TP\\.?|huyện|quận|thị xã|xã|phường)(?=\\s+\\p{Lu})){0,6}(?:\\s+\\p{Lu}[^\\s,;:.()“”"]*)*$`, 'u');
const PRONOUN = /^(?:ông|bà)$/iu;
const LEAD_ONLY = new RegExp(`^\\s*(?:${alt(DIRECTIVES.leads)})\\s*,\\s*$`, 'iu');
/** A clause that states a condition, a likelihood or an expectation, not an undertaking. */
const NOT_COMMITTED = /(?<![\p{L}])(?:nếu|khi|dự kiến|có thể|hy vọng|mong muốn|mong|tin tưởng|tin rằng|cho rằng|dự báo|ước tính)(?![\p{L}])/iu;

/**
 * body-pledges: "Đại diện UBND huyện Kỳ Anh cam kết sẽ hoàn thành tiêm phòng trước ngày 15/4", "Lãnh đạo Sở Y tế hứa sẽ
 * rà soát …", "Công ty X cam kết sẽ khắc phục …" — a body (or its representative, "Đại diện"/"Lãnh đạo") that opens the
 * sentence and promises ("cam kết", "hứa") undertakes the action at the meeting: set by the body, its addressee. Returns
 * the body named before the promise in `pre` (the clause before "sẽ"), or null.
 */
const REPRESENTATIVE = /^(?:(?:[Đđ]ại diện|[Ll]ãnh đạo|[Tt]hay mặt)\s+)/u;
function pledgingBody(pre: string): string | null {
  const subject = pre.replace(PROMISE_BEFORE, '').replace(ADVERBS_BEFORE, '').trim().replace(REPRESENTATIVE, '');
  return COMMITTING_BODY.test(subject) && subject.split(/\s+/u).length <= 10 ? subject : null;
}

type Commitment = { at: number; subject: 'sides' | 'body' | 'person' | 'promise'; to: string | null };
/** The items of an undertaking found by `commitments`, its body (if any) as their addressee. */
function pledgedItems(s: string, c: Commitment): TaskItem[] {
  return directiveItems(s, c.at).filter((t) => plausible(s, t)).map((t) => ({ ...t, to: t.to ?? c.to }));
}

export function commitments(s: string): Commitment[] {
  const out: Commitment[] = [];
  for (const m of s.matchAll(SE)) {
    const at = m.index + m[0].length;
    const rest = s.slice(at);
    if (!startsWithAction(rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1))) continue;
    // the clause before "sẽ": from the last separator (or joining "và") to it
    let start = 0;
    for (let k = m.index - 1; k >= 0; k--) {
      if (/[,;:“"(]/u.test(s[k]!) || (s[k] === '.' && s[k + 1] === ' ')) { start = k + 1; break; }
      if (s[k] === ' ' && /\svà$/u.test(s.slice(Math.max(0, k - 3), k))) { start = k + 1; break; }
    }
    let pre = s.slice(start, m.index).trim();
    if (NOT_COMMITTED.test(pre)) continue;
    // a body's undertaking opens its sentence, after at most a linking phrase ("Theo đó, UBND TP sẽ …")
    if (start > 0 && LEAD_ONLY.test(s.slice(0, start))) start = 0;
    if (PROMISE_BEFORE.test(pre)) { out.push({ at, subject: 'promise', to: start === 0 ? pledgingBody(pre) : null }); continue; }
    pre = pre.replace(/^(?:(?:trong\s+)?thời gian tới(?:\s+đây)?|sắp tới|tới đây|theo đó|đồng thời|sau đó)\s*,?\s*/iu, '');
    pre = pre.replace(ADVERBS_BEFORE, '').replace(AGREE_BEFORE, '').replace(ADVERBS_BEFORE, '').trim();
    if (SIDES.test(pre)) out.push({ at, subject: 'sides', to: null });
    else if (start === 0 && COMMITTING_BODY.test(pre) && pre.split(/\s+/u).length <= 10) out.push({ at, subject: 'body', to: pre });
    else if (PRONOUN.test(pre)) out.push({ at, subject: 'person', to: null });
  }
  return out;
}

/**
 * sides-act: "Hai bên tăng cường trao đổi thông tin, phối hợp tại các diễn đàn quốc tế", "Trong thời gian tới, hai nước
 * cần tiếp tục triển khai hiệu quả Hiệp định khung …", "Hằng năm, hai cơ quan cần tổ chức sơ kết …" — the sides of a
 * meeting (talks, a working session of two bodies) as the subject of a sentence, after at most a linking or time
 * phrase, then an action word (after "cần", "phải", "cùng", "đều", "cũng"): what the meeting as a whole agreed, set by
 * nobody in person. "cơ quan"/"đơn vị" followed by a verb names an agency ("ba cơ quan tiến hành tố tụng", "đơn vị
 * thực hiện"), so those subjects need a modal ("hai cơ quan cần …") before the action. Not when told as the past ("đã", "thời gian qua"), as a condition or a hope (`NOT_COMMITTED`), or
 * as a relative clause inside a longer subject (it must open the sentence). Returns where the action starts, or null.
 */
const SIDES_ACT = new RegExp(`^(?:(?:(?:${alt(DIRECTIVES.leads)})(?![\\p{L}])|hằng năm|hàng năm|định kỳ|năm \\d{4}|trong năm \\d{4})\\s*,?\\s*)*(?:cả\\s+)?(?:(?:(?:hai|ba)\\s+(?:bên|nước|phía|tỉnh|thành phố|ngành|bộ|địa phương)|các\\s+bên)(?![\\p{L}])\\s+(?:(?:cần|phải|cùng|đều|cũng)\\s+)*|(?:hai|ba)\\s+(?:cơ quan|đơn vị)\\s+(?:(?:đều|cũng)\\s+)*(?:cần|phải|cùng)\\s+(?:(?:cần|phải)\\s+)?)`, 'iu');
const PAST_OR_PASSIVE = /(?<![\p{L}])(?:đã|từng|vừa qua|thời gian qua|năm qua|được|bị|thì)(?![\p{L}])/iu;
export function sidesAct(s: string): number | null {
  const m = SIDES_ACT.exec(s);
  if (!m || NOT_COMMITTED.test(m[0]) || PAST_OR_PASSIVE.test(m[0])) return null;
  const rest = s.slice(m[0].length);
  if (!startsWithAction(rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1))) return null;
  // "hai nước tiếp tục được tăng cường", "hai bên phối hợp … thì …": a fact or a condition, no undertaking
  const clause = rest.split(/[;.]/u)[0]!;
  if (PAST_OR_PASSIVE.test(clause.split(/\s+/u).slice(0, 4).join(' ')) || /(?<![\p{L}])(?:thì|nếu)(?![\p{L}])/u.test(clause)) return null;
  return m[0].length;
}

/**
 * honorific-and-given-name-directive: "Theo đó, ông Chung giao Sở Nội vụ …", "Bà Lan cũng yêu cầu các
 * trường …" — a participant referred to by "ông"/"bà" and the last one or two syllables of their name, then
 * a directive verb, at the start of a clause. The given name must fit exactly one participant. Returns who
 * and where the items start, or null.
 */
const HONORIFIC_DIRECTIVE = /(?:^|[,;:]\s*)(?:[Ôô]ng|[Bb]à)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?)\s+(?:(?:cũng|đã|còn|tiếp tục|đồng thời)\s+)*(?:đề nghị|yêu cầu|giao|chỉ đạo)(?![\p{L}])\s*:?\s*/gu;
export function honorificDirective(s: string, candidates: readonly TaskPerson[]): { by: TaskPerson; at: number } | null {
  for (const m of s.matchAll(HONORIFIC_DIRECTIVE)) {
    const given = fold(m[1]!);
    const fits = candidates.filter((p, k) => candidates.indexOf(p) === k && (fold(p.name) === given || fold(p.name).endsWith(` ${given}`)));
    if (fits.length === 1) return { by: fits[0]!, at: m.index + m[0].length };
  }
  return null;
}

/** A post that heads a body or a government: its holder's "cần …" after a speech verb is a directive. */
const HEAD_POST = new RegExp(`^(?:(?:Phó|Nguyên)\\s+)?(?:${alt(TASK_WORDS.headPosts, 'as-written')})(?![\\p{L}])`, 'u');
/** A speech verb (not a directive one) just before where a directive was found: "A cho rằng,", "A nhấn mạnh:". */
const OPINION_BEFORE = /(?<![\p{L}])(?:nhấn mạnh|nêu rõ|cho rằng|khẳng định|chỉ rõ)\s*[,:]?\s*$/u;

/** A modal in the first clause, within a few words: "việc tái cơ cấu cần phải …", "các tỉnh phải …". */
const THEO_MODAL = /^[^,;:.]{0,60}?(?<![\p{L}])(?:cần|phải)(?![\p{L}])/u;

/** A clause that tells when, why or by whose account, not what was set: "khi Thủ tướng chỉ đạo …". */
const SUBORDINATE = /(?<![\p{L}])(?:khi|nếu|vì|do|theo|như|sau khi|trước khi|mà)(?![\p{L}])/iu;
const ROLE_SET: ReadonlySet<string> = new Set(ROLES.map((r) => fold(r)));

/**
 * A directive by an official named by title alone whom no participant of the meeting matches
 * ("Sau khi nghe báo cáo, Thủ tướng kết luận: Giao Bộ GTVT …" in a report that names nobody as
 * chair): where its items start, or null. The title must be a post of the roles lexicon and the
 * verb must not be told as past ("đã yêu cầu" is background).
 */
export function unnamedDirective(s: string): number | null {
  TITLE_DIRECTIVE.lastIndex = 0;
  for (const m of s.matchAll(TITLE_DIRECTIVE)) {
    if (verbNamesBody(m)) continue;
    if (/(?<![\p{L}])đã(?![\p{L}])/u.test(m[0]) || SUBORDINATE.test(s.slice(0, m.index + m[0].indexOf(m[1]!)).split(/[,;:]/u).pop()!)) continue;
    const words = m[1]!.split(/\s+/u);
    let role = false;
    for (let k = 0; k < words.length && !role; k++) role = /^\p{Lu}/u.test(words[k]!) && ROLE_SET.has(fold(words.slice(k).join(' ')));
    if (!role) continue;
    const at = m.index + m[0].length;
    if (WEAK_VERBS.has(fold(m[2]!)) && !m[3] && !MODAL.test(s.slice(at))) continue;
    return at;
  }
  return null;
}

/** A speaker's directive in the first person, inside a quote: "tôi đề nghị", "Tôi yêu cầu các đồng chí". */
const FIRST_PERSON_DIRECTIVE = /(?:^|[\s“"(,])[Tt]ôi\s+(?:(?:xin|cũng|đã|một lần nữa|kiên quyết)\s+)*(?:đề nghị|yêu cầu|giao|chỉ đạo)(?![\p{L}])/u;

/** What follows a closing quote that names its speaker: ", <who> nói / nhấn mạnh / nêu rõ …". */
const QUOTE_ATTRIBUTION = new RegExp(`^\\s*[,.–-]?\\s*[^,.;:“”]{2,80}?\\s(?:${alt([...DIRECTIVES.speechVerbs, ...DIRECTIVES.titleVerbs, 'nói'])})(?![\\p{L}])`, 'u');

/** A topic or place phrase opening a sentence ("Trong kế hoạch", "Đối với dự án …"). */
const TOPIC = /^(?:trong|đối với|với|về|tại|ở)\s/iu;
const MODAL_START = /^(?:cần|phải|Cần|Phải)(?![\p{L}])/u;
/**
 * body-modal-after-speech: "Bộ trưởng nhấn mạnh, dịch bệnh diễn biến phức tạp. Các địa phương cần chủ
 * động …" — a sentence that opens on a body ("các/những" + a body noun of `modalBodies`, a body's name
 * such as "Sở Y tế", "UBND …", "Chính phủ") and a modal within a few words, right after a participant
 * spoke: what the body must do is that participant's directive.
 */
const BODY_MODAL = new RegExp(`^(?:(?:(?:[Cc]ác|[Nn]hững|[Tt]oàn|[Mm]ọi|[Tt]ừng)\\s+(?:${alt(DIRECTIVES.modalBodies)})|${alt(DIRECTIVES.modalBodyAcronyms)}|Chính phủ)(?![\\p{L}])|(?:${alt(DIRECTIVES.modalBodyNames)})\\s+\\p{Lu})[^.;:!?]{0,50}?\\s(?:(?:cũng|đều|vẫn)\\s+)*(?:cần|phải)(?![\\p{L}])`, 'u');
/** "có thể phải", "sẽ phải", "không cần": a likelihood or a fact before the modal, not a directive. */
const HEDGED_MODAL = /(?<![\p{L}])(?:có thể|sẽ|không|chưa|đã|bị|được|nếu|khi)(?![\p{L}])/iu;
const bodyModal = (s: string): boolean => {
  const m = BODY_MODAL.exec(s);
  return m !== null && !HEDGED_MODAL.test(m[0]);
};
const TITLE_SPEECH = new RegExp(`(?:^|[,;:]\\s*|\\s)((?:Phó\\s+)?\\p{Lu}[\\p{L}]*(?:\\s+[\\p{L}]+){0,5}?)\\s+(?:(?:cũng|đã|còn)\\s+)*(?:${alt(DIRECTIVES.speechVerbs)})(?![\\p{L}])`, 'gu');

/** A header that announces tasks: "nhiệm vụ …", "giải pháp …", "các nội dung sau", "yêu cầu …". */
const TASK_NOUN = /(?<![\p{L}])(?:nhiệm vụ|giải pháp|nội dung|yêu cầu|việc|công việc|biện pháp|trọng tâm)(?![\p{L}])/iu;
const LIST_CUE_END = /(?<![\p{L}])(?:sau đây|như sau|sau|là|gồm|bao gồm|cụ thể)\s*$/iu;

/** A directive verb joined to what the speaker said before it: "…, đồng thời giao …", "… và đề nghị …". */
const JOINED_DIRECTIVE = /(?:[,;]\s*(?:đồng thời\s+|và\s+)?|\s(?:đồng thời|và)\s+)(?:cũng\s+)?(?:đề nghị|yêu cầu|giao)(?![\p{L}])(?!\s+(?:của|đặt ra|đề ra|được|là))\s*/u;

/** A sentence that is one quote, then its attribution: "“…”, ông A yêu cầu." (curly or straight quotes). */
const QUOTED_SENTENCE = /^\s*[“"]([^“”"]{15,600})[”"]/u;
/** A directive verb ending the attribution after a quote: ", ông A yêu cầu.", "– Thủ tướng chỉ đạo." */
const DIRECTIVE_AFTER_QUOTE = new RegExp(`^\\s*[,.–-]?\\s*[^,.;:“”"]{2,80}?\\s(?:(?:cũng|đã)\\s+)?(?:yêu cầu|đề nghị|chỉ đạo|giao|lưu ý|nhắc nhở)\\s*(?:[.!…]\\s*)?$`, 'u');

/**
 * leader-quote-stressed: "“Các tỉnh rà soát kỹ lưỡng, bảo đảm không còn người dân nào …”, Phó Thủ tướng nêu rõ.",
 * "“Các sở phải công khai kết quả trước ngày 30/6”, Chủ tịch UBND tỉnh nhấn mạnh." — a sentence that is one quote,
 * attributed after it with a verb of stressing ("nêu rõ", "nhấn mạnh", "khẳng định", "lưu ý", "chỉ rõ") to the
 * official who leads the meeting: what the quote assigns (a body and an action, or an action) is that official's
 * directive. A delegate's stressed quote stays a view.
 */
const STRESS_AFTER_QUOTE = /^\s*[,.–-]?\s*[^,.;:“”"]{2,80}?\s(?:(?:cũng|đã)\s+)?(?:nêu rõ|nhấn mạnh|khẳng định|chỉ rõ|lưu ý)\s*(?:[.!…]\s*)?$/u;
/** A directive verb attributing a quote: ", Chủ tịch UBND TP yêu cầu", " - Bộ trưởng chỉ đạo". */
const DIRECTIVE_AFTER_STRAIGHT = /^\s*[,.–-]?\s*[^,.;:“”"]{2,80}?\s(?:(?:cũng|đã)\s+)?(?:yêu cầu|đề nghị|chỉ đạo|giao|lưu ý|nhắc nhở)(?![\p{L}])/u;
/** A stress verb attributing a quote: " - Phó Thủ tướng nhấn mạnh", ", ông A nêu rõ". */
const STRESS_AFTER_STRAIGHT = /^\s*[,.–-]?\s*[^,.;:“”"]{2,80}?\s(?:(?:cũng|đã)\s+)?(?:nhấn mạnh|nêu rõ|chỉ rõ)(?![\p{L}])/u;
/** "Đó là yêu cầu của đồng chí A …": what the sentence before said is attributed to A. */
const DEMAND_BEFORE = /^(?:Đó|Đây|Trên đây) là (?:(?:những|các|một trong những)\s+)?(?:yêu cầu|chỉ đạo|ý kiến chỉ đạo|đề nghị|nhiệm vụ)(?![\p{L}])[^.;]{0,40}?\scủa(?![\p{L}])/u;

/** Where a speech verb ends ("khẳng định,", "nhấn mạnh:"): what the speaker says follows it. */
const SPEECH_AT = new RegExp(`(?<![\\p{L}])(?:${alt([...DIRECTIVES.speechVerbs, ...DIRECTIVES.weakTitleVerbs])})(?![\\p{L}])\\s*[:,]?`, 'u');
const SPEECH_ALL = new RegExp(SPEECH_AT.source, 'gu');

/**
 * A conclusion notice and whose conclusion it is: "thông báo kết luận của", "truyền đạt ý kiến kết
 * luận của", "Theo kết luận của", "Theo chỉ đạo của" — the person named right after it set the
 * directions the article goes on with.
 */
const CONCLUSION_OF = /(?:(?:thông báo|truyền đạt)\s+(?:ý kiến\s+)?kết luận(?:\s+chỉ đạo)?|(?:^|,\s*)(?:[Tt]heo|[Tt]rong|[Tt]ại)\s+(?:(?:văn bản|thông báo)\s+)?(?:ý kiến\s+)?(?:kết luận|chỉ đạo)(?:\s+chỉ đạo)?)\s+của\s+/u;

/** The participant named (by name, or by title alone) within a few words after `at` in `s`, or null. */
function personAfter(s: string, at: number, candidates: readonly TaskPerson[]): TaskPerson | null {
  const head = s.slice(at, at + 120);
  let best: TaskPerson | null = null;
  let bestAt = Infinity;
  for (const p of candidates) {
    const k = head.indexOf(p.name);
    if (k !== -1 && k < bestAt && k <= 80) { best = p; bestAt = k; }
  }
  if (best) return best;
  const words = head.split(/[\s,.;:]+/u).slice(0, 7);
  for (let n = words.length; n > 0; n--) {
    if (!/^\p{Lu}/u.test(words[0] ?? '')) break;
    const p = personByTitle(words.slice(0, n).join(' '), candidates);
    if (p) return p;
  }
  return null;
}

/** The participant who speaks by title alone in `s` ("Thủ tướng cho rằng …"), or null. */
export function titleSpeaker(s: string, candidates: readonly TaskPerson[]): TaskPerson | null {
  for (const m of s.matchAll(TITLE_SPEECH)) {
    const words = m[1]!.split(/\s+/u);
    for (let k = 0; k < words.length; k++) {
      if (!/^\p{Lu}/u.test(words[k]!)) continue;
      const p = personByTitle(words.slice(k).join(' '), candidates);
      if (p) return p;
    }
  }
  return null;
}

/**
 * passive-directive: "Các tỉnh miền Trung được yêu cầu chuẩn bị đầy đủ lương thực …", "Theo đó, Sở Y tế cũng được đề
 * nghị rà soát …" — a body (a name with a capital, or "các/những/toàn …" and a noun) as the subject, then "được yêu
 * cầu" or "được đề nghị" and an action: what was asked of that body at the meeting, the body its addressee. Not when
 * told as the past ("đã được yêu cầu", "từng được đề nghị") or as a condition.
 */
const PASSIVE_DIRECTIVE = /^((?:[Cc]ác|[Nn]hững|[Tt]oàn|[Mm]ọi|[Tt]ừng)\s[^,;:.“”"()]{2,60}?|\p{Lu}[^,;:.“”"()]{1,60}?)\s+(?:cũng\s+)?được\s+(?:yêu cầu|đề nghị)(?![\p{L}])\s*:?\s*/u;
const PAST_OR_CONDITION = /(?<![\p{L}])(?:đã|từng|nếu|khi|vừa)(?![\p{L}])/iu;
export function passiveDirective(s: string): { at: number; to: string } | null {
  const from = LEAD.exec(s)?.[0].length ?? 0;
  const m = PASSIVE_DIRECTIVE.exec(s.slice(from));
  if (!m || PAST_OR_CONDITION.test(m[1]!)) return null;
  const to = m[1]!.trim();
  if (!BODY_HEAD.test(to) && !ACRONYM_HEAD.test(to)) return null;
  return { at: from + m[0].length, to };
}

/**
 * background-ends-block: "… Cao Bằng cần xây dựng đội ngũ cán bộ …. Trước đó, ngày 15/4, Đoàn kiểm tra đã làm việc
 * với … . Đoàn kiểm tra nhận định: …", "Trước đây, Sở đã chỉ đạo các trường …" — a sentence that opens on an earlier
 * occasion ("Trước đó", "Trước đây", "Năm ngoái" …) or another development turns to background: the directive block
 * ends there, and what the background tells (past work, earlier findings) is no task of this meeting.
 */
const BACKGROUND_OPENER = new RegExp(`^(?:${alt([...VERBS.earlierOccasion, ...VERBS.anotherDevelopment])})(?![\\p{L}])(?!,?\\s*(?:sáng|trưa|chiều|tối)\\s+cùng ngày)`, 'u');

/**
 * reason-after-task: "Các huyện cần phải tổ chức tiêm phòng đủ số lượng, nguyên nhân là tỷ lệ tiêm phòng năm qua còn
 * thấp", "Các trường phải rà soát lại hồ sơ, bởi vì nhiều hồ sơ còn thiếu" — a reason (or a concession) told after the
 * task, past a comma or a semicolon, explains it: the sentence up to the reason still assigns, the reason is no part of
 * it. Returns the sentence cut before the reason, or the sentence itself when no reason follows a clause of its own.
 */
const REASON_TAIL = /[,;]\s*(?:(?:và|vì|do)\s+)?(?:nguyên nhân|bởi vì|mặc dù)(?![\p{L}])/iu;
export function beforeReason(s: string): string {
  const m = REASON_TAIL.exec(s);
  return m && m.index >= 20 ? s.slice(0, m.index) : s;
}

/** Items of one sentence inside a directive block, after its linking opener; empty when it assigns nothing. */
export function blockItems(whole: string): TaskItem[] {
  const s = beforeReason(whole);
  const lead = LEAD.exec(s);
  const from = lead ? lead[0].length : 0;
  const rest = s.slice(from);
  if (rest.length < 8 || NOT_A_TASK.test(rest)) return [];
  const passive = passiveDirective(s);
  if (passive) return directiveItems(s, passive.at).filter((t) => plausible(s, t)).map((t) => ({ ...t, to: t.to ?? passive.to }));
  // "Đồng thời, giao cho Đài … đẩy mạnh …": a directive verb of its own, the speaker unchanged
  const opener = /^(?:cũng\s+)?(?=(?:giao|yêu cầu|đề nghị|chỉ đạo)(?![\p{L}]))/iu.exec(rest);
  if (opener) return directiveItems(s, from + opener[0].length);
  const capitalised = rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
  const items = continuationOf(capitalised);
  if (items.length) {
    // the addressee as written (the copy was capitalised)
    const written = (to: string | null): string | null => (to !== null && capitalised.startsWith(to) ? rest.slice(0, to.length) : to);
    return items.map((t) => ({ ...t, to: written(t.to), text: s.slice(from + t.start, from + t.end), start: from + t.start, end: from + t.end })).filter((t) => plausible(s, t));
  }
  // "Ủy ban Quốc gia cũng phải …", "Các tổ chức KĐCLGD chủ động …": a body, then an action — but not a post
  // (title-opener-is-a-person: "Bộ trưởng A chủ trì cuộc họp …" speaks of a person, see continuationOf)
  if ((/^(?:\p{Lu}|các\s|những\s|toàn\s)/u.test(rest) || BODY_HEAD.test(rest)) && roleAt(rest, foldKeepOffsets(rest), 0, false) === 0) {
    const d = directiveItems(s, from);
    // "Trong kế hoạch cần lồng ghép …": a topic phrase before a modal is no addressee
    const topical = d.map((t) => (t.to && TOPIC.test(t.to) && MODAL_START.test(t.text) ? { ...t, to: null } : t));
    if (topical.length && d[0]!.to) return topical.filter((t) => plausible(s, t));
  }
  return [];
}

/**
 * Collects the tasks of a meeting: directives by participants and the directive blocks after them.
 * `participants` are the keys of chairs and speakers; `organizers` are the default addressees.
 */
export function collectTasks(
  sentences: readonly Sentence[],
  roles: readonly TaskRoles[],
  participants: ReadonlySet<string>,
  persons: ReadonlyMap<string, TaskPerson>,
  evidenceOf: (s: Sentence) => Evidence,
  organizers: readonly string[],
  leaders: ReadonlySet<string> = participants,
): Task[] {
  const tasks: Task[] = [];
  const seen = new Set<string>();
  const candidates = [...participants].map((k) => persons.get(k)).filter((p): p is TaskPerson => p !== undefined);
  const add = (s: Sentence, by: string | null, items: readonly TaskItem[], confidence: number): void => {
    const p = by === null ? null : persons.get(by) ?? null;
    for (const it of items) {
      // question-is-no-task: "Có phải do thiết bị kém dẫn đến chết người không?", "… cần gì ở lãnh đạo, làm gì để …?"
      // — a question the speaker asks (rhetorical or not) sets nothing to do
      if (it.text.endsWith('?')) continue;
      const k = `${s.start + it.start}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const to = it.to ? [it.to] : [...organizers];
      tasks.push({
        id: stableId('task', p?.key ?? '', it.text), text: it.text, by: p?.name ?? null, byId: p ? `person:${p.key}` : null,
        to, toIds: to.map((t) => `org:${matchKey(t)}`), evidence: evidenceOf(s), confidence,
      });
    }
  };
  /**
   * Whether what participant `k` says must be done is a directive: the chair's, a head of a body's
   * ("Phó Thủ tướng", "Bộ trưởng", "Chủ tịch UBND tỉnh" …), or anyone's when nobody is said to chair.
   * A delegate's or an expert's view ("đại biểu A cho rằng, … phải …") is no assignment.
   */
  const mayDirect = (k: string): boolean => leaders.has(k) || leaders.size === 0 || (persons.get(k)?.titles.some((t) => !t.former && HEAD_POST.test(t.text)) ?? false);
  /** Every directive of sentence `i` by a participant (named or by title), earliest first. */
  const directivesIn = (i: number): Array<{ by: string; at: number }> => {
    const text = sentences[i]!.text;
    const out = [...roles[i]!.directives].filter(([k]) => participants.has(k) && persons.has(k)).map(([by, at]) => ({ by, at }));
    const t = titleDirective(sentences[i]!.text, candidates);
    if (t && !out.some((d) => d.at === t.at)) out.push({ by: t.by.key, at: t.at });
    const h = honorificDirective(sentences[i]!.text, candidates);
    if (h && !out.some((d) => d.at === h.at)) out.push({ by: h.by.key, at: h.at });
    // opinion-is-no-directive: "đại biểu A cho rằng, việc … phải đẩy mạnh …" — a speech verb with a modal
    // after it sets a directive only when the speaker may direct (`mayDirect`); a delegate's view is no assignment
    return out.filter((d) => mayDirect(d.by) || !OPINION_BEFORE.test(text.slice(Math.max(0, d.at - 30), d.at))).sort((a, b) => a.at - b.at);
  };
  const directiveAt = (i: number): { by: string; at: number } | null => directivesIn(i)[0] ?? null;
  // "Ủy ban Thường vụ Quốc hội đề nghị …": the body holding the meeting decides, set by nobody in person
  const byLevel = organizerLevel(organizers);
  const byOrganizer = organizers.length === 0 ? null : new RegExp(`(?:^|,\\s*)(?:${alt(organizerForms(organizers))})\\s+(?:(?:đã|cũng|đều|sẽ)\\s+)*(?:${alt([...DIRECTIVES.collectiveVerbs, 'đề ra', 'đề nghị', 'chỉ đạo'])})(?![\\p{L}])\\s*:?\\s*`, 'u');
  let lastBy: string | null = null;
  /** The participant who spoke in the sentence just before, if any. */
  let spoke: string | null = null;
  /** Records the items a speaker set in sentence `i` and the block after it; returns the block's last sentence. */
  const takeSpoken = (i: number, by: string, items: readonly TaskItem[], confidence: number): number => {
    add(sentences[i]!, by, items, confidence);
    lastBy = by;
    spoke = null;
    return followBlock(i, by);
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const r = roles[i]!;
    const directive = directiveAt(i);
    if (directive) {
      const { by, at } = directive;
      // "đề nghị các sở, ngành: - Tăng cường …; - Rà soát …": a list header, its items after the colon
      const header = listHeader(s.text, at);
      if (header) {
        add(s, by, directiveItems(s.text, header.itemsFrom), 0.6);
        lastBy = by;
        const to = header.header !== '' && !/(?<![\p{L}])(?:sau|là|gồm|cụ thể)\s*$/iu.test(header.header) ? header.header : null;
        i = header.itemsFrom >= s.text.length ? followList(i, by, to) : followBlock(i, by);
        continue;
      }
      let items = directiveItems(s.text, at);
      // "Bộ trưởng nhấn mạnh: Năm 2017 toàn Ngành tập trung …" — the first item may have a lead
      if (items.length === 0) {
        const from = at + (/^[\s:]*/u.exec(s.text.slice(at))?.[0].length ?? 0);
        items = blockItems(s.text.slice(from)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
      }
      // "Kết luận hội nghị, Thứ trưởng A khẳng định, … nhà mạng cũng phải …": modal clauses of the speech
      if (items.length === 0 && leaders.has(by)) items = modalItems(s.text, at);
      add(s, by, items, 0.6);
      for (const d of directivesIn(i).slice(1)) add(s, d.by, directiveItems(s.text, d.at), 0.6);
      // further directives in the same sentence: "…; đề nghị Chính phủ tiếp thu …"
      for (const m of s.text.slice(at).matchAll(/[;,]\s*(?:đồng thời\s+)?(?:đề nghị|yêu cầu|giao)(?![\p{L}])/gu)) {
        add(s, by, directiveItems(s.text, at + m.index + m[0].length), 0.6);
      }
      lastBy = by;
      i = followBlock(i, by);
      continue;
    }
    // "Thủ tướng kết luận: Giao Bộ GTVT chủ trì …" where no participant holds the title: set by nobody named
    const unnamed = unnamedDirective(s.text);
    if (unnamed !== null) {
      const header = listHeader(s.text, unnamed);
      const items = directiveItems(s.text, header ? header.itemsFrom : unnamed);
      if (items.length || header) {
        add(s, null, items, 0.4);
        i = header && header.itemsFrom >= s.text.length ? followList(i, null, null) : followBlock(i, null);
        continue;
      }
    }
    // "Văn phòng UBND tỉnh thông báo kết luận của Chủ tịch A tại cuộc họp …. Theo đó, Sở X tiếp tục …",
    // "Theo kết luận của Thủ tướng, tỉnh cần …": the directions written after a conclusion notice are A's
    const notice = CONCLUSION_OF.exec(s.text);
    const concluder = notice ? personAfter(s.text, notice.index + notice[0].length, candidates) : null;
    if (notice && concluder) {
      const comma = s.text.indexOf(', ', notice.index + notice[0].length);
      const rest = comma === -1 ? '' : s.text.slice(comma + 2);
      add(s, concluder.key, blockItems(rest).map((t) => ({ ...t, start: t.start + comma + 2, end: t.end + comma + 2 })), 0.45);
      lastBy = concluder.key;
      i = followBlock(i, concluder.key, true);
      continue;
    }
    // "Hai bên thống nhất …", "Hội nghị quyết định …": a decision of the meeting, set by nobody in person
    // "Cần nỗ lực …. Đó là yêu cầu của đồng chí A tại phiên họp": the sentence before is A's directive
    if (i > 0 && DEMAND_BEFORE.test(s.text)) {
      const named = [...r.speakers, ...r.directives.keys()].find((k) => leaders.has(k));
      const by = named ?? (leaders.size === 1 ? [...leaders][0]! : null);
      const prev = sentences[i - 1]!;
      if (by !== null && persons.has(by)) {
        const items = blockItems(prev.text);
        add(prev, by, items.length ? items : modalItems(prev.text, 0), 0.45);
      }
    }
    // "UBND TP sẽ khẩn trương …", "hai bên sẽ tích cực …", "ông sẽ làm việc với …": an undertaking at the meeting
    const pledged = commitments(s.text);
    if (pledged.length) {
      const speaker = [...r.speakers].find((k) => participants.has(k)) ?? null;
      for (const c of pledged) {
        // a body's "sẽ" alone may announce an agenda ("Tại kỳ họp, HĐND TP sẽ xem xét …"): only inside a block
        if (c.subject === 'body' || (c.subject !== 'sides' && speaker === null && c.to === null)) continue;
        add(s, c.subject === 'sides' ? null : speaker, pledgedItems(s.text, c), 0.4);
      }
    }
    // "Hai bên tăng cường trao đổi thông tin …": what the sides of the meeting agreed to do
    const sides = sidesAct(s.text);
    if (sides !== null) {
      const items = directiveItems(s.text, sides).filter((t) => plausible(s.text, t));
      if (items.length) { add(s, null, items, 0.4); continue; }
    }
    const decision = AGREED_ASSIGNMENT.exec(s.text) ?? COLLECTIVE.exec(s.text) ?? (byOrganizer?.exec(s.text) ?? null) ?? bodyAgrees(s.text)
      ?? DELEGATION.exec(s.text) ?? (byLevel?.exec(s.text) ?? null);
    if (decision) {
      const at = decision.index + decision[0].length;
      // "Ban Chấp hành Đảng bộ huyện đề ra mục tiêu: A; B": a list the body holding the meeting sets
      const header = listHeader(s.text, at);
      if (header && (LIST_CUE_END.test(header.header) || TASK_HEADER.test(header.header))) {
        const listed = directiveItems(s.text, header.itemsFrom);
        if (listed.length || header.itemsFrom >= s.text.length) {
          add(s, null, listed, 0.4);
          i = header.itemsFrom >= s.text.length ? followList(i, null, null) : followBlock(i, null);
          continue;
        }
      }
      const items = directiveItems(s.text, at).filter((t) => plausible(s.text, t));
      if (items.length) {
        add(s, null, items, 0.4);
        i = followBlock(i, null);
        continue;
      }
    }
    // "Các tỉnh được yêu cầu chuẩn bị …": what was asked of a body, set by the participant who last directed
    const passive = passiveDirective(s.text);
    if (passive) {
      const items = directiveItems(s.text, passive.at).filter((t) => plausible(s.text, t)).map((t) => ({ ...t, to: t.to ?? passive.to }));
      if (items.length) { add(s, lastBy, items, 0.4); i = followBlock(i, lastBy); continue; }
    }
    // "Vì vậy, cần …" right after a participant spoke ("Thủ tướng cho rằng …"): his directive
    const afterLead = s.text.slice(LEAD.exec(s.text)?.[0].length ?? 0);
    if (spoke !== null && mayDirect(spoke) && (MODAL_START.test(afterLead) || bodyModal(afterLead))) {
      const items = blockItems(s.text);
      if (items.length) { i = takeSpoken(i, spoke, items, 0.45); continue; }
    }
    spoke = null;
    if (r.speakers.size) {
      const sp = [...r.speakers].find((k) => participants.has(k));
      if (sp) { lastBy = sp; spoke = sp; }
    }
    const bySpeech = titleSpeaker(s.text, candidates);
    if (bySpeech) { lastBy = bySpeech.key; spoke = bySpeech.key; }
    // "Thủ tướng cho ý kiến về …, đồng thời giao các bộ nghiên cứu …": a directive verb joined to
    // the participant's speech, its subject left out
    const joined = spoke === null ? null : JOINED_DIRECTIVE.exec(s.text);
    if (spoke !== null && joined) {
      const items = directiveItems(s.text, joined.index + joined[0].length);
      if (items.length) { i = takeSpoken(i, spoke, items, 0.5); continue; }
    }
    // "Thứ trưởng khẳng định, … nhà mạng cũng phải thực hiện đúng quy định": a modal clause in the speech
    const speech = spoke === null || !leaders.has(spoke) ? null : SPEECH_AT.exec(s.text);
    if (spoke !== null && speech && !NOT_A_TASK.test(s.text.slice(speech.index))) {
      // "A nhấn mạnh: Nhiệm vụ trọng tâm thời gian tới là: …": a list the chair sets out
      const header = [...s.text.matchAll(SPEECH_ALL)].map((m) => listHeader(s.text, m.index + m[0].length))
        .find((h) => h !== null && LIST_CUE_END.test(h.header) && TASK_NOUN.test(h.header));
      if (header) {
        add(s, spoke, directiveItems(s.text, header.itemsFrom), 0.45);
        lastBy = spoke;
        i = header.itemsFrom >= s.text.length ? followList(i, spoke, null) : followBlock(i, spoke);
        spoke = null;
        continue;
      }
      const items = modalItems(s.text, speech.index + speech[0].length);
      if (items.length) {
        add(s, spoke, items, 0.45);
        i = followBlock(i, spoke);
        spoke = null;
        continue;
      }
    }
    // "Theo ông A, <việc> cần phải …"
    const theo = /^(?:[^,]{0,20},\s*)?theo\s+[^,]{3,60},\s*/iu.exec(s.text);
    // the modal must follow a short subject in the first clause ("Theo ông A, việc này cần …"): a modal
    // further on, after a comma or a colon, belongs to a clause the speaker reports, not to a directive
    if (theo && lastBy && r.speakers.size && THEO_MODAL.test(s.text.slice(theo[0].length))) {
      const text = s.text.slice(theo[0].length).replace(/[.\s…]+$/u, '');
      const by = [...r.speakers].find((k) => participants.has(k)) ?? lastBy;
      add(s, by, [{ text, start: theo[0].length, end: theo[0].length + text.length, to: null }], 0.5);
      continue;
    }
    // "“… tôi đề nghị các doanh nghiệp rà soát …”, Thứ trưởng nói": a directive in the speaker's own words
    const own = FIRST_PERSON_DIRECTIVE.exec(s.text);
    if (own) {
      const by: string | null = quotedBy(i) ?? lastBy ?? (candidates.length === 1 ? candidates[0]!.key : null);
      const items = by ? directiveItems(s.text, own.index + own[0].length) : [];
      if (by && items.length) {
        add(s, by, items, 0.5);
        lastBy = by;
        i = followBlock(i, by);
        continue;
      }
    }
    const m = /^["“]?(?:[^,]{0,20},\s*|(?:Đồng thời|Ngoài ra|Bên cạnh đó|Cuối cùng)\s+)?(?:cũng\s+)?(?:Giao|Yêu cầu|Đề nghị|giao|yêu cầu|đề nghị)(?![\p{L}])/u.exec(s.text);
    if (m && lastBy) add(s, lastBy, directiveItems(s.text, m[0].length), 0.5);
    else if (!lastBy && IMPERATIVE_ASSIGNMENT.test(s.text)) {
      add(s, null, directiveItems(s.text, 0).filter((t) => plausible(s.text, t)), 0.4);
      i = followBlock(i, null);
    }
  }
  quotedBlocks();
  return dropContained(tasks);

  /**
   * A speech quoted over one or more sentences and attributed after it ("“Thứ hai, Văn phòng
   * … tham mưu …. Đặc biệt, phải có phát ngôn kịp thời …”, đồng chí A nhấn mạnh."): each sentence
   * inside the quote that assigns an action is a task of the participant it is attributed to.
   */
  function quotedBlocks(): void {
    let open = -1;
    let openAt = 0;
    let straightOpen = false;
    for (let j = 0; j < sentences.length; j++) {
      const text = sentences[j]!.text;
      let opening = text.lastIndexOf('“');
      let closing = text.lastIndexOf('”');
      // straight-quote-block: "“…" in straight quotes ("Đây là sự việc nhỏ …. Sở và quận cần xem xét …", Chủ tịch yêu
      // cầu.) — with no curly quote in the sentence, an odd straight quote opens the block, or closes the one open
      if (opening === -1 && closing === -1) {
        const straight = [...text.matchAll(/"/gu)].map((m) => m.index);
        if (straight.length % 2 === 1) {
          if (open === -1) { opening = straight[straight.length - 1]!; straightOpen = true; } else closing = straight[0]!;
        }
      }
      if (open === -1 && opening !== -1 && opening > closing) { open = j; openAt = opening + 1; continue; }
      if (open === -1) quotedDirective(j);
      if (open === -1 || closing === -1) {
        if (open !== -1 && j - open > 12) { open = -1; straightOpen = false; }
        continue;
      }
      // a block in straight quotes counts only when a directive verb attributes it ("…", Chủ tịch yêu cầu), or a stress
      // verb the meeting's chair ("…" - Phó Thủ tướng nhấn mạnh): straight quotes also mark answers and views ("…", ông A nói)
      const tail = sentences[j]!.text.slice(closing + 1);
      const attributed = attributedAfter(j, closing + 1);
      const by = !straightOpen || DIRECTIVE_AFTER_STRAIGHT.test(tail) || (attributed !== null && leaders.has(attributed) && STRESS_AFTER_STRAIGHT.test(tail)) ? attributed : null;
      straightOpen = false;
      if (by !== null) {
        for (let k = open; k <= j; k++) {
          const s = sentences[k]!;
          const from = k === open ? openAt : 0;
          const to = k === j ? closing : s.text.length;
          const part = s.text.slice(from, to);
          const own = FIRST_PERSON_DIRECTIVE.exec(part);
          const items = own ? directiveItems(part, own.index + own[0].length) : blockItems(part.replace(/^\s+/u, ''));
          const shift = from + (own ? 0 : part.length - part.replace(/^\s+/u, '').length);
          add(s, by, items.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })), 0.45);
        }
      }
      open = -1;
    }
  }

  /**
   * quoted-directive: "“Trong lúc chờ kết quả điều tra, Sở và quận cần xem xét đình chỉ chức vụ hiệu
   * trưởng”, ông A yêu cầu." — a sentence that is one quote, attributed after it with a directive verb
   * ("yêu cầu", "đề nghị", "chỉ đạo", "giao", "lưu ý", "nhắc nhở") to a participant: what the quote
   * assigns is that participant's directive.
   */
  function quotedDirective(j: number): void {
    const s = sentences[j]!;
    const q = QUOTED_SENTENCE.exec(s.text);
    if (!q) return;
    const close = q[0].length - 1;
    const directed = DIRECTIVE_AFTER_QUOTE.test(s.text.slice(close + 1));
    if (!directed && !STRESS_AFTER_QUOTE.test(s.text.slice(close + 1))) return;
    const by = attributedAfter(j, close + 1);
    if (by === null || (!directed && !leaders.has(by))) return;
    const from = q.index + q[0].indexOf(q[1]!);
    const part = q[1]!;
    const own = FIRST_PERSON_DIRECTIVE.exec(part);
    let items = own ? directiveItems(part, own.index + own[0].length) : blockItems(part);
    if (items.length === 0 && !own && directed && leaders.has(by)) items = modalItems(part, 0);
    add(s, by, items.map((t) => ({ ...t, start: t.start + from, end: t.end + from })), 0.45);
  }

  /** The participant named with a speech verb right after a closing quote ("”, Thủ tướng nêu rõ."), or null. */
  function attributedAfter(j: number, at: number): string | null {
    const tail = sentences[j]!.text.slice(at);
    if (!QUOTE_ATTRIBUTION.test(tail)) return null;
    const r = roles[j]!;
    const named = [...r.speakers, ...r.directives.keys()].find((k) => participants.has(k));
    if (named) return named;
    return titleSpeaker(tail, candidates)?.key ?? titleDirective(tail, candidates)?.by.key ?? null;
  }

  /** The participant a quote open at sentence `i` is attributed to ("…”, Thủ tướng nêu rõ"), or null. */
  function quotedBy(i: number): string | null {
    for (let j = i; j < Math.min(sentences.length, i + 4); j++) {
      const text = sentences[j]!.text;
      const close = text.search(/[”"]/u);
      if (close === -1) continue;
      const sp = [...roles[j]!.speakers].find((k) => participants.has(k));
      if (sp) return sp;
      return titleSpeaker(text.slice(close), candidates)?.key ?? null;
    }
    return null;
  }

  /**
   * joined-directive-in-block: "Thủ tướng cũng cho ý kiến về các kiến nghị, đồng thời giao các bộ …"
   * inside the block of the same speaker — the directive verb joined to the speaker's own sentence
   * (named, or by title) sets the items after it. Empty when the sentence names another speaker.
   */
  function joinedItems(j: number, by: string): TaskItem[] {
    const text = sentences[j]!.text;
    const joined = JOINED_DIRECTIVE.exec(text);
    if (!joined) return [];
    const speaker = [...roles[j]!.speakers].find((k) => participants.has(k)) ?? titleSpeaker(text, candidates)?.key ?? null;
    return speaker === by ? directiveItems(text, joined.index + joined[0].length) : [];
  }

  /**
   * Adds the items of the list announced at the end of sentence `i` ("… các nội dung sau:"): each
   * later line that opens with a marker ("-", "1.", "a)", "Thứ hai,") or an action, up to the first
   * line that is neither. Returns the index of its last sentence.
   */
  function followList(i: number, by: string | null, to: string | null): number {
    let j = i + 1;
    for (; j < sentences.length && j - i <= 40; j++) {
      const s = sentences[j]!;
      if (/^\s*(?:\d{1,2}|[a-zđ])[.)]?\s*$/u.test(s.text)) continue; // a number cut off its line ("1.")
      const marker = itemMarkerLength(s.text);
      // a sentence with a directive of its own ("Bí thư đề nghị Sở Y tế …") starts a new directive, not an item
      if (marker === 0 && (roles[j]!.directives.size > 0 || directiveAt(j))) break;
      const rest = s.text.slice(marker);
      const capitalised = rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
      let items = directiveItems(s.text, marker);
      if (items.length === 0 && startsWithAction(capitalised)) items = continuationItems(capitalised).map((t) => ({ ...t, text: s.text.slice(marker + t.start, marker + t.end), start: marker + t.start, end: marker + t.end }));
      const afterMarker = marker > 0 || (j > i + 1 && /^\s*(?:\d{1,2}|[a-zđ])[.)]?\s*$/u.test(sentences[j - 1]!.text));
      if (items.length === 0 && !afterMarker) break;
      add(s, by, items.map((t) => ({ ...t, to: t.to ?? to })), 0.5);
    }
    return j - 1;
  }

  /**
   * Adds the items of the block after sentence `i`; returns the index of its last sentence. With
   * `announced`, the sentence right after `i` may open a new paragraph (a notice, then its content).
   */
  function followBlock(i: number, by: string | null, announced = false): number {
    let j = i + 1;
    let misses = 0;
    while (j < sentences.length) {
      const s = sentences[j]!;
      if (roles[j]!.directives.size > 0 || directiveAt(j) || BACKGROUND_OPENER.test(s.text)) break;
      // another participant speaking ends the block
      if ([...roles[j]!.speakers].some((k) => k !== by)) break;
      // a new paragraph goes on with the block only when it opens on an action ("Tăng cường …")
      if (s.paragraph !== sentences[j - 1]!.paragraph && !opensOnAction(s.text) && !(announced && j === i + 1)) break;
      const own = by === null ? null : FIRST_PERSON_DIRECTIVE.exec(s.text);
      let items = own ? directiveItems(s.text, own.index + own[0].length) : blockItems(s.text);
      if (items.length === 0 && by !== null && leaders.has(by) && !NOT_A_TASK.test(beforeReason(s.text))) items = modalItems(beforeReason(s.text), 0);
      if (items.length === 0 && by !== null) items = joinedItems(j, by);
      // "Theo đó, … . UBND TP sẽ khẩn trương …": a body's undertaking inside the block of an agreement
      if (items.length === 0) items = commitments(s.text).filter((c) => c.subject === 'body' || c.subject === 'sides').flatMap((c) => pledgedItems(s.text, c));
      if (items.length === 0) {
        // a sentence that explains or reports: the block goes on inside its paragraph only
        if (s.paragraph !== sentences[i]!.paragraph || ++misses > 1) break;
        j++;
        continue;
      }
      misses = 0;
      add(s, by, items, 0.5);
      j++;
    }
    return j - 1;
  }
}

/** Drops a task whose words are nearly all inside another, longer task (a lead that repeats the body). */
function dropContained(tasks: Task[]): Task[] {
  const bags = tasks.map((t) => new Set(fold(t.text).split(/[\s,.;:]+/u).filter(Boolean)));
  return tasks.filter((t, i) => !tasks.some((u, j) => {
    if (i === j || bags[j]!.size < bags[i]!.size || (bags[j]!.size === bags[i]!.size && j > i)) return false;
    let inside = 0;
    for (const w of bags[i]!) if (bags[j]!.has(w)) inside++;
    return inside / bags[i]!.size >= 0.7;
  }));
}
