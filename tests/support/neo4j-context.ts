/**
 * The Neo4j a test run uses, handed from the vitest global setup to the tests with
 * `provide`/`inject` (typed here).
 */

/** Connection details of the run's Neo4j. */
export interface TestNeo4jInfo {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  /** Where it came from: NEO4J_URI, a Docker container, or the local Java server. */
  readonly source: 'env' | 'docker' | 'local';
  /** HTTP base URL where known (Browser at `${httpUrl}/browser/`). */
  readonly httpUrl: string | null;
  /** True when the setup started it (and will stop it at the end of the run). */
  readonly startedBySetup: boolean;
}

/** Why a run has no Neo4j (only unit tests selected, or MEETING_KG_TEST_NEO4J=off). */
export interface TestNeo4jSkipped {
  readonly skipped: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4jInfo | TestNeo4jSkipped;
  }
}
