/**
 * Photo captions standing alone between paragraphs: "Đồng chí X, <chức vụ> phát biểu tại hội
 * nghị.", "Thành viên Ban Chỉ đạo và đại biểu dự hội nghị.", "Quang cảnh hội nghị.". They stay
 * in the text (they are evidence) but are marked `caption`.
 */
import { alternation } from '../model/keys.js';
import captions from './lexicon/captions.json' with { type: 'json' };

const OPENER = new RegExp(`^(?:${alternation(captions.openers)})(?![\\p{L}])`, 'iu');
const SCENE = new RegExp(`^(?:${alternation(captions.sceneOpeners)})(?![\\p{L}])`, 'iu');
const CLOSING = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(captions.verbs)})(?:\s+(?:tại|với|chỉ đạo|kết luận))?\s+(?:${alternation(captions.eventNouns)})(?:\s+[^\s.!?]+){0,${captions.maxTailWords}}\s*\.?$`,
  'iu',
);
const PHOTO_CREDIT = /\(?\s*Ảnh\s*:\s*[^()]{1,60}\)?\.?$/u;

/** True when the paragraph holds more than one sentence. */
function hasSeveralSentences(text: string): boolean {
  return /[.!?…]\s+\p{Lu}/u.test(text.replace(/\s*\(?\s*Ảnh\s*:[^()]*\)?\.?$/u, ''));
}

/** True when a stand-alone paragraph is a photo caption. */
export function isCaption(paragraph: string): boolean {
  const t = paragraph.trim();
  if (t.length === 0 || t.length > captions.maxLength) return false;
  if (hasSeveralSentences(t)) return false;
  if (PHOTO_CREDIT.test(t) && t.length > 12) return true;
  if (SCENE.test(t)) return true;
  return OPENER.test(t) && CLOSING.test(t);
}
