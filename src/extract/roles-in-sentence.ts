/**
 * What each person does in a sentence: chairs ("A, <chức vụ>, chủ trì", "dưới sự chủ trì của
 * A", "đồng chủ trì", "Các đồng chí: A, …; B, … chủ trì"), attends ("Dự hội nghị có các đồng
 * chí: …", "Cùng dự có …", "… dự."), speaks ("phát biểu", "cho biết", "Phát biểu tại hội nghị,
 * A …") or sets directives ("đề nghị", "yêu cầu", "giao" …).
 */
import { VERBS } from './lexicon.js';
import { fold } from './text.js';
import { alternation as alt } from './text.js';

/** A person's occurrence in a sentence, with the extent of the whole mention. */
export interface Actor {
  key: string;
  extentStart: number;
  extentEnd: number;
}

/** The roles found for each actor key in one sentence. */
export interface SentenceRoles {
  chairs: Set<string>;
  attendees: Set<string>;
  speakers: Set<string>;
  /** Actor key → offset just after the directive verb it governs. */
  directives: Map<string, number>;
  /** People who give the concluding speech ("A kết luận", "Phát biểu kết luận hội nghị, A"). */
  concluders: Set<string>;
  /**
   * Heads of a delegation that meets (pattern: delegation-head): present at a meeting the article
   * reports on other grounds, but no evidence by themselves that it reports one.
   */
  delegationHeads: Set<string>;
}

/**
 * "dự án", "dự thảo", "dự kiến", "dự khuyết" …: words that open with "dự" and do not say that
 * anyone attends (pattern: attendance-dự-compound). Put right after a "dự" that may mean "attend".
 */
export const NOT_ATTEND_COMPOUND = '(?!\\s+(?:án|thảo|kiến|toán|báo|khuyết|trữ|phòng|định|bị|đoán|tính|thính|luật|trù|liệu|thi|tuyển)(?![\\p{L}]))';

/**
 * Verbs of speech after a speaker: the general ones, and those of explaining ("cho hay", "giải
 * thích", "thừa nhận": pattern speech-of-explanation), which say "speaks" only of someone already
 * taken for a person and are not evidence that a name is one.
 */
const SPEECH_VERBS: readonly string[] = [...VERBS.speak, ...VERBS.speakExplain];

/** A bracketed aside after a name ("(tỉnh Quảng Ninh)") before its verb. */
const ASIDE = '(?:\\([^()]{0,80}\\)\\s*)?';
const ADVERBS = '(?:(?:đã|cũng|vừa|lại|thì|đều|còn|chỉ|vẫn|đích thân|trực tiếp|cùng|đến|tới|sau đó|tiếp tục|một lần nữa)\\s+)*';

/**
 * "điều hành (tại) điểm cầu tỉnh": running one bridge point of an online conference is not chairing it;
 * runs-a-company: "ông A, Chủ tịch điều hành Tập đoàn B" runs a firm, chairs no meeting.
 */
const NOT_BRIDGE = '(?!\\s+(?:tại\\s+|ở\\s+)?(?:các\\s+)?điểm cầu)(?<!điều hành(?=\\s+(?:[Tt]ập đoàn|[Cc]ông ty|[Tt]ổng [Cc]ông ty|[Hh]ãng|[Dd]oanh nghiệp)(?![\\p{L}])))';
/**
 * After a chair: "A chủ trì", "A dự và chủ trì", "A dự, chủ trì" (pattern: attend-comma-chair), "A làm
 * chủ trì" (pattern: act-as-chair).
 */
/**
 * day-between-subject-and-verb: "Ông A, Chủ tịch UBND tỉnh B, hôm qua đã chủ trì …", "bà C, Giám đốc
 * Sở D, sáng nay chủ trì …", "ông E, …, chiều 5/7 đã chủ trì …": the day of the act, written between
 * the subject's post and its verb (a time of day before "nay" / "qua"; "hôm nay", "hôm qua"; a dated day).
 */
const DAY_BEFORE_VERB = '(?:(?:(?:sáng|trưa|chiều|tối)\\s+(?:hôm\\s+)?(?:nay|qua)|hôm nay|hôm qua|(?:(?:sáng|trưa|chiều|tối)\\s+)?(?:ngày\\s+)?\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)(?![\\p{L}\\p{N}])\\s*,?\\s*)?';
const CHAIR_AFTER = new RegExp(`^\\s*${ASIDE}(?:,|\\s[-–—])?\\s*${DAY_BEFORE_VERB}${ADVERBS}(?:(?:dự|tham dự|đến dự|tổ chức)(?: và|,)\\s+)?(?:làm\\s+)?(?:${alt(VERBS.chair)})(?![\\p{L}])${NOT_BRIDGE}`, 'u');
/**
 * ceremony-not-meeting: "A chủ trì lễ đón chính thức B", "B chủ trì Tiệc chiêu đãi Đoàn …", "Lễ đón … được
 * tổ chức tại Nhà Quốc hội, dưới sự chủ trì của C": presiding over a ceremony or a banquet is not chairing
 * a meeting (ceremonies are no meetings). CEREMONY_CHAIRED reads what follows the chair verb,
 * CEREMONY_SUBJECT the clause before "dưới sự chủ trì của" (a time or place phrase may open it).
 */
