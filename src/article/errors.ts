/** Why an input could not be read as an article. */
export type ReadFailureKind =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unreadable'
  | 'malformed-json'
  | 'not-vietnamese'
  | 'encoding'
  | 'no-content'
  /** A file given by name whose extension is of a kind not read (`.pdf`, `.docx`). */
  | 'other-kind';

/** A per-input failure with a one-line reason; never carries a stack trace to the user. */
export class ArticleReadError extends Error {
  constructor(
    readonly kind: ReadFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'ArticleReadError';
  }
}
