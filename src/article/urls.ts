/** URLs: the site's host, and a readable stable article id made from the URL. */
import { stableId } from '../model/keys.js';

/** Parses a URL, or returns null when it is not one. */
function parse(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The host without `www.`, lower case ("https://www.haiphong.gov.vn/x" → "haiphong.gov.vn"). */
export function hostOf(url: string | null | undefined): string | null {
  const u = parse(url);
  return u ? u.hostname.toLowerCase().replace(/^www\d?\./, '') : null;
}

/**
 * A URL without scheme, `www.`, fragment, tracking parameters or trailing slash:
 * `http://www.baomoi.com/a/c/21471522.epi` → `baomoi.com/a/c/21471522.epi`.
 */
export function normaliseUrl(url: string | null | undefined): string | null {
  const u = parse(url);
  if (!u) return null;
  const params = [...u.searchParams.entries()].filter(([k]) => !/^(utm_|fbclid|gclid|zarsrc|zaloapp)/i.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.hostname.toLowerCase().replace(/^www\d?\./, '')}${path}${query}`;
}

/** The article id from its URL: `url:<normalised url>` when short, else `url:<hash>`. */
export function articleIdFromUrl(url: string | null | undefined): string | null {
  const n = normaliseUrl(url);
  if (!n) return null;
  return n.length <= 120 && !/\s/.test(n) ? `url:${n}` : stableId('url', n);
}
