/**
 * The `Extraction`: one article's facts, in the shape of `../shared/corpus/GOLD.md` and beyond
 * it: stable ids, the evidence of each fact and a confidence.
 *
 * Names (persons, organizations) are objects with a `name` as the article writes it (NFC, no
 * honorific, no trailing punctuation); the scorer reads `name`.
 */
import { z } from 'zod';

/** Where a fact was read: the sentence and its offsets into `Article.text`. */
export const EvidenceSchema = z.object({
  articleId: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const confidence = z.number().min(0).max(1);

/**
 * A date as precise as the text justifies: `YYYY-MM-DD`, `--MM-DD` (day and month, no year),
 * `YYYY-MM`, `YYYY`; or null.
 */
export const PartialDateSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}|\d{4}-\d{2}|\d{4})$/, 'a full or partial ISO 8601 date')
  .nullable();
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const PersonMentionSchema = z.object({
  /** Local id within the extraction: `person:<key>`; the same person in one article has one id. */
  id: z.string(),
  name: z.string(),
  evidence: EvidenceSchema,
  confidence,
});
export type PersonMention = z.infer<typeof PersonMentionSchema>;

export const OrganizationKindSchema = z.enum([
  'party-committee', // Tỉnh ủy, Thành ủy, Ban Thường vụ, Đảng ủy, Ban Bí thư, Bộ Chính trị
  'party-board', // Ban Tuyên giáo, Ban Tổ chức, Ban Dân vận, Ủy ban Kiểm tra
  'steering-committee', // Ban Chỉ đạo …
  'peoples-council', // HĐND
  'peoples-committee', // UBND
  'government', // Chính phủ, Văn phòng Chính phủ
  'national-assembly', // Quốc hội, Ủy ban của Quốc hội, Đoàn ĐBQH
  'ministry', // Bộ …
  'department', // Sở …, Cục, Tổng cục, Vụ
  'police', // Công an …
  'military', // Bộ Chỉ huy Quân sự, Quân khu …
  'front', // MTTQ and mass organisations
  'court-procuracy', // Tòa án, Viện Kiểm sát
  'enterprise',
  'other',
]);
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

export const OrganizationMentionSchema = z.object({
  /** Local id within the extraction: `org:<key>`. */
  id: z.string(),
  /** As written ("Ban Chỉ đạo 35 thành phố", "HĐND tỉnh"). */
  name: z.string(),
  /** Abbreviations expanded ("Hội đồng nhân dân tỉnh"). */
  expanded: z.string(),
  kind: OrganizationKindSchema,
  /** The province or city it belongs to when the text or source says ("Hải Phòng"), else null. */
  locality: z.string().nullable(),
  /** Local id of the body it is part of (Ban Tuyên giáo Thành ủy → Thành ủy), if stated. */
  parentId: z.string().nullable(),
  evidence: EvidenceSchema,
  confidence,
});
export type OrganizationMention = z.infer<typeof OrganizationMentionSchema>;

export const PositionSchema = z.object({
  /** The person's name, as written (this is what the scorer reads). */
  person: z.string(),
  personId: z.string(),
  /** The title as the text states it ("Phó Bí thư thường trực Tỉnh ủy"). */
  title: z.string(),
  /** The title with abbreviations expanded. */
  expanded: z.string(),
  /** The role part ("Phó Bí thư Thường trực", "Giám đốc", "Trưởng ban", "Ủy viên"). */
  role: z.string(),
  /** Local id of the body the post is in, if known (including a body tied by context). */
  organizationId: z.string().nullable(),
  /** True for a former post ("nguyên Bí thư"). */
  former: z.boolean(),
  evidence: EvidenceSchema,
  confidence,
});
export type Position = z.infer<typeof PositionSchema>;

export const TaskSchema = z.object({
  id: z.string(),
  /** The directive as a short verbatim span. */
  text: z.string(),
  /** Who set it: a person's name, or null. */
  by: z.string().nullable(),
  byId: z.string().nullable(),
  /** To whom: bodies or people as named. */
  to: z.array(z.string()),
  toIds: z.array(z.string()),
  evidence: EvidenceSchema,
  confidence,
});
export type Task = z.infer<typeof TaskSchema>;

export const MeetingSchema = z.object({
  /** Local id: `meeting:<n>` within the article. */
  id: z.string(),
  /** The event's own word: "Hội nghị", "Hội nghị tổng kết", "Phiên họp", "Cuộc họp", "Buổi làm việc", "Kỳ họp" … */
  kind: z.string(),
  title: z.string().nullable(),
  date: PartialDateSchema,
  /** Time of day when stated: morning, afternoon, evening. */
  timeOfDay: z.enum(['morning', 'noon', 'afternoon', 'evening']).nullable(),
  organizers: z.array(OrganizationMentionSchema),
  chairs: z.array(PersonMentionSchema),
  /** Every named person who attended, chairs and speakers included. */
  attendees: z.array(PersonMentionSchema),
  speakers: z.array(PersonMentionSchema),
  tasks: z.array(TaskSchema),
  evidence: EvidenceSchema,
  confidence,
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Every place the article names this person. */
  mentions: z.array(EvidenceSchema),
});
export type Person = z.infer<typeof PersonSchema>;

export const ExtractionSchema = z.object({
  /** The article's id (`Article.id`). */
  id: z.string(),
  /** The path the article was given as (JSON Lines output). */
  input: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  authors: z.array(z.string()),
  meetings: z.array(MeetingSchema),
  persons: z.array(PersonSchema),
  positions: z.array(PositionSchema),
  committees: z.array(OrganizationMentionSchema),
  /** The reader's warnings about the article (the article's `warnings`: an old encoding converted, stray bytes read as U+FFFD …), then the extractor's own. */
  warnings: z.array(z.string()),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
