/**
 * Legacy Vietnamese encodings (TCVN3/ABC ".VnTime", VNI-Windows) are recognised and converted,
 * or refused with the encoding's name — never stored garbled. The sentences are written here
 * and encoded in the test itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles, normalizeText, readArticleText } from '../../../src/article/index.js';
import { isVietnameseSyllable, syllableShare } from '../../../src/article/syllables.js';
import type { LoadResult } from '../../../src/article/load.js';
import { toWindows1258 } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mkg-legacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two stories in the pattern of provincial reports; no upper-case toned vowel (TCVN3 has none). */
const STORIES = [
  [
    'Hội nghị tổng kết công tác tư pháp năm 2023',
    'Sáng 12/1, Sở Tư pháp tỉnh tổ chức hội nghị tổng kết công tác tư pháp năm 2023. Đồng chí Vũ Đình Thắng, Giám đốc Sở Tư pháp chủ trì hội nghị.',
    'Dự hội nghị có đồng chí Hoàng Thị Nguyệt, Phó Chủ tịch UBND tỉnh; lãnh đạo các phòng tư pháp huyện, thành phố.',
  ].join('\n\n'),
  [
    'Giao ban công tác dân vận quý I',
    'Chiều 28/3, Ban Dân vận Huyện ủy tổ chức giao ban công tác dân vận quý I năm 2024. Đồng chí Lò Văn Quyết, Trưởng Ban Dân vận Huyện ủy chủ trì buổi giao ban.',
    'Đồng chí yêu cầu các xã tiếp tục nắm bắt tình hình nhân dân, giải quyết dứt điểm những kiến nghị của cử tri.',
  ].join('\n\n'),
];

/** TCVN3 bytes, from iconv-lite's TCVN 5712 table (lower-case letters and the plain capitals Ă Â Đ Ê Ô Ơ Ư). */
const toTcvn3 = (text: string): Buffer => iconv.encode(text.normalize('NFC'), 'tcvn');

const VNI_TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRCUMFLEX: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_I: Record<string, string> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

/** VNI-Windows bytes: each letter as its base and VNI's mark characters, written out as Windows-1252. */
function toVni(text: string): Buffer {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const nfd = ch.normalize('NFD');
    const base = nfd[0]!;
    const marks = nfd.slice(1);
    const upper = base !== base.toLowerCase();
    const cased = (s: string): string => (upper ? s.toUpperCase() : s);
    const tone = [...marks].find((m) => m in VNI_TONE) ?? '';
    if (ch === 'đ' || ch === 'Đ') out += cased('ñ');
    else if (marks.includes('\u031b')) out += cased(base.toLowerCase() === 'o' ? 'ô' : 'ö') + (tone ? cased(VNI_TONE[tone]!) : '');
    else if (marks.includes('\u0302')) out += base + cased(VNI_CIRCUMFLEX[tone]!);
    else if (marks.includes('\u0306')) out += base + cased(VNI_BREVE[tone]!);
    else if (tone && base.toLowerCase() === 'i') out += cased(VNI_I[tone]!);
    else if (tone === '\u0323' && base.toLowerCase() === 'y') out += cased('î');
    else if (tone) out += base + cased(VNI_TONE[tone]!);
    else out += ch;
  }
  return iconv.encode(out, 'windows-1252');
}

async function readAll(path: string): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for await (const r of loadArticles([path])) results.push(r);
  return results;
}

async function readOne(path: string) {
  const [r] = await readAll(path);
  if (!r?.ok) throw new Error(r ? `${r.input}: ${r.reason}` : 'nothing read');
  return r.article;
}

