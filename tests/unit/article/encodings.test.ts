import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { loadArticles, readArticleText, repairMojibake, normalizeText, decodeBytes } from '../../../src/article/index.js';
import type { Article } from '../../../src/model/article.js';
import { SEED_HAIPHONG, SEED_TINH, seedText, toHtmlPage, toMojibake, toUtf16, toWindows1258 } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mkg-article-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readOne(path: string): Promise<Article> {
  const results = [];
  for await (const r of loadArticles([path])) results.push(r);
  expect(results).toHaveLength(1);
  const r = results[0]!;
  if (!r.ok) throw new Error(`${r.input}: ${r.reason}`);
  return r.article;
}

describe.each([
  ['Hải Phòng', SEED_HAIPHONG, 'hp'],
  ['tỉnh', SEED_TINH, 'tinh'],
])('the %s seed saved in other forms reads to the same cleaned text', (_name, seed, tag) => {
  const original = seedText(seed);
  const reference = readArticleText(original);

  const variants: Array<[string, string, string | Buffer]> = [
    ['UTF-8 with BOM', `${tag}-bom.txt`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)])],
    ['UTF-16 LE with BOM', `${tag}-utf16le.txt`, toUtf16(original, 'le')],
    ['UTF-16 BE with BOM', `${tag}-utf16be.txt`, toUtf16(original, 'be')],
    ['Windows-1258', `${tag}-cp1258.txt`, toWindows1258(original)],
    ['NFD', `${tag}-nfd.txt`, original.normalize('NFD')],
    ['mojibake (UTF-8 read as Windows-1252)', `${tag}-mojibake.txt`, toMojibake(original)],
    ['CRLF, NBSP and zero-width spaces', `${tag}-crlf.txt`, original.replace(/\n/g, '\r\n').replace(/ /g, (_s, i: number) => (i % 7 === 0 ? '\u00a0' : i % 11 === 0 ? ' \u200b' : ' '))],
    ['an HTML page', `${tag}.html`, toHtmlPage(original)],
  ];

  it.each(variants)('%s', async (_label, file, content) => {
    const path = join(dir, file);
    writeFileSync(path, content);
    const a = await readOne(path);
    expect(a.text).toBe(reference.text);
    expect(a.title).toBe(reference.title);
    expect(a.authors).toEqual(reference.authors);
    expect(a.published).toBe(reference.published);
    expect(a.source).toBe(reference.source);
    expect(a.paragraphs.map((p) => p.kind)).toEqual(reference.paragraphs.map((p) => p.kind));
    expect(a.id).toBe(reference.id);
  });

  it('JSON Lines, with the title and date as fields', async () => {
    const path = join(dir, `${tag}.jsonl`);
    const record = { url: null, title: reference.title, published: reference.published, text: original };
    writeFileSync(path, `${JSON.stringify(record)}\n`);
    const a = await readOne(path);
    expect(a.input).toBe(`${path}#1`);
    expect(a.text).toBe(reference.text);
    expect(a.title).toBe(reference.title);
    expect(a.published).toBe(reference.published);
  });

  it('JSON Lines holding the HTML page', async () => {
    const path = join(dir, `${tag}-html.jsonl`);
    writeFileSync(path, `${JSON.stringify({ url: `https://example.vn/${tag}.html`, html: toHtmlPage(original) })}\n`);
    const a = await readOne(path);
    expect(a.text).toBe(reference.text);
    expect(a.url).toBe(`https://example.vn/${tag}.html`);
    expect(a.id).toBe(`url:example.vn/${tag}.html`);
  });
});

describe('mojibake repair', () => {
  it('repairs the classic "Äá»“ng chÃ­" to "Đồng chí"', () => {
    expect(normalizeText(toMojibake('Đồng chí Nguyễn Văn An')).text).toBe('Đồng chí Nguyễn Văn An');
    expect(repairMojibake('Äá»“ng chÃ­').text).toBe('Đồng chí');
  });

  it('leaves correct Vietnamese and genuine Latin-1 words alone', () => {
    const fine = 'Hội nghị tại Hà Nội; ông Lê Văn Á phát biểu. Café Ã la carte.';
    expect(repairMojibake(fine).text).toBe(fine);
  });

  it('repairs mojibake mixed into otherwise correct text', () => {
    const mixed = `Sáng 3/4, ${toMojibake('đồng chí Trần Thị Hoa')} chủ trì hội nghị.`;
    expect(normalizeText(mixed).text).toBe('Sáng 3/4, đồng chí Trần Thị Hoa chủ trì hội nghị.');
  });
});

describe('decoding', () => {
  it('reads invalid UTF-8 as Windows-1258 and says so', () => {
    const d = decodeBytes(toWindows1258('Ủy ban nhân dân tỉnh họp phiên thường kỳ.'));
    expect(d.encoding).toBe('windows-1258');
    expect(d.text.normalize('NFC')).toBe('Ủy ban nhân dân tỉnh họp phiên thường kỳ.');
  });

  it('normalises to NFC and folds old/new tone placement only in the match key', async () => {
    const a = readArticleText('Hoà bình và Uỷ ban\n\nĐồng chí Lê Hòa, Ủy viên Ban Thường vụ, dự họp bàn về hoà giải ở cơ sở.'.normalize('NFD'));
    expect(a.text).toBe('Đồng chí Lê Hòa, Ủy viên Ban Thường vụ, dự họp bàn về hoà giải ở cơ sở.');
    expect(a.text.normalize('NFC')).toBe(a.text);
    const { matchKey } = await import('../../../src/model/keys.js');
    expect(matchKey('Hòa')).toBe(matchKey('Hoà'));
    expect(matchKey('Ủy ban')).toBe(matchKey('uỷ ban'));
  });
});
