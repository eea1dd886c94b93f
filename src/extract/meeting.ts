/**
 * The meeting an article reports: its kind and title, whether it was held (not merely
 * announced), its date, and its organisers.
 */
import { MEETING_KINDS, MEETINGS_DATA, PLACES, VERBS } from './lexicon.js';
import { alternation, fold, foldKeepOffsets, PhraseIndex } from './text.js';
import { findDates, formatDate, isDocumentDate, yearFromPublished, yearFromText, type DateMention } from './dates.js';
import { findBodies, type BodySpan } from './bodies.js';
import { roleAt } from './titles.js';
import type { Sentence } from './sentences.js';

const KINDS = MEETING_KINDS.map((k) => fold(k));
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * verb-before-meeting-word: a meeting word read across two words that are no meeting — "Quốc hội thảo
 * luận" (a body discussing: "hội thảo" + "luận"), "giao Ban cán sự đảng …" (the verb "giao" before a
 * capitalised body "Ban …").
 */
function notAMeetingWord(s: string, i: number, folded: string): boolean {
  if (PREPARING_FOR.test(s.slice(Math.max(0, i - 30), i))) return true;
  // venue-named-for-meetings: "tại Trung tâm Hội nghị Quốc gia", "Cung Hội nghị quốc tế" name a place
  if (folded === 'hội nghị' && /(?<![\p{L}])(?:Trung tâm|Cung|Nhà|Khu)\s+$/u.test(s.slice(Math.max(0, i - 12), i))) return true;
  // session-as-time-mark: "tiếp xúc cử tri trước kỳ họp thứ tư", "báo cáo kết quả sau kỳ họp thứ ba" —
  // the session dates another event; it is not the one reported
  if (folded === 'kỳ họp' && /(?<![\p{L}])(?:trước|sau)(?:\s+thềm)?\s+$/iu.test(s.slice(Math.max(0, i - 12), i))) return true;
  if (folded === 'hội thảo' && /^\s+luận(?![\p{L}])/u.test(s.slice(i + folded.length))) return true;
  if (folded === 'giao ban' && /^\p{L}+\s+Ban(?!\p{Lu})/u.test(s.slice(i, i + folded.length))) return true;
  return false;
}

/**
 * preparing-for-meeting: a meeting named as what is being prepared — "Chuẩn bị Kỳ họp thứ ba Quốc hội,
 * ngày 13/5, Tổng Bí thư A đã tiếp xúc cử tri …", "trước thềm Hội nghị cấp cao …" — is still to come.
 */
const PREPARING_FOR = /(?<![\p{L}])(?:chuẩn bị(?:\s+cho)?|trước thềm)\s+$/iu;

/** The meeting words, indexed by their first two characters, to list every one starting at a place. */
const KIND_INDEX = new PhraseIndex(KINDS);
/** Where any meeting word starts (boundaries are checked on the hits). */
const ANY_KIND = new RegExp(alternation([...new Set(KINDS)].filter((k) => k)), 'g');

/**
 * Where the first meeting word of a sentence is ("hội nghị tổng kết", "phiên họp" …): the earliest
 * one on word boundaries that {@link notAMeetingWord} lets stand, the longest of those starting there.
 */
export function findKind(s: string): { start: number; end: number; kind: string } | null {
  const f = foldKeepOffsets(s);
  const re = ANY_KIND;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(f)) !== null) {
    const i = m.index;
    re.lastIndex = i + 1;
    if (isWordChar(f[i - 1])) continue;
    for (const k of KIND_INDEX.at(f, i)) {
      if (notAMeetingWord(s, i, k)) continue;
      const written = s.slice(i, i + k.length);
      return { start: i, end: i + k.length, kind: written.charAt(0).toUpperCase() + written.slice(1) };
    }
  }
  return null;
}

/**
 * A meeting told by its verb alone: "Sáng 7/6, Thủ tướng A và lãnh đạo các bộ, ngành đã làm việc với
 * Tập đoàn B", "Phó Thủ tướng C đã đón, hội đàm với Ngoại trưởng D"; dialogue-by-verb: "Ngày 5/4, Chủ tịch UBND
 * tỉnh E đã đối thoại với doanh nghiệp". The verb's subject is a person
 * named before it in the same clause (`subjectEnd`: where that person's mention ends). Also leader-meets-group (see
 * MEETS_GROUP_RE).
 */
const VERB_MEETING_RE = /(?<![\p{L}])(làm việc|hội đàm|đối thoại)\s+với(?![\p{L}])(?!\s+(?:cơ quan (?:công an|điều tra|chức năng)|công an|phóng viên|PV|báo chí)(?![\p{L}]))/iu;
/**
 * reception-by-verb: a courtesy call or reception told by the host's verb — "Chiều 4/5, Thủ tướng A đã
 * tiếp Đại sứ B", "Chủ tịch nước C tiếp xã giao Đoàn …", "Chủ tịch nước D đã hội kiến (với) Thủ tướng
 * E" — where the guest (a capitalised post or name, "ông", "bà", "ngài", "đoàn") follows the verb;
 * "tiếp tục", "tiếp nhận", "trực tiếp chỉ đạo" are no reception.
 */
const RECEPTION_RE = /(?<![\p{L}])(?<!trực\s)(tiếp(?:\s+xã giao)?|hội kiến(?:\s+với)?|hội đàm)(?=\s+(?:\p{Lu}|(?:ông|bà|ngài|đoàn|các đoàn|các vị|đại sứ|đại diện)(?![\p{L}])))/u;
/**
 * leader-meets-group: an official meeting a group told by the verb "gặp mặt" — "Chiều 9/6, Phó Chủ tịch Quốc hội A gặp
 * mặt Đoàn đại biểu người có uy tín tỉnh B", "Bí thư Tỉnh ủy C đã gặp mặt các cựu chiến binh …" — is a meeting held
 * (the host is no chair unless the text says so); "lần đầu gặp mặt", "gặp mặt nhau" have no group after the verb.
 */
const MEETS_GROUP_RE = /(?<![\p{L}])(gặp mặt)(?:\s+với)?(?=\s+(?:\p{Lu}|(?:các|đoàn|đại biểu|đại diện|cựu|bà con|doanh nghiệp|cán bộ)(?![\p{L}])))/u;
/**
 * hears-reports: an official hearing bodies report is a working session he leads — "Ngày 5/7, Phó Thủ
 * tướng A đã nghe lãnh đạo Bộ B báo cáo tình hình …", "Bộ trưởng C nghe các đơn vị trình bày phương án".
 */
const HEARS_REPORT_RE = /(?<![\p{L}])(nghe)\s+(?=(?:(?!nghe)[^.;:]){0,80}?(?<![\p{L}])(?:báo cáo|trình bày)(?![\p{L}]))/u;
/**
 * meets-voters: a delegate or official meeting voters is a meeting told by its verb — "Sáng 9/5, Chủ
 * tịch nước A cùng Đoàn đại biểu Quốc hội tỉnh B đã tiếp xúc cử tri huyện C", "Bộ trưởng D tiếp xúc với
 * cử tri quận E" ("chương trình tiếp xúc cử tri", "trước khi tiếp xúc cử tri" have no subject before it).
 */
const MEETS_VOTERS_RE = /(?<![\p{L}])(tiếp xúc)(?=\s+(?:với\s+)?cử tri(?![\p{L}]))/gu;
/** A word run without clause punctuation ("TP.HCM" keeps its dot). */
const RUN = String.raw`(?:[^,;.:]|\.(?=\p{L}))`;
const VERB_SUBJECT_GAP = new RegExp(
  String.raw`^(?:\s*,?\s*(?:và|cùng(?:\s+với)?)\s+[^;.:]{1,60}?)?\s*(?:,\s*)?` +
  String.raw`(?:(?:đã|vừa|có|đến|đón\s*,?|và|dẫn đầu\s+${RUN}{1,60}?)\s+)*(?:${RUN}{1,40}?\s+và\s+)?(?:(?:buổi|cuộc)\s+)?$`, 'iu');

/**
 * fronted-reception: the reception or working session opens the sentence, its host follows after the
 * guest — "Chiều 4/5, tại Phủ Chủ tịch, tiếp Đại sứ A, Chủ tịch nước B khẳng định …", "Ngày 9/3, làm
 * việc với lãnh đạo tỉnh C, Bộ trưởng D yêu cầu …" ("Ngày 1/6, tiếp tục …" is no reception).
 */
