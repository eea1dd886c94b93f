/**
 * The `Article`: what the `article` stage gives every later stage.
 * Offsets are UTF-16 code-unit offsets into `text` (JavaScript string indices).
 */
import { z } from 'zod';

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const ParagraphSchema = SpanSchema.extend({
  /** `body` for the story, `caption` for a photo or video caption, `lead` for a standfirst. */
  kind: z.enum(['body', 'caption', 'lead']),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const RemovedSchema = z.object({
  /** Why it was removed, e.g. `related-news`, `cookie-notice`, `view-counter`, `media-file`, `byline`, `page-date-header`. */
  reason: z.string(),
  text: z.string(),
});
export type Removed = z.infer<typeof RemovedSchema>;

export const ArticleSchema = z.object({
  /**
   * Stable id, from the source's identity: a JSON record's own id (`rec:…`), else the URL
   * (`url:…`), else a hash of the cleaned text (`sha:…`) — the same whether the text came as a file,
   * a JSON Lines record or standard input. (Graphs written by earlier versions may hold `line:…` ids
   * of JSON Lines records with neither id nor URL: see README, "Article ids".)
   */
  id: z.string().min(1),
  /** The source's own identity as given: the record's `id`, else its canonical URL, else the file path (null for standard input). */
  sourceId: z.string().nullable().optional(),
  /** Where it was read from as given by the user: a path, `path#line`, or `-`. */
  input: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** The article's own publication date/time, ISO 8601 (`2023-01-05` or `2023-01-05T14:50:59`), or null. */
  published: z.string().nullable(),
  /** The site it comes from, e.g. `haiphong.gov.vn`, or null. */
  source: z.string().nullable(),
  /** Bylines: they wrote the article; they are not meeting participants. */
  authors: z.array(z.string()),
  /** The cleaned text (NFC), paragraphs separated by a blank line. Displayable as written. */
  text: z.string(),
  /** Every paragraph of `text`, body and captions alike, in order, with offsets. */
  paragraphs: z.array(ParagraphSchema),
  /** Page furniture taken out, with the reason: nothing is lost silently. */
  removed: z.array(RemovedSchema),
  warnings: z.array(z.string()),
});
export type Article = z.infer<typeof ArticleSchema>;
