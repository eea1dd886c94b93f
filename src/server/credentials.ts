/**
 * The local server's credentials: a generated password kept in a 0600 JSON file in the state
 * directory. Never printed; commands read it from the file.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { LOCAL_USERNAME } from './config.js';
import { Neo4jServerError } from './errors.js';

export const LocalCredentialsSchema = z.object({
  username: z.string().min(1),
  password: z.string().min(8),
});
/** User name and password of the local server. */
export type LocalCredentials = z.infer<typeof LocalCredentialsSchema>;

/** Reads the credentials file; undefined when it does not exist; an error when it is damaged. */
export function readCredentials(file: string): LocalCredentials | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Neo4jServerError('credentials', `cannot read the Neo4j credentials file ${file}: ${(error as Error).message}`);
  }
  try {
    return LocalCredentialsSchema.parse(JSON.parse(text));
  } catch {
    throw new Neo4jServerError('credentials', `the Neo4j credentials file ${file} is damaged; stop the server and delete its state directory ${dirname(file)} to start afresh`);
  }
}

const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/**
 * A random password no tool misreads: letters and digits only (never a leading '-' an option
 * parser takes for a flag, no quote or shell character), 24 characters (about 140 bits).
 */
export function generatePassword(length = 24): string {
  const out: string[] = [];
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // Rejection sampling keeps every character equally likely.
      if (byte < 256 - (256 % PASSWORD_ALPHABET.length) && out.length < length) out.push(PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length]!);
    }
  }
  return out.join('');
}

/** Generates a new random password for the `neo4j` user and writes it to `file` with mode 0600. */
export function createCredentials(file: string): LocalCredentials {
  const credentials: LocalCredentials = { username: LOCAL_USERNAME, password: generatePassword() };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return credentials;
}