const FRONTED_VERB_RE = /^(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm)[^,;.:]{0,30},\s*)(?:tại\s[^,;:]{1,60},\s*)?(tiếp(?:\s+xã giao)?|hội kiến(?:\s+với)?|làm việc\s+với|hội đàm\s+với)(?=\s+(?:\p{Lu}|(?:ông|bà|ngài|đoàn|lãnh đạo|đại diện|các)(?![\p{L}])))/u;

/** The kind a meeting verb names: "hội đàm" talks, "hội kiến" a call, "tiếp" a reception, else a working session. */
function kindOfVerb(verb: string): string {
  const v = verb.toLowerCase();
  if (v === 'nghe') return 'Buổi làm việc';
  if (v === 'tiếp xúc') return 'Buổi tiếp xúc cử tri';
  if (v === 'đối thoại') return 'Buổi đối thoại';
  if (v === 'gặp mặt') return 'Buổi gặp mặt';
  return v.startsWith('hội đàm') ? 'Hội đàm' : v.startsWith('hội kiến') ? 'Hội kiến' : v.startsWith('tiếp') ? 'Buổi tiếp' : 'Buổi làm việc';
}

/**
 * A meeting told by a fronted verb (fronted-reception) whose host, an official starting at one of
 * `subjectStarts`, follows it after a comma: where the verb is and the host's start; else null.
 */
export function frontedVerbMeeting(s: string, subjectStarts: readonly number[]): { start: number; end: number; kind: string; host: number } | null {
  const m = FRONTED_VERB_RE.exec(s);
  if (!m) return null;
  const start = m[0].length - m[1]!.length;
  const end = m[0].length;
  const host = subjectStarts.find((b) => b > end && /,\s*$/u.test(s.slice(end, b)) && !/[;:]/u.test(s.slice(end, b)));
  if (host === undefined) return null;
  return { start, end, kind: kindOfVerb(m[1]!), host };
}

/**
 * The kind of a meeting told by its verb ("Buổi làm việc", "Hội đàm") when a person's clause reports it
 * held; else null. `hearsReports` marks a session told by "nghe … báo cáo" (its subject leads it).
 */