const CEREMONY_CHAIRED = /^\s+(?:(?:buổi|cuộc)\s+)?(?:lễ|tiệc|chiêu đãi|quốc yến)(?![\p{L}])/iu;
const CEREMONY_SUBJECT = /^\s*\*?\s*(?:[^,.;:]{0,60},\s*)?(?:buổi\s+)?(?:lễ|tiệc|chiêu đãi)(?![\p{L}])(?![^.;:]*(?<![\p{L}])(?:hội nghị|cuộc họp|phiên họp|buổi làm việc|hội đàm|hội thảo)(?![\p{L}])[^.;:]*(?:chủ trì|điều hành)\s+của)/iu;
/**
 * attendance-dự-compound after a name: "Chủ tịch A dự kiến sang thăm …", "ông B dự báo …" — a "dự" that opens a
 * compound says nothing of attending.
 */
const ATTEND_AFTER = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}(?:${alt(VERBS.attend)})(?![\\p{L}])${NOT_ATTEND_COMPOUND}`, 'u');
/**
 * "A dự và chỉ đạo hội nghị": directing a meeting one attends is addressing it. chair-and-speak: "A chủ
 * trì, phát biểu khai mạc và bế mạc hội nghị", "A chủ trì và phát biểu chỉ đạo" — the chair also speaks.
 */
const SPEAK_AFTER = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}(?:(?:(?:(?:dự|tham dự|đến dự|về dự)\\s+và|(?:đồng\\s+)?chủ trì(?:,|\\s+và))\\s+(?:phát biểu\\s+)?)?(?:${alt(SPEECH_VERBS)}))(?![\\p{L}])`, 'u');
/**
 * speech-named-after-speaker: "Chủ tịch Quốc hội A trong lời phát biểu bế mạc kỳ họp đã đánh giá …" — the
 * subject of the clause (nothing but a comma before it) speaks; "… đề cập đến việc kỷ luật ông B trong
 * bài phát biểu bế mạc" names B as its object (SUBJECT_SLOT).
 */
const SPEECH_NAMED_AFTER = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}trong\\s+(?:bài\\s+|lời\\s+)?phát biểu\\s+(?:khai mạc|bế mạc|kết luận|chỉ đạo)(?![\\p{L}])`, 'u');
const SUBJECT_SLOT = /(?:^|[,;:]\s*)(?:(?:đồng chí|ông|bà)\s*)?$/iu;
const DIRECTIVE_AFTER = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}(?:(?:phát biểu|kết luận|nhấn mạnh|chỉ đạo|cũng)\\s*,?\\s*)*(${alt(VERBS.directive)})(?![\\p{L}])`, 'u');
const CHAIR_BEFORE = new RegExp(`(?:${alt(VERBS.chairBy.filter((v) => v !== 'do'))})\\s*(?:(?:các\\s+)?đồng chí\\s*:?\\s*)?$`, 'iu');
const ATTEND_BEFORE = /(?:^|[,.;]\s*|\s)(?:cùng\s+)?(?:đến\s+|về\s+)?(?:tham\s+)?dự(?:\s+của)?(?:\s+(?:hội nghị|phiên họp|cuộc họp|buổi họp|buổi làm việc|buổi giao ban|kỳ họp|hội thảo|tọa đàm|toạ đàm|buổi đối thoại|buổi tiếp|lễ))?(?:\s+(?:còn|cũng))?\s*(?:,\s*)?(?:có\s+)?(?:(?:sự\s+)?(?:tham dự|có mặt)\s+(?:của\s+)?)?(?:(?:các|các vị|các\s+)\s*)?(?:đồng chí|vị|ông|bà)?\s*:?\s*$/iu;
/**
 * with-the-presence-of: "Hội nghị diễn ra với sự tham gia của Thứ trưởng A", "buổi làm việc có sự tham
 * gia của ông B", "với sự hiện diện của các đồng chí C, D": the people named after it attend.
 */
const WITH_PRESENCE_BEFORE = /(?:^|\s)(?:với|có)\s+sự\s+(?:tham gia|tham dự|có mặt|hiện diện)\s+của\s+(?:(?:các|các vị)\s+)?(?:đồng chí|vị|ông|bà)?\s*$/iu;
/** "Về phía Bộ Tài chính có ông A": the side a delegation came from, then its people. */
const SIDE_BEFORE = /(?:^|[,.;:]\s*)về phía\s[^,.;:]{1,80}?\s(?:có|gồm)(?:\s+(?:sự\s+)?(?:tham dự|có mặt)\s+của)?(?:\s+(?:các\s+)?(?:đồng chí|ông|bà|vị))?\s*:?\s*$/iu;
/**
 * A meeting told as one side meeting the other (pattern: meets-with): "A có buổi làm việc với B",
 * "A chủ trì cuộc họp với B", "A đã làm việc với B", "A gặp gỡ B": both sides attend.
 */
const MEETS_WITH = '(?:có|chủ trì|tổ chức)\\s+(?:cuộc|buổi)\\s+(?:họp|làm việc|gặp|gặp gỡ|trao đổi|tiếp|hội đàm|hội kiến|điện đàm)(?:\\s+(?:song phương|riêng|trực tuyến))?\\s+với|làm việc với|họp với';
/**
 * receives-not-continues: "tiếp" receives a guest, but "tiếp tục" (goes on), "tiếp thu", "tiếp nhận", "tiếp cận",
 * "tiếp xúc" … are other verbs: "cấm ông A tiếp tục xuống đường" receives nobody.
 */
const NOT_RECEIVE_COMPOUND = '(?!\\s+(?:tục|thu|nhận|cận|xúc|theo|sau|đó|tế|quản|diễn|nối|bước|giáp|tuyến|viện|sức|ứng|liệu|thị|cứu|nhiên)(?![\\p{L}]))';
const RECEIVES = `tiếp xã giao|tiếp thân mật|có buổi tiếp|có cuộc tiếp|tiếp${NOT_RECEIVE_COMPOUND}|hội đàm với|hội đàm trực tuyến với|hội kiến|hội kiến với|điện đàm với|có cuộc hội đàm với|có cuộc hội kiến với|${MEETS_WITH}`;
/**
 * A reception or talks ("A đã tiếp B", "A hội đàm với B", "A hội kiến B"): the host and the guest
 * both attend; the host does not chair unless the text says so.
 */
