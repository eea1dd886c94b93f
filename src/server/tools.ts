/**
 * Finding the machine's Java and Maven, with one clear line when either is missing or too old.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { MIN_JAVA_VERSION, type Env } from './config.js';
import { Neo4jServerError } from './errors.js';

const run = promisify(execFile);

/** A usable Java runtime. */
export interface JavaRuntime {
  readonly executable: string;
  readonly version: number;
  /** The first line of `java -version`. */
  readonly description: string;
}

const JAVA_INSTALL_HINT =
  `install Java ${MIN_JAVA_VERSION} (Debian/Ubuntu: apt-get install openjdk-${MIN_JAVA_VERSION}-jre-headless) ` +
  'or set JAVA_HOME, or point meeting-kg at an existing Neo4j with NEO4J_URI';

/** Finds `java` (JAVA_HOME first, then PATH) and checks that it is Java 17 or newer. */
export async function findJava(env: Env = process.env): Promise<JavaRuntime> {
  const javaHome = env.JAVA_HOME?.trim();
  let executable: string | undefined;
  if (javaHome) {
    executable = join(javaHome, 'bin', 'java');
    if (!existsSync(executable)) {
      throw new Neo4jServerError('java-missing', `JAVA_HOME is ${javaHome} but ${executable} does not exist; fix JAVA_HOME or ${JAVA_INSTALL_HINT}`);
    }
  } else {
    executable = findOnPath('java', env);
    if (!executable) {
      throw new Neo4jServerError('java-missing', `Java is missing: no \`java\` on PATH and JAVA_HOME is not set; the local Neo4j needs it: ${JAVA_INSTALL_HINT}`);
    }
  }
  let output: string;
  try {
    const result = await run(executable, ['-version'], { timeout: 30_000, env: { ...env } as NodeJS.ProcessEnv });
    output = `${result.stderr}\n${result.stdout}`;
  } catch (error) {
    throw new Neo4jServerError('java-missing', `${executable} -version failed (${errorText(error)}); ${JAVA_INSTALL_HINT}`);
  }
  const description = output.trim().split('\n')[0]?.trim() ?? '';
  const version = parseJavaVersion(output);
  if (version === undefined) {
    throw new Neo4jServerError('java-missing', `could not read the Java version from \`${executable} -version\` ("${description}"); ${JAVA_INSTALL_HINT}`);
  }
  if (version < MIN_JAVA_VERSION) {
    throw new Neo4jServerError('java-too-old', `Java ${version} found at ${executable}, but Neo4j needs Java ${MIN_JAVA_VERSION} or newer: ${JAVA_INSTALL_HINT}`);
  }
  return { executable, version, description };
}

/** Reads the feature version (8, 11, 17, 21…) from the text `java -version` prints. */
export function parseJavaVersion(text: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(text);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 && match[2] !== undefined ? Number(match[2]) : major;
}

/** Finds Maven (`mvn`) on PATH (or in MAVEN_HOME/bin). */
export function findMaven(env: Env = process.env): string {
  const mavenHome = env.MAVEN_HOME?.trim();
  if (mavenHome && existsSync(join(mavenHome, 'bin', 'mvn'))) return join(mavenHome, 'bin', 'mvn');
  const found = findOnPath('mvn', env);
  if (!found) {
    throw new Neo4jServerError(
      'maven-missing',
      'Maven is missing: no `mvn` on PATH; it is needed once to fetch the Neo4j jars: install it (Debian/Ubuntu: apt-get install maven) or set NEO4J_URI to use an existing Neo4j',
    );
  }
  return found;
}

/** The first executable named `name` on the PATH of `env`. */
export function findOnPath(name: string, env: Env = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** A short text for an unknown thrown value. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
}
