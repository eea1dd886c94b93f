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
export const ABBREVIATIONS: Readonly<Record<string, string>> = abbreviationsData;
export const PLACES: ReadonlySet<string> = new Set(placesData.map((p) => fold(p)));
export const VERBS = verbsData;
export const PREDICATE_WORDS: readonly string[] = longestFirst(stopwordsData.predicate);
export const MEETING_KINDS: readonly string[] = longestFirst(meetingsData.kinds);
/** The meeting lexicon as a whole (kinds, qualifiers, word lists the meeting rules read). */
export const MEETINGS_DATA = meetingsData;
export const BODY_HEADS = bodiesData;
export const ACTION_STARTS: readonly string[] = longestFirst(actionsData.starts);
export const ADDRESSEE_END: readonly string[] = longestFirst(actionsData.addresseeEnd);
/** Body heads a role word can end with ("Trưởng Ban", "Giám đốc Công an"), folded. */
export const BODY_HEAD_WORDS: ReadonlySet<string> = new Set(bodiesData.roleTailHeads.map((h) => fold(h)));
/** Linking phrases that may open a sentence before a directive ("Vì vậy, cần …"), longest first. */
export const LINKING_PHRASES: readonly string[] = longestFirst(actionsData.linking);