const RECEIVES_AFTER = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}(?:đón(?:\\s+và|,)?\\s+)?(?:${RECEIVES})\\s*$`, 'u');
const RECEIVES_AFTER_TAIL = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}(?:đón(?:\\s+và|,)?\\s+)?(?:${RECEIVES})(?![\\p{L}])`, 'u');
const ATTEND_HEAD = new RegExp(`^(?:cùng\\s+)?(?:tham\\s+)?dự(?![\\p{L}])${NOT_ATTEND_COMPOUND}|^có mặt|^tham dự|^cùng tham dự|^cùng dự`, 'iu');
const CHAIR_HEADER = /(?:^|[.;]\s*)(?:đồng\s+)?chủ trì(?:\s+(?:hội nghị|phiên họp|cuộc họp|buổi làm việc))?\s*(?:có\s+)?(?:các\s+)?(?:đồng chí)?\s*:\s*$/iu;
/**
 * Before a speaker: "Phát biểu tại hội nghị, A …", "Theo A, …", and a report's closing line "Đó là
 * yêu cầu của đồng chí A, … tại phiên họp" (what A said there).
 */
const SPEAK_BEFORE = /(?:^|[,.;]\s*)(?:phát biểu|kết luận|chỉ đạo|báo cáo|trình bày|giải trình|tham luận|trả lời|thay mặt)[^,;]{0,80},\s*$|(?:^|[,.;]\s*)theo\s*$|(?:^|[,.;]\s*)(?:đó|đây) là\s+(?:lời\s+)?(?:yêu cầu|chỉ đạo|ý kiến chỉ đạo|khẳng định|nhấn mạnh|đề nghị|chia sẻ|phát biểu|nhận định|đánh giá|kết luận)\s+của\s+(?:(?:đồng chí|ông|bà)\s+)?$/iu;
const CONCLUDE_BEFORE = /(?:^|[,.;]\s*|\s)(?:phát biểu\s+)?(?:kết luận|bế mạc)(?:\s+(?:hội nghị|phiên họp|cuộc họp|buổi làm việc|kỳ họp|buổi giao ban))?[^,;]{0,40},\s*$/iu;
const CONCLUDE_AFTER = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}(?:phát biểu\\s+)?(?:kết luận|bế mạc)(?![\\p{L}])`, 'u');
const CONCLUSIONS_OF = /kết luận của\s*$/iu;
/**
 * A chair list opened at the head of a sentence: "Chủ trì hội nghị có các đồng chí: …", "Đồng chủ
 * trì hội nghị có đồng chí …", "Chủ trì phiên họp gồm …", and those who attend and chair
 * (pattern: attend-and-chair-opening): "Dự và chủ trì hội nghị có đồng chí …".
 */
const CHAIR_LIST_OPENING = /^(?:[^,.;:]{0,40},\s*)?(?:(?:tham\s+|đến\s+|về\s+)?dự\s+và\s+)?(?:đồng\s+)?chủ trì(?:\s+[^\s,.;:]+){0,4}?\s+(?:có|gồm|là)\s+(?:các\s+)?(?:đồng chí|ông|bà|vị)?\s*:?\s*/iu;
/** "khi chủ trì", and with the subject taken up again by a pronoun: "khi ông chủ trì", "lúc bà đang chủ trì". */
const WHEN_CHAIRING = /(?<![\p{L}])(?:khi|lúc|trong khi)\s+(?:(?:ông|bà|đồng chí)\s+)?(?:đang\s+)?(?:đồng\s+)?chủ trì(?![\p{L}])/iu;
const DASH_TAIL_CHAIR = new RegExp(`^([^,;.:()]{1,40}?)\\s[-–—]\\s*${ADVERBS}(?:${alt(VERBS.chair)})(?![\\p{L}])`, 'u');
/**
 * chair-appositive: "Ông A, Phó Chủ tịch UBND huyện B, người chủ trì cuộc họp, cho biết …", "Thủ tướng
 * C, người đồng chủ trì hội nghị, …": the person the aside calls the one who chaired.
 */
const APPOSITIVE_CHAIR = /^\s*,\s*(?:là\s+)?người\s+(?:đồng\s+)?chủ trì\s+(?:(?:cuộc|buổi|phiên)\s|hội nghị|kỳ họp|họp)/u;

/**
 * presides-over-sitting: "Phó Chủ tịch Quốc hội A điều khiển phiên họp", "B là người điều khiển phiên
 * thảo luận buổi sáng", "C là người điều hành nội dung này", and before the person "phiên họp … dưới
 * sự điều khiển của D": presiding over a sitting (or one item of its agenda) is chairing it. "Điều
 * khiển" counts only with a sitting's word next to it (a driver "điều khiển xe" chairs nothing).
 */
const PRESIDES_AFTER = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}(?:là\\s+người\\s+)?(?:điều khiển|điều hành|chủ trì)\\s+(?:(?:các\\s+)?(?:phiên|cuộc|buổi)\\s|hội nghị|kỳ họp|(?:phần\\s+)?(?:nội dung|thảo luận|chất vấn)(?![\\p{L}]))`, 'u');
const PRESIDED_BEFORE = /(?<![\p{L}])(?:phiên|cuộc họp|hội nghị|kỳ họp|thảo luận|chất vấn|nội dung)(?![\p{L}])[^.;:!?]{0,100}?dưới sự điều khiển của\s+(?:(?:đồng chí|ông|bà)\s+)?$/iu;
const FRONTED_CHAIR = /^(?:[^,]{0,40},\s*)?(?:đồng\s+)?chủ trì\s/iu;
/**
 * chair-named-after-its-meeting: "Tại cuộc họp …, chủ trì cuộc họp ông A, Giám đốc Sở B, nêu rõ …",
 * "…; người chủ trì hội nghị là đồng chí C": the person right after "chủ trì <meeting word>" that
 * follows a comma or opens the sentence is its chair.
 */
