/**
 * Inputs and outputs of the query helpers. zod schemas are the source of the shapes; the types
 * are inferred. Both stores (graphology and Neo4j) return exactly these shapes, and the shared
 * conformance suite compares them.
 *
 * Every answer is one of three variants (`status`):
 * - `ok`: the rows (or the one record asked for);
 * - `ambiguous`: a name given as an argument matches several entities; the candidates are listed
 *   rather than one guessed;
 * - `not-found`: a name or id matches nothing.
 */
import { z } from 'zod';
import { isCalendarDate } from './dates.js';

/** A date filter: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const DateFilterSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'a real calendar date (month 01–12, a day the month has)');


/** A name as the user writes it: any case, any tone-mark style, with or without diacritics. */
export const NameInputSchema = z.string().trim().min(1, 'a name is required');

/** The article and sentence behind a row. */
export const EvidenceRefSchema = z.object({
  article: z.string(),
  url: z.string().nullable(),
  sentence: z.string(),
  start: z.number().nullable(),
  end: z.number().nullable(),
});
export type EvidenceRef = z.infer<typeof EvidenceRefSchema>;

export const PersonRefSchema = z.object({ id: z.string(), name: z.string(), locality: z.string().nullable() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

export const OrganizationRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string().nullable(),
  locality: z.string().nullable(),
});
export type OrganizationRef = z.infer<typeof OrganizationRefSchema>;

export const PositionRefSchema = z.object({ id: z.string(), title: z.string(), role: z.string().nullable() });
export type PositionRef = z.infer<typeof PositionRefSchema>;

export const MeetingRefSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  timeOfDay: z.string().nullable(),
});
export type MeetingRef = z.infer<typeof MeetingRefSchema>;

export const TaskRefSchema = z.object({ id: z.string(), text: z.string(), date: z.string().nullable() });
export type TaskRef = z.infer<typeof TaskRefSchema>;

/** Labels a name argument or a search can match. */
export const NamedLabelSchema = z.enum(['Person', 'Organization', 'Position']);
export type NamedLabel = z.infer<typeof NamedLabelSchema>;

/** One entity a name could mean; `detail` says what tells it apart (locality, kind, body). */
export const CandidateSchema = z.object({
  label: NamedLabelSchema,
  id: z.string(),
  name: z.string(),
  locality: z.string().nullable(),
  detail: z.string().nullable(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const AmbiguousSchema = z.object({
  status: z.literal('ambiguous'),
  /** Which argument was ambiguous (`person`, `organization`, `position`, `issuedBy`). */
  argument: z.string(),
  input: z.string(),
  candidates: z.array(CandidateSchema),
});
export type Ambiguous = z.infer<typeof AmbiguousSchema>;

export const NotFoundSchema = z.object({
  status: z.literal('not-found'),
  argument: z.string(),
  input: z.string(),
});
export type NotFound = z.infer<typeof NotFoundSchema>;

/** `ok` with `rows`, or `ambiguous`, or `not-found`. */
function rowsAnswer<T extends z.ZodType>(row: T) {
  return z.discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), rows: z.array(row) }),
    AmbiguousSchema,
    NotFoundSchema,
  ]);
}

// ── chairs ──────────────────────────────────────────────────────────────────────────────────
export const ChairsInputSchema = z.object({
  /** A body's name (or part of it, whole words): every body it names is included. */
  organization: NameInputSchema.optional(),
  /** A person's name: must name one person, else the candidates are returned. */
  person: NameInputSchema.optional(),
  from: DateFilterSchema.optional(),
  to: DateFilterSchema.optional(),
});
export type ChairsInput = z.input<typeof ChairsInputSchema>;

export const ChairRowSchema = z.object({
  person: PersonRefSchema,
  meeting: MeetingRefSchema,
  /** The bodies that held the meeting. */
  organizations: z.array(OrganizationRefSchema),
  evidence: z.array(EvidenceRefSchema),
});
export type ChairRow = z.infer<typeof ChairRowSchema>;
export const ChairsAnswerSchema = rowsAnswer(ChairRowSchema);
export type ChairsAnswer = z.infer<typeof ChairsAnswerSchema>;

