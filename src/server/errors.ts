/**
 * Errors of the local Neo4j server manager. Each message is one line a user can act on;
 * `kind` lets callers (the CLI, the test setup) pick an exit code or a fallback.
 */
export type Neo4jServerErrorKind =
  | 'disk-space'
  | 'config'
  | 'java-missing'
  | 'java-too-old'
  | 'maven-missing'
  | 'resolve-failed'
  | 'port-in-use'
  | 'credentials'
  | 'start-failed'
  | 'start-timeout'
  | 'stop-failed'
  | 'busy';

/** A problem with the local Neo4j server, described in one actionable line. */
export class Neo4jServerError extends Error {
  constructor(
    readonly kind: Neo4jServerErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'Neo4jServerError';
  }
}