const CHAIR_NOUN_BEFORE = /(?:^|[,;:]\s*)(?:người\s+)?(?:đồng\s+)?chủ trì\s+(?:cuộc họp|hội nghị|buổi làm việc|phiên họp|buổi họp|cuộc làm việc|hội thảo|tọa đàm|toạ đàm|buổi giao ban|cuộc họp báo|buổi họp báo)(?:\s+này)?\s*,?\s*(?:là\s+)?(?:(?:đồng chí|ông|bà)\s*)?$/iu;

/**
 * delegation-head: the head of a delegation that meets is present at the meeting — "tiếp Đoàn doanh
 * nghiệp B do ông A, Chủ tịch Hội đồng C dẫn đầu.", "Đoàn công tác do Thứ trưởng A làm trưởng đoàn đã làm
 * việc với …", "Đoàn đại biểu Lào do B làm Trưởng đoàn." (LED_BY_BEFORE, then LED_BY_AFTER), and "A dẫn
 * đầu đoàn đại biểu D đã hội đàm / làm việc với …" (LEADS_TO_MEETING). The clause after the lead goes
 * on to no other act than a meeting ("… do A làm trưởng đoàn đang kiểm tra công tác cán bộ" inspects);
 * a delegation that will come or go ("sẽ", "dự kiến", "sắp") meets nobody yet.
 */