// ── holders ─────────────────────────────────────────────────────────────────────────────────
export const HoldersInputSchema = z
  .object({
    /** A post's title ("Trưởng Ban Chỉ đạo 35 Thành ủy Hải Phòng"): must name one post. */
    position: NameInputSchema.optional(),
    /** A body: every post in it. Must name one body. */
    organization: NameInputSchema.optional(),
    /** "As of": only statements dated on or before this date count. */
    at: DateFilterSchema.optional(),
  })
  .refine((v) => (v.position === undefined) !== (v.organization === undefined), {
    message: 'give either a position or an organization',
  });
export type HoldersInput = z.input<typeof HoldersInputSchema>;

export const HolderRowSchema = z.object({
  person: PersonRefSchema,
  position: PositionRefSchema,
  organization: OrganizationRefSchema.nullable(),
  /** Earliest and latest dated statement (as of `at` when given). */
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  /** True when every statement calls it a former post ("nguyên …"). */
  former: z.boolean(),
  /** True for the holder(s) seen last in this post (as of `at`), unless former. */
  current: z.boolean(),
  evidence: z.array(EvidenceRefSchema),
});
export type HolderRow = z.infer<typeof HolderRowSchema>;
export const HoldersAnswerSchema = rowsAnswer(HolderRowSchema);
export type HoldersAnswer = z.infer<typeof HoldersAnswerSchema>;

// ── personTimeline ──────────────────────────────────────────────────────────────────────────
export const TimelineEntrySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('position'),
    /** First date seen in the post (the entry's place in the timeline). */
    date: z.string().nullable(),
    lastSeen: z.string().nullable(),
    position: PositionRefSchema,
    organization: OrganizationRefSchema.nullable(),
    former: z.boolean(),
    evidence: z.array(EvidenceRefSchema),
  }),
  z.object({
    type: z.literal('meeting'),
    date: z.string().nullable(),
    meeting: MeetingRefSchema,
    organizations: z.array(OrganizationRefSchema),
    /** In the order chaired, spoke, attended. */
    roles: z.array(z.enum(['chaired', 'spoke', 'attended'])),
    evidence: z.array(EvidenceRefSchema),
  }),
]);
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
/** Why a person node is what it is: the merges across articles and the namesakes it may be. */
export const PersonResolutionSchema = z.object({
  mergeReasons: z.array(z.string()),
  possiblySame: z.array(z.object({ id: z.string(), name: z.string(), score: z.number(), reasons: z.array(z.string()) })),
});
export type PersonResolution = z.infer<typeof PersonResolutionSchema>;

export const TimelineAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), person: PersonRefSchema, rows: z.array(TimelineEntrySchema), resolution: PersonResolutionSchema.optional() }),
  AmbiguousSchema,
  NotFoundSchema,
]);
export type TimelineAnswer = z.infer<typeof TimelineAnswerSchema>;

// ── meetings / meeting ──────────────────────────────────────────────────────────────────────
export const MeetingsInputSchema = z.object({
  organization: NameInputSchema.optional(),
  from: DateFilterSchema.optional(),
  to: DateFilterSchema.optional(),
  /** The event's word, e.g. "Hội nghị": a prefix of the kind, case and diacritics ignored ("hoi nghi" matches "Hội nghị tổng kết"). */
  kind: NameInputSchema.optional(),
});
export type MeetingsInput = z.input<typeof MeetingsInputSchema>;

export const MeetingRowSchema = z.object({
  meeting: MeetingRefSchema,
  organizations: z.array(OrganizationRefSchema),
  chairs: z.array(PersonRefSchema),
  /** The articles reporting it (the sentence that reports the meeting). */
  evidence: z.array(EvidenceRefSchema),
});
export type MeetingRow = z.infer<typeof MeetingRowSchema>;
export const MeetingsAnswerSchema = rowsAnswer(MeetingRowSchema);
export type MeetingsAnswer = z.infer<typeof MeetingsAnswerSchema>;

export const ParticipantSchema = z.object({ person: PersonRefSchema, evidence: z.array(EvidenceRefSchema) });
export type Participant = z.infer<typeof ParticipantSchema>;

export const AssigneeSchema = z.object({
  label: z.enum(['Organization', 'Person']),
  id: z.string(),
  name: z.string(),
});
export type Assignee = z.infer<typeof AssigneeSchema>;

export const TaskDetailSchema = z.object({
  task: TaskRefSchema,
  issuedBy: z.array(PersonRefSchema),
  assignedTo: z.array(AssigneeSchema),
  evidence: z.array(EvidenceRefSchema),
});
export type TaskDetail = z.infer<typeof TaskDetailSchema>;

