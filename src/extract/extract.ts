/**
 * The `extract` stage: a cleaned `Article` in, a validated `Extraction` out. Pure: no I/O.
 */
import type { Article } from '../model/article.js';
import {
  ExtractionSchema, type Extraction, type Evidence, type Meeting, type OrganizationMention, type PersonMention,
  type Position, type Task,
} from '../model/extraction.js';
import { matchKey, stableId } from '../model/keys.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findNameMentions, findShortMentions, findTitleMentions, type Mention } from './mentions.js';
import { rolesInSentence, emptyRoles, addListItemRoles, NOT_ATTEND_COMPOUND, type Actor } from './roles-in-sentence.js';
import { parseTitle, titleRefersTo, expandAbbreviations } from './positions.js';
import { findDates, isDocumentDate } from './dates.js';
import { assemblySitsInDatedLead, atMeetingDatedInItsPhrase, bodyMeets, delegationWorksWith, findKind, workingVisit, worksWithLocalUnit, ownedByBareHead, followsWelcomeCeremony, heldLatelyUndated, frontedVerbMeeting, isHeldSentence, meetingDate, meetingOrganizers, meetingTitle, namesDocumentBefore, datedInItsPhrase, referredBackKind, tellsReferredMeeting, verbMeeting } from './meeting.js';
import { findBodies, findNamedBodies, bodyKind, listedBodyNames, localityOf } from './bodies.js';
import { isForeignSpellingSlip } from './names.js';
import { collectTasks } from './tasks-collect.js';
import { normalizeForMatching, fold, escapeRegExp, alternation } from './text.js';
import { MEETINGS_DATA, VERBS, COUNTRIES_IN_VIETNAMESE } from './lexicon.js';

interface PersonRecord {
  key: string;
  name: string;
  mentions: Evidence[];
  titles: Array<{ text: string; former: boolean; marker?: string; evidence: Evidence }>;
  firstAt: number;
}

/**
 * A speech or chair verb right after a full name: the name is a person's. aside-before-speech: a bracketed
 * constituency, place or age may stand between ("Đại biểu A (đoàn Hà Nội) cho rằng", "ông B (45 tuổi) cho biết").
 */