const MEETING_ACT = `(?<![\\p{L}])(?:hội đàm|hội kiến|làm việc|họp|tham dự|hội nghị|hội thảo|tọa đàm|toạ đàm|dự(?![\\p{L}])${NOT_ATTEND_COMPOUND})(?![\\p{L}])`;
const LED_BY_BEFORE = /(?<![\p{L}])(?:phái\s+)?đoàn(?![\p{L}])[^.;:!?“”"]{0,120}?\sdo\s+(?:(?:các\s+)?(?:đồng chí|ông|bà)\s+)?$/iu;
const LED_BY_AFTER = new RegExp(`^\\s*${ASIDE},?\\s*(?:làm\\s+(?:trưởng\\s+đoàn|trưởng\\s+phái\\s+đoàn)|dẫn đầu)(?![\\p{L}])(?=\\s*(?:[.;]|$)|[^.;!?]*?${MEETING_ACT})`, 'iu');
const LEADS_TO_MEETING = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}dẫn đầu\\s+(?:các\\s+)?(?:phái\\s+)?đoàn(?![\\p{L}])[^.;!?]*?${MEETING_ACT}`, 'iu');
const FUTURE_WORD = /(?<![\p{L}])(?:sẽ|dự kiến|sắp)(?![\p{L}])/iu;
/** "(cuộc) hội đàm / hội kiến / điện đàm / cuộc gặp (song phương) giữa": the talks' sides follow (pattern: talks-between). */
const TALKS_BETWEEN = /(?<![\p{L}])(?:hội đàm|hội kiến|điện đàm|cuộc gặp)(?:\s+(?:song phương|cấp cao|thượng đỉnh))?\s+giữa\s+/iu;

/** "việc" right before a person (the subject of a noun clause: "trước việc A đã chỉ đạo …"). */
const NAMED_ACT_BEFORE = /(?<![\p{L}])việc\s+(?:(?:ông|bà|đồng chí)\s+)?$/iu;
/**
 * deceased-after-funeral: "dự lễ tang Tổng tư lệnh A", "lễ viếng nguyên Phó Chủ tịch UBND tỉnh B", "lễ
 * tưởng niệm đồng chí C", "sự ra đi của lãnh tụ D" — the person named after it, with at most a few words
 * of post and no punctuation between, is the one mourned:
 * no attendee, speaker or chair of anything.
 */
const DECEASED_BEFORE = /(?<![\p{L}])(?:lễ (?:tang|viếng|truy điệu|tưởng niệm|an táng|truy tặng)|viếng|truy điệu|tưởng niệm|ra đi của|qua đời của|từ trần của)\s+(?:[^\s,.;:()“”"]+\s+){0,5}$/iu;

/** What may stand before the one who answers in a Q&A report: nothing, a bullet, or the question and a dash. */
const ANSWER_LEAD = /^[\s\-–—•+]*$|[.?!…]["”]?\s+[-–—•]\s*$/u;
/** A speech verb closed by a colon: what follows is the speaker's report ("cho biết:", "nhấn mạnh:"). */
const REPORTING_COLON = new RegExp(`^\\s*${ASIDE},?\\s*${ADVERBS}(?:${alt(SPEECH_VERBS)})\\s*:`, 'u');
const SPEECH_DIRECTIVE = new RegExp(`^\\s*,?\\s*${ADVERBS}(?:nhấn mạnh|nêu rõ|cho rằng|khẳng định|lưu ý|chỉ rõ)\\s*[,:]?`, 'u');

const ROLE_VERB_IN_GAP = new RegExp(`(?<![\\p{L}])(?:${alt([...VERBS.chair, ...VERBS.attend, ...SPEECH_VERBS, ...VERBS.directive])})(?![\\p{L}])`, 'iu');

/**
 * The text after a mention as its verb reads it (pattern: dash-closed-title): "Ông A – Phó Giám
 * đốc Sở Y tế – cho biết": the dash that closes a title written between dashes stands for the
 * comma before the verb.
 */
function verbSide(after: string, nextActorAt = Infinity, apposition = false): string {
  const dash = /^\s*[-–—]\s*(?=\p{Ll})/u.exec(after);
  if (dash) return `, ${after.slice(dash[0].length)}`;
  // "Ông A, đại diện Công ty B, cho biết" (pattern: representative-aside): whom the person speaks
  // for stands between the name and the verb
  const rep = REPRESENTS.exec(after);
  if (rep) {
    const tail = after.slice(rep[0].length, Math.min(rep[0].length + 120, nextActorAt));
    const verb = firstMatch(tail, VERB_IN_LOWER_CASE, CHAIRS_A_MEETING);
    if (verb && !/[.;:!?()“”"]|(?<![\p{L}])sẽ(?![\p{L}])/u.test(tail.slice(0, verb.index))) return `, ${after.slice(rep[0].length + verb.index)}`;
  }
  // "bà A, Phó trưởng phòng Giáo dục quận B, Hà Nội cho biết", "ông C, Thứ trưởng Bộ Lao động,
  // Thương binh và Xã hội đã phát biểu", "ông D, Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì"
  // (pattern: title-tail-before-verb): the rest of a title the
  // reader could not place, written in capitalised words, stands between the title and the verb;
  // only after a title set off by a comma or dash (else the capitalised words are the subject:
  // "… cho Thủ tướng A, Ban Tổ chức còn trao …")
  const tail = apposition ? TITLE_TAIL.exec(after) : null;
  if (tail && tail[0].length <= nextActorAt) return `, ${after.slice(tail[0].length)}`;
  return after;
}

/**
 * A comma, then one to six capitalised words (each may carry one lower-case syllable, "Thương
 * binh", and "và" may join them), then an optional comma, right before a verb.
 */
const TITLE_TAIL = new RegExp(`^\\s*,\\s*(?:\\p{Lu}[^\\s,.;:()]*(?:\\s+\\p{Ll}+)?\\s*(?:và\\s+)?){1,6}?,?\\s*(?=${ADVERBS}(?:${alt([...VERBS.attend, ...SPEECH_VERBS, ...VERBS.chair])})(?![\\p{L}]))`, 'u');

/**
 * "…, đại diện", "…, là đại diện cho", "…, thay mặt", "…, thừa ủy quyền của": an aside on whom the
 * person speaks for, opening after a name (pattern: representative-aside).
 */
const REPRESENTS = /^\s*[,–-]\s*(?:(?:là\s+)?(?:người\s+)?đại diện(?:\s+cho)?|thay mặt(?:\s+cho)?|thừa (?:ủy|uỷ) quyền(?:\s+của)?)\s+(?=\S)/u;
/** An attendance or speech verb written in lower case (a body's capitalised "Thông tin" is no verb; "cơ quan chủ trì" names a body). */
const VERB_IN_LOWER_CASE = new RegExp(`(?<![\\p{L}])(?:${alt([...VERBS.attend, ...SPEECH_VERBS])})(?![\\p{L}])`, 'u');


/**
 * on-behalf-chairs: "A, <chức vụ>, thay mặt Bộ Chính trị điều hành phiên họp", "B, đại diện Ban Tổ
 * chức, chủ trì hội nghị": a chair verb of a meeting after whom the person acts for ("cơ quan chủ trì
 * soạn thảo" names a body and has no meeting after it).
 */
const CHAIRS_A_MEETING = new RegExp(`(?<![\\p{L}])(?:${alt(VERBS.chair)})\\s+(?:(?:cuộc|buổi|phiên)\\s|hội nghị|kỳ họp|hội thảo|tọa đàm|toạ đàm)`, 'u');

/** The earlier of two matches in `s` (null when neither matches). */
function firstMatch(s: string, a: RegExp, b: RegExp): RegExpExecArray | null {
  const x = a.exec(s);
  const y = b.exec(s);
  return x && (!y || x.index <= y.index) ? x : y;
}

/** A mention whose last post heads or deputises a steering committee ("…, Trưởng Ban Chỉ đạo …"). */
/**
 * (working-group-remit-before-chair: "…, Tổ trưởng Tổ công tác của Chính phủ chỉ đạo đẩy nhanh …, đã chủ trì
 * cuộc họp" — the head of a government working group, whose remit reads like a steering committee's.)
 */
const STEERING_POST_LAST = /(?:^|[,–-])\s*(?:(?:Phó\s+)?Trưởng\s+[Bb]an\s+[Cc]hỉ\s+đạo|(?:Phó\s+)?Tổ\s+trưởng\s+[Tt]ổ\s+(?:[Cc]ông\s+tác|[Gg]iúp\s+việc))(?![\p{L}])[^,–]*$/u;
/** The group's own remit verb opening the remit ("(của Chính phủ) chỉ đạo đẩy nhanh …"): no act of the person. */
const REMIT_OWN_VERB = /^(\s*(?:của\s+(?:[\p{L}]+\s+){1,3}?)?)(?:chỉ đạo|phụ trách)(?=\s)/u;
/** The rest of its remit, then "(,) (đã) chủ trì / điều hành <meeting word>". */
const REMIT_THEN_CHAIR = new RegExp(`^([^.;:()!?“”"]{1,160}?)(?:,\\s*|\\s+)${ADVERBS}(?:${alt(VERBS.chair)})\\s+(?:(?:cuộc|buổi|phiên)\\s|hội nghị|kỳ họp|hội thảo|tọa đàm|toạ đàm|họp(?![\\p{L}]))`, 'u');
/** "dự án", "dự thảo" …: "dự" in a compound, no attendance verb (pattern: attendance-dự-compound). */
const DU_COMPOUND = new RegExp(`(?<![\\p{L}])dự(?!${NOT_ATTEND_COMPOUND})`, 'giu');
/** A new subject after a comma: a body's head word, a person's honorific, a plural ("các huyện"). */
const NEW_SUBJECT = /,\s*(?:các|những|nhiều|mỗi|Sở|UBND|Ủy ban|Uỷ ban|Bộ|Cục|Tổng cục|Ban|Hội|Công an|Tỉnh ủy|Thành ủy|Huyện ủy|ông|bà|đồng chí|Ông|Bà|Đồng chí)(?![\p{L}])/u;

/**
 * steering-remit-before-chair: "A, Trưởng Ban Chỉ đạo phòng chống dịch bệnh ở người của tỉnh, chủ trì
 * hội nghị", "B, Trưởng Ban Chỉ đạo của Chính phủ xử lý các tồn tại … ngành Công Thương chủ trì phiên
 * họp": a steering committee's remit, written in lower case and longer than the title reader takes,
 * stands between its head's post and the chair verb. True when `mention` ends with such a post and
 * `after` reads so, with no other person, role verb or new subject in the remit.
 */
function steeringRemitChairs(mention: string, after: string, nextActorAt: number): boolean {
  if (!STEERING_POST_LAST.test(mention)) return false;
  const m = REMIT_THEN_CHAIR.exec(after);
  return m !== null && m[1]!.length < nextActorAt && !ROLE_VERB_IN_GAP.test(m[1]!.replace(REMIT_OWN_VERB, '$1').replace(DU_COMPOUND, '')) && !NEW_SUBJECT.test(m[1]!);
}

/** Groups actors written one after another ("A, <cv>; B, <cv> và C") into lists. */
function chains(s: string, actors: readonly Actor[]): Actor[][] {
  const out: Actor[][] = [];
  let cur: Actor[] = [];
  for (const a of actors) {
    const prev = cur[cur.length - 1];
    const gap = prev ? s.slice(prev.extentEnd, a.extentStart) : '';
    // a title's tail the reader could not place ("… và quốc tế Vương quốc Campuchia;") before the
    // semicolon that ends a list item still joins the list
    const tailToSemicolon = /^[^;.:!?]{1,80};\s*$/u.test(gap) && !ROLE_VERB_IN_GAP.test(gap);
    if (prev && (/^\s*(?:[,;]|[,;]?\s*(?:và|cùng|cùng với|cùng các đồng chí))?\s*$/u.test(gap) || tailToSemicolon)) {
      cur.push(a);
    } else {
      if (cur.length) out.push(cur);
      cur = [a];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** A sentence's roles before any is read (every set and map empty). */
export function emptyRoles(): SentenceRoles {
  return { chairs: new Set(), attendees: new Set(), speakers: new Set(), directives: new Map(), concluders: new Set(), delegationHeads: new Set() };
}

/** Reads the roles of the actors of one sentence. */
export function rolesInSentence(s: string, actors: readonly Actor[]): SentenceRoles {
  const r = emptyRoles();
  // every role below is given to an actor: a sentence naming nobody is not scanned
  if (actors.length === 0) return r;
  const sorted = [...actors].sort((a, b) => a.extentStart - b.extentStart);
  const lists = chains(s, sorted);
  // "A cho biết: Thủ tướng đã quyết định …": the people inside what A reports do not speak here
  let reportedFrom = Infinity;
  for (const list of lists) {
    const reported = list[0]!.extentStart >= reportedFrom;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const next = sorted.find((a) => a.extentStart >= last.extentEnd);
    const after = verbSide(s.slice(last.extentEnd), next ? next.extentStart - last.extentEnd : Infinity, /[,–-]/u.test(s.slice(last.extentStart, last.extentEnd)));
    const before = s.slice(0, first.extentStart);
    const beforeFolded = fold(before) + (/\s$/u.test(before) ? ' ' : '');
    const keys = list.map((a) => a.key);
    // act-named-by-việc: "cử tri vui mừng trước việc Thủ tướng A đã chỉ đạo dừng dự án", "đồng tình với
    // việc Bộ trưởng B đề nghị …" — a past act of the person, named as a topic: nobody acts here
    if (NAMED_ACT_BEFORE.test(before.slice(-24)) || DECEASED_BEFORE.test(before.slice(-40))) continue;
    // "…; D - Trưởng ban Quản lý các KCN - đồng chủ trì": a title's unread tail before the dash
    const dashTail = DASH_TAIL_CHAIR.exec(after);
    const chairAfterTail = dashTail !== null && !ROLE_VERB_IN_GAP.test(dashTail[1]!);
    const chairAfter = CHAIR_AFTER.exec(after);
    const ceremony = chairAfter !== null ? CEREMONY_CHAIRED.test(after.slice(chairAfter[0].length)) : CHAIR_BEFORE.test(beforeFolded) && CEREMONY_SUBJECT.test(before);
    if (ceremony) {
      // ceremony-not-meeting: nobody chairs a meeting here
    } else if (chairAfter !== null || chairAfterTail || steeringRemitChairs(s.slice(last.extentStart, last.extentEnd), after, next ? next.extentStart - last.extentEnd : Infinity) || APPOSITIVE_CHAIR.test(after) || PRESIDES_AFTER.test(after) || PRESIDED_BEFORE.test(before) || CHAIR_BEFORE.test(beforeFolded) || CHAIR_HEADER.test(beforeFolded) || CHAIR_NOUN_BEFORE.test(beforeFolded)) {
      // chair-aside-then-subject: "Tại cuộc họp báo dưới sự chủ trì của ông A - Phó Chủ tịch UBND tỉnh, ông B –
      // Phó Giám đốc Sở C cho biết …": the last of a comma list after "dưới sự chủ trì của" that speaks is
      // the clause's subject, not one more chair
      const subject = list.length > 1 && CHAIR_BEFORE.test(beforeFolded) && !CHAIR_AFTER.test(after) && SPEAK_AFTER.test(after) &&
        /^\s*,\s*$/u.test(s.slice(list[list.length - 2]!.extentEnd, last.extentStart)) ? last.key : null;
      for (const k of keys) if (k !== subject) r.chairs.add(k);
    } else if (FRONTED_CHAIR.test(s) && /,\s*$/u.test(before) && !/chủ trì/iu.test(s.slice(last.extentEnd, last.extentEnd + 40)) && first === sorted[0]) {
      for (const k of keys) r.chairs.add(k);
    }
    // the guest of a reception or talks: the list right after "A tiếp", "A hội đàm với"
    const prevList = lists[lists.indexOf(list) - 1];
    const guest = prevList !== undefined && RECEIVES_AFTER.test(s.slice(prevList[prevList.length - 1]!.extentEnd, first.extentStart));
    if (RECEIVES_AFTER_TAIL.test(after) || guest || SIDE_BEFORE.test(beforeFolded)) {
      for (const k of keys) r.attendees.add(k);
    }
    if ((LED_BY_BEFORE.test(beforeFolded) && LED_BY_AFTER.test(after) || LEADS_TO_MEETING.test(after)) && !FUTURE_WORD.test(s)) {
      for (const k of keys) r.delegationHeads.add(k);
    }
    if (ATTEND_AFTER.test(after) || ATTEND_BEFORE.test(beforeFolded) || WITH_PRESENCE_BEFORE.test(beforeFolded) || ATTEND_HEAD.test(fold(before).trim()) && /:\s*$/u.test(before)) {
      for (const k of keys) r.attendees.add(k);
    }
    if ((SPEAK_AFTER.test(after) || SPEECH_NAMED_AFTER.test(after) && SUBJECT_SLOT.test(beforeFolded)) && !reported) {
      for (const k of keys) r.speakers.add(k);
      const colon = REPORTING_COLON.exec(after);
      if (colon) reportedFrom = Math.min(reportedFrom, last.extentEnd + colon[0].length);
    }
    // "Ông A - Chủ tịch UBND huyện: Một số chỉ tiêu …" (a caption quoting the speaker)
    if (list.length === 1 && /^\s*:\s*\p{Lu}/u.test(after) && s.slice(first.extentStart, last.extentEnd).length > first.extentEnd - first.extentStart - 1 && /[-–,]/u.test(s.slice(first.extentStart, last.extentEnd))) r.speakers.add(first.key);
    // "- Thứ trưởng Bộ Y tế A: Tiền chất rất quan trọng …": an answer in a question-and-answer report
    if (list.length === 1 && !reported && /^\s*:\s*["“]?\p{Lu}/u.test(after) && ANSWER_LEAD.test(before)) r.speakers.add(first.key);
    if (SPEAK_BEFORE.test(beforeFolded)) r.speakers.add(first.key);
    if (list.length === 1 && (CONCLUDE_BEFORE.test(beforeFolded) || CONCLUDE_AFTER.test(after))) r.concluders.add(first.key);
    if (CONCLUSIONS_OF.test(beforeFolded)) { r.speakers.add(first.key); r.chairs.add(first.key); }
    const d = DIRECTIVE_AFTER.exec(after);
    if (d) r.directives.set(last.key, last.extentEnd + d.index + d[0].length);
    else {
      // "A nhấn mạnh, … cần …": a speech that sets what must be done
      const sp = SPEECH_DIRECTIVE.exec(after);
      if (sp && /(?<![\p{L}])(?:cần|phải)(?![\p{L}])/u.test(after.slice(sp[0].length))) {
        r.directives.set(last.key, last.extentEnd + sp.index + sp[0].length);
      }
    }
  }
  // "A đã chỉ đạo như trên khi chủ trì cuộc họp …": the subject before "khi chủ trì" chairs
  const whenChairing = WHEN_CHAIRING.exec(s);
  if (whenChairing && lists[0] && lists[0][0] === sorted[0]) {
    const subject = lists[0];
    const between = sorted.filter((a) => a.extentStart > subject[subject.length - 1]!.extentEnd && a.extentStart < whenChairing.index);
    if (between.length === 0 && subject[subject.length - 1]!.extentEnd <= whenChairing.index && !/[.;:]/u.test(s.slice(subject[subject.length - 1]!.extentEnd, whenChairing.index))) {
      for (const a of subject) r.chairs.add(a.key);
    }
  }
  // talks-between: "đã diễn ra cuộc hội đàm giữa Ngoại trưởng A và người đồng cấp B", "cuộc điện đàm giữa Thủ tướng C
  // với Tổng thống D": the people named after "giữa", up to the end of the clause, take part (not talks to come)
  const between = TALKS_BETWEEN.exec(s);
  if (between && !FUTURE_WORD.test(s)) {
    const from = between.index + between[0].length;
    let to = s.length;
    for (let k = from; k < s.length; k++) {
      if (!/[,.;:]/u.test(s[k]!)) continue;
      if (sorted.some((a) => k >= a.extentStart && k < a.extentEnd)) continue;
      to = k;
      break;
    }
    for (const a of sorted) if (a.extentStart >= from && a.extentStart < to) r.attendees.add(a.key);
  }
  // chair lists after a header: every actor after "Chủ trì hội nghị có các đồng chí: …" up to an
  // attendance header
  const chairHeader = CHAIR_LIST_OPENING.exec(s);
  if (chairHeader) {
    const from = chairHeader.index + chairHeader[0].length;
    const stop = /(?:^|[.;]\s*|,\s*)(?:cùng\s+)?(?:tham\s+|đến\s+)?dự(?![\p{L}])/iu.exec(s.slice(from));
    const to = stop ? from + stop.index : s.length;
    for (const a of sorted) if (a.extentEnd > from && a.extentStart < to) r.chairs.add(a.key);
  }
  // attendee lists after a header: every actor after "Dự hội nghị có các đồng chí:"
  const header = ATTEND_HEADER_IN_SENTENCE.exec(s);
  if (header) {
    // (an actor's extent may take in the header's own "đồng chí"/"ông": it counts from the header's "có")
    const listFrom = header.index + header[0].toLowerCase().lastIndexOf('có');
    for (const a of sorted) if (a.extentStart >= listFrom) r.attendees.add(a.key);
  }
  return r;
}

/**
 * "Dự hội nghị có các đồng chí …", "Tham dự còn có …", "Tham gia cuộc họp có …", "Tham dự hội đàm
 * về phía Việt Nam có …", and with the place (pattern: attendance-at-bridge-point) "Tham dự hội nghị tại
 * điểm cầu tỉnh A có …", "Dự họp tại trụ sở Bộ có …" inside a sentence: every actor after it attends.
 */
const ATTEND_HEADER_IN_SENTENCE = new RegExp(`(?:^|[.;]\\s*|,\\s*)(?:cùng\\s+)?(?:(?:đến\\s+|về\\s+|tới\\s+)?(?:tham\\s+)?dự(?![\\p{L}])${NOT_ATTEND_COMPOUND}|tham gia(?=\\s+(?:hội nghị|phiên họp|cuộc họp|buổi làm việc|hội đàm|hội thảo|tọa đàm|toạ đàm|kỳ họp)))(?:\\s+\\p{L}+){0,5}?(?:\\s+(?:về phía|tại|ở)\\s+[^,.;:]{1,50}?)?\\s*(?:,\\s*)?(?:còn\\s+)?có\\s+(?:các\\s+)?(?:đồng chí|vị|ông|bà)?\\s*:?`, 'iu');

/**
 * After a list header's colon: the end of the sentence, or the first numbered item written on the
 * same line ("Dự hội nghị có các đồng chí: 1. Ông A …", pattern: numbered-list-on-one-line).
 */
const FIRST_ITEM_OR_END = '\\s*(?:$|1[.)]\\s)';

/** A sentence that only announces a list to come: "Dự hội nghị có các đồng chí:", "Chủ trì hội nghị có:". */
const ATTEND_LIST_HEADER = new RegExp(`^(?:cùng\\s+)?(?:tham\\s+|đến\\s+)?dự(?![\\p{L}])${NOT_ATTEND_COMPOUND}[^.:;]{0,100}:${FIRST_ITEM_OR_END}|^(?:có mặt|cùng tham dự)(?![\\p{L}])[^.:;]{0,100}:${FIRST_ITEM_OR_END}`, 'iu');
const CHAIR_LIST_HEADER = new RegExp(`^(?:(?:tham\\s+|đến\\s+|về\\s+)?dự\\s+và\\s+)?(?:đồng\\s+)?chủ trì(?![\\p{L}])[^.:;]{0,100}:${FIRST_ITEM_OR_END}`, 'iu');
/** What may stand before the first person of a list item: a bullet, a number, an honorific. */
const ITEM_LEAD = /^[\s\-–—•+*·]*(?:\d{1,2}[.)]\s*)?$/u;

/**
 * A list of people written one item per sentence or line after a header sentence ("Dự hội nghị
 * có các đồng chí:" then "Đồng chí A, Phó Bí thư …;" "Đồng chí B, Chủ tịch …."): every person of
 * each item that follows the header attends (or chairs, after "Chủ trì hội nghị có:"). The list
 * ends at the first sentence that does not open with a person. Adds to `roles` in place.
 */
export function addListItemRoles(texts: readonly string[], actors: readonly (readonly Actor[])[], roles: SentenceRoles[]): void {
  for (let i = 0; i < texts.length; i++) {
    const head = texts[i]!.trim();
    // "Dự và chủ trì hội nghị có các đồng chí:" opens a list of chairs (pattern: attend-and-chair-opening)
    const kind = CHAIR_LIST_HEADER.test(head) ? 'chairs' : ATTEND_LIST_HEADER.test(head) ? 'attendees' : null;
    if (!kind) continue;
    // the first numbered item on the header's own line: every person after the colon
    if (/:\s*1[.)]\s/u.test(head)) {
      const lead = texts[i]!.indexOf(':');
      for (const a of actors[i]!) {
        if (a.extentStart < lead) continue;
        roles[i]![kind].add(a.key);
        if (kind === 'chairs') roles[i]!.attendees.add(a.key);
      }
    }
    for (let j = i + 1; j < texts.length; j++) {
      const sorted = [...actors[j]!].sort((a, b) => a.extentStart - b.extentStart);
      const first = sorted[0];
      if (!first || !ITEM_LEAD.test(texts[j]!.slice(0, first.extentStart))) break;
      for (const a of sorted) {
        roles[j]![kind].add(a.key);
        if (kind === 'chairs') roles[j]!.attendees.add(a.key);
      }
    }
  }
}