export const MeetingDetailSchema = z.object({
  meeting: MeetingRefSchema,
  organizations: z.array(OrganizationRefSchema),
  chairs: z.array(ParticipantSchema),
  attendees: z.array(ParticipantSchema),
  speakers: z.array(ParticipantSchema),
  tasks: z.array(TaskDetailSchema),
  evidence: z.array(EvidenceRefSchema),
});
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>;
export const MeetingAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), meeting: MeetingDetailSchema }),
  NotFoundSchema,
]);
export type MeetingAnswer = z.infer<typeof MeetingAnswerSchema>;

// ── tasks ───────────────────────────────────────────────────────────────────────────────────
export const TasksInputSchema = z.object({
  /** A body (or part of a name): tasks set at its meetings or assigned to it. */
  organization: NameInputSchema.optional(),
  /** A person: must name one person. */
  issuedBy: NameInputSchema.optional(),
  from: DateFilterSchema.optional(),
  to: DateFilterSchema.optional(),
});
export type TasksInput = z.input<typeof TasksInputSchema>;

export const TaskRowSchema = TaskDetailSchema.extend({
  meeting: MeetingRefSchema.nullable(),
  /** The bodies that held the meeting that set it. */
  organizations: z.array(OrganizationRefSchema),
});
export type TaskRow = z.infer<typeof TaskRowSchema>;
export const TasksAnswerSchema = rowsAnswer(TaskRowSchema);
export type TasksAnswer = z.infer<typeof TasksAnswerSchema>;

// ── coAttendance ────────────────────────────────────────────────────────────────────────────
export const CoAttendanceRowSchema = z.object({
  person: PersonRefSchema,
  /** How many meetings both attended (chairing and speaking count as attending). */
  count: z.number().int().positive(),
  meetings: z.array(MeetingRefSchema),
  /** The other person's presence at those meetings. */
  evidence: z.array(EvidenceRefSchema),
});
export type CoAttendanceRow = z.infer<typeof CoAttendanceRowSchema>;
export const CoAttendanceAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), person: PersonRefSchema, rows: z.array(CoAttendanceRowSchema) }),
  AmbiguousSchema,
  NotFoundSchema,
]);
export type CoAttendanceAnswer = z.infer<typeof CoAttendanceAnswerSchema>;

// ── search ──────────────────────────────────────────────────────────────────────────────────
export const SearchInputSchema = z.object({
  text: z.string().trim().min(1, 'search text is required'),
  labels: z.array(NamedLabelSchema).optional(),
  limit: z.number().int().positive().max(1000).default(25),
});
export type SearchInput = z.input<typeof SearchInputSchema>;

export const SearchRowSchema = CandidateSchema;
export type SearchRow = z.infer<typeof SearchRowSchema>;
export const SearchAnswerSchema = z.object({ status: z.literal('ok'), rows: z.array(SearchRowSchema) });
export type SearchAnswer = z.infer<typeof SearchAnswerSchema>;

// ── the interface ───────────────────────────────────────────────────────────────────────────

/** The questions users ask, answered alike by every store. */
export interface MeetingQueries {
  /** Who chaired which body's meetings and when, newest first. */
  chairs(input?: ChairsInput): Promise<ChairsAnswer>;
  /** Who held a post (or the posts of a body), with first/last dates seen, as of `at`. */
  holders(input: HoldersInput): Promise<HoldersAnswer>;
  /** A person's posts and meetings in date order (oldest first). */
  personTimeline(person: string): Promise<TimelineAnswer>;
  /** Meetings, newest first. */
  meetings(input?: MeetingsInput): Promise<MeetingsAnswer>;
  /** One meeting with its chairs, attendees, speakers and tasks. */
  meeting(id: string): Promise<MeetingAnswer>;
  /** Tasks set at meetings, newest first. */
  tasks(input?: TasksInput): Promise<TasksAnswer>;
  /** Who sat in the same meetings as a person, and how often. */
  coAttendance(person: string): Promise<CoAttendanceAnswer>;
  /** People, bodies and posts by name, insensitive to case and diacritics. */
  search(input: SearchInput | string): Promise<SearchAnswer>;
  /** Releases what the store holds (a no-op for the memory store). */
  close(): Promise<void>;
}