export function verbMeeting(s: string, subjectEnds: readonly number[]): { start: number; end: number; kind: string; hearsReports?: true } | null {
  const hasSubject = (at: number): boolean => subjectEnds.some((e) => e <= at && VERB_SUBJECT_GAP.test(s.slice(e, at)));
  // meets-voters: the first "tiếp xúc cử tri" that has a subject ("chương trình tiếp xúc cử tri, sáng 28/6, A đã tiếp xúc cử tri …")
  const voters = [...s.matchAll(MEETS_VOTERS_RE)].find((x) => hasSubject(x.index));
  const found = [VERB_MEETING_RE.exec(s), RECEPTION_RE.exec(s), HEARS_REPORT_RE.exec(s), MEETS_GROUP_RE.exec(s), voters ?? null].filter((x): x is RegExpExecArray => x !== null);
  const m = found.sort((a, b) => a.index - b.index)[0];
  if (!m) return null;
  const before = s.slice(0, m.index);
  if (FUTURE_RE.test(before) && !/(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u.test(before)) return null;
  if (!hasSubject(m.index)) return null;
  return { start: m.index, end: m.index + m[1]!.length, kind: kindOfVerb(m[1]!), ...(m[1] === 'nghe' ? { hearsReports: true as const } : {}) };
}

/**
 * delegation-works-with: a dated lead whose subject is a delegation ("Đoàn công tác", "Đoàn kiểm tra", "Đoàn giám sát" …),
 * often with its head told in a "do … làm Trưởng đoàn" phrase, that works with a body or unit — "Ngày 5/7, Đoàn kiểm tra
 * của Ban Bí thư do ông A, Trưởng ban B làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy C", "Vào hồi 8h, ngày 4/7,
 * Đoàn công tác của Bộ D đã tiến hành làm việc với Công ty E". The delegation is no person, so {@link verbMeeting} (which
 * needs an official as subject) does not read it. The verb's place and kind, or null (a visit to come is no meeting).
 */
const DELEGATION_WORKS_WITH = new RegExp(
  String.raw`^(?:${RUN}{0,50}?,\s*){1,3}(?:tại\s${RUN}{1,60},\s*)?(?:các\s+)?[Đđ]oàn\s+(?:công tác|kiểm tra|giám sát|khảo sát|thanh tra|liên ngành|đại biểu Quốc hội)(?![\p{L}])` +
  String.raw`(?:[^;.:]|\.(?=\p{L})){0,240}?\s(?:(?:đã|vừa)\s+)?(?:(?:có buổi|tiến hành|đến)\s+)?(làm việc\s+với)(?![\p{L}])`, 'u');
export function delegationWorksWith(s: string): { start: number; end: number; kind: string } | null {
  const m = DELEGATION_WORKS_WITH.exec(s);
  if (!m) return null;
  const end = m[0].length;
  const start = end - m[1]!.length;
  if (FUTURE_RE.test(s.slice(0, start))) return null;
  return { start, end, kind: 'Buổi làm việc' };
}

/**
 * working-visit-led-by-official: an official who leads a working delegation ("dẫn đầu đoàn công tác"), or goes with one
 * ("cùng Đoàn công tác của Ban B"), to work at a place or with a body — "Ngày 29/5, Phó Thủ tướng A đã dẫn đầu đoàn công
 * tác đến làm việc tại tỉnh C", "Trong hai ngày 9 và 10/2, đồng chí D, Trưởng Ban E cùng Đoàn công tác của Ban E thăm, làm
 * việc tại tỉnh F" — tells a working session (a working visit is a meeting), and the official right before the lead
 * phrase led it. `subjectEnds`: where the sentence's officials' mentions end. The verb's place, the kind, and where the
 * leading official's mention ends; null when no official stands right before the lead phrase, or the visit is to come.
 */
const WORKING_VISIT_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:dẫn đầu|cùng(?:\s+với)?)\s+(?:các\s+thành viên\s+)?(?:[Đđ]oàn\s+(?:công tác|kiểm tra|giám sát|khảo sát)|[Pp]hái đoàn|[Đđ]oàn(?=\s+(?:của|đã|đến|tới|về|thăm)(?![\p{L}])))(?![\p{L}])` +
  String.raw`${RUN}{0,80}?\s(?:(?:đã|vừa|đến|tới|về|có chuyến|tiến hành)\s+)*(?:thăm\s*(?:,|và)\s*)?(làm việc)\s+(?:tại|ở|với)(?![\p{L}])`, 'u');
/** What may stand between the leading official's mention and the lead phrase: a comma, "đã", "vừa". */
const LEADER_GAP = /^\s*,?\s*(?:(?:đã|vừa)\s+)?$/u;
export function workingVisit(s: string, subjectEnds: readonly number[]): { start: number; end: number; kind: string; leaderEnd: number } | null {
  const m = WORKING_VISIT_RE.exec(s);
  if (!m) return null;
  const leaderEnd = subjectEnds.find((e) => e <= m.index && LEADER_GAP.test(s.slice(e, m.index)));
  if (leaderEnd === undefined) return null;
  const start = m.index + m[0].length - m[0].slice(m[0].lastIndexOf(m[1]!)).length;
  const before = s.slice(0, start);
  if (FUTURE_RE.test(before) && !/(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u.test(before)) return null;
  return { start, end: start + m[1]!.length, kind: 'Buổi làm việc', leaderEnd };
}

/**
 * official-works-with-local-unit: an official who works with a party committee, a people's committee, a department or a
 * district of this country — "Ngày 7/2, Bí thư Thành ủy A đã có buổi làm việc với Quận ủy quận 2", "Sáng 9/3, Bộ trưởng B
 * làm việc với lãnh đạo UBND tỉnh C" — holds a working session with a unit that reports to him; when he also gives the
 * session's directions, he led it (a session with a foreign side or a firm is none of these). `verbEnd`: where the
 * meeting verb ("làm việc") ends. True when the counterpart after "với" is such a unit.
 */
const LOCAL_UNIT_AFTER_WITH = /^\s+với\s+(?:(?:lãnh đạo|đại diện|tập thể|Ban Thường vụ|Thường trực)\s+)*(?:(?:các|những)\s+)?(?:Quận ủy|Quận uỷ|Huyện ủy|Huyện uỷ|Thị ủy|Thị uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Sở|sở|Công an|quận|Quận|huyện|Huyện|thị xã|Thị xã|tỉnh|thành phố|TP|bộ,\s*ngành|sở,\s*ngành)(?![\p{L}])/u;
export function worksWithLocalUnit(s: string, verbEnd: number): boolean {
  return LOCAL_UNIT_AFTER_WITH.test(s.slice(verbEnd));
}

/**
 * at-meeting-dated-in-its-phrase: a sentence that places what was said or decided "at" a meeting whose own phrase gives its
 * day — "Tại cuộc họp ngày 7/7 bàn giải pháp xử lý các dự án, Tập đoàn A đã quyết định …", "…, đây là ý kiến chỉ đạo của
 * ông B tại Hội nghị sơ kết công tác 6 tháng đầu năm vào ngày 10/7." — tells that meeting held on that day, whoever the
 * subject is. A day with its year (a recalled one), a coming day ("ngày 20/7 tới") or a future word leave it out.
 */
const DAY_IN_MEETING_PHRASE = /^[^.:]{0,200}?(?<![\p{L}])(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)(?:\s+ngày)?|ngày)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d/.-]*\d)(?!\s*(?:tới|sắp tới)(?![\p{L}]))/iu;
/** "tại <meeting word> …(no sentence end)… " right before a day: the day is that meeting's (at-meeting-dated-in-its-phrase). */
const AT_KIND_PHRASE_BEFORE_DAY = new RegExp(`(?<![\\p{L}])tại\\s+(?:${alternation(KINDS, 'as-written')})(?![\\p{L}])[^.:]{0,200}$`, 'iu');
const AT_BEFORE_KIND = /(?<![\p{L}])tại\s+$/iu;
export function atMeetingDatedInItsPhrase(s: string, kind: { start: number; end: number }): boolean {
  if (!AT_BEFORE_KIND.test(s.slice(Math.max(0, kind.start - 6), kind.start))) return false;
  return DAY_IN_MEETING_PHRASE.test(s.slice(kind.end)) && !FUTURE_RE.test(s);
}

/** "<Body> (đã) họp (phiên …)": a body meeting, told by its verb. */
const BODY_MEETS = /^\s*(?:(?:đã|vừa)\s+)?(họp)(?:\s+phiên(?:\s+(?:họp|toàn thể|thường kỳ|bất thường))?)?(?=\s+(?:dưới sự|để|về|nghe|xem xét|cho ý kiến|thường kỳ|bất thường|phiên|tháng|chuyên đề|lần|thứ|kỳ\s+thứ)|\s*[,.;]|$)/u;

/** A lead opened by the chair's phrase: "(Sáng 20/5,) dưới sự chủ trì của …". */
const UNDER_CHAIR_FIRST = /^(?:[^,;.]{0,40},\s*)?(?:tại\s[^,;]{1,60},\s*)?dưới sự (?:chủ trì|điều hành) của\s/iu;
/** A deliberating verb right after the body: "(đã) thảo luận", "cho ý kiến", "xem xét", "nghe … báo cáo". */
const BODY_DELIBERATES = /^\s*(?:(?:đã|vừa|tiếp tục)\s+)*(thảo luận|cho ý kiến|xem xét|nghe)(?![\p{L}])/u;
/** Bodies that sit as a board or council (party boards, standing committees, people's committees and councils). */
const DELIBERATING_BODY = /^(?:Ban [Tt]hường vụ|Ban [Cc]hấp hành|Thường trực|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|Đảng ủy|Đảng uỷ|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Ủy ban [Tt]hường vụ|Chính phủ|Bộ Chính trị|Ban Bí thư)(?![\p{L}])/u;

/**
 * body-meets-under-chair: a meeting told by a body's verb in a sentence that names its chair ("Ngày
 * 17/6, Ban Thường vụ Tỉnh ủy đã họp dưới sự chủ trì của Bí thư Tỉnh ủy A", "Chính phủ họp phiên thường
 * kỳ tháng 5"): where "họp" is, or null. The caller checks the sentence names the chair.
 */
export function bodyMeets(s: string): { start: number; end: number; kind: string; body?: string } | null {
  const underChair = UNDER_CHAIR_FIRST.exec(s);
  if (underChair) {
    // body-deliberates-under-chair: "Chiều 20/5, dưới sự chủ trì của đồng chí A, Phó Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy
    // thảo luận về …", "Sáng 3/4, dưới sự chủ trì của Chủ tịch UBND tỉnh B, UBND tỉnh đã cho ý kiến về …": the body
    // after the chair's phrase deliberating holds the meeting (a party board or a council, not any body)
    const rest = s.slice(underChair[0].length);
    for (const b of findBodies(rest)) {
      if (!/,\s*$/u.test(rest.slice(0, b.start)) || SEAT_BEFORE.test(rest.slice(Math.max(0, b.start - 20), b.start))) continue;
      const m = BODY_DELIBERATES.exec(rest.slice(b.end));
      if (m && DELIBERATING_BODY.test(b.name)) {
        const start = underChair[0].length + b.end + m.index + m[0].indexOf(m[1]!);
        return { start, end: start + m[1]!.length, kind: 'Phiên họp', body: b.name };
      }
    }
  }
  // (BODY_MEETS needs its verb: a sentence without it is not scanned for bodies)
  if (!s.includes('họp')) return null;
  if (FUTURE_RE.test(s) && !/(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u.test(s)) return null;
  for (const b of findBodies(s)) {
    if (SEAT_BEFORE.test(s.slice(Math.max(0, b.start - 20), b.start))) continue;
    const m = BODY_MEETS.exec(s.slice(b.end));
    if (m) {
      const start = b.end + m.index + m[0].indexOf(m[1]!);
      return { start, end: start + m[1]!.length, kind: 'Phiên họp' };
    }
  }
  return null;
}

/**
 * assembly-sits-in-dated-lead: a legislature's sitting told by what it does, with no meeting word — "Sáng 30/5,
 * Quốc hội thảo luận dự án Luật …", "Chiều 12/4, Ủy ban Thường vụ Quốc hội cho ý kiến về …", "Hôm nay (8/6), HĐND
 * tỉnh A tiếp tục chất vấn …". The sentence opens with its day, then (after an optional place) the assembly (the
 * National Assembly, its Standing Committee, a people's council) as subject, then a deliberating verb
 * (`VERBS.assemblySits`). A sentence that puts it in the future ("sẽ", "dự kiến") tells no sitting held. Returns
 * where the verb is, the kind "Phiên họp" and the assembly (its organiser), or null.
 */
/** The session the sitting belongs to, before or after the day: "Tiếp tục chương trình Kỳ họp thứ 3, …", "…, tiếp tục kỳ họp thứ 3, Quốc hội khóa XIV, …". */
const SESSION_CLAUSE = String.raw`(?:(?:[Tt]iếp tục\s+)?(?:chương trình\s+)?(?:làm việc\s+)?(?:tại\s+)?[Kk]ỳ họp thứ\s+[^,;:]{1,30}?,\s*(?:(?:Quốc hội|HĐND)(?![\p{L}])[^,;:]{0,40},\s*)?)?`;
const DAY_OPENER = new RegExp(`^${SESSION_CLAUSE}(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày|[Hh]ôm nay|[Hh]ôm qua)(?![\\p{L}])[^,;:]{0,30},\\s*)${SESSION_CLAUSE}(?:tại\\s[^,;:]{1,60},\\s*)?`, 'u');
const ASSEMBLY_SITS = new RegExp(`^\\s*(?:khóa\\s+[IVXLC]+\\s+)?(?:(?:đã|vừa|tiếp tục)\\s+)*(${alternation(VERBS.assemblySits, 'as-written')})(?![\\p{L}])`, 'u');
const OWN_ASSEMBLY = /^(?:Quốc hội|Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội|UBTVQH|Hội đồng Dân tộc)(?:\s+khóa\s+[IVXLC]+)?$/u;
const SITTING_ASSEMBLY_KINDS: ReadonlySet<string> = new Set(['national-assembly', 'peoples-council']);
export function assemblySitsInDatedLead(s: string): { start: number; end: number; kind: string; body: string } | null {
  const opener = DAY_OPENER.exec(s);
  if (!opener || !findDates(opener[0]).some((d) => !d.deadline)) return null;
  if (FUTURE_RE.test(s)) return null;
  const b = findBodies(s.slice(opener[0].length))[0];
  // (a province's delegation of deputies discussing in its group is no sitting of the assembly)
  if (!b || b.start !== 0 || !SITTING_ASSEMBLY_KINDS.has(b.kind) || /^Đoàn(?![\p{L}])/u.test(b.name)) return null;
  // (another country's parliament, "Quốc hội Đức", "Quốc hội Anh", sits in foreign news: only Viet Nam's, named bare or by its term)
  if (b.kind === 'national-assembly' && !OWN_ASSEMBLY.test(b.name)) return null;
  const rest = s.slice(opener[0].length + b.end);
  const m = ASSEMBLY_SITS.exec(rest);
  if (!m) return null;
  const start = opener[0].length + b.end + m.index + m[0].lastIndexOf(m[1]!);
  return { start, end: start + m[1]!.length, kind: 'Phiên họp', body: b.name };
}

const HOLD_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(VERBS.hold, 'as-written')})(?![\\p{L}])`, 'iu');
/**
 * coming-date: a day or month followed by "tới" ends the phrase — "vào ngày 8/2 tới", "ngày 22-5 tới
 * đây", "tháng 7 tới" — is to come (not "từ ngày 1/7 tới ngày 5/7", a range). A sentence whose only
 * date is such one, in the meeting word's clause, announces its meeting; "Tại cuộc họp, … chuẩn bị Đối thoại
 * vào ngày 15/5 tới" was held.
 */