describe.each(STORIES.map((story, i) => [i + 1, story] as const))('story %i in a legacy encoding', (n, story) => {
  const reference = readArticleText(story);

  it('TCVN3 bytes (a .VnTime document saved as text) read as the Unicode story', async () => {
    const path = join(dir, `tcvn3-${n}.txt`);
    writeFileSync(path, toTcvn3(story));
    const a = await readOne(path);
    expect(a.title).toBe(reference.title);
    expect(a.text).toBe(reference.text);
    expect(a.id).toBe(reference.id);
    expect(a.warnings.join(' ')).toContain('TCVN3');
  });

  it('VNI-Windows bytes read as the Unicode story', async () => {
    const path = join(dir, `vni-${n}.txt`);
    writeFileSync(path, toVni(story));
    const a = await readOne(path);
    expect(a.title).toBe(reference.title);
    expect(a.text).toBe(reference.text);
    expect(a.warnings.join(' ')).toContain('VNI');
  });

  it('VISCII bytes read as the Unicode story', async () => {
    const path = join(dir, `viscii-${n}.txt`);
    writeFileSync(path, iconv.encode(story, 'viscii'));
    const a = await readOne(path);
    expect(a.title).toBe(reference.title);
    expect(a.text).toBe(reference.text);
    expect(a.warnings.join(' ')).toContain('VISCII');
  });

  it('TCVN3 pasted as Windows-1252 characters into UTF-8 JSON Lines (title field too) is converted', async () => {
    const shown = iconv.decode(toTcvn3(story), 'windows-1252');
    const [title, ...body] = shown.split('\n\n');
    const path = join(dir, `tcvn3-${n}.jsonl`);
    writeFileSync(path, `${JSON.stringify({ title, text: body.join('\n\n') })}\n`);
    const a = await readOne(path);
    expect(a.title).toBe(reference.title);
    expect(a.text).toBe(reference.text);
    expect(a.warnings.join(' ')).toContain('converted from TCVN3');
  });

  it('VNI shown as Windows-1252 characters in a UTF-8 HTML page is converted', async () => {
    const shown = iconv.decode(toVni(story), 'windows-1252');
    const [title, ...body] = shown.split('\n\n');
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const path = join(dir, `vni-${n}.html`);
    writeFileSync(path, html);
    const a = await readOne(path);
    expect(a.title).toBe(reference.title);
    expect(a.text).toBe(reference.text);
  });
});

