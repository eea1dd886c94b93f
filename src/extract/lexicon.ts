/**
 * Loads the Vietnamese lexicons (data files under `lexicon/`) once and exposes them as
 * ready-to-use sets and sorted phrase lists.
 */
import surnamesData from './lexicon/surnames.json' with { type: 'json' };
import honorificsData from './lexicon/honorifics.json' with { type: 'json' };
import ranksData from './lexicon/ranks.json' with { type: 'json' };
import rolesData from './lexicon/roles.json' with { type: 'json' };
import abbreviationsData from './lexicon/abbreviations.json' with { type: 'json' };
import placesData from './lexicon/places.json' with { type: 'json' };
import verbsData from './lexicon/verbs.json' with { type: 'json' };
import stopwordsData from './lexicon/stopwords.json' with { type: 'json' };
import meetingsData from './lexicon/meetings.json' with { type: 'json' };
import bodiesData from './lexicon/bodies.json' with { type: 'json' };
import actionsData from './lexicon/actions.json' with { type: 'json' };
import foreignData from './lexicon/foreign.json' with { type: 'json' };
import { fold } from './text.js';

/** Longest first, so that a regex alternation or a prefix scan prefers the longer phrase. */
function longestFirst(list: readonly string[]): string[] {
  return [...new Set(list)].sort((a, b) => b.length - a.length);
}

export const SURNAMES: ReadonlySet<string> = new Set(surnamesData.map((s) => fold(s)));
export const HONORIFICS: readonly string[] = longestFirst(honorificsData);
export const RANKS: readonly string[] = longestFirst(ranksData);
export const ROLES: readonly string[] = longestFirst(rolesData.roles);
export const FORMER_MARKERS: readonly string[] = rolesData.formerMarkers;
/** Posts whose standard spelling opens in lower case ("đại biểu Quốc hội"), as written. */
export const LOWER_CASE_ROLES: readonly string[] = rolesData.lowerCaseRoles;
export const ABBREVIATIONS: Readonly<Record<string, string>> = abbreviationsData;
export const PLACES: ReadonlySet<string> = new Set(placesData.map((p) => fold(p)));
export const VERBS = verbsData;
export const PREDICATE_WORDS: readonly string[] = longestFirst(stopwordsData.predicate);
/** Names whose lower-case second syllable is also a predicate ("Bộ Ngoại giao"), folded. */
export const PREDICATE_COMPOUNDS: readonly string[] = stopwordsData.compoundsEndingInPredicate.map((c) => fold(c));
/** Capitalised one-word heads before which "thông tin" names what the body deals with ("Sở thông tin"), folded. */
export const NOUN_HEADS_BEFORE_INFORMATION: ReadonlySet<string> = new Set(stopwordsData.nounHeadsBeforeInformation.map((w) => fold(w)));
/** Words that make "thông tin" before them a noun ("thông tin điện tử", "thông tin và truyền thông"), folded. */
export const NOUNS_AFTER_INFORMATION: readonly string[] = stopwordsData.nounsAfterInformation.map((w) => fold(w));
/** Verbs that open a steering committee's remit ("Ban Chỉ đạo điều hành giá"), folded. */
export const STEERING_REMIT_VERBS: readonly string[] = stopwordsData.steeringRemitVerbs.map((w) => fold(w));
/** Nouns that open with a predicate word ("giao thông", "giao dịch"): inside a body's name, no verb. */
export const PREDICATE_LEADING_COMPOUNDS: readonly string[] = stopwordsData.compoundsStartingWithPredicate.map((c) => fold(c));
/**
 * Capitalised words that open a sentence and are no given name ("Theo", "Tại", "Chiều"), folded: one
 * glued to the end of a name ("Đỗ Văn Hải Theo …" after a caption without its full stop) is cut.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(stopwordsData.sentenceOpeners.map((w) => fold(w)));
/** Capitalised phrases that open a new clause ("Hiện nay", "Trong"): glued after a post, they end it. */
export const CLAUSE_OPENERS: readonly string[] = longestFirst(stopwordsData.clauseOpeners);
export const MEETING_KINDS: readonly string[] = longestFirst(meetingsData.kinds);
/** The meeting lexicon as a whole (kinds, qualifiers, word lists the meeting rules read). */
export const MEETINGS_DATA = meetingsData;
export const BODY_HEADS = bodiesData;
export const ACTION_STARTS: readonly string[] = longestFirst(actionsData.starts);
export const ADDRESSEE_END: readonly string[] = longestFirst(actionsData.addresseeEnd);
/** Body heads a role word can end with ("Trưởng Ban", "Giám đốc Công an"), folded. */
/** Heads of the bodies a department belongs to ("Bộ", "Tổng cục", "UBND"), as written: "Cục trưởng Cục A, Bộ B". */
export const PARENT_BODY_HEADS: readonly string[] = bodiesData.parentBodyHeads;
export const BODY_HEAD_WORDS: ReadonlySet<string> = new Set(bodiesData.roleTailHeads.map((h) => fold(h)));
/** Linking phrases that may open a sentence before a directive ("Vì vậy, cần …"), longest first. */
export const LINKING_PHRASES: readonly string[] = longestFirst(actionsData.linking);
/** Countries written in Latin letters ("Malaysia", "New Zealand"), folded: they may precede a foreign name. */
export const FOREIGN_COUNTRIES: ReadonlySet<string> = new Set(foreignData.countries.map((c) => fold(c)));
/** Countries as Vietnamese writes them ("Pháp", "Ấn Độ", "Cu-ba"), folded, longest first: the other side of a "Việt Nam - X" body. */
export const COUNTRIES_IN_VIETNAMESE: readonly string[] = longestFirst(foreignData.countriesInVietnamese).map((c) => fold(c));
/**
 * Seats of missions abroad that are no country ("Liên Hợp Quốc", "ASEAN", "Washington"), as written: "Đại sứ
 * Mỹ tại Liên Hợp Quốc", "Đại sứ Nga tại Washington" name the post with its seat.
 */
export const MISSION_SEATS: readonly string[] = longestFirst(foreignData.missionSeats);
/** Common foreign given names ("Bob", "Michael"), folded: where a foreign name starts in a run. */
export const FOREIGN_GIVEN_NAMES: ReadonlySet<string> = new Set(foreignData.givenNames.map((c) => fold(c)));
/** Words that make a run of Latin-letter words a firm's name ("Capital", "Group", "Airways"), folded. */
/** Words before a capital letter that names a class, not a middle initial ("Serie A", "Vitamin C"), folded. */
export const WORDS_BEFORE_LETTER_CLASS: ReadonlySet<string> = new Set(foreignData.wordsBeforeLetterClass.map((c) => fold(c)));
export const FOREIGN_COMPANY_WORDS: ReadonlySet<string> = new Set(foreignData.companyWords.map((c) => fold(c)));
/** Korean surnames as romanised ("Kim", "Park", "Kang"), folded: where a Korean name starts in a run. */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set(foreignData.koreanSurnames.map((c) => fold(c)));