const COMING_DATE = String.raw`(?:ngày|tháng)\s+\d{1,2}(?:[/.-]\d{1,2})?(?:[/.-]\d{4})?\s+tới(?=\s*(?:[,.;)]|$|đây|tại|ở|,))`;
const COMING_DATE_RE = new RegExp(`(?<![\\p{L}])${COMING_DATE}`, 'giu');
const DAY_OR_MONTH_RE = /(?<![\p{L}])(?:ngày|tháng)\s+\d{1,2}(?![\p{N}])/giu;
/** Words that put a meeting in the future ("sẽ", "dự kiến", "sắp", "tuần tới" …). */
const FUTURE_RE = new RegExp(String.raw`(?<![\p{L}])(?:sẽ|dự kiến|sắp(?!\s+xếp)|chuẩn bị\s+(?:tổ chức|diễn ra|khai mạc)|kế hoạch tổ chức|vào ngày mai|tuần tới|tháng tới)(?![\p{L}])`, 'iu');
/**
 * meeting-word-then-coming: the meeting word's own phrase says it is still to come, whatever else the
 * sentence reports as done — "đề nghị xem xét trong các cuộc họp sắp tới với Ban tổ chức", "hội nghị
 * về xúc tiến đầu tư sẽ được tổ chức vào tháng 3". A verb of decision between them ("Hội nghị nhất trí
 * sẽ tổ chức …") makes the phrase the meeting's decision, not its date.
 */
const COMING_AFTER_KIND = /^(?:(?![.,;:()]|(?<![\p{L}])(?:đã|vừa|nhất trí|thống nhất|quyết định|yêu cầu|đề nghị|giao|cho biết|khẳng định)(?![\p{L}]))[^]){0,50}?(?<![\p{L}])(?:sắp tới|tới đây|sắp (?:được )?(?:tổ chức|diễn ra|khai mạc)|sẽ (?:được )?(?:tổ chức|diễn ra|khai mạc)|dự kiến (?:sẽ )?(?:được )?(?:tổ chức|diễn ra|khai mạc))(?![\p{L}])/iu;
/** True when the words after a meeting word say that meeting is to come, and no other meeting word comes between (a press conference presenting a conference to come was held). */
function comesLater(after: string): boolean {
  const m = COMING_AFTER_KIND.exec(after);
  if (!m) return false;
  const gap = foldKeepOffsets(after.slice(0, m[0].length));
  return !KIND_WORD_RE.test(gap);
}
/** Any meeting word, folded, as a whole word (compiled once). */
const KIND_WORD_RE = new RegExp(`(?<![\\p{L}])(?:${KINDS.join('|')})(?![\\p{L}])`, 'u');
/**
 * travel-to-attend: a meeting named as the purpose of a trip — "Thủ tướng X dẫn đầu đoàn tới Việt Nam
 * tham dự và đồng chủ trì kỳ họp …", "Bộ trưởng Y sang Lào dự hội nghị …" — tells of the arrival, not
 * of the meeting held ("Đến dự hội nghị có …", with no place between, is the attendance list).
 */
