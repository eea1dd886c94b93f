/**
 * The query helpers' inputs, checked without loading zod: an input that plainly satisfies its
 * schema in `schemas.ts` (strings trimmed, dates real, the search limit defaulted) is given back
 * parsed as the schema would give it; any other input is handed to the schema itself (loaded then),
 * so that a wrong input fails with the very ZodError and messages it always did.
 *
 * Why: zod loads about a hundred modules (all its locales among them), which cost one `meeting-kg
 * ask` on the embedded store more than answering; an answer from valid inputs never needs them.
 * The rules here are those of the schemas; a unit test compares both on many inputs.
 */
import type { z } from 'zod';
import { hasYear, isCalendarDate } from './dates.js';
import type {
  ChairsInputSchema,
  HoldersInputSchema,
  MeetingsInputSchema,
  NamedLabel,
  SearchInputSchema,
  TasksInputSchema,
} from './schemas.js';

export type ChairsQuery = z.output<typeof ChairsInputSchema>;
export type HoldersQuery = z.output<typeof HoldersInputSchema>;
export type MeetingsQuery = z.output<typeof MeetingsInputSchema>;
export type TasksQuery = z.output<typeof TasksInputSchema>;
export type SearchQuery = z.output<typeof SearchInputSchema>;

/**
 * A date filter as `DateFilterSchema` gives it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, trimmed, a real
 * calendar date), or null when the text is not one.
 */
export function dateFilter(value: string): string | null {
  const trimmed = value.trim();
  return hasYear(trimmed) && isCalendarDate(trimmed) ? trimmed : null;
}

/** Marks a field the fast check cannot vouch for: the schema decides. */
const UNSURE = Symbol('unsure');
type Checked<T> = T | typeof UNSURE;

/** An optional name (`NameInputSchema.optional()`): undefined, or a string not blank once trimmed. */
function optionalName(value: unknown): Checked<string | undefined> {
  if (value === undefined) return undefined;
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : UNSURE;
}

/** An optional date filter (`DateFilterSchema.optional()`). */
function optionalDate(value: unknown): Checked<string | undefined> {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? (dateFilter(value) ?? UNSURE) : UNSURE;
}

/** A plain object (what the object schemas read fields from), or null. */
function plain(input: unknown): Record<string, unknown> | null {
  if (typeof input !== 'object' || input === null) return null;
  const proto = Object.getPrototypeOf(input) as unknown;
  return proto === Object.prototype || proto === null ? (input as Record<string, unknown>) : null;
}

/** The fields, or null when one of them is not vouched for. */
function sure<T extends Record<string, unknown>>(fields: { [K in keyof T]: Checked<T[K]> }): T | null {
  for (const v of Object.values(fields)) if (v === UNSURE) return null;
  return fields as T;
}

type Schemas = typeof import('./schemas.js');

/** `input` parsed by its zod schema (loaded now): the answer, or the schema's ZodError thrown. */
async function bySchema<T>(input: unknown, schema: (s: Schemas) => { parse(v: unknown): T }): Promise<T> {
  return schema(await import('./schemas.js')).parse(input);
}

/** `ChairsInputSchema.parse(input ?? {})`. Rejects with its ZodError on a wrong input. */
export async function parseChairsInput(input: unknown = {}): Promise<ChairsQuery> {
  const o = plain(input);
  const fast = o && sure<ChairsQuery>({ organization: optionalName(o.organization), person: optionalName(o.person), from: optionalDate(o.from), to: optionalDate(o.to) });
  return fast ?? bySchema(input, (s) => s.ChairsInputSchema);
}

/** `HoldersInputSchema.parse(input)` (a position or an organization, not both). Rejects with its ZodError on a wrong input. */
export async function parseHoldersInput(input: unknown): Promise<HoldersQuery> {
  const o = plain(input);
  const fast = o && sure<HoldersQuery>({ position: optionalName(o.position), organization: optionalName(o.organization), at: optionalDate(o.at) });
  return fast && (fast.position === undefined) !== (fast.organization === undefined) ? fast : bySchema(input, (s) => s.HoldersInputSchema);
}

/** `MeetingsInputSchema.parse(input ?? {})`. Rejects with its ZodError on a wrong input. */
export async function parseMeetingsInput(input: unknown = {}): Promise<MeetingsQuery> {
  const o = plain(input);
  const fast = o && sure<MeetingsQuery>({ organization: optionalName(o.organization), from: optionalDate(o.from), to: optionalDate(o.to), kind: optionalName(o.kind) });
  return fast ?? bySchema(input, (s) => s.MeetingsInputSchema);
}

/** `TasksInputSchema.parse(input ?? {})`. Rejects with its ZodError on a wrong input. */
export async function parseTasksInput(input: unknown = {}): Promise<TasksQuery> {
  const o = plain(input);
  const fast = o && sure<TasksQuery>({ organization: optionalName(o.organization), issuedBy: optionalName(o.issuedBy), from: optionalDate(o.from), to: optionalDate(o.to) });
  return fast ?? bySchema(input, (s) => s.TasksInputSchema);
}

/** `NameInputSchema.parse(input)`: the name trimmed. Rejects with its ZodError on a wrong input (blank, not a string). */
export async function parseNameInput(input: unknown): Promise<string> {
  return typeof input === 'string' && input.trim().length > 0 ? input.trim() : bySchema(input, (s) => s.NameInputSchema);
}

const NAMED_LABELS: ReadonlySet<unknown> = new Set<NamedLabel>(['Person', 'Organization', 'Position']);

/** `SearchInputSchema.parse` of a search (a text alone stands for `{ text }`); the limit defaults to 25. Rejects with its ZodError on a wrong input. */
export async function parseSearchInput(input: unknown): Promise<SearchQuery> {
  const value = typeof input === 'string' ? { text: input } : input;
  const o = plain(value);
  if (o && typeof o.text === 'string' && o.text.trim().length > 0) {
    const labels = o.labels;
    const limit = o.limit;
    let labelsSure = labels === undefined || Array.isArray(labels);
    if (Array.isArray(labels)) for (let i = 0; i < labels.length; i++) labelsSure &&= NAMED_LABELS.has(labels[i]);
    const limitSure = limit === undefined || (typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= 1000);
    if (labelsSure && limitSure) {
      return { text: o.text.trim(), labels: labels === undefined ? undefined : (labels as NamedLabel[]).slice(), limit: limit ?? 25 };
    }
  }
  return bySchema(value, (s) => s.SearchInputSchema);
}