const SPEAK_AFTER_NAME = new RegExp(
  `^\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:,\\s*)?(?:(?:đã|cũng|vừa|lại|thì)\\s+)*(?:${[...VERBS.speak, ...VERBS.chair].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'u',
);
// (the pronoun first and the look-behind after it, through a back-reference: the same matches
// without a look-behind tried at every position)
const PRONOUN_RE = /(đồng chí|Đồng chí|ông|Ông|bà|Bà)(?<![\p{L}]\1)(?=\s+(?:cũng\s+)?(?:đề nghị|yêu cầu|nhấn mạnh|cho biết|chỉ đạo|lưu ý|khẳng định|nêu rõ|giao|phát biểu|cho rằng)(?![\p{L}]))/gu;

/** A day written with its month and year ("17.6.2017", "9/1/2017", "15-4-2016"). */
const FULL_DATE_RE = /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?!\d)/u;
/** Characters of headline and lead: a meeting the article reports is named or told by its verb within them. */
const LEAD_CHARS = 600;
/** Characters past which a meeting first told is one the body of the article recalls. */
const DEEP_BODY_CHARS = 1500;
/**
 * talks-told-held-bare: "Sau cuộc tiếp, hai bên đã tiến hành hội đàm.", "Hai bên đã hội đàm." — talks said to have
 * taken place, the clause ending on the meeting word (no "với", no future).
 */
const TALKS_TOLD_HELD_BARE = /(?<![\p{L}])(?:đã|vừa)\s+(?:tiến hành\s+)?hội (?:đàm|kiến)(?:\s+(?:hẹp|mở rộng|cấp cao|chính thức|song phương))?\s*(?:[.;]|$)/u;
/**
 * lead-hosted-occasion: a lead telling a visit or a host's welcome ("chuyến thăm chính thức Belarus", "A thăm và làm việc tại …", "Thủ tướng A
 * đã chủ trì đón Thủ tướng B", "Thủ tướng A tiếp Thứ trưởng B") reports that occasion, whose talks or meeting
 * a photo story or a long report may tell only late.
 */
const LEAD_HOSTED_OCCASION = /(?<![\p{L}])(?:chủ trì\s+(?:đón|tiếp)|(?<!trực\s)tiếp\s+(?=\p{Lu}|đoàn(?![\p{L}]))|chuyến thăm|thăm chính thức|thăm và làm việc|hội đàm|hội kiến)(?![\p{L}])/u;
/**
 * background-meeting-deep-in-body (applied only when nobody chairs the meeting and it is not told through what
 * was said at it on a stated day — "Tại cuộc họp giao ban sáng 6/2, Chủ tịch A yêu cầu …" is the news itself — unless
 * that day is written with its year, as a recalled date is: "Tại buổi làm việc ngày 17.6.2017, …"): "Ngày 15.4.2016, UBND phường A đã tổ chức cuộc họp giải quyết đơn …",
 * "… tại buổi làm việc ngày 17.6.2017 …" told far into an article whose headline and lead name no meeting
 * (a complaint, an appointment, a dispute) — the meeting is background to the story, not what it reports.
 * True when the anchor sentence starts past `DEEP_BODY_CHARS`, nobody is said to chair there, it is not told
 * as the same day as the lead, and no sentence starting within `LEAD_CHARS` names a meeting, tells one by its
 * verb or tells a hosted occasion (`LEAD_HOSTED_OCCASION`, also looked for in `headline`, the article's title).
 */
function toldOnlyDeepInBody(
  sentences: readonly Sentence[], kindAt: ReadonlyArray<unknown>, anchor: number, leadVerbAt: (i: number) => LeadVerb,
  chairedAtAnchor: boolean, headline: string,
): boolean {
  const told = sentences[anchor]!;
  if (LEAD_HOSTED_OCCASION.test(headline)) return false;
  // a meeting someone is said to chair, or one told as later the same day as the lead ("Chiều cùng ngày, …"),
  // carries on the story the lead tells
  if (told.start <= DEEP_BODY_CHARS || chairedAtAnchor || /(?<![\p{L}])cùng ngày(?![\p{L}])/u.test(told.text)) return false;
  for (let i = 0; i < anchor && sentences[i]!.start < LEAD_CHARS; i++) {
    if (kindAt[i] !== null || leadVerbAt(i).v !== null || LEAD_HOSTED_OCCASION.test(sentences[i]!.text)) return false;
  }
  return true;
}

/** A sentence opened by a look back in time ("Trước đó,", "Năm ngoái,"), not by the same day. */
const EARLIER_OCCASION = new RegExp(`^(?:${VERBS.earlierOccasion.join('|')})(?![\\p{L}])(?!,?\\s*(?:sáng|trưa|chiều|tối)\\s+cùng ngày)`, 'u');
/**
 * background-hoi-opener: "Hồi cuối tháng 2, A đã chủ trì cuộc họp …", "Hồi tháng 3/2022, …" — a sentence
 * opened by "Hồi" and a month, year, week or quarter tells a past occasion as background, never the
 * meeting reported ("Hồi 8 giờ" is a clock time and stays out).
 */
const BACKGROUND_HOI_OPENER = /^Hồi\s+(?:(?:đầu|cuối|giữa|trung tuần|thượng tuần|hạ tuần)\s+)?(?:tháng|năm|tuần|quý)(?![\p{L}])/u;
/**
 * another-development-opener: "Trong một diễn biến khác, …", "Ở một diễn biến khác, …" turns the report to
 * another story; the people named from there to the end of its paragraph do nothing at the meeting reported
 * (unless that stretch names a meeting of its own, which may be the one reported).
 */
const ANOTHER_DEVELOPMENT = new RegExp(`^(?:${VERBS.anotherDevelopment.join('|')})(?![\\p{L}])`, 'iu');
/**
 * speech-after-the-meeting: "Trả lời báo chí sau cuộc họp, Bộ trưởng A cho biết …", "Sau khi kết thúc hội
 * đàm, B chia sẻ …" — a clause opening the sentence places what follows after the meeting: said to the
 * press, not at the meeting: who speaks so was at the meeting (an attendee) but does not speak at it here.
 */
const AFTER_THE_MEETING = /^(?:[^,.;:]{0,30},\s*)?(?:[^,.;:]{0,60}\s)?sau\s+(?:khi\s+(?:kết thúc\s+)?)?(?:cuộc họp|hội nghị|buổi làm việc|cuộc làm việc|phiên họp|buổi họp|hội đàm|cuộc hội đàm|buổi hội đàm|hội kiến|cuộc hội kiến|kỳ họp|buổi tiếp|cuộc gặp)(?![\p{L}])[^,.;:]{0,60},/iu;
/** True for a sentence opened by a look back in time (`EARLIER_OCCASION` or `BACKGROUND_HOI_OPENER`). */
const opensEarlierOccasion = (t: string): boolean => EARLIER_OCCASION.test(t) || BACKGROUND_HOI_OPENER.test(t);
const SECOND_MEETING_TIME = /(?<![\p{L}])(?:sáng|trưa|chiều|tối)\s+(?:cùng ngày|hôm sau|ngày hôm sau)(?![\p{L}])/iu;

/**
 * The first sentence each person is said to chair in: someone chaired before sentence `j` when
 * theirs is below `j` (one pass, not a union of every earlier sentence's chairs per sentence).
 */
function firstChairSentences(roles: ReadonlyArray<{ chairs: ReadonlySet<string> }>): Map<string, number> {
  const first = new Map<string, number>();
  roles.forEach((r, i) => {
    for (const k of r.chairs) if (!first.has(k)) first.set(k, i);
  });
  return first;
}

/** A name without its tone marks (vowel shapes and "đ" kept): "trịnh định dũng" → "trinh đinh dung". */
function toneless(key: string): string {
  return key.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
}

/**
 * Merges a person named once into one whose name differs only in tone marks, or a foreign name
 * spelt once another way, and who is named at least twice; the single spelling is taken for a slip.
 */
function mergeToneSlips(persons: Map<string, PersonRecord>, actors: Actor[][]): void {
  const groups = new Map<string, PersonRecord[]>();
  for (const p of persons.values()) groups.set(toneless(p.key), [...(groups.get(toneless(p.key)) ?? []), p]);
  for (const group of groups.values()) {
    if (group.length !== 2) continue;
    const [a, b] = group as [PersonRecord, PersonRecord];
    const [major, minor] = a.mentions.length >= b.mentions.length ? [a, b] : [b, a];
    if (minor.mentions.length !== 1 || major.mentions.length < 2) continue;
    major.mentions.push(...minor.mentions);
    major.titles.push(...minor.titles);
    major.firstAt = Math.min(major.firstAt, minor.firstAt);
    persons.delete(minor.key);
    for (const list of actors) for (const x of list) if (x.key === minor.key) x.key = major.key;
  }
  // a foreign name spelt once another way ("Thoonglun" beside "Thongloun" written twice or more)
  const list = [...persons.values()];
  for (const minor of list) {
    if (minor.mentions.length !== 1 || !persons.has(minor.key)) continue;
    const major = list.find((p) => p !== minor && p.mentions.length >= 2 && persons.has(p.key) && isForeignSpellingSlip(minor.name, p.name));
    if (!major) continue;
    major.mentions.push(...minor.mentions);
    major.titles.push(...minor.titles);
    major.firstAt = Math.min(major.firstAt, minor.firstAt);
    persons.delete(minor.key);
    for (const l of actors) for (const x of l) if (x.key === minor.key) x.key = major.key;
  }
}

const MEMBER_ROLE = /^(?:Ủy viên|Uỷ viên|Thành viên)(?![\p{L}])/iu;

/** A sentence that only announces an attendee list: "Dự hội nghị có các đồng chí:". */
/** "(Tham) dự" right before a meeting word, opening its clause: the attendance list of attendance-list-held. */
/** A photo caption showing the meeting's scene ("Toàn cảnh hội nghị", "Quang cảnh buổi làm việc"). */
/** A sentence opened by who was present: "Tham dự cuộc họp có …", "Dự và chỉ đạo có …", "Dự họp còn có …". */
const ATTENDANCE_OPENER = /^(?:Cùng\s+)?(?:Tham\s+)?[Dd]ự(?:\s+và\s+chỉ\s+đạo)?(?:\s+(?:cuộc|buổi|phiên)\s+họp|\s+họp)?\s+(?:còn\s+)?có(?![\p{L}])/u;
const SCENE_CAPTION = /^(?:Toàn cảnh|Quang cảnh)\s/u;
const ATTENDED_KIND_BEFORE = /(?:^|[.;,:]\s*)(?:(?:đến|cùng)\s+)?(?:tham\s+)?dự\s+$/iu;
/** "… có", "… còn có", "…, có": what follows the meeting word in an attendance list. */
const PRESENT_AFTER_KIND = /^[^,.;:]{0,40}?(?:,\s*)?(?:còn\s+|cũng\s+)?có(?![\p{L}])/u;
const ATTENDEE_LIST_HEADER = new RegExp(`(?:^|[.;,]\\s*)(?:thành phần\\s+)?(?:cùng\\s+)?(?:tham\\s+)?dự(?![\\p{L}])${NOT_ATTEND_COMPOUND}(?:\\s+\\p{L}+){0,3}?\\s*(?:,\\s*)?(?:còn\\s+)?(?:có|gồm)(?:\\s+(?:các\\s+)?(?:đồng chí|vị|ông|bà|đại biểu))?\\s*:\\s*$`, 'iu');
/** True when a sentence ends with a colon (spaces after it aside): a quick test before {@link ATTENDEE_LIST_HEADER}, which ends so. */
function endsWithColon(s: string): boolean {
  return /:\s*$/u.test(s);
}
/** What may stand before the person on a list item's line: a bullet, a number, "Đồng chí". */
const LIST_ITEM_LEAD = /^\s*(?:[-–•+*]\s*|\d{1,3}[.)]\s*)?(?:(?:đồng chí|đ\/c|ông|bà)\s*)?$/iu;

type FoundVerb = NonNullable<ReturnType<typeof verbMeeting>>;
/** A lead sentence's dated meeting verb ("Sáng 7/6, Bộ trưởng A đã làm việc với …"), with the officials it may follow. */
interface LeadVerb {
  officials: Actor[];
  fronted: ReturnType<typeof frontedVerbMeeting>;
  v: ReturnType<typeof frontedVerbMeeting> | FoundVerb | null;
}

function leadVerb(s: string, actors: readonly Actor[], persons: ReadonlyMap<string, PersonRecord>): LeadVerb {
  // the subject holds a post: a person with no post "làm việc với" someone is no official meeting
  const officials = actors.filter((a) => persons.get(a.key)?.titles.some((t) => !t.former));
  const dated = findDates(s).some((d) => !d.deadline);
  const fronted = dated ? frontedVerbMeeting(s, officials.map((a) => a.extentStart)) : null;
  const ends = officials.map((a) => a.extentEnd);
  const v = fronted ?? (dated ? verbMeeting(s, ends) ?? workingVisit(s, ends) ?? delegationWorksWith(s) : null);
  return { officials, fronted, v };
}

/**
 * official-at-dated-meeting: "Ngày 6/2, tại cuộc họp giao ban với các sở ngành, Chủ tịch UBND TP A tiếp tục đề cập …",
 * "Chiều 21/5, tại Phủ Chủ tịch, trong buổi tiếp Bộ trưởng B, Chủ tịch nước C nhấn mạnh …" — a sentence opened by its
 * day, then the meeting at which ("tại", "trong") an official named with his post says or does what follows, reports that
 * meeting, whatever the verb, and places that official at it (an attendee, whatever his verb says of him). A look back
 * ("Trước đó, …") or a day with its year (a recalled date) is no report. Returns the official's key, or null.
 */
const DATED_AT_MEETING = /^(?:[^,;:]{0,40}?\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d/.-]*\d)[^,;:]{0,20},\s*)(?:tại\s[^,;:]{1,40},\s*)?(?:tại|trong)\s+(?:cuộc|buổi|phiên|hội nghị|kỳ họp)(?![\p{L}])/iu;
function officialAtDatedMeeting(s: string, kind: { start: number; end: number }, actors: readonly Actor[], persons: ReadonlyMap<string, PersonRecord>): string | null {
  const m = DATED_AT_MEETING.exec(s);
  if (!m || kind.start >= m[0].length || opensEarlierOccasion(s) || FULL_DATE_RE.test(s.slice(0, m[0].length))) return null;
  if (!findDates(s.slice(0, m[0].length)).some((d) => !d.deadline)) return null;
  // the official opens the main clause: the first comma after the meeting's phrase, then his post and name
  return actors.find((a) => a.extentStart > m[0].length && /^[^;:]*,\s*$/u.test(s.slice(m[0].length, a.extentStart)) && !/,[^,]*,\s*$/u.test(s.slice(m[0].length, a.extentStart)) &&
    (persons.get(a.key)?.titles.some((t) => !t.former) ?? false))?.key ?? null;
}

/**
 * meeting-referred-back: "Ngày 9/6, Ban Thường vụ Tỉnh ủy A tổ chức sơ kết 1 năm … . Phát biểu tại hội nghị, Bí thư
 * Tỉnh ủy B nhấn mạnh …", "Ngày 6/6, Thủ tướng C đã dự lễ đón, hội đàm và dự chiêu đãi … . Tại hội đàm, hai Thủ tướng
 * …" — a lead tells a body's or an official's event on its day, and a sentence soon after, where someone speaks,
 * refers back to it with a bare meeting noun (see {@link referredBackKind}): that meeting was held on the lead's day.
 * The told sentence is the nearest one before that tells it ({@link tellsReferredMeeting}) within the lead; it must
 *give its day (no year but the publication's, not a coming day, or the day of a welcome ceremony just told) and be no look back
 * ("Trước đó, …") nor an announcement. The sentence referring back and the told one, or null.
 */
function meetingReferredBack(
  sentences: readonly Sentence[], roles: ReadonlyArray<{ speakers: ReadonlySet<string>; directives: ReadonlyMap<string, unknown> }>, published: string | null,
): { at: number; told: number; kind: NonNullable<ReturnType<typeof findKind>> } | null {
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  for (let i = 1; i < sentences.length && sentences[i]!.start < DEEP_BODY_CHARS; i++) {
    const kind = referredBackKind(sentences[i]!.text);
    if (!kind || roles[i]!.speakers.size + roles[i]!.directives.size === 0) continue;
    for (let j = i - 1; j >= 0 && sentences[j]!.start < LEAD_CHARS; j--) {
      const t = sentences[j]!.text;
      if (!tellsReferredMeeting(t, kind.kind)) continue;
      const day = findDates(t).find((d) => !d.deadline && !isDocumentDate(t, d));
      // (a coming day, "ngày 20/6 tới", announces it)
      const dated = day ? (day.year === null || day.year === pubYear) && !/^\s*tới(?![\p{L}])/u.test(t.slice(day.end)) : followsWelcomeCeremony(t);
      if (!dated || opensEarlierOccasion(t) || isFutureSentence(t) || isAnnouncement(t)) return null;
      return { at: i, told: j, kind };
    }
    return null;
  }
  return null;
}

/** Extracts one article's meetings, people, positions, bodies and tasks. Never throws. */
export function extract(article: Article): Extraction {
  try {
    return ExtractionSchema.parse(extractUnchecked(article));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return emptyExtraction(article, [...readerWarnings(article), `extraction failed: ${message}`]);
  }
}

/** The reader's warnings about the article (an old encoding converted, stray bytes), which its extraction carries on. */
function readerWarnings(article: Article): string[] {
  return Array.isArray(article?.warnings) ? article.warnings.map(String) : [];
}

function emptyExtraction(article: Article, warnings: string[]): Extraction {
  return {
    id: String(article?.id ?? 'unknown'),
    input: article?.input ?? null,
    title: article?.title ?? null,
    published: article?.published ?? null,
    source: article?.source ?? null,
    url: article?.url ?? null,
    authors: Array.isArray(article?.authors) ? article.authors.map(String) : [],
    meetings: [],
    persons: [],
    positions: [],
    committees: [],
    warnings,
  };
}

function extractUnchecked(article: Article): Extraction {
  const original = article.text ?? '';
  const text = normalizeForMatching(original);
  const sentences = splitSentences(text);
  const evidenceOf = (s: Sentence): Evidence => ({
    articleId: article.id, sentence: original.slice(s.start, s.end), start: s.start, end: s.end,
  });
  const authorKeys = new Set(article.authors.map((a) => matchKey(a)));

  // 1. full-name mentions, accepted when their context says "person"
  const nameMentions: Mention[][] = sentences.map((s) => findNameMentions(s.text));
  // each mention's person key, computed once for the passes below
  const mentionKeys: string[][] = nameMentions.map((ms) => ms.map((m) => matchKey(m.name)));
  const accepted = new Set<string>();
  sentences.forEach((s, i) => {
    nameMentions[i]!.forEach((m, j) => {
      const key = mentionKeys[i]![j]!;
      if (authorKeys.has(key)) return;
      const speaks = (): boolean => SPEAK_AFTER_NAME.test(s.text.slice(m.extentEnd)) && m.name.split(' ').length >= 3;
      if (m.honorific || m.titles.length > 0 || speaks()) accepted.add(key);
    });
  });
  const persons = new Map<string, PersonRecord>();
  const actors: Actor[][] = sentences.map(() => []);
  sentences.forEach((s, i) => {
    nameMentions[i]!.forEach((m, j) => {
      const key = mentionKeys[i]![j]!;
      if (!accepted.has(key)) return;
      let p = persons.get(key);
      if (!p) {
        p = { key, name: m.name, mentions: [], titles: [], firstAt: s.start + m.start };
        persons.set(key, p);
      }
      p.mentions.push(evidenceOf(s));
      for (const t of m.titles) p.titles.push({ text: t.text, former: t.former, ...(t.marker ? { marker: t.marker } : {}), evidence: evidenceOf(s) });
      actors[i]!.push({ key, extentStart: m.extentStart, extentEnd: m.extentEnd });
    });
  });

  // 1b. a name misspelt once in a tone mark ("Trịnh Định Dũng" beside "Trịnh Đình Dũng" written
  // twice or more) is the same person
  mergeToneSlips(persons, actors);

  // 2. short forms ("ông Tuấn") and titles alone ("Thủ tướng") refer back to named people
  const byLastSyllable = new Map<string, string[]>();
  for (const p of persons.values()) {
    const last = fold(p.name.split(' ').pop() ?? '');
    byLastSyllable.set(last, [...(byLastSyllable.get(last) ?? []), p.key]);
  }
  let lastActor: string | null = null;
  sentences.forEach((s, i) => {
    const taken = nameMentions[i]!.filter((_, j) => accepted.has(mentionKeys[i]![j]!));
    for (const m of findShortMentions(s.text, taken)) {
      const keys = byLastSyllable.get(fold(m.name)) ?? [];
      if (keys.length === 1) {
        actors[i]!.push({ key: keys[0]!, extentStart: m.extentStart, extentEnd: m.extentEnd });
        persons.get(keys[0]!)!.mentions.push(evidenceOf(s));
      }
    }
    for (const m of findTitleMentions(s.text, taken)) {
      const ref = m.titles[0]!.text;
      const holders = [...persons.values()].filter((p) => !p.titles.every((t) => t.former) && p.titles.some((t) => titleRefersTo(ref, t.text)));
      if (holders.length >= 1) {
        const best = holders.find((h) => h.titles.some((t) => fold(t.text) === fold(ref))) ?? holders[0]!;
        actors[i]!.push({ key: best.key, extentStart: m.extentStart, extentEnd: m.extentEnd });
        best.mentions.push(evidenceOf(s));
      }
    }
    // "đồng chí đề nghị …": the person last spoken of
    if (lastActor) {
      for (const pm of s.text.matchAll(PRONOUN_RE)) {
        const at = pm.index;
        if (actors[i]!.some((a) => at >= a.extentStart && at < a.extentEnd)) continue;
        actors[i]!.push({ key: lastActor, extentStart: at, extentEnd: at + pm[0].length });
      }
    }
    const sorted = [...actors[i]!].sort((a, b) => a.extentStart - b.extentStart);
    if (sorted.length) lastActor = sorted[sorted.length - 1]!.key;
  });

  // 4a. where the meeting may be told: a meeting word, or in the lead a dated meeting verb or a body
  // that meets; without any of them there is no meeting and the roles below are not read
  // (most articles: their roles change nothing in the output)
  const kindAt = sentences.map((s) => findKind(s.text));
  const leadVerbs: Array<LeadVerb | undefined> = [];
  const leadVerbAt = (i: number): LeadVerb => (leadVerbs[i] ??= leadVerb(sentences[i]!.text, actors[i]!, persons));
  const lead = Math.min(4, sentences.length);
  let mayMeet = kindAt.some((k) => k !== null);
  for (let i = 0; !mayMeet && i < lead; i++) mayMeet = leadVerbAt(i).v !== null || bodyMeets(sentences[i]!.text) !== null || assemblySitsInDatedLead(sentences[i]!.text) !== null;

  // 3. what each person does, sentence by sentence
  const roles = mayMeet ? sentences.map((s, i) => rolesInSentence(s.text, actors[i]!)) : sentences.map(() => emptyRoles());
  if (mayMeet) addListItemRoles(sentences.map((s) => s.text), actors, roles);
  // "Trước đó, Phó Thủ tướng A cho biết …": what was said on an earlier occasion is not said at
  // this meeting, nor set there
  if (mayMeet) sentences.forEach((s, i) => {
    if (!opensEarlierOccasion(s.text)) return;
    const r = roles[i]!;
    r.speakers.clear(); r.attendees.clear(); r.directives.clear(); r.concluders.clear(); r.delegationHeads.clear();
    // earlier-occasion-chair: "Trước đó, chiều 6/6, A và B đã dự và chủ trì Diễn đàn …" — chairing told of an
    // earlier event with no meeting word of its own (so never a second meeting of the report) chairs none of it
    if (i > 0 && kindAt[i] === null || BACKGROUND_HOI_OPENER.test(s.text)) r.chairs.clear();
  });
  if (mayMeet) sentences.forEach((s, i) => {
    if (AFTER_THE_MEETING.test(s.text)) {
      const r = roles[i]!;
      for (const k of r.speakers) r.attendees.add(k);
      r.speakers.clear(); r.concluders.clear();
    }
    if (!ANOTHER_DEVELOPMENT.test(s.text)) return;
    const nl = text.indexOf('\n', s.start);
    const paragraphEnd = nl === -1 ? text.length : nl;
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1]!.start < paragraphEnd) j++;
    if (kindAt.slice(i, j + 1).some((k) => k !== null)) return;
    for (let k = i; k <= j; k++) roles[k] = emptyRoles();
  });
  const chairs = new Set<string>();
  const speakers = new Set<string>();
  const attendees = new Set<string>();
  const chairSentences: number[] = [];
  // the sentence that states each role, for evidence
  const roleAt = { chair: new Map<string, number>(), speaker: new Map<string, number>(), attendee: new Map<string, number>() };
  const note = (m: Map<string, number>, k: string, i: number): void => { if (!m.has(k)) m.set(k, i); };
  roles.forEach((r, i) => {
    if (r.chairs.size && isHeldOrNeutral(sentences[i]!.text)) {
      chairSentences.push(i);
      for (const k of r.chairs) { chairs.add(k); note(roleAt.chair, k, i); }
    }
    for (const k of r.speakers) { speakers.add(k); note(roleAt.speaker, k, i); }
    for (const k of r.attendees) { attendees.add(k); note(roleAt.attendee, k, i); }
  });
  // "Dự hội nghị có các đồng chí:" closing its sentence, then one "Đồng chí A, <chức vụ>;" item per
  // line (an HTML list or table): every item's person attends, up to the first line that is no item
  let listOpen = false;
  if (mayMeet) sentences.forEach((s, i) => {
    const first = [...actors[i]!].sort((a, b) => a.extentStart - b.extentStart)[0];
    if (listOpen && first && LIST_ITEM_LEAD.test(s.text.slice(0, first.extentStart))) {
      attendees.add(first.key);
      note(roleAt.attendee, first.key, i);
      return;
    }
    listOpen = endsWithColon(s.text) && ATTENDEE_LIST_HEADER.test(s.text) && !actors[i]!.some((a) => a.extentStart > s.text.lastIndexOf(':'));
  });
  // nobody is said to chair: the person who gives the concluding speech chairs (annotators' convention)
  if (chairs.size === 0) {
    roles.forEach((r, i) => {
      if (r.concluders.size === 0 || !isHeldOrNeutral(sentences[i]!.text)) return;
      if (chairs.size === 0 || [...r.concluders].every((k) => chairs.has(k))) {
        for (const k of r.concluders) { chairs.add(k); speakers.add(k); note(roleAt.chair, k, i); note(roleAt.speaker, k, i); }
        chairSentences.push(i);
      }
    });
  }

  // 4. the meeting itself
  // scene-caption: "Toàn cảnh buổi họp báo chiều 12/7" captions a photo; the sentence that reports the
  // meeting ("Chiều 12/7, Văn phòng A đã tổ chức họp báo …") anchors it
  // (after-welcome-ceremony: "Sau lễ đón, … đã hội đàm" is dated by the ceremony before it, as if it gave a date)
  const dated = (i: number): boolean => findDates(sentences[i]!.text).length > 0 || followsWelcomeCeremony(sentences[i]!.text);
  let anchor = kindAt.findIndex((k, i) => k !== null && !SCENE_CAPTION.test(sentences[i]!.text) && (chairSentences.includes(i) || dated(i)) && isHeldSentence(sentences[i]!.text));
  if (anchor === -1) anchor = kindAt.findIndex((k, i) => k !== null && (chairSentences.includes(i) || dated(i)) && isHeldSentence(sentences[i]!.text));
  if (anchor === -1) anchor = kindAt.findIndex((k, i) => k !== null && isHeldSentence(sentences[i]!.text));
  // a lead that tells of the meeting by its verb ("Sáng 7/6, Bộ trưởng A đã làm việc với …", "… đã đón,
  // hội đàm với …") when no earlier or dated sentence names it with a meeting word and nobody is said
  // to chair one
  let byVerb = false;
  const anchorDated = anchor !== -1 && findDates(sentences[anchor]!.text).some((d) => !d.deadline);
  const verbMayTell = anchor === -1 || chairSentences.length === 0;
  for (let i = 0; verbMayTell && i < Math.min(4, sentences.length) && (anchor === -1 || i <= anchor || !anchorDated); i++) {
    const { officials, fronted, v } = leadVerbAt(i);
    if (!v) continue;
    // the meeting word of the verb's own phrase ("đã có cuộc hội đàm với") names it; one elsewhere in
    // the sentence ("Trong khuôn khổ dự Hội nghị A, Thủ tướng đã tiếp B") is another event
    const own = kindAt[i];
    kindAt[i] = own && own.end >= v.start - 1 && own.start <= v.end ? own : v;
    anchor = i;
    byVerb = true;
    // the host, and with a fronted verb the guest named between the verb and the host, attend
    const upTo = fronted ? fronted.host + 1 : v.start;
    for (const a of actors[i]!) if (a.extentStart < upTo && (a.extentEnd <= v.start || a.extentStart >= v.end)) { attendees.add(a.key); note(roleAt.attendee, a.key, i); }
    // hears-reports: nobody said to chair, the official who heard the reports and gave the directions led it
    const hearer = 'hearsReports' in v ? officials.filter((a) => a.extentEnd <= v.start).sort((a, b) => b.extentEnd - a.extentEnd)[0] : undefined;
    if (hearer && chairs.size === 0 && roles.some((r) => r.directives.has(hearer.key))) {
      chairs.add(hearer.key); note(roleAt.chair, hearer.key, i); chairSentences.push(i);
    }
    // working-visit-led-by-official: nobody said to chair, the official who led the delegation there and addressed the
    // session (spoke or gave its directions) led it
    const visit = workingVisit(sentences[i]!.text, officials.map((a) => a.extentEnd));
    const leader = visit && visit.start === v.start ? officials.find((a) => a.extentEnd === visit.leaderEnd) : undefined;
    if (leader && chairs.size === 0 && roles.some((r) => r.directives.has(leader.key) || r.speakers.has(leader.key))) {
      chairs.add(leader.key); attendees.add(leader.key); note(roleAt.chair, leader.key, i); chairSentences.push(i);
    }
    // official-works-with-local-unit: nobody said to chair, the official who worked with a unit under him and gave the
    // session's directions led it
    const subject = !fronted && v.kind === 'Buổi làm việc' && !('hearsReports' in v) && worksWithLocalUnit(sentences[i]!.text, v.end)
      ? officials.filter((a) => a.extentEnd <= v.start).sort((a, b) => b.extentEnd - a.extentEnd)[0] : undefined;
    if (subject && chairs.size === 0 && roles.some((r) => r.directives.has(subject.key))) {
      chairs.add(subject.key); note(roleAt.chair, subject.key, i); chairSentences.push(i);
    }
    break;
  }
  // body-meets-under-chair: no meeting word, but "<Body> đã họp dưới sự chủ trì của A" in the lead;
  // body-meets-chair-next: "Ngày 12/4, Ban Thường vụ Tỉnh ủy họp cho ý kiến về … . Đồng chí A, Bí thư Tỉnh
  // ủy chủ trì." — the chair told in the very next sentence, one that names no meeting and no date of its own
  const chairNext = (i: number): boolean => chairSentences.includes(i + 1) && kindAt[i + 1] === null &&
    !findDates(sentences[i + 1]!.text).some((d) => !d.deadline);
  if (anchor === -1) {
    for (let i = 0; i < Math.min(4, sentences.length); i++) {
      const held = chairSentences.includes(i) || chairNext(i) ? bodyMeets(sentences[i]!.text) : null;
      if (held) { kindAt[i] = held; anchor = i; byVerb = true; break; }
    }
  }
  // talks-told-held-bare: the headline names the talks ("Chủ tịch A đón, hội đàm với …"), nobody chairs, and a later
  // sentence says they took place without "với" ("Sau cuộc tiếp, hai bên đã tiến hành hội đàm."): that sentence tells
  // the meeting, not a conference the visitors came for that the lead names first
  if (anchor !== -1 && !byVerb && chairSentences.length === 0 && /^hội (?:đàm|kiến)$/iu.test(findKind(article.title ?? sentences[0]!.text)?.kind ?? '')) {
    const later = sentences.findIndex((x, i) => i > anchor && kindAt[i] !== null && TALKS_TOLD_HELD_BARE.test(x.text) && !opensEarlierOccasion(x.text));
    if (later !== -1) anchor = later;
  }
  const anchorText = anchor === -1 ? '' : sentences[anchor]!.text;
  const anchorKind = anchor === -1 ? null : kindAt[anchor]!;
  const outsideKind = anchorKind ? anchorText.slice(0, anchorKind.start) + ' ' + anchorText.slice(anchorKind.end) : '';
  // "Ngày 7-7, Bộ X có buổi làm việc với tỉnh Y": a body that "has" a working session held it
  const hadSession = anchor !== -1 && /(?<![\p{L}])(?:đã\s+)?có\s+$/u.test(anchorText.slice(0, anchorKind!.start)) && /^(?:buổi|cuộc)\s+(?:làm việc|họp|tiếp xúc)/iu.test(anchorKind!.kind) && findDates(anchorText).some((d) => !d.deadline);
  const heldByHold = anchor !== -1 && (byVerb || hadSession || TALKS_TOLD_HELD_BARE.test(anchorText) || (anchorText.length > 0 && sentences[anchor]!.start < LEAD_CHARS && datedInItsPhrase(anchorText, anchorKind!)) || /(?<![\p{L}])(?:tổ chức|diễn ra|khai mạc|bế mạc|họp|tiến hành|kết thúc|làm việc|chủ trì)(?![\p{L}])/iu.test(outsideKind));
  // a lead that announces the meeting ("Cuộc họp sẽ bàn …") tells of a future meeting
  const firstKind = kindAt.findIndex((k) => k !== null);
  const announced = firstKind !== -1 && firstKind < 3 && isAnnouncement(sentences[firstKind]!.text);
  // "Tại cuộc họp …, A yêu cầu …": a meeting told through what was said at it
  // "A cho biết … tại buổi họp báo … chiều 3/6": a speaker placed at the meeting the sentence names
  const spokeAt = anchor !== -1 && /(?<![\p{L}])tại\s+$/iu.test(anchorText.slice(0, anchorKind!.start)) && findDates(anchorText).some((d) => !d.deadline);
  const reportedAt = anchor !== -1 && (/^(?:[^,]{0,30},\s*)?tại (?:cuộc|buổi|phiên|hội nghị|kỳ)/iu.test(anchorText) || spokeAt) && (roles[anchor]!.speakers.size > 0 || roles[anchor]!.directives.size > 0) ||
    anchor !== -1 && sentences[anchor]!.start < LEAD_CHARS && !opensEarlierOccasion(anchorText) && atMeetingDatedInItsPhrase(anchorText, anchorKind!) &&
    // (a body of this country named in it; told by someone's words, or opening the sentence — a photo caption is neither)
    findBodies(anchorText).length > 0 && (/^\s*tại\s/iu.test(anchorText) || roles[anchor]!.speakers.size > 0 || roles[anchor]!.directives.size > 0);
  // (it tells the meeting held, it makes nobody its chair: see officialAtDatedMeeting)
  const officialAtKey = anchor !== -1 && !reportedAt ? officialAtDatedMeeting(anchorText, anchorKind!, actors[anchor]!, persons) : null;
  const officialAt = officialAtKey !== null;
  if (officialAtKey !== null) {
    roles[anchor]!.attendees.add(officialAtKey);
    attendees.add(officialAtKey);
    note(roleAt.attendee, officialAtKey, anchor);
  }
  const meetings: Meeting[] = [];
  const committees = new Map<string, OrganizationMention>();
  const bodyMention = (name: string, s: Sentence, confidence: number): OrganizationMention => {
    const key = matchKey(name);
    const existing = committees.get(key);
    if (existing) return existing;
    const org: OrganizationMention = {
      id: `org:${key}`, name, expanded: expandAbbreviations(name), kind: bodyKind(name) ?? 'other',
      locality: localityOf(name), parentId: null, evidence: evidenceOf(s), confidence,
    };
    committees.set(key, org);
    return org;
  };
  // a body named like a person of the article ("Đoàn Văn Khải", "Đoàn Thị Yến tỉnh …") is that
  // person: "Đoàn", "Hội", "Đảng" are surnames as well as body heads
  const personKeys = [...persons.keys()];
  const namedLikePerson = (name: string): boolean => {
    const key = matchKey(name);
    return personKeys.some((k) => key === k || key.startsWith(k + ' '));
  };
  sentences.forEach((s) => { for (const b of findNamedBodies(s.text)) if (!namedLikePerson(b.name)) bodyMention(b.name, s, 0.7); });

  // attendance-list-held: "Tham dự buổi họp có Thứ trưởng A, …", "Dự hội nghị còn có ông B" — named
  // people listed as present at the meeting tell it took place
  const listedPresent = anchor !== -1 && sentences.some((x, i) => {
    const k = kindAt[i];
    return !!k && ATTENDED_KIND_BEFORE.test(x.text.slice(0, k.start)) && PRESENT_AFTER_KIND.test(x.text.slice(k.end)) &&
      roles[i]!.attendees.size > 0 && isHeldSentence(x.text);
  });
  const toldHere = anchor !== -1 && !announced && !(chairs.size === 0 && (!(reportedAt || officialAt) || FULL_DATE_RE.test(anchorText)) && toldOnlyDeepInBody(sentences, kindAt, anchor, leadVerbAt, chairSentences.includes(anchor), article.title ?? '')) &&
    (chairs.size > 0 || heldByHold || reportedAt || officialAt || listedPresent);
  // meeting-referred-back: no meeting told so, but "Tại hội nghị, …" refers back to one an earlier dated sentence tells
  const referred = toldHere || announced ? null : meetingReferredBack(sentences, roles, article.published);
  if (referred) { anchor = referred.at; kindAt[anchor] = referred.kind; }
  // assembly-sits-in-dated-lead: no meeting told so, but the lead tells a legislature's sitting by what it does on its
  // day ("Sáng 30/5, Quốc hội thảo luận …"); a meeting word elsewhere (a session announced, "cuối phiên thảo luận")
  // does not outweigh it
  const sitting = toldHere || referred ? -1 : sentences.findIndex((x) => x.start < LEAD_CHARS && assemblySitsInDatedLead(x.text) !== null);
  if (sitting !== -1) { anchor = sitting; kindAt[anchor] = assemblySitsInDatedLead(sentences[anchor]!.text); byVerb = true; }
  // body-meets-attendance-next: "Ngày 23/1, Ban chỉ đạo A đã họp xử lý … . Tham dự cuộc họp có đại diện …", "Sáng 5/9, UBND
  // tỉnh B họp phiên thường kỳ tháng 9. Dự và chỉ đạo có …" — a dated lead where a body meets, and the next sentence lists
  // who was present: the body held it (no chair need be named)
  const attendedNext = toldHere || referred || sitting !== -1 ? -1 : sentences.findIndex((x, i) => i < Math.min(4, sentences.length - 1) &&
    ATTENDANCE_OPENER.test(sentences[i + 1]!.text) && findDates(x.text).some((d) => !d.deadline) && !opensEarlierOccasion(x.text) && bodyMeets(x.text) !== null);
  if (attendedNext !== -1) { anchor = attendedNext; kindAt[anchor] = bodyMeets(sentences[anchor]!.text); byVerb = true; }
  const hasMeeting = toldHere || referred !== null || sitting !== -1 || attendedNext !== -1;
  if (hasMeeting) buildMeeting: {
    const anchorSentence = sentences[anchor]!;
    const kind = kindAt[anchor]!;
    // held-lately-undated: a meeting told as recent with no day ("… tổ chức mới đây") takes no date from a lead
    // sentence that names no meeting
    // (the first sentence naming the meeting may tell it, the anchor being the chair's: "Hội nghị … vừa qua. Ông A chủ trì hội nghị.")
    const lately = heldLatelyUndated(anchorSentence.text) || (firstKind !== -1 && heldLatelyUndated(sentences[firstKind]!.text));
    const dateCandidates = [...(referred ? [referred.told] : []), anchor, ...chairSentences, ...[0, 1].filter((i) => !lately || kindAt[i] !== null)].filter((v, i, a) => a.indexOf(v) === i)
      // earlier-occasion-lead: a lead sentence opened by a look back ("Trước đó, ngày 10/9, UBND tỉnh đã ban hành …") dates
      // that earlier occasion, not the meeting the anchor tells
      .filter((j) => j === anchor || j === referred?.told || !opensEarlierOccasion(sentences[j]?.text ?? ''));
    const when = meetingDate(sentences, dateCandidates, article.published, `${article.title ?? ''}\n${text}`);
    if (when.date === null) Object.assign(when, datedReportNearAnchor(sentences, kindAt, anchor, kind.kind, article.published, `${article.title ?? ''}\n${text}`) ?? {});
    /** True when sentence `i` gives no event date or the meeting's own. */
    const sameMeetingDay = (i: number): boolean =>
      !findDates(sentences[i]!.text).some((d) => !d.deadline) || meetingDate(sentences, [i], article.published, `${article.title ?? ''}\n${text}`).date === when.date;
    // (a sitting told by its assembly's verb is that assembly's: "Sáng 17/5, Ủy ban Thường vụ Quốc hội cho ý kiến về … của Quốc hội")
    const sittingBody = sitting === anchor && 'body' in kind && typeof kind.body === 'string' ? kind.body : null;
    let organizers = sittingBody ? [bodyMention(sittingBody, anchorSentence, 0.8)] : meetingOrganizers(anchorSentence.text, kind.start).map((b) => bodyMention(b.name, anchorSentence, 0.8));
    // purpose-after-bare-head: "phiên họp của Hội đồng nhằm …" — the body is the one a chair's post names (below)
    const bareOwner = organizers.length === 0 ? ownedByBareHead(anchorSentence.text, kind.start) : null;
    // body-deliberates-under-chair: the board told deliberating after the chair's phrase holds it
    if (organizers.length === 0 && bareOwner === null && 'body' in kind && typeof kind.body === 'string') organizers = [bodyMention(kind.body, anchorSentence, 0.7)];
    if (organizers.length === 0 && bareOwner === null) {
      for (const ci of chairSentences) {
        const k = kindAt[ci];
        if (!k) continue;
        organizers = meetingOrganizers(sentences[ci]!.text, k.start).map((b) => bodyMention(b.name, sentences[ci]!, 0.8));
        if (organizers.length) break;
      }
    }
    if (organizers.length === 0 && bareOwner === null) {
      // "Ngày 27/4, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ": a body holding a meeting in the lead;
      // body-meets-under-chair: "Bộ Chính trị đã họp dưới sự chủ trì của …" in the sentence naming the chair
      // (a chair sentence dated another day tells of another meeting)
      const chairOnly = chairSentences.filter((ci) => ci > 1 && !kindAt[ci] && sameMeetingDay(ci)).map((ci) => sentences[ci]!);
      for (const s of [...sentences.slice(0, 2), ...chairOnly]) {
        organizers = meetingOrganizers(s.text, s.text.length).map((b) => bodyMention(b.name, s, 0.7));
        if (organizers.length) break;
      }
    }
    // sitting-body-in-lead: a chair presides over a sitting ("A là người điều khiển phiên họp sáng") of the assembly
    // whose sitting the lead tells by its verb ("Hôm nay (8/6), Quốc hội thảo luận …"): that assembly holds it
    if (organizers.length === 0 && bareOwner === null && /^(?:phiên|kỳ họp)/iu.test(kind.kind)) {
      const lead = sentences.slice(0, 2).find((x) => assemblySitsInDatedLead(x.text) !== null);
      const body = lead ? assemblySitsInDatedLead(lead.text)?.body : undefined;
      if (lead && body) organizers = [bodyMention(body, lead, 0.7)];
    }
    if (organizers.length === 0) {
      // "cuộc họp của Ủy ban lần thứ 8" chaired by the "Chủ tịch Ủy ban Quốc gia về …": the body
      // named by its head alone is the one in the chair's title
      const tail = fold(anchorSentence.text.slice(kind.start));
      for (const key of chairs) {
        const p = persons.get(key);
        const t = p?.titles.find((x) => {
          const body = bodyOfPost(x.text);
          const head = fold(body).split(' ').slice(0, 2).join(' ');
          if (bareOwner !== null) return !x.former && bodyKind(body) !== null && fold(body).startsWith(`${fold(bareOwner)} `);
          // (document-of-body: "… xây dựng Nghị quyết của Chính phủ" names the body's document, not the meeting's owner)
          const of = head.includes(' ') ? new RegExp(`(?:^|\\s)của ${escapeRegExp(head)}(?![\\p{L}])`, 'u').exec(tail) : null;
          return !x.former && bodyKind(body) !== null && of !== null && !namesDocumentBefore(tail.slice(0, of.index));
        });
        if (t) {
          const s = sentences.find((x) => x.start === t.evidence.start) ?? anchorSentence;
          organizers = [bodyMention(bodyOfPost(t.text), s, 0.6)];
          break;
        }
      }
    }
    // implied by the chair's post: "Phó Chủ tịch UBND tỉnh A chủ trì" → UBND tỉnh (a member's seat is not)
    // an executive post first: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" chairs for the UBND
    const ownAgency = (title: string): string | null => agencyOfHead(title) ?? ministryWrittenBare(title, text);
    // the meeting's sentences and every one before them ("Chiều 10/2, Ban Thường vụ Tỉnh ủy nghe … . Đồng chí A,
    // Bí thư Tỉnh ủy chủ trì cuộc làm việc": the board named first holds it)
    const meetingSentences = sentences.slice(0, Math.max(anchor, ...chairSentences) + 1).map((x) => x.text);
    const chairsOwnBodies = (chairKeys: ReadonlySet<string> = chairs, withBodies = (workingSession(anchorSentence.text, kind) ||
      chairSentences.some((ci) => kindAt[ci] !== null && workingSession(sentences[ci]!.text, kindAt[ci]!))) &&
      !meetingSentences.some(namesPartyBoard)): OrganizationMention[] => {
      for (const rank of [0, 2, 3]) for (const key of chairKeys) {
        const p = persons.get(key);
        // national-leader-holds-for-no-ministry: a Deputy Prime Minister who is also a minister chairs as a
        // national leader; the ministry is no organiser unless the text names it (a steering body they head still is)
        // (the post written first: "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao A")
        const firstPost = p?.titles.find((x) => !x.former);
        if (rank === 0 && firstPost && isNationalLeader(firstPost.text)) continue;
        // steering-title-cut-short: a steering body's name whose lower-case remit runs on past the title
        // as read ("Trưởng Ban Chỉ đạo của Chính phủ xử lý | các tồn tại … chủ trì") is not named whole
        const fits = p?.titles.filter((x) => !x.former && !MEMBER_ROLE.test(x.text) && bodyKind(ownAgency(x.text) ?? parseTitle(x.text).body) !== null && chairsOwnBody(x.text, ownAgency(x.text), withBodies) === rank &&
          !(rank === 2 && (remitRunsOn(x.text, x.evidence.sentence) || BARE_STEERING_BODY.test(parseTitle(x.text).body.trim())))) ?? [];
        // the post as written with its place ("Chủ tịch UBND tỉnh Gia Lai" in the headline) before the bare one
        const t = fits.find((x) => localityOf(parseTitle(x.text).body) !== null) ?? fits[0];
        if (t) {
          // as the title writes it ("UBND TP.Hà Nội"); when the article also writes it spaced, in
          // the usual spelling ("UBND TP Sầm Sơn" beside "UBND TP.Sầm Sơn"); a steering body's
          // remit is its name ("Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp")
          const asWritten = ownAgency(t.text) ?? (rank === 2 ? parseTitle(t.text).body : ownBody(parseTitle(t.text).body));
          const spaced = asWritten.replace(/(?<![\p{L}])(TP|Tp)\.(?=\p{Lu}[\p{Ll}])/gu, '$1 ');
          const body = withArticlePlace(fullForm(spaced !== asWritten && text.includes(spaced) ? spaced : asWritten, text), [...committees.values()].map((c) => c.name));
          const s = sentences.find((x) => x.start === t.evidence.start) ?? anchorSentence;
          return [bodyMention(body, s, 0.5)];
        }
      }
      return [];
    };
    if (organizers.length === 0) organizers = chairsOwnBodies();
    if (organizers.length === 0) {
      // "Phiên họp thứ 11 của Ủy ban Thường vụ Quốc hội" as the headline, "theo chương trình phiên
      // họp thứ 11, …" in the lead: the body named with the meeting word in the headline or first lines (a
      // source line "URL: …" may come first); a headline read apart as the title is evidenced by the
      // meeting's own sentence
      const heads = [...(article.title ? [{ text: article.title, at: anchorSentence }] : []), ...sentences.slice(0, 3).map((x) => ({ text: x.text, at: x }))];
      for (const h of heads) {
        const k = findKind(h.text);
        if (!k || h.at === anchorSentence && h.text === anchorSentence.text || fold(k.kind) !== fold(kind.kind)) continue;
        organizers = meetingOrganizers(h.text, k.start).map((b) => bodyMention(b.name, h.at, 0.6));
        if (organizers.length) break;
      }
    }
    if (organizers.length === 0) {
      // "Bộ X thông báo kết luận của Bộ trưởng A": a head titled "<unit> trưởng" without a body
      // heads the "<unit> …" named in the sentence that says so
      for (const key of chairs) {
        const at = roleAt.chair.get(key);
        const p = persons.get(key);
        if (at === undefined || !p) continue;
        const unit = p.titles.map((x) => /^(?:Phó\s+)?(\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{Ll}\p{M}]+)?)\s+trưởng$/u.exec(parseTitle(x.text).role.trim()))
          .find((m) => m !== null && parseTitle(p.titles.find((x) => parseTitle(x.text).role.trim() === m[0])?.text ?? '').body === '');
        if (!unit) continue;
        const head = fold(unit[1]!);
        const body = findBodies(sentences[at]!.text).find((b) => fold(b.name).startsWith(head + ' '));
        if (body) { organizers = [bodyMention(body.name, sentences[at]!, 0.5)]; break; }
      }
    }
    // nobody said to chair: the head of the body holding it who addressed it led it ("yêu cầu của
    // đồng chí A, Chủ tịch UBND tỉnh, tại phiên họp thường kỳ UBND tỉnh")
    if (chairs.size === 0 && organizers.length > 0 && !referred) {
      const directors = new Set(roles.flatMap((r) => [...r.speakers, ...r.directives.keys()]));
      // "Đó là yêu cầu của đồng chí A, …": the one whose demands the article reports
      sentences.forEach((x, i) => {
        for (const a of actors[i]!) if (DEMAND_OF.test(x.text.slice(Math.max(0, a.extentStart - 40), a.extentStart))) directors.add(a.key);
      });
      const heads = [...directors].filter((key) => persons.get(key)?.titles.some((t) => !t.former && headsBody(t.text, organizers.map((o) => o.name))));
      if (heads.length === 1) {
        chairs.add(heads[0]!);
        const i = roles.findIndex((r) => r.speakers.has(heads[0]!) || r.directives.has(heads[0]!));
        if (i !== -1) note(roleAt.chair, heads[0]!, i);
      }
    }
    // "Tại cuộc họp …, Thứ trưởng A đã yêu cầu …" and nobody said to chair: the one official who gives
    // the meeting's directions in the article led it (annotators' convention)
    if (chairs.size === 0 && reportedAt && !referred) {
      const directors = new Set(roles.flatMap((r) => [...r.directives.keys()]));
      const only = [...directors][0];
      if (directors.size === 1 && roles[anchor]!.directives.has(only!) && persons.get(only!)?.titles.some((t) => !t.former)) {
        chairs.add(only!);
        note(roleAt.chair, only!, anchor);
      }
    }
    // director-chair-own-body: a chair known only from giving the meeting's directions ("Tại cuộc họp
    // giao ban với các sở, Chủ tịch UBND TP A yêu cầu …") holds it for the body their post heads
    if (organizers.length === 0) organizers = chairsOwnBodies();
    // steering-body-unnamed: "buổi làm việc của Ban chỉ đạo" names the body only by its head word; its name is the
    // one a chair's post spells out ("Trưởng Ban chỉ đạo điều hành giá đã chủ trì"), else no organiser is told
    if (organizers.some((o) => BARE_STEERING_BODY.test(o.name))) {
      const named = [...chairs].flatMap((k) => persons.get(k)?.titles ?? []).map((t) => ({ t, name: steeringNameAfterPost(t.evidence.sentence) })).find((x) => x.name !== null);
      const s = named ? sentences.find((x) => x.start === named.t.evidence.start) : undefined;
      // steering-body-named-in-lead: "Chiều 7/6, Ban chỉ đạo khắc phục sự cố … đã họp phiên thứ 8 …" — the
      // lead (or headline) that says the body by its whole name held a meeting names the one meant
      const lead = named && s ? null : steeringBodyHoldingInLead(article.title, sentences.slice(0, 3));
      organizers = organizers.flatMap((o) => (!BARE_STEERING_BODY.test(o.name) ? [o] : named && s ? [bodyMention(named.name!, s, 0.5)] :
        lead ? [bodyMention(lead.name, lead.at ?? anchorSentence, 0.5)] : []));
    }
    // a meeting word with nobody and no body behind it is not a meeting report
    if (chairs.size + speakers.size + attendees.size === 0 && organizers.length === 0) break buildMeeting;
    // with no chair and no body holding it, the meeting needs someone placed at it: an attendee, or
    // a person who speaks in a sentence that names the meeting ("Tại cuộc họp, A cho biết …"); people
    // speaking elsewhere in the article do not make a meeting mentioned in passing a report
    if (chairs.size === 0 && organizers.length === 0 &&
      attendees.size === 0 && !roles.some((r, i) => kindAt[i] !== null && (r.speakers.size > 0 || r.directives.size > 0))) break buildMeeting;
    // delegation-head: the heads of the delegations of a meeting reported on other grounds attend it
    roles.forEach((r, i) => {
      for (const k of r.delegationHeads) { attendees.add(k); r.attendees.add(k); note(roleAt.attendee, k, i); }
    });
    // speech-dated-another-day: "Ngày 19/2, ông A cho biết …", "Trao đổi với báo chí chiều 29-5, Bộ trưởng B
    // cho biết …" — a statement dated, before its speaker, to a day other than the meeting's, in a sentence
    // that names no meeting before the speaker, was not made at it; one who speaks only so neither speaks nor
    // attends there
    const meetingDay = when.date ? /(\d\d)-(\d\d)$/u.exec(when.date) : null;
    if (meetingDay) {
      const month = Number(meetingDay[1]);
      const day = Number(meetingDay[2]);
      const otherDay = (i: number, key: string): boolean => {
        if (i === anchor || chairSentences.includes(i)) return false;
        const s = sentences[i]!.text;
        const at = Math.min(...actors[i]!.filter((a) => a.key === key).map((a) => a.extentStart));
        // meeting-word-in-what-is-said: "Tiếp xúc cử tri hôm 26-6, Thủ tướng A cho biết đã chủ trì cuộc họp …" —
        // a meeting word after the speaker is part of what was said (another occasion), not where it was said
        if (kindAt[i] !== null && kindAt[i]!.start < at) return false;
        const own = findDates(s).filter((d) => !d.deadline && d.end <= at && !isDocumentDate(s, d));
        return own.length > 0 && own.every((d) => d.day !== day || d.month !== month);
      };
      for (const key of [...speakers]) {
        if (chairs.has(key)) continue;
        const said = roles.map((r, i) => (r.speakers.has(key) || r.directives.has(key) ? i : -1)).filter((i) => i !== -1);
        // statement-goes-on: "“…” - Thủ tướng nói." within two sentences after the dated statement, the
        // sentences up to it with no date or meeting word of their own, goes on telling it
        const away = new Set<number>();
        said.forEach((i, n) => {
          const prev = n > 0 ? said[n - 1]! : -1;
          const goesOn = prev !== -1 && away.has(prev) && i - prev <= 2 &&
            sentences.slice(prev + 1, i + 1).every((x, k) => kindAt[prev + 1 + k] === null && findDates(x.text).length === 0);
          if (goesOn || otherDay(i, key)) away.add(i);
        });
        if (said.length === 0 || !said.every((i) => away.has(i))) continue;
        speakers.delete(key);
        const present = roles.some((r, i) => r.attendees.has(key) && !away.has(i) && !otherDay(i, key));
        const at = roleAt.attendee.get(key);
        if (!present && (at === undefined || away.has(at) || otherDay(at, key))) attendees.delete(key);
      }
    }
    const mention = (key: string, confidence: number, stated?: Map<string, number>): PersonMention => {
      const p = persons.get(key)!;
      const at = stated?.get(key) ?? roleAt.chair.get(key) ?? roleAt.speaker.get(key);
      const evidence = at !== undefined ? evidenceOf(sentences[at]!) : p.mentions[0]!;
      return { id: `person:${key}`, name: p.name, evidence, confidence };
    };
    const order = (keys: Iterable<string>): string[] => [...keys].filter((k) => persons.has(k) && !authorKeys.has(k)).sort((a, b) => persons.get(a)!.firstAt - persons.get(b)!.firstAt);
    const chairList = order(chairs);
    const speakerList = order(speakers);
    const attendeeList = order(new Set([...chairs, ...speakers, ...attendees]));
    const tasks = collectTasks(sentences, roles, new Set([...chairs, ...speakers]), persons, evidenceOf, organizers.map((o) => o.name), chairs);
    meetings.push({
      id: 'meeting:1',
      kind: kind.kind,
      title: byVerb && !findKind(anchorSentence.text) ? null : meetingTitle(anchorSentence.text, kind.start),
      date: when.date,
      timeOfDay: when.timeOfDay,
      organizers,
      chairs: chairList.map((k) => mention(k, 0.85, roleAt.chair)),
      attendees: attendeeList.map((k) => mention(k, 0.75, roleAt.attendee)),
      speakers: speakerList.map((k) => mention(k, 0.75, roleAt.speaker)),
      tasks,
      evidence: evidenceOf(anchorSentence),
      confidence: chairs.size > 0 ? 0.85 : 0.6,
    });

    // a second meeting reported later ("Chiều cùng ngày, … Thứ trưởng B đã chủ trì buổi làm việc …"):
    // its own time, meeting word and chairs nobody named before; people and tasks from there on are its
    const firstChair = firstChairSentences(roles);
    const split = chairSentences.find((j) => {
      if (j <= anchor || !kindAt[j] || !isHeldSentence(sentences[j]!.text)) return false;
      const own = roles[j]!.chairs;
      if (own.size === 0 || [...own].some((k) => (firstChair.get(k) ?? Number.POSITIVE_INFINITY) < j)) return false;
      if (SECOND_MEETING_TIME.test(sentences[j]!.text)) return true;
      // its own date must tell it apart from the first meeting (another day, or another part of the day)
      if (!findDates(sentences[j]!.text).some((d) => !d.deadline)) return false;
      const w = meetingDate(sentences, [j], article.published, `${article.title ?? ''}\n${text}`);
      return w.date !== when.date || (w.timeOfDay !== null && when.timeOfDay !== null && w.timeOfDay !== when.timeOfDay);
    });
    if (split !== undefined) {
      const first = meetings[0]!;
      const inFirst = (k: string, role: 'chairs' | 'speakers' | 'attendees'): boolean =>
        roles.slice(0, split).some((r) => r[role].has(k)) || (role !== 'attendees' && roles.slice(0, split).some((r) => r.concluders.has(k) && chairs.has(k)));
      first.chairs = first.chairs.filter((c) => inFirst(c.id.slice(7), 'chairs'));
      first.speakers = first.speakers.filter((c) => inFirst(c.id.slice(7), 'speakers'));
      first.attendees = first.attendees.filter((c) => [...first.chairs, ...first.speakers].some((x) => x.id === c.id) || inFirst(c.id.slice(7), 'attendees'));
      const splitStart = sentences[split]!.start;
      const laterTasks = first.tasks.filter((t) => t.evidence.start >= splitStart);
      first.tasks = first.tasks.filter((t) => t.evidence.start < splitStart);
      const s2 = sentences[split]!;
      const kind2 = kindAt[split]!;
      const later = roles.slice(split);
      const c2 = new Set(roles[split]!.chairs);
      const sp2 = new Set(later.flatMap((r) => [...r.speakers]));
      const at2 = new Set(later.flatMap((r) => [...r.attendees]));
      const firstRole = (k: string, role: 'chairs' | 'speakers' | 'attendees'): Map<string, number> => {
        const i = roles.findIndex((r, x) => x >= split && r[role].has(k));
        return new Map(i === -1 ? [] : [[k, i]]);
      };
      const when2 = meetingDate(sentences, [split], article.published, `${article.title ?? ''}\n${text}`);
      let organizers2 = meetingOrganizers(s2.text, kind2.start).map((b) => bodyMention(b.name, s2, 0.7));
      if (organizers2.length === 0) {
        // "tại trụ sở Bộ Công Thương, Thứ trưởng B chủ trì buổi làm việc": the host body
        const seat = /tại trụ sở\s+(?:của\s+)?/iu.exec(s2.text);
        const host = seat ? findBodies(s2.text).find((b) => b.start === seat.index + seat[0].length) : undefined;
        if (host) organizers2 = [bodyMention(host.name, s2, 0.5)];
      }
      meetings.push({
        id: 'meeting:2',
        kind: kind2.kind,
        title: meetingTitle(s2.text, kind2.start),
        date: when2.date,
        timeOfDay: when2.timeOfDay,
        organizers: organizers2,
        chairs: order(c2).map((k) => mention(k, 0.8, firstRole(k, 'chairs'))),
        attendees: order(new Set([...c2, ...sp2, ...at2])).map((k) => mention(k, 0.7, firstRole(k, 'attendees'))),
        speakers: order(sp2).map((k) => mention(k, 0.7, firstRole(k, 'speakers'))),
        tasks: laterTasks,
        evidence: evidenceOf(s2),
        confidence: 0.7,
      });
    }
  }

  // 5. positions: every title stated for a person, the less specific duplicates dropped
  const positions: Position[] = [];
  const aboutBody = meetings[0]?.organizers[0] ?? null;
  for (const p of persons.values()) {
    const titles = dedupeTitles(p.titles);
    for (const t of titles) {
      const parsed = parseTitle(t.text);
      let organizationId: string | null = null;
      if (parsed.body) {
        const s = sentences.find((x) => x.start === t.evidence.start);
        if (s && bodyKind(parsed.body)) organizationId = bodyMention(parsed.body, s, 0.7).id;
        // "Trưởng ban Chỉ đạo (35)" written without its locality: the body the article is about
        const lastRoleWord = parsed.role.split(' ').pop() ?? '';
        const about = aboutBody ? fold(aboutBody.name) : '';
        if (aboutBody && [parsed.body, `${lastRoleWord} ${parsed.body}`].some((c) => about.startsWith(fold(c)))) organizationId = aboutBody.id;
      }
      positions.push({
        // a former post keeps its marker as written ("nguyên Bí thư Tỉnh ủy"); its role and expansion are the post's
        person: p.name, personId: `person:${p.key}`, title: t.former && t.marker ? `${t.marker} ${t.text}` : t.text, expanded: parsed.expanded, role: parsed.role,
        organizationId, former: t.former, evidence: t.evidence, confidence: 0.8,
      });
    }
  }

  listBodiesOnce(committees, meetings, positions);

  return {
    id: article.id,
    input: article.input,
    title: article.title,
    published: article.published,
    source: article.source,
    url: article.url,
    authors: article.authors,
    meetings,
    persons: [...persons.values()].map((p) => ({ id: `person:${p.key}`, name: p.name, mentions: p.mentions })),
    positions,
    committees: [...committees.values()],
    warnings: readerWarnings(article),
  };
}

/**
 * The article's bodies listed once each (see {@link listedBodyNames}): a body named with its term outside the
 * meeting it organizes, or in a second spelling, is listed under the
 * other name; posts and bodies linked to it follow. In: the article's bodies (changed in place), meetings, positions.
 */
function listBodiesOnce(committees: Map<string, OrganizationMention>, meetings: readonly Meeting[], positions: Position[]): void {
  const holders = new Set(meetings.flatMap((m) => m.organizers.map((o) => o.name)));
  const listed = listedBodyNames([...committees.values()].map((c) => c.name), holders);
  const moved = new Map<string, string>();
  for (const [key, c] of [...committees]) {
    const to = listed.get(c.name) ?? c.name;
    if (to === c.name || holders.has(c.name)) continue;
    const toKey = matchKey(to);
    committees.delete(key);
    const existing = committees.get(toKey);
    if (existing) { moved.set(c.id, existing.id); continue; }
    const renamed: OrganizationMention = { ...c, id: `org:${toKey}`, name: to, expanded: expandAbbreviations(to), kind: bodyKind(to) ?? c.kind, locality: localityOf(to) };
    committees.set(toKey, renamed);
    moved.set(c.id, renamed.id);
  }
  for (const p of positions) if (p.organizationId && moved.has(p.organizationId)) p.organizationId = moved.get(p.organizationId)!;
  for (const c of committees.values()) if (c.parentId && moved.has(c.parentId)) c.parentId = moved.get(c.parentId)!;
}

/** A sentence opening by referring back to a session just told: "Tại buổi làm việc, …", "Tại cuộc họp, …". */
const REFERS_BACK_OPENING = /^(?:Tại|Trong)\s+(?:buổi|cuộc)\s+(?:làm việc|họp|tiếp|hội đàm)\s*,/iu;
/** How far into a sentence its opening date may stand (a dateline or a caption's tail before it: "(GLO) - Chiều 19-7, …"). */
const OPENING_DATE_WITHIN = 40;

/**
 * dated-lead-before-referral: "Chiều 20.5 tại Hà Nội, Phó Thủ tướng A … đã làm việc với Bộ B … . Tại buổi làm việc, …" —
 * the session the anchor refers back to was told, dated at its opening, by the sentence just before. True when
 * `anchor` so refers back and `before` opens with an event date and no look back ("Trước đó, …").
 */
function datedLeadBeforeReferral(before: string, anchor: string): boolean {
  if (!REFERS_BACK_OPENING.test(anchor) || opensEarlierOccasion(before)) return false;
  return findDates(before).some((d) => !d.deadline && d.start <= OPENING_DATE_WITHIN && !isDocumentDate(before, d));
}

/**
 * dated-report-near-caption: the meeting's sentence gives no date (a photo caption, "Chủ tịch Quốc hội
 * A chủ trì phiên họp thứ 12. (Ảnh: …)"), and the dated report of it stands just after — "Sáng 11/7, tại
 * Nhà Quốc hội, Ủy ban B đã khai mạc Phiên họp thứ 12." (the same meeting word) — or just before as a
 * body's meeting told by its verb ("Ngày 3/7, Ủy ban C đã họp kỳ thứ 15. Đồng chí D chủ trì kỳ họp.").
 * The date of the first such sentence, or null; a look back ("Trước đó, …") or a second sitting ("chiều
 * cùng ngày") is another occasion.
 */
function datedReportNearAnchor(
  sentences: readonly Sentence[], kindAt: ReadonlyArray<{ kind: string } | null>, anchor: number, kind: string, published: string | null, wholeText: string,
): ReturnType<typeof meetingDate> | null {
  const own = fold(kind);
  const near = [anchor - 1, anchor + 1, anchor + 2, anchor + 3].filter((j) => j >= 0 && j < sentences.length);
  for (const j of near) {
    const t = sentences[j]!.text;
    if (opensEarlierOccasion(t) || SECOND_MEETING_TIME.test(t)) continue;
    const sameWord = j > anchor && kindAt[j] !== null && fold(kindAt[j]!.kind) === own;
    if (!sameWord && !(j === anchor - 1 && (bodyMeets(t) !== null || datedLeadBeforeReferral(t, sentences[anchor]!.text)))) continue;
    const w = meetingDate(sentences, [j], published, wholeText);
    if (w.date !== null) return w;
  }
  return null;
}

/**
 * A body written with an abbreviation the article defines ("Bộ GTVT" where the text has "Bộ Giao
 * thông vận tải (GTVT)"): its full name, as the article first gives it. Unchanged otherwise.
 */
function fullForm(body: string, text: string): string {
  const m = /^(\p{Lu}\p{Ll}*)\s+(\p{Lu}[\p{Lu}&-]{1,7})$/u.exec(body);
  if (!m) return body;
  const [, head, abbr] = m as unknown as [string, string, string];
  const def = new RegExp(`(?<![\\p{L}])${escapeRegExp(head)}\\s+((?:(?!${escapeRegExp(head)}\\s)[^()\\n.;,]){3,60}?)\\s*\\(${escapeRegExp(abbr)}\\)`, 'u').exec(text);
  return def ? `${head} ${def[1]!.trim()}` : body;
}

const NATIONAL_LEADER_ROLES = new Set(MEETINGS_DATA.nationalLeaderRoles.map((r) => fold(r)));

/**
 * True when `title` is a national leader's post of this country ("Phó Thủ tướng", "Thủ tướng Chính phủ",
 * "Chủ tịch Quốc hội"), not a foreign one ("Thủ tướng Lào").
 */
function isNationalLeader(title: string): boolean {
  const t = fold(title).replace(/\s+(?:chính phủ|nước chxhcn việt nam|việt nam)$/u, '');
  return NATIONAL_LEADER_ROLES.has(t);
}

/** The executive bodies whose head's or deputy's chairing makes the meeting the body's own. */
const OWN_EXECUTIVE_BODY = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Bộ|Sở|HĐND|Tổng cục|Cục(?= \p{Lu})|Văn phòng (?:Chính phủ|Quốc hội|Chủ tịch nước)|Công an (?:tỉnh|thành phố|TP|huyện|quận|thị xã)(?![\p{L}]))/u;
/** Steering bodies ("Ban Chỉ đạo …"): their own meeting when the head or a deputy head chairs. */
const STEERING_BODY = /^Ban\s+(?:[Cc]hỉ\s+đạo|[Qq]uản\s+lý)(?![\p{L}])/u;
const STEERING_HEAD_ROLE = /^(?:Phó\s+)?Trưởng\s+ban$/iu;
/**
 * steering-body-unnamed: "Phó Thủ tướng A, Trưởng Ban Chỉ đạo chủ trì cuộc họp" — the post names no steering body
 * ("Ban Chỉ đạo" alone, its remit left to the context), so it tells no organiser.
 */
const BARE_STEERING_BODY = /^Ban\s+[Cc]hỉ\s+đạo$/u;
/** "(Phó) Trưởng Ban chỉ đạo <remit in lower case> (đã) chủ trì / nhấn mạnh …": the remit, up to the verb. */
const STEERING_REMIT_IN_POST = /(?<![\p{L}])(?:Phó\s+)?Trưởng\s+[Bb]an\s+([Cc]hỉ\s+đạo\s+(?:\p{Ll}+\s+){0,11}?\p{Ll}+)\s+(?:đã|vừa|đồng chủ trì|chủ trì|nhấn mạnh|phát biểu|cho biết|chỉ đạo|yêu cầu|kết luận)(?![\p{L}])/u;

/**
 * steering-body-named-in-lead: the one steering body ("Ban Chỉ đạo …", named past its head word) that
 * the headline or a lead sentence says held a meeting ("<Ban chỉ đạo …> (đã) họp phiên …", "… tổ chức …"),
 * with the sentence that says so (null for the headline); null when none or more than one is told so.
 */
function steeringBodyHoldingInLead(title: string | null, lead: readonly Sentence[]): { name: string; at: Sentence | null } | null {
  // the lead's own spelling first; the headline's only when the lead tells none
  for (const xs of [lead.map((l) => ({ text: l.text, at: l as Sentence | null })), title ? [{ text: title, at: null }] : []]) {
    const found = new Map<string, { name: string; at: Sentence | null }>();
    for (const x of xs) {
      for (const b of meetingOrganizers(x.text, x.text.length)) {
        if (!/^Ban\s+[Cc]hỉ\s+đạo\s+\S/u.test(b.name) || BARE_STEERING_BODY.test(b.name)) continue;
        if (!found.has(matchKey(b.name))) found.set(matchKey(b.name), { name: b.name, at: x.at });
      }
    }
    if (found.size > 0) return found.size === 1 ? [...found.values()][0]! : null;
  }
  return null;
}

/** The steering body a post in `sentence` names with its lower-case remit ("Ban chỉ đạo điều hành giá"), or null. */
function steeringNameAfterPost(sentence: string): string | null {
  const m = STEERING_REMIT_IN_POST.exec(sentence);
  // a remit read so is one lower-case phrase: no meeting word, place or time in it
  if (!m || /(?<![\p{L}])(?:tại|trong|khi|sáng|chiều|ngày|cuộc|buổi|hội nghị|phiên)(?![\p{L}])/u.test(m[1]!)) return null;
  return `Ban ${m[1]!}`;
}

/**
 * chair-post-own-body: the rank (0 executive, 2 steering; null for none) when the chair's post `title`
 * makes an otherwise unattributed meeting the body's own — a (deputy) head of a UBND, ministry,
 * department or HĐND ("Phó Chủ tịch UBND tỉnh A"), or the (deputy) head of a steering body ("Trưởng
 * Ban Chỉ đạo …"); with `withBodies` (a working session, see secretary-works-with-bodies) also the
 * (deputy) secretary of a local party committee (rank 3). A party secretary's post alone does not
 * (measured: on any meeting it named wrong bodies on unseen text).
 */
function chairsOwnBody(title: string, agency: string | null, withBodies = false): 0 | 2 | 3 | null {
  const { role, body } = parseTitle(title);
  if (OWN_EXECUTIVE_BODY.test(body) || agency !== null) return 0;
  if (STEERING_BODY.test(body)) return STEERING_HEAD_ROLE.test(role.trim()) ? 2 : null;
  if (withBodies && LOCAL_PARTY_COMMITTEE.test(body) && PARTY_SECRETARY_ROLE.test(role.trim())) return 3;
  return null;
}

/** A local party committee ("Tỉnh ủy Nghệ An", "Thành ủy TP.HCM", "Huyện ủy A"), not its standing board. */
const LOCAL_PARTY_COMMITTEE = /^(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ)(?![\p{L}])/u;
/** The secretary of a party committee or a deputy ("Bí thư", "Phó Bí thư Thường trực"). */
const PARTY_SECRETARY_ROLE = /^(?:Phó\s+)?[Bb]í\s+thư(?:\s+[Tt]hường\s+trực)?$/u;

/**
 * True when a sentence names a party committee's standing board ("Thường trực Thành ủy", "Ban Thường vụ
 * Tỉnh ủy"): a session told there may be the board's, so it is not plainly the committee's own.
 */
function namesPartyBoard(s: string): boolean {
  // ("Phó Bí thư Thường trực Thành ủy" is a post, not the board)
  return findBodies(s).some((b) => /^(?:Thường trực|Ban Thường vụ|Thường vụ)\s+(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+[uủ][yỷ](?![\p{L}])/iu.test(b.name) &&
    !/(?<![\p{L}])[Bb]í\s+thư\s+$/u.test(s.slice(Math.max(0, b.start - 10), b.start)));
}

/**
 * secretary-works-with-bodies: a working session ("buổi làm việc", "cuộc làm việc") or a meeting held
 * with other bodies ("cuộc họp đột xuất với lãnh đạo UBND TP, các sở ngành", "buổi làm việc với Quận 2")
 * — the kind of meeting a party secretary holds for the party committee, so with nobody named as
 * holding it, a (deputy) secretary's chairing makes it the committee's (rank 3, after executive and
 * steering posts). A conference a secretary chairs may be any body's and stays without one.
 * True when the meeting word `kind` in `s` names such a session.
 */
function workingSession(s: string, kind: { end: number; kind: string }): boolean {
  return /^(?:buổi|cuộc)?\s*làm việc$/iu.test(kind.kind.trim()) || /^\s*(?:[^\s,.;:]+\s+){0,2}?với\s/u.test(s.slice(kind.end));
}

/**
 * True when `title` is followed in `sentence` by a lower-case word that is no verb of the person's
 * ("chủ trì", "phát biểu") nor a link ("và", "tại"): the title reader stopped inside its body's name.
 */
function remitRunsOn(title: string, sentence: string): boolean {
  const at = sentence.indexOf(title);
  const rest = sentence.slice(at + title.length);
  // ("Trưởng Ban chỉ đạo điều hành giá đã chủ trì": "điều hành" with no sitting after it is the remit, no chair verb)
  const remitVerb = /^\s+điều hành\s+(?!(?:phiên|cuộc|buổi|hội nghị|kỳ họp|hội thảo|tọa đàm|toạ đàm)(?![\p{L}]))\p{Ll}/u.test(rest);
  return at !== -1 && /^\s+\p{Ll}/u.test(rest) && (remitVerb || !SPEAK_AFTER_NAME.test(rest)) && !/^\s+(?:và|cùng|tại|dự|tham dự|trong|khi|thì|đến|về)(?![\p{L}])/u.test(rest);
}

const AGENCY_HEADS = MEETINGS_DATA.agencyHeadRoles.map((a) => ({ role: fold(a.role), body: a.body }));

/**
 * agency-named-in-head-title: the agency a head's title names by its own word ("Tổng Thanh tra Chính
 * phủ" heads "Thanh tra Chính phủ", "Chánh Thanh tra tỉnh" the "Thanh tra tỉnh", "Trưởng phòng Tư
 * pháp huyện A" the "Phòng Tư pháp huyện A"), deputies' titles too; null for any other title.
 */
export function agencyOfHead(title: string): string | null {
  const { role, body } = parseTitle(title);
  const own = fold(role.trim()).replace(/^phó\s+/u, '');
  const agency = AGENCY_HEADS.find((a) => a.role === own);
  return agency && body.trim() !== '' ? `${agency.body} ${body.trim()}` : null;
}

const MINISTER_ROLE = /^(?:Bộ trưởng|Thứ trưởng)$/iu;

/**
 * ministry-written-bare: a minister's title written without "Bộ" ("Thứ trưởng Công an", "Bộ trưởng Y
 * tế") heads the ministry the article names in full ("Bộ Công an", "Bộ Y tế"), as the article spells
 * it; null when the article does not name it so (a foreign one, "Bộ Nội vụ Anh", is not) or the title is
 * no minister's.
 */
export function ministryWrittenBare(title: string, text: string): string | null {
  const { role, body } = parseTitle(title);
  const remit = body.trim();
  if (!MINISTER_ROLE.test(role.trim()) || remit === '' || /^Bộ(?![\p{L}])/u.test(remit) || !/^\p{Lu}/u.test(remit)) return null;
  // a remit that ends with its country ("Bộ trưởng Nội vụ Anh"): a foreign ministry
  const remitFolded = fold(remit);
  if (COUNTRIES_IN_VIETNAMESE.some((c) => remitFolded.endsWith(` ${c}`) && /^\p{Lu}/u.test(remit.slice(remit.length - c.length)))) return null;
  const re = new RegExp(`(?<![\\p{L}])Bộ\\s+${escapeRegExp(remit)}(?![\\p{L}])`, 'giu');
  const all = [...text.matchAll(re)];
  // every mention of it with a country after it ("Bộ Nội vụ Anh"): a foreign ministry
  const own = all.find((m) => !/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)));
  return own ? own[0].replace(/^bộ/u, 'Bộ') : null;
}

/**
 * bare-body-takes-article-place: a body written without its place ("UBND tỉnh") is the one the
 * article names with a place ("UBND tỉnh Gia Lai") when it names exactly one such; else as written.
 */
function withArticlePlace(body: string, named: readonly string[]): string {
  if (localityOf(body) !== null || !/(?:^|\s)(?:tỉnh|thành phố|TP|huyện|quận|thị xã)$/u.test(body)) return body;
  const key = fold(body);
  const fuller = named.filter((n) => {
    const place = localityOf(n);
    return place !== null && fold(n) === `${key} ${fold(place)}`;
  });
  const places = new Set(fuller.map((n) => fold(localityOf(n)!)));
  return places.size === 1 ? fuller[0]! : body;
}

/**
 * head-role-swallows-council: a post whose role reads "Chủ tịch Hội đồng" ("Chủ tịch Hội đồng Tư vấn chính sách tài
 * chính, tiền tệ quốc gia") leaves the council's own name outside its body part; the body of the post is then the
 * body named in the post itself, when that one runs to the post's end.
 */
function bodyOfPost(title: string): string {
  const body = parseTitle(title).body;
  if (bodyKind(body) !== null) return body;
  const inPost = findBodies(title).find((b) => b.end === title.length);
  return inPost ? inPost.name : body;
}

/** A title's body as a body name alone: a caption glued to it ("UBND tỉnh A ủng hộ …") dropped. */
function ownBody(body: string): string {
  const first = findBodies(body)[0];
  return first && first.start === 0 && first.name.length < body.length && /^\s+\p{Ll}/u.test(body.slice(first.end)) ? first.name : body;
}

const DEMAND_OF = /(?<![\p{L}])(?:yêu cầu|chỉ đạo|kết luận|ý kiến chỉ đạo|phát biểu)\s+của\s+(?:(?:đồng chí|ông|bà)\s+)?$/iu;
const HEAD_ROLES = new Set(MEETINGS_DATA.bodyHeadRoles.map((r) => fold(r)));
const STANDING_PREFIX = new RegExp(`^(?:${alternation(MEETINGS_DATA.standingPrefixes.map(fold), 'as-written')})\\s+`, 'u');

/** True when `title` is the head's post ("Chủ tịch UBND tỉnh") of one of `bodies` or of its standing body. */
function headsBody(title: string, bodies: readonly string[]): boolean {
  const { role, body } = parseTitle(title);
  if (!body || !HEAD_ROLES.has(fold(role))) return false;
  const own = fold(expandAbbreviations(body));
  return bodies.some((b) => fold(expandAbbreviations(b)).replace(STANDING_PREFIX, '') === own);
}

function isHeldOrNeutral(s: string): boolean {
  const at = s.search(/chủ trì|điều hành|chủ tọa/u);
  return !isFutureSentence(at === -1 ? s : s.slice(0, at));
}

/** True when a sentence announces a meeting to come ("Cuộc họp sẽ bàn …", "sẽ chủ trì", "dự kiến diễn ra"). */
function isAnnouncement(s: string): boolean {
  if (/(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/iu.test(s)) return false;
  return /(?<![\p{L}])(?:sẽ|dự kiến|sắp)\s+(?:\p{L}+\s+){0,2}(?:diễn ra|tổ chức|chủ trì|họp|bàn|khai mạc|tiến hành)(?![\p{L}])/iu.test(s) ||
    /^(?:\S+\s+){0,4}?(?:cuộc họp|hội nghị|phiên họp|buổi làm việc|kỳ họp)\s+(?:\S+\s+){0,3}?sẽ(?![\p{L}])/iu.test(s);
}

/** True when a sentence speaks of what will happen ("sẽ", "dự kiến") and not of what did ("đã"). */
function isFutureSentence(s: string): boolean {
  return /(?<![\p{L}])(?:sẽ|dự kiến|sắp)(?![\p{L}])/iu.test(s) && !/(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/iu.test(s);
}

/** One title per (person, title) with the less specific spellings of the same post dropped. */
function dedupeTitles<T extends { text: string; former: boolean }>(titles: readonly T[]): T[] {
  const unique: T[] = [];
  for (const t of titles) {
    if (t.text.split(/\s+/u).length > 16) continue;
    if (!unique.some((u) => fold(u.text) === fold(t.text))) unique.push(t);
  }
  const words = (x: string): Set<string> => new Set(fold(expandAbbreviations(x)).replace(/[.,\-–]/g, ' ').split(/\s+/u).filter(Boolean));
  return unique.filter((t) => {
    const pt = parseTitle(t.text);
    return !unique.some((u) => {
      if (u === t) return false;
      // bare-post-beside-full-form: "Chủ tịch" beside "Chủ tịch nước", "Phó Thủ tướng" beside "Phó
      // Thủ tướng Thường trực Chính phủ": a post with no body that opens a longer title of the same
      // person is that post written short, not a second one
      if (!pt.body && u.former === t.former && fold(u.text).startsWith(fold(t.text) + ' ')) return true;
      const pu = parseTitle(u.text);
      if (fold(pu.role) !== fold(pt.role) || u.former !== t.former) return false;
      const wt = words(pt.body);
      const wu = words(pu.body);
      if (wt.size > wu.size || [...wt].some((w) => !wu.has(w))) return false;
      return wt.size < wu.size || u.text.length > t.text.length;
    });
  });
}