const TRAVEL_TO_ATTEND = /(?<![\p{L}])(?:tới|sang|đến)\s+(?:(?!tham\s)[^\s,.;:]+\s+){1,5}?(?:để\s+)?(?:tham dự|dự)(?:\s+và\s+(?:đồng\s+)?chủ trì)?\s+$/iu;
/** True when the words before a meeting word name it as the purpose of a trip not yet reported made ("đã đến … dự" was attended). */
function travelsToAttend(before: string): boolean {
  return TRAVEL_TO_ATTEND.test(before) && !/(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u.test(before);
}
/** True when the sentence's only dates are coming ones, one of them in the meeting word's clause, and nothing is reported done ("đã", "vừa"). */
function comingDateOfMeeting(s: string, kindEnd: number): boolean {
  const coming = [...s.matchAll(COMING_DATE_RE)];
  if (coming.length === 0 || coming.length !== (s.match(DAY_OR_MONTH_RE)?.length ?? 0)) return false;
  if (/(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u.test(s)) return false;
  return coming.some((m) => m.index >= kindEnd && !/[,;:]/u.test(s.slice(kindEnd, m.index)));
}
/**
 * meeting-dated-in-its-phrase: "Cuối phiên chất vấn sáng nay (13/6), Phó Thủ tướng A đã giải trình …",
 * "Tại cuộc họp ngày 7/7 bàn giải pháp …, Tập đoàn đã quyết định …": the meeting word carries its own day
 * right after it, its phrase opens the sentence, and the sentence tells what was done there ("đã", "vừa"; nothing to come).
 */
const DAY_AFTER_KIND = /^\s*(?:(?:sáng|trưa|chiều|tối)\s+(?:hôm\s+)?(?:nay|qua)\s*\(\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*\)|(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?(?![\p{N}/.-])(?!\s+tới))/iu;
/** The meeting phrase opens its sentence (capitalised "Tại", "Trong", "Cuối"; a photo credit may stand before it): "… nói trong cuộc họp báo ngày 9.6" or "sau khi … trong buổi tọa đàm ngày 30/5" only recalls it. */
const OPENS_AT_KIND = /(?:^|\s)(?:Tại|Trong|Cuối|Kết thúc)\s+$/u;
const DONE_WORD = /(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u;
/** True when the meeting word ending at `kindEnd` is dated in its own phrase and the sentence tells a past act (meeting-dated-in-its-phrase). */
export function datedInItsPhrase(s: string, kind: { start: number; end: number }): boolean {
  return OPENS_AT_KIND.test(s.slice(0, kind.start)) && DAY_AFTER_KIND.test(s.slice(kind.end)) && DONE_WORD.test(s) && !FUTURE_RE.test(s);
}
const NOTICE_RE = new RegExp(`(?:${VERBS.notice.join('|')})`, 'iu');

/** True when the sentence tells of a meeting held (or being held), not one announced. */
export function isHeldSentence(s: string): boolean {
  const kind = findKind(s);
  if (!kind) return false;
  if (comesLater(s.slice(kind.end)) || travelsToAttend(s.slice(0, kind.start))) return false;
  if (comingDateOfMeeting(s, kind.end)) return false;
  if (FUTURE_RE.test(s) && !/(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/u.test(s)) return false;
  return true;
}

/** Where a meeting's title ends: a place, time, manner or agent phrase, a sentence end, a name list. */
const TITLE_STOP = /(?<!\s(?:tồn|hiện|tự))\stại\s|\s(?:dưới sự|với sự|đã|diễn ra|vào|nhằm|được)\s|\sdo\s(?=\p{Lu}|đồng chí|ông|bà)|\.(?:\s|$)|\s[-–]\s|,\s(?=(?:Thượng|Trung|Đại|Thiếu)\s|(?:đồng chí|Đồng chí|ông|bà|Ông|Bà)\s|\p{Lu}[\p{Ll}\p{M}]*\s\p{Lu}[\p{Ll}\p{M}]*\s\p{Lu})|,\s(?:sáng|chiều|tối|ngày)\s/u;

/** The meeting's title: from its kind word to the end of the clause that names it. */
export function meetingTitle(s: string, kindStart: number): string | null {
  const rest = s.slice(kindStart);
  const stop = TITLE_STOP.exec(rest);
  const t = (stop ? rest.slice(0, stop.index) : rest).replace(/[\s,.;:]+$/u, '');
  if (t.split(/\s+/u).length < 3) return null;
  return t;
}

const MEETING_BEFORE_DATE = new RegExp(`(?:${alternation(KINDS, 'as-written')}|hội đàm)\\s+$`, 'iu');

const RELATIVE_DAY_RE = /(?<![\p{L}])(?:(sáng|trưa|chiều|tối)\s+(?:hôm\s+)?nay|hôm nay|(sáng|trưa|chiều|tối)?\s*hôm qua|(sáng|trưa|chiều|tối)\s+qua(?=\s*[,(]|\s+\p{Lu}))(?![\p{L}])/iu;
/** weekday-before-publication: "Sáng thứ Hai, …", "chiều Chủ nhật" — the last such day up to the publication date. */
const WEEKDAY_RE = /(?<![\p{L}])(?:(sáng|trưa|chiều|tối)\s+)?(?:(?:ngày\s+)?thứ\s+(hai|ba|tư|năm|sáu|bảy)|(chủ nhật))(?![\p{L}])(?!\s*(?:tuần|tới|sau|này|\())/iu;
const WEEKDAY_NUMBER: Record<string, number> = { 'hai': 1, 'ba': 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6 };

/** The day of the week named in `s` ("thứ Hai" … "Chủ nhật") counted back from the ISO `published` date, or null. */
export function weekdayBefore(s: string, published: string): { date: string; timeOfDay: DateMention['timeOfDay'] } | null {
  const m = WEEKDAY_RE.exec(s);
  const pub = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m || !pub) return null;
  // "thứ hai" after a noun is an ordinal ("lần thứ hai", "kỳ họp thứ năm"): the weekday is written capitalised or after a time word
  if (m[2] && !/\p{Lu}/u.test(m[2]) && !m[1]) return null;
  const want = m[3] ? 0 : WEEKDAY_NUMBER[m[2]!.toLowerCase()]!;
  const day = new Date(Date.UTC(Number(pub[1]), Number(pub[2]) - 1, Number(pub[3])));
  const back = (day.getUTCDay() - want + 7) % 7;
  day.setUTCDate(day.getUTCDate() - back);
  const tod = m[1] ? TIME_OF_DAY[m[1].toLowerCase()] ?? null : null;
  return { date: formatDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()), timeOfDay: tod };
}
/**
 * The same day as the last date given: "Chiều cùng ngày", "hôm đó"; after-welcome-ceremony: "(Ngay) sau lễ đón,
 * …", "Kết thúc lễ đón, … đã hội đàm" — the talks follow the welcome ceremony dated just before, the same day.
 */
const SAME_DAY_RE = /(?<![\p{L}])(?:(sáng|trưa|chiều|tối)\s+)?(?:cùng ngày|hôm đó|ngày hôm đó)(?![\p{L}])|^(?:ngay\s+)?(?:sau|kết thúc)\s+(?:lễ đón|nghi lễ đón)(?![\p{L}])/iu;
/** Words telling a meeting was held lately without its day ("mới đây", "vừa qua", "cuối tuần qua", "tuần trước"). */
const LATELY_RE = /(?<![\p{L}])(?:mới đây|vừa qua|gần đây|cuối tuần qua|tuần qua|tuần trước)(?![\p{L}])/iu;

/**
 * held-lately-undated: "Tại cuộc họp … do Bộ A tổ chức mới đây, …", "Hội nghị vừa qua …" — the text says the meeting
 * was recent and gives no day for it; a date elsewhere in the lead (a milestone, "chạy thử là 1/10/2017") is not its
 * day. True when `s` tells so and holds no date.
 */
export function heldLatelyUndated(s: string): boolean {
  return LATELY_RE.test(s) && findDates(s).length === 0;
}

/** The opening of after-welcome-ceremony ("Sau lễ đón, …", "Ngay sau lễ đón chính thức, …", "Kết thúc lễ đón, …"). */
const AFTER_WELCOME_RE = /^(?:ngay\s+)?(?:sau|kết thúc)\s+(?:lễ đón|nghi lễ đón)(?![\p{L}])/iu;

/**
 * after-welcome-ceremony as a dated report: "Sau lễ đón, Thủ tướng A và Thủ tướng B đã hội đàm …" is dated by
 * the ceremony told just before it (see {@link meetingDate}), so it may anchor the meeting like a sentence
 * with a date of its own. True when `s` opens so.
 */
export function followsWelcomeCeremony(s: string): boolean {
  return AFTER_WELCOME_RE.test(s);
}
const TIME_OF_DAY: Record<string, DateMention['timeOfDay']> = { 'sáng': 'morning', 'trưa': 'noon', 'chiều': 'afternoon', 'tối': 'evening' };

/**
 * coming-event-date: "Hội nghị tổng kết sẽ được tổ chức vào ngày 20/12", "dự kiến khởi công ngày 2/9" — a date
 * the clause looks ahead to is of an event to come, not of the meeting reported. True for such a mention in `s`.
 */
const COMING_BEFORE = /(?<![\p{L}])(?:sẽ|dự kiến|sắp(?!\s+xếp))(?![\p{L}])(?:(?!(?<![\p{L}])(?:đã|vừa)(?![\p{L}]))[^.;!?,])*$/iu;
export function comingEventDate(s: string, d: DateMention): boolean {
  return COMING_BEFORE.test(s.slice(Math.max(0, d.start - 60), d.start));
}

/** The meeting's date from its sentences: the first event date (not a deadline, not a notice date). */
export function meetingDate(
  sentences: readonly Sentence[], candidates: readonly number[], published: string | null, wholeText: string,
): { date: string | null; timeOfDay: DateMention['timeOfDay']; sentence: number | null } {
  for (const idx of candidates) {
    const s = sentences[idx];
    if (!s) continue;
    const dates = findDates(s.text).filter((d) => !d.deadline && !isDocumentDate(s.text, d) && !comingEventDate(s.text, d));
    if (dates.length === 0) {
      // "Sáng nay, …", "Chiều hôm qua, …": counted from the publication date
      const rel = published ? RELATIVE_DAY_RE.exec(s.text) : null;
      const pub = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
      if (rel && pub) {
        const back = /qua$/iu.test(rel[0]) ? 1 : 0;
        const d = new Date(Date.UTC(Number(pub[1]), Number(pub[2]) - 1, Number(pub[3]) - back));
        const word = rel[1] ?? rel[2] ?? rel[3];
        const tod = word ? TIME_OF_DAY[word.toLowerCase()] ?? null : null;
        return { date: formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), timeOfDay: tod, sentence: idx };
      }
      const weekday = published ? weekdayBefore(s.text, published) : null;
      if (weekday) return { ...weekday, sentence: idx };
      // "Chiều cùng ngày, …": the date last given before this sentence
      const same = SAME_DAY_RE.exec(s.text);
      if (!same) continue;
      for (let j = idx - 1; j >= 0; j--) {
        const prev = findDates(sentences[j]!.text).filter((d) => !d.deadline);
        if (prev.length === 0) continue;
        const d = prev[prev.length - 1]!;
        let year = d.year;
        if (year === null && published) year = yearFromPublished(published, d.month, d.day);
        if (year === null) year = yearFromText(wholeText, d.month, d.day);
        const tod = same[1] ? TIME_OF_DAY[same[1].toLowerCase()] ?? null : null;
        return { date: formatDate(year, d.month, d.day), timeOfDay: tod, sentence: idx };
      }
      continue;
    }
    const d = dates[0]!;
    // "tại cuộc họp ngày 21/1/2017": a date written right after the meeting word is the meeting's
    const bound = MEETING_BEFORE_DATE.test(s.text.slice(Math.max(0, d.start - 40), d.start)) || AT_KIND_PHRASE_BEFORE_DAY.test(s.text.slice(Math.max(0, d.start - 260), d.start));
    if (!bound && NOTICE_RE.test(s.text.slice(0, d.start + 80)) && !/(?:chủ trì|tổ chức|diễn ra)\s/iu.test(s.text.slice(d.end, d.end + 60))) {
      return { date: null, timeOfDay: null, sentence: idx };
    }
    let year = d.year;
    if (year === null && published) year = yearFromPublished(published, d.month, d.day);
    if (year === null) year = yearFromText(wholeText, d.month, d.day);
    return { date: formatDate(year, d.month, d.day), timeOfDay: d.timeOfDay, sentence: idx };
  }
  return { date: null, timeOfDay: null, sentence: null };
}

/**
 * What follows a body that holds the meeting: "(đã) tổ chức", "họp", "khai mạc" …, also when the body
 * is said to take the lead in organising it ("Văn phòng A chủ trì tổ chức cuộc gặp mặt …");
 * time-between-holder-and-verb: a time of day may stand between ("Sở A sáng nay tổ chức …").
 */
const ORGANIZE_AFTER = /^\s*(?:,\s*)?(?:(?:sáng|trưa|chiều|tối)\s+(?:nay|qua|hôm qua|cùng ngày|(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s*,?\s+)?(?:(?:đã|vừa|cùng|đồng|phối hợp|long trọng|tiếp tục)\s+)*(?:chủ trì\s*,?\s*(?=(?:phối hợp\s+)?tổ chức))?(?:phối hợp\s+)?(?:tổ chức|họp|khai mạc|bế mạc|kết thúc|tiến hành|triệu tập|có(?=\s+(?:buổi|cuộc)\s+(?:làm việc|họp)(?![\p{L}])))(?![\p{L}])/iu;

/**
 * body-chairs-meeting: "Sở A chủ trì buổi làm việc giữa …", "UBND huyện B đã chủ trì hội nghị …": a
 * body said to chair a meeting (the active form of "<kind> do <Body> chủ trì") holds it.
 */
const CHAIRS_KIND_AFTER = /^\s*(?:,\s*)?(?:(?:sáng|trưa|chiều|tối)\s+(?:nay|qua|hôm qua|cùng ngày|(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s*,?\s+)?(?:(?:đã|vừa|cùng|đồng)\s+)*chủ trì\s+(?:(?:một|các)\s+)?(?:cuộc|buổi|phiên|hội nghị|hội thảo|kỳ họp|tọa đàm|toạ đàm)(?![\p{L}])/iu;
/**
 * body-works-with: "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy A", "Sở B đã làm việc với
 * các doanh nghiệp": the body that works with another holds the working session (as one that "has" it).
 */
const WORKS_WITH_AFTER = /^\s*(?:,\s*)?(?:(?:sáng|trưa|chiều|tối)\s+(?:nay|qua|hôm qua|cùng ngày|(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s*,?\s+)?(?:(?:đã|vừa|có|cũng|tiếp tục|đến|về)\s+)*làm việc\s+với\s/iu;
/**
 * Where such a body stands as the subject of its clause: the sentence's start, after a comma or
 * colon (a dated lead), or joined by "và" to another — not inside a post ("Bí thư Tỉnh ủy chủ trì")
 * nor the one a task is given to ("giao Sở A chủ trì", "kiến nghị Cục B chủ trì cuộc họp").
 */
const CLAUSE_SUBJECT_BEFORE = /(?:^|[,;:]|(?<![\p{L}])(?:và|cùng))\s*$/u;

/**
 * purpose-after-bare-head: "phiên họp quý II của Hội đồng nhằm xây dựng báo cáo …", "cuộc họp của Ủy ban để
 * bàn …" — the body is named by its head alone, what follows is the meeting's purpose, not its name.
 */
const PURPOSE_AFTER_BARE_HEAD = '(?:nhằm|để|với mục đích|với mục tiêu)\\s';
const BARE_HEAD_WITH_PURPOSE = new RegExp(`^[^.;]{0,40}?\\scủa\\s(Ủy ban|Uỷ ban|Hội đồng|Tiểu ban|Ban)\\s+${PURPOSE_AFTER_BARE_HEAD}`, 'u');
/** The head ("Hội đồng") of the body that owns the meeting word at `kindStart` when it is named by its head alone, then the meeting's purpose (see purpose-after-bare-head); else null. */
export function ownedByBareHead(s: string, kindStart: number): string | null {
  return BARE_HEAD_WITH_PURPOSE.exec(s.slice(kindStart))?.[1] ?? null;
}
/**
 * "… của Ủy ban hỗn hợp về …": a committee named in lower case after its head, up to punctuation,
 * a place or time word, or "do <người>" — "tại" inside a word ("tồn tại", "hiện tại") is no place.
 */
const LOWER_COMMITTEE_RE = new RegExp(
  `\\scủa\\s((?:Ủy ban|Uỷ ban|Hội đồng|Tổ công tác|Tiểu ban|Ban)\\s+(?!lần\\s|thứ\\s|${PURPOSE_AFTER_BARE_HEAD})\\p{Ll}[^,(;.]{2,160}?)` +
  `(?=\\s*[,(;.]|\\s+(?:dưới sự|vào|diễn ra)\\s|(?<!(?:${MEETINGS_DATA.taiCompounds.join('|')}))\\s+tại\\s|\\s+do\\s+(?=\\p{Lu}|đồng chí|ông|bà)|$)`, 'u',
);

/** What follows the agent of "<kind> do <Body> …": a partner aside, then the verb that makes it the holder. */
const PASSIVE_AGENT_VERB = /^(?:\s+(?:phối hợp|cùng)(?:\s+với)?\s+[^,.;]{1,60}?)?\s+(?:đã\s+)?(?:chủ trì|tổ chức|phối hợp tổ chức|triệu tập|đăng cai)(?![\p{L}])/u;

/** The words between a host and its partner ("A phối hợp với B tổ chức"). */
const PARTNER_GAP = /^\s*,?\s*(?:đã\s+)?(?:phối hợp\s+(?:cùng\s+)?với|phối hợp\s+cùng|cùng(?:\s+với)?|kết hợp\s+với)\s*$/u;
/**
 * partner-after-cooperates: the words between a host and the partner its clause names after "phối hợp"
 * — "A chủ trì phối hợp với B tổ chức", "A chủ trì, phối hợp với B …", "A phối hợp B tổ chức" (no
 * "với"), "do A phối hợp với Cổng thông tin điện tử B tổ chức" (words that name no body of their own
 * before the partner).
 */
const COOPERATES_GAP = /^\s*,?\s*(?:(?:đã|cùng)\s+)?(?:(?:đồng\s+)?chủ trì\s*,?\s*)?(?:phối hợp|kết hợp)(?:\s+(?:cùng\s+)?với|\s+cùng)?\s+(?:[^,.;:()“”"]{0,40}?\s)?$/u;
/**
 * partner-list-unread: the hosts' clause names its partners after "phối hợp (cùng|với)" in words the
 * reader does not take whole for bodies ("A phối hợp cùng Bộ Thông tin và truyền thông và Hội B tổ
 * chức …", "A phối hợp với Báo C, Đài D và Hội E tổ chức …"): every body after the marker, up to the
 * verb, is a partner, and the host is the body before it. The gap holds no clause end, quote or bracket.
 */
const COOPERATES_LIST_GAP = /^\s*,?\s*(?:(?:đã|cùng)\s+)?(?:(?:đồng\s+)?chủ trì\s*,?\s*)?(?:phối hợp|kết hợp)(?:\s+(?:cùng\s+)?với|\s+cùng)?\s+([^.;:()“”"]{1,120})$/u;
/** A verb of holding inside that gap: the run is another clause, not a partner list. */
const HOLD_VERB_IN_GAP = /(?<![\p{L}])(?:tổ chức|họp|khai mạc|chủ trì)(?![\p{L}])/u;
/** The same words at the end of a clause whose host is no body the reader knows ("Bộ NN & PTNT đã phối hợp với B tổ chức …"). */
const COOPERATES_BEFORE = /(?<![\p{L}])(?:phối hợp|kết hợp)(?:\s+(?:cùng\s+)?với|\s+cùng)?\s+(?:[^,.;:()“”"]{0,40}?\s)?$/u;

/**
 * Between a subject body and its "tổ chức": a remit ("về …", no body in it) or partners ("phối hợp với …").
 * remit-before-meets: a body with its remit may also "họp" itself ("Đoàn giám sát của Quốc hội về việc thực
 * hiện chính sách … đã họp phiên thứ hai").
 */
const SUBJECT_GAP = /^(?:\s+(về\s[^;.]*?)|\s*,?\s*(?:đã\s+)?(?:phối hợp|cùng|kết hợp)\s+với\s[^;.]*?)?\s*(?:đã\s+)?(?:(?:phối hợp\s+)?tổ chức|họp)\s/iu;

/** True when the few words from the last clause mark before `at` up to it open with a post ("…, Trưởng đoàn Đại biểu Quốc hội tỉnh"). */
function postBeforeBody(s: string, at: number): boolean {
  const seg = /[^,;:(]*$/u.exec(s.slice(0, at))!;
  const start = at - seg[0].length + (seg[0].length - seg[0].trimStart().length);
  // a short run of post words only (not "Chủ tịch nước A đã tham dự tọa đàm do")
  return start < at && at - start <= 30 && roleAt(s, foldKeepOffsets(s), start, false) > 0;
}

/** True when a clause opened by a post ("…, Thứ trưởng A …") stands between `from` and `to` in `s`. */
function clauseWithPostBetween(s: string, from: number, to: number): boolean {
  const f = foldKeepOffsets(s);
  for (const c of s.slice(from, to).matchAll(/,\s+/gu)) {
    const at = from + c.index + c[0].length;
    if (roleAt(s, f, at, false) > 0) return true;
  }
  return false;
}

/**
 * What may stand between a meeting word and the body it belongs to ("buổi họp báo thường kỳ quý II Bộ
 * Công Thương", "Hội nghị lần thứ 10 Ban Chấp hành …", "phiên họp thường kỳ tháng 6 Chính phủ").
 */
const KIND_QUALIFIERS = /^\s+(?:(?:(?:lần\s+)?thứ\s+[\p{L}\p{N}]+|thường k[ỳì]|định k[ỳì]|thường niên|trực tuyến|quý\s+(?:\d|I{1,3}|IV)(?:\s*[/-]\s*\d{4})?|tháng\s+\d{1,2}(?:\s*[/-]\s*\d{4})?|năm\s+\d{4})\s+)*$/u;

/**
 * body-place-aside: the length of a place set off after a body ("UBND quận 1, Thành phố Hồ Chí Minh đã
 * tổ chức …", "Sở Y tế (tỉnh Nam Định) tổ chức …"), or 0 when none stands there.
 */
function placeAside(rest: string): number {
  const m = /^\s*(?:,|\()\s*(?:(?:tỉnh|thành phố|Thành phố|Tỉnh|TP\.?|Tp\.?)\s*)?(\p{Lu}[\p{Ll}\p{M}]*(?:[ -]\p{Lu}[\p{Ll}\p{M}]*){0,3})\s*[,)]?/u.exec(rest);
  return m && PLACES.has(fold(m[1]!)) ? m[0].length : 0;
}

/**
 * body-abbreviation-aside: the length of the body's abbreviation set off in brackets after it ("Tập đoàn
 * Dầu khí Việt Nam (PVN) đã tổ chức …", "do Liên đoàn Bóng đá thế giới (FIFA) tổ chức"), or 0 when none
 * stands there — an acronym of two capitals or more, without spaces.
 */
function abbreviationAside(rest: string): number {
  const m = /^\s*\(\s*(?=(?:[^)\s]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}&./-]{1,14}\s*\)/u.exec(rest);
  return m ? m[0].length : 0;
}

/** What stands set off after a body before its verb: its bracketed abbreviation, then a place (see {@link abbreviationAside}, {@link placeAside}). */
function asideAfterBody(rest: string): number {
  const abbr = abbreviationAside(rest);
  return abbr + placeAside(rest.slice(abbr));
}

/**
 * directed-body-is-no-holder: a body (or its head) told by someone to organise something — "yêu cầu Bộ
 * trưởng Bộ A tổ chức kiểm điểm …", "giao Sở B tổ chức hội nghị …" — is given a task; it did not hold
 * the meeting reported.
 */
const DIRECTED_BEFORE = /(?<![\p{L}])(?:yêu cầu|giao(?:\s+cho)?|đề nghị|chỉ đạo|kiến nghị)\s+(?:(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc|Thủ trưởng|lãnh đạo|Lãnh đạo)\s+)?$/u;

/** "tại trụ sở (của)" right before a body: the body names a place. */
const SEAT_BEFORE = /(?<![\p{L}])trụ sở\s+(?:của\s+)?$/iu;

/** A document's name ("Kết luận", "Nghị quyết số 18-NQ/TW", "Chỉ thị 05 ngày 15/5/2016") ending the text before "của". */
const DOCUMENT_BEFORE_OF = new RegExp(`(?<![\\p{L}])(?:${alternation(MEETINGS_DATA.documentWords, 'as-written')})(?:\\s+(?:số\\s+)?[\\p{N}][^\\s,;]*)?(?:\\s+(?:ngày|năm)\\s+[\\p{N}][^\\s,;]*)?\\s*$`, 'iu');
/** True when `before` ends with a document's name ("Nghị quyết", "Kết luận số 12"): the "của <body>" after it owns the document. */
export function namesDocumentBefore(before: string): boolean {
  return DOCUMENT_BEFORE_OF.test(before);
}

/** The words before "của" that name what the meeting is about, owned by the body after it (see topic-owner-is-no-holder). */
const TOPIC_BEFORE_OF = /(?<![\p{L}])(?:kiến nghị|đề nghị|ý kiến|yêu cầu|quyết định|đề xuất|phản ánh|chủ trương|trang web|trang thông tin)(?:\s+[\p{Ll}\p{M}]+){0,2}\s*$|(?<![\p{L}])[Kk]inh nghiệm(?![\p{L}])/u;

/** Bodies that held the meeting, read from the sentence that reports it. */
export function meetingOrganizers(s: string, kindStart: number): BodySpan[] {
  const bodies = findBodies(s);
  const out: BodySpan[] = [];
  // "<Body> (và <Body>) (đã) tổ chức <kind>"
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!;
    // seat-is-no-holder: "tại trụ sở Trung ương Đảng, Bộ Chính trị đã họp": the body whose seat is the place does not hold it
    const verbAt = b.end + abbreviationAside(s.slice(b.end));
    const holdsAsSubject = (CHAIRS_KIND_AFTER.test(s.slice(verbAt)) || WORKS_WITH_AFTER.test(s.slice(verbAt))) && CLAUSE_SUBJECT_BEFORE.test(s.slice(0, b.start));
    if (holdsAsSubject || ORGANIZE_AFTER.test(s.slice(b.end + asideAfterBody(s.slice(b.end)))) && !DIRECTED_BEFORE.test(s.slice(Math.max(0, b.start - 40), b.start))) {
      const list = [b];
      // earlier bodies joined by "và" / ","
      let j = i - 1;
      for (; j >= 0; j--) {
        const gap = s.slice(bodies[j]!.end, bodies[j + 1]!.start);
        // post-body-is-no-cohost: "dưới sự chủ trì của A, Chủ tịch UBND tỉnh, Trưởng đoàn Đại biểu Quốc hội tỉnh, UBND
        // tỉnh đã tổ chức …" — a body read inside a post (words before it after the comma) ends the chair's
        // titles; it is not a host listed before the subject
        if (/^\s*(?:,|và)\s*$/u.test(gap) && !SEAT_BEFORE.test(s.slice(Math.max(0, bodies[j]!.start - 20), bodies[j]!.start)) &&
          !postBeforeBody(s, bodies[j]!.start)) list.unshift(bodies[j]!); else break;
      }
      // "<A> phối hợp với <B> tổ chức …": B is a partner, A holds the meeting
      const partner = j >= 0 && PARTNER_GAP.test(s.slice(bodies[j]!.end, list[0]!.start));
      // "Trung tâm A thuộc Viện B đã tổ chức …": a body named as the parent of the subject does not hold it
      // (also through a list: "Trung tâm A thuộc Viện B, Viện Hàn lâm C đã tổ chức …")
      const chainStart = j >= 0 && /^\s*,\s*$/u.test(s.slice(bodies[j]!.end, list[0]!.start)) ? bodies[j]!.start : list[0]!.start;
      if (/(?<![\p{L}])thuộc\s+$/u.test(s.slice(Math.max(0, list[0]!.start - 8), list[0]!.start)) ||
        /(?<![\p{L}])thuộc\s+$/u.test(s.slice(Math.max(0, chainStart - 8), chainStart))) continue;
      if (!partner) {
        // partner-after-cooperates: "A, B và C chủ trì phối hợp với D, E tổ chức …" — D and E are partners;
        // the hosts are the bodies joined before "phối hợp" (none when the reader knows no body there)
        const clauseStart = j >= 0 ? bodies[j]!.end : 0;
        if (j >= 0 && COOPERATES_GAP.test(s.slice(clauseStart, list[0]!.start))) {
          const hosts = [bodies[j]!];
          for (let k = j - 1; k >= 0 && /^\s*(?:,|và)\s*$/u.test(s.slice(bodies[k]!.end, bodies[k + 1]!.start)); k--) hosts.unshift(bodies[k]!);
          out.push(...hosts);
          continue;
        }
        if (COOPERATES_BEFORE.test(s.slice(clauseStart, list[0]!.start))) continue;
        // partner-list-unread: an earlier body whose "phối hợp với …" runs on to the subject is the host
        const host = bodies.slice(0, j + 1).findLastIndex((h) => {
          const run = COOPERATES_LIST_GAP.exec(s.slice(h.end, list[0]!.start));
          return run !== null && !HOLD_VERB_IN_GAP.test(run[1]!);
        });
        if (host !== -1 && CLAUSE_SUBJECT_BEFORE.test(s.slice(0, bodies[host]!.start))) {
          const hosts = [bodies[host]!];
          for (let k = host - 1; k >= 0 && /^\s*(?:,|và)\s*$/u.test(s.slice(bodies[k]!.end, bodies[k + 1]!.start)); k--) hosts.unshift(bodies[k]!);
          out.push(...hosts);
          continue;
        }
      }
      out.push(...(partner ? [bodies[j]!] : list));
    }
  }
  if (out.length) return out;
  // "<kind> … do <Body> (và <Body>) (phối hợp với …) chủ trì/tổ chức": the agent of the passive
  const agent = /\sdo\s+$/u;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!;
    if (b.start < kindStart || !agent.test(s.slice(Math.max(kindStart, b.start - 6), b.start))) continue;
    const list = [b];
    for (let j = i + 1; j < bodies.length && /^\s*(?:,|và)\s*$/u.test(s.slice(list[list.length - 1]!.end, bodies[j]!.start)); j++) list.push(bodies[j]!);
    const last = list[list.length - 1]!.end;
    if (PASSIVE_AGENT_VERB.test(s.slice(last + abbreviationAside(s.slice(last))))) return list;
  }
  // the subject of "Sáng 5/1, <Body> về … tổ chức hội nghị …", "<Body> phối hợp với … tổ chức …": what
  // stands between the body and "tổ chức" is its remit or its partners, never a verb of its own
  // ("UBND tỉnh chỉ đạo Sở X tổ chức hội nghị": the Sở holds it)
  const first = bodies[0];
  const gap = first && first.start < kindStart ? SUBJECT_GAP.exec(s.slice(first.end, kindStart)) : null;
  if (first && gap && /^(?:[^,]{0,40},\s*){0,2}$/u.test(s.slice(0, first.start)) &&
    (gap[1] === undefined || !bodies.some((b) => b.start > first.end && b.start < first.end + gap[1]!.length))) {
    return [first];
  }
  // "Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ …": the body named right after the meeting word
  const kindEnd = findKind(s.slice(kindStart))?.end;
  if (kindEnd !== undefined) {
    const from = kindStart + kindEnd;
    const next = bodies.find((b) => b.start >= from);
    if (next && KIND_QUALIFIERS.test(s.slice(from, next.start))) return [next];
  }
  // "<kind> … của <Body> và <Body>", "<kind> … giữa <Body> với <Body>, <Body>"
  const tail = s.slice(kindStart);
  const m = /\s(?:của|giữa)\s/u.exec(tail);
  // topic-owner-is-no-holder: "cuộc họp nghe … báo cáo về việc tiếp thu các kiến nghị của Hiệp hội A",
  // "họp báo thông báo những quyết định quan trọng của Chính phủ", "hội thảo về kinh nghiệm hoạt động của
  // Hội đồng nhân dân": the body after "của" owns what the meeting is about, it does not hold it
  if (m && TOPIC_BEFORE_OF.test(tail.slice(0, m.index))) return [];
  // "phiên họp đầu tiên của Ủy ban hỗn hợp về …": a committee named in lower case after its head
  const named = LOWER_COMMITTEE_RE.exec(tail);
  if (named && m && named.index === m.index) {
    const start = kindStart + named.index + named[0].indexOf(named[1]!);
    // "Ban chỉ đạo Bộ Công Thương xử lý các vấn đề …": the capitalised body ends the name, the
    // lower-case purpose after it does not belong to it
    const whole = named[1]!.trim();
    const inner = findBodies(whole)[0];
    const cut = inner && inner.start === 0 && /^\S+\s+\p{Ll}+(?:\s+\p{Ll}+)*\s+\p{Lu}/u.test(inner.name) && /^\s+\p{Ll}+\s+\p{Ll}/u.test(whole.slice(inner.end));
    const name = cut ? inner.name : whole;
    return [{ name, start, end: start + name.length, kind: 'other' }];
  }
  // "Tại buổi họp báo …, Thứ trưởng A thông tin … kết luận của Ủy ban B": a "của" past a clause that
  // names a person by post belongs to what that person said, not to the meeting
  if (m && clauseWithPostBetween(s, kindStart, kindStart + m.index)) return [];
  // document-issuer-is-no-holder: "phiên họp triển khai Kết luận của Bộ Chính trị", "hội nghị quán
  // triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương": the body after a document's name issued
  // the document, it does not hold the meeting
  if (m && DOCUMENT_BEFORE_OF.test(tail.slice(0, m.index))) return [];
  // a "của" past a sentence end the splitter missed ("… giao ban lãnh đạo UBND TP. Như đã thông tin, …
  // của Hiệp hội A") belongs to the next sentence
  if (m && /[.!?]\s+\p{Lu}/u.test(tail.slice(0, m.index))) return [];
  if (m) {
    const from = kindStart + m.index;
    const list = bodies.filter((b) => b.start >= from);
    const res: BodySpan[] = [];
    for (const b of list) {
      const prev = res[res.length - 1];
      if (prev && !/^\s*(?:,|và|với)\s*$/u.test(s.slice(prev.end, b.start))) break;
      if (!prev && !/^\s*(?:của|giữa)\s*$/u.test(s.slice(from, b.start))) break;
      res.push(b);
    }
    if (res.length) return res;
  }
  return [];
}

/**
 * meeting-referred-back: a sentence opened by a bare, definite meeting noun — "Tại hội nghị, A nhấn mạnh …",
 * "Phát biểu tại hội nghị, Bí thư Tỉnh ủy B …", "Tại hội đàm, hai Thủ tướng …" (the noun then a comma, "này"
 * at most) — speaks of a meeting the reader already knows from an earlier sentence. The words before the
 * meeting noun: "(Phát biểu|Kết luận|…) tại", a photo credit glued before it ("Ảnh: TTXVN Tại hội nghị,").
 */
const REFERRED_BACK_BEFORE = /^(?:Ảnh\s*:?\s*[^\s,.;:]+(?:\s+[^\s,.;:]+){0,3}?\s+(?=\p{Lu}))?(?:(?:Phát biểu|Kết luận|Báo cáo|Trình bày|Chia sẻ|Trao đổi|Thông tin)(?:\s+(?:chỉ đạo|kết luận|khai mạc|bế mạc))?\s+)?[Tt]ại\s+$/u;
const REFERRED_BACK_AFTER = /^\s*(?:(?:này|lần này)\s*)?,/u;

/** The meeting noun a sentence refers back with (see meeting-referred-back), or null. */
export function referredBackKind(s: string): { start: number; end: number; kind: string } | null {
  const k = findKind(s);
  if (!k || !REFERRED_BACK_BEFORE.test(s.slice(0, k.start)) || !REFERRED_BACK_AFTER.test(s.slice(k.end))) return null;
  return k;
}

/** The word an earlier sentence tells a meeting of this kind by: "hội nghị", "họp", "họp báo", "làm việc", "hội đàm" (none for "buổi tiếp": "tiếp" is "tiếp tục" too). */
function coreWord(kind: string): string | null {
  const words = fold(kind).replace(/^(?:buổi|cuộc|phiên)\s+/u, '').split(/\s+/u);
  if (words[0] === 'tiếp') return null;
  return words[0] === 'họp' && words[1] !== 'báo' || words.length === 1 ? words[0]! : `${words[0]} ${words[1]}`;
}

const REFERRED_ACTIVITY = new RegExp(`(?<![\\p{L}])tổ chức\\s+(?:${alternation(MEETINGS_DATA.referredBackActivities as string[], 'as-written')})(?![\\p{L}])`, 'iu');
/** A ceremony or an award told in the sentence ("lễ", "trao giải", "trao tặng"): no meeting without its own meeting word. */
const CEREMONY_WORD = /(?<![\p{L}])(?:lễ|trao|tuyên dương|vinh danh)(?![\p{L}])/iu;

/**
 * True when an earlier sentence `s` tells the event that the meeting noun `kind` refers back to (see
 * meeting-referred-back): it names that meeting by its word, as a noun or a verb ("… đã dự lễ đón, hội
 * đàm và dự chiêu đãi …", "Sau lễ đón, hai Thủ tướng tiến hành hội đàm."), or, for a conference or a
 * meeting, a body or official holding a review told without a meeting word ("Ngày 9/6, Ban Thường vụ Tỉnh
 * ủy A tổ chức sơ kết 1 năm …"), with no ceremony or award in the sentence.
 */
export function tellsReferredMeeting(s: string, kind: string): boolean {
  const core = coreWord(kind);
  if (core === null) return false;
  const f = fold(s);
  if (new RegExp(`(?<![\\p{L}])${core}(?![\\p{L}])`, 'u').test(f)) return true;
  return /^(?:hội nghị|họp)$/u.test(core) && REFERRED_ACTIVITY.test(s) && !CEREMONY_WORD.test(s);
}
