/**
 * Test helpers: the seeds, and the same text re-encoded the ways people's scrapers save it
 * (Windows-1258, NFD, mojibake, UTF-16, HTML page, JSON Lines). Generated here from the seeds,
 * so no third-party text is copied into the project.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED_HAIPHONG = `${ROOT}seeds/haiphong-bcd35-2023-02-06.txt`;
export const SEED_TINH = `${ROOT}seeds/tinh-bcd35-2023-01-05.txt`;
export const FIXTURES = `${ROOT}tests/fixtures/article/`;

export const seedText = (path: string): string => readFileSync(path, 'utf8');

/**
 * Windows-1258 bytes: Vietnamese there is base letters (with â ê ô ă ơ ư đ precomposed)
 * followed by combining tone marks, so NFD is recomposed for those marks only.
 */
export function toWindows1258(text: string): Buffer {
  const partly = text
    .normalize('NFD')
    .replace(/([aeoAEO])(\u0323?)\u0302/g, (_, c: string, dot: string) => `${`${c}\u0302`.normalize('NFC')}${dot}`)
    .replace(/([aA])(\u0323?)\u0306/g, (_, c: string, dot: string) => `${`${c}\u0306`.normalize('NFC')}${dot}`)
    .replace(/([ouOU])\u031b/g, (_, c: string) => `${c}\u031b`.normalize('NFC'));
  const bytes = iconv.encode(partly, 'windows-1258');
  if (iconv.decode(bytes, 'windows-1258').normalize('NFC') !== text.normalize('NFC')) {
    throw new Error('text cannot be written in Windows-1258');
  }
  return bytes;
}

/** UTF-8 bytes read as Windows-1252 (undefined bytes as Latin-1): "Đồng chí" → "Äá»“ng chÃ­". */
export function toMojibake(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  for (const b of bytes) {
    const viaCp1252 = iconv.decode(Buffer.from([b]), 'windows-1252');
    out += viaCp1252 === '\ufffd' || (b >= 0x80 && b <= 0x9f && viaCp1252.charCodeAt(0) === b) ? String.fromCharCode(b) : viaCp1252;
  }
  return out;
}

/** UTF-16 with a byte-order mark. */
export function toUtf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The seed as a saved news page: site header with the day's date, navigation, the article
 * (h1 title, dateline, paragraphs, caption paragraphs in figures), related news in an aside,
 * a cookie banner and a footer.
 */
export function toHtmlPage(text: string, meta: { published?: string; canonical?: string } = {}): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const paragraphs = lines.filter((l) => l.length > 0);
  const title = paragraphs[0]!.startsWith('Chủ nhật') ? paragraphs[1]! : paragraphs[0]!;
  const body = paragraphs.slice(paragraphs.indexOf(title) + 1);
  const header = paragraphs.slice(0, paragraphs.indexOf(title));
  const html = body.map((p) => `      <p>${esc(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>${esc(title)} - Cổng thông tin</title>
  <meta property="og:title" content="${esc(title)}">
  ${meta.published ? `<meta property="article:published_time" content="${meta.published}">` : ''}
  ${meta.canonical ? `<link rel="canonical" href="${meta.canonical}">` : ''}
  <script>var tracking = 1;</script>
  <style>body { font-family: serif }</style>
</head>
<body>
  <header class="site-header">${header.map((h) => `<div class="today">${esc(h)}</div>`).join('')}
    <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
  </header>
  <main>
    <article class="post">
      <h1 class="post-title">${esc(title)}</h1>
${html}
    </article>
  </main>
  <footer><p>Bản quyền thuộc về cơ quan chủ quản.</p></footer>
</body>
</html>
`;
}
