/** An error the user can act on: printed as one line, without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Exit code of a run the store stopped (server gone past its retries, frozen, disk full, login refused). */
export const EXIT_STORE_FAILED = 4;
