/**
 * Keeping credentials out of what meeting-kg prints. A leaf module (no Neo4j driver), so that
 * every command can redact its messages without loading the driver.
 */
import type { Env } from './config.js';

/**
 * Splits `scheme://user:password@host…` into the URI without its user information and the
 * (percent-decoded) user name and password. A URI without user information comes back as is.
 */
export function splitUriCredentials(uri: string): { uri: string; username?: string; password?: string } {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(uri);
  if (!scheme) return { uri };
  const rest = uri.slice(scheme[0].length);
  const end = rest.search(/[?#]/);
  const at = (end < 0 ? rest : rest.slice(0, end)).lastIndexOf('@');
  if (at < 0) return { uri };
  const info = rest.slice(0, at);
  const colon = info.indexOf(':');
  const decode = (t: string): string => {
    try {
      return decodeURIComponent(t);
    } catch {
      return t;
    }
  };
  const username = decode(colon < 0 ? info : info.slice(0, colon));
  const password = colon < 0 ? undefined : decode(info.slice(colon + 1));
  return { uri: `${scheme[0]}${rest.slice(at + 1)}`, ...(username ? { username } : {}), ...(password !== undefined ? { password } : {}) };
}

/**
 * A text with secrets taken out: user information in any `scheme://user:pass@` becomes `***@`,
 * and the value of NEO4J_PASSWORD (when set) becomes `***`. For every line meeting-kg prints.
 */
export function redactSecrets(text: string, env: Env = process.env): string {
  let out = text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/?#@]*(?:@[^\s/?#@]*)*@/g, '$1***@');
  const password = env.NEO4J_PASSWORD;
  if (password && password.length >= 4) out = out.split(password).join('***');
  const fromUri = env.NEO4J_URI ? splitUriCredentials(env.NEO4J_URI.trim()).password : undefined;
  if (fromUri && fromUri.length >= 4) out = out.split(fromUri).join('***');
  return out;
}