describe('legacy detection leaves real Unicode alone and refuses what it cannot convert', () => {
  it('Vietnamese whose accented letters are all Latin-1 (à, á, ê, ô, ý …) is not converted', () => {
    const text = 'Bà Hà và ông Tú đã có ý kiến về các vấn đề của xã. Bà Lê Thị Hà cho biết các hộ đã nhận đủ tiền hỗ trợ.';
    const n = normalizeText(text);
    expect(n.legacyConverted).toBeNull();
    expect(n.legacySuspect).toBeNull();
    expect(n.text).toBe(text);
  });

  it('a file that reads as TCVN3 in only some of its words is refused with a reason naming TCVN3', async () => {
    const good = toTcvn3('Đồng chí Vũ Đình Thắng chủ trì hội nghị tổng kết công tác tư pháp của tỉnh.');
    const noise = Buffer.from(Array.from({ length: 40 }, (_, i) => (i % 5 === 4 ? 0x20 : 0xb5 + ((i * 7) % 60))));
    const path = join(dir, 'tcvn3-damaged.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('Tin '), good, Buffer.from(' '), noise, Buffer.from(' '), noise]));
    const [r] = await readAll(path);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) {
      expect(r.kind).toBe('encoding');
      expect(r.reason).toContain('TCVN3');
    }
  });

  it('UTF-8 with a handful of stray bytes among its accented letters is read as UTF-8, the bytes as U+FFFD, and said', async () => {
    const sentences = [
      'Sáng 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác phòng chống thiên tai.',
      'Đồng chí Trần Văn Hưng, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.',
      'Dự hội nghị có lãnh đạo các sở, ngành và các huyện, thị xã, thành phố.',
      'Phó Chủ tịch đề nghị các địa phương rà soát phương án ứng phó với mưa lũ.',
      'Các đơn vị phải báo cáo kết quả trước ngày 30/3.',
    ];
    // four stray bytes in a short article, eight in one four times as long (both were refused as "looks like TCVN3")
    for (const [name, copies, strays] of [['short', 1, 4], ['long', 4, 8]] as const) {
      const all = Array.from({ length: copies }, () => sentences).flat();
      const parts = all.map((t, i) => Buffer.concat([Buffer.from(`${t} `, 'utf8'), Buffer.from(i < strays ? [0xff] : [])]));
      const path = join(dir, `stray-${name}.txt`);
      writeFileSync(path, Buffer.concat(parts));
      const [r] = await readAll(path);
      expect(r?.ok, name).toBe(true);
      if (r?.ok) {
        expect(r.article.text).toContain('Trần Văn Hưng');
        expect(r.article.text).toContain('\uFFFD');
        expect(r.article.warnings.join(' ')).toContain('U+FFFD');
      }
    }
  });

  it('bytes that no Vietnamese encoding reads as Vietnamese are refused as garbled', async () => {
    const noise = Buffer.from(Array.from({ length: 600 }, (_, i) => (i % 6 === 5 ? 0x20 : 0x80 + ((i * 37) % 127))));
    const path = join(dir, 'garbled.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('Tin tức\n\n'), noise]));
    const [r] = await readAll(path);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) {
      expect(r.kind).toBe('encoding');
      expect(r.reason).toContain('garbled');
    }
  });

  it('a Western European text saved as Latin-1 or Windows-1252 is refused with a reason naming that encoding', async () => {
    const french = 'Réunion du conseil municipal\n\nLe maire a présidé la réunion du conseil à la mairie. Les élus ont discuté du budget de l’année prochaine.';
    const german = '„Sitzung des Stadtrats“ – Bericht\n\nDie Sitzung über die Straßenbaumaßnahmen wurde vom Bürgermeister geleitet; größere Änderungen wurden beschlossen…';
    const long = `${french}\n\n${Array.from({ length: 6 }, () => 'Les élus ont discuté des travaux prévus, de la sécurité et de l’école près de la forêt.').join(' ')}`;
    for (const [name, bytes] of [
      ['latin1.txt', iconv.encode(french.replace('’', "'"), 'latin1')],
      ['cp1252.txt', iconv.encode(german, 'windows-1252')],
      ['latin1-long.txt', iconv.encode(long.replaceAll('’', "'"), 'latin1')],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const [r] = await readAll(path);
      expect(r?.ok, name).toBe(false);
      if (r && !r.ok) {
        expect(r.kind, name).toBe('encoding');
        expect(r.reason, name).toContain('ISO-8859-1 / Windows-1252');
      }
    }
  });

  it('Windows-1258 bytes are still read as Windows-1258', async () => {
    const path = join(dir, 'cp1258.txt');
    writeFileSync(path, toWindows1258('Hội nghị giao ban\n\nĐồng chí Đỗ Văn Hải, Chủ tịch UBND huyện chủ trì hội nghị giao ban quý I.'));
    const a = await readOne(path);
    expect(a.text).toBe('Đồng chí Đỗ Văn Hải, Chủ tịch UBND huyện chủ trì hội nghị giao ban quý I.');
    expect(a.warnings).toContain('not valid UTF-8: read as Windows-1258');
  });
});

describe('Vietnamese syllable shape', () => {
  it.each(['Nguyễn', 'nghiêng', 'quyết', 'giữa', 'Trưởng', 'khuya', 'ĐỒNG', 'hoà', 'thuỷ', 'oanh'])('%s is a syllable', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each(['héi', 'hßa', 'Ñoàng', 'Vaên', 'nghh\u0303', 'tr×', 'Löông', 'café́'])('%s is not', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
  it('real text scores high, TCVN3 read as Windows-1258 low', () => {
    expect(syllableShare(STORIES[0]!)).toBeGreaterThan(0.95);
    expect(syllableShare(iconv.decode(toTcvn3(STORIES[0]!), 'windows-1258'))).toBeLessThan(0.5);
  });
});

describe('zero-width characters', () => {
  it('a zero-width space between the syllables of a name is a space', () => {
    expect(normalizeText('Đồng chí Trịnh\u200bVăn\u200bHùng, Bí thư Huyện ủy').text).toBe('Đồng chí Trịnh Văn Hùng, Bí thư Huyện ủy');
    expect(normalizeText('bà Hà\u2060Thị\u2060Nga phát biểu').text).toBe('bà Hà Thị Nga phát biểu');
  });
  it('one next to a space or punctuation carries nothing', () => {
    expect(normalizeText('hội nghị \u200bgiao ban,\u200b quý I\u200b.').text).toBe('hội nghị giao ban, quý I.');
  });
});
