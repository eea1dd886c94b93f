/**
 * Kinds of input a fresh user gave that were read wrong: one story in two containers, datelines
 * carrying a view counter, lead ("sapo") paragraphs, bare HTML fragments in a JSON record, and the
 * reader's warnings in `extract`'s machine output. Every input is written here in the pattern.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticles, readArticleHtml, readArticleText, readJsonRecord } from '../../../src/article/index.js';
import { parseDateLine } from '../../../src/article/dates.js';
import { furnitureReason } from '../../../src/article/furniture.js';
import type { Article } from '../../../src/model/article.js';
import { extract } from '../../../src/extract/index.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { MemoryGraphStore } from '../../../src/store/memory/index.js';
import { renderTable, tableAsTsv } from '../../../src/cli/commands/ask.js';

const dir = mkdtempSync(join(tmpdir(), 'mkg-fresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function articles(inputs: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for await (const r of loadArticles(inputs)) {
    if (!r.ok) throw new Error(`${r.input}: ${r.reason}`);
    out.push(r.article);
  }
  return out;
}

const TITLE = 'Huyện họp bàn kế hoạch phòng chống thiên tai';
const BODY = [
  'Sáng 12/6, Ủy ban nhân dân huyện Kỳ Sơn tổ chức hội nghị bàn kế hoạch phòng chống thiên tai năm 2024. Đồng chí Lô Văn Tình, Chủ tịch UBND huyện chủ trì hội nghị.',
  'Dự hội nghị có đồng chí Vi Thị Hoa, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện.',
];

describe('an article without url or id is known by its content, whatever holds it', () => {
  it('the same story as a .txt file and as a JSON Lines record (title in its own field or as the first line) has one id', async () => {
    const txt = file('story.txt', `${TITLE}\n\n${BODY.join('\n\n')}\n`);
    const jsonl = file(
      'crawl.jsonl',
      `${JSON.stringify({ title: TITLE, text: BODY.join('\n\n') })}\n${JSON.stringify({ text: `${TITLE}\n${BODY.join('\n')}` })}\n`,
    );
    const [fromFile, fromField, fromFirstLine] = await articles([txt, jsonl]);
    expect(fromFile!.id).toMatch(/^sha:[0-9a-f]{16}$/);
    expect(fromField!.id).toBe(fromFile!.id);
    expect(fromFirstLine!.id).toBe(fromFile!.id);
    // each keeps where it came from
    expect([fromFile!.sourceId, fromField!.sourceId]).toEqual([txt, `${jsonl}#1`]);
  });

  it('a record\'s own id or url still names it, and two different stories of one file stay two', async () => {
    const other = 'Sáng 20/6, Hội đồng nhân dân xã Mường Lống tổ chức phiên họp thường kỳ. Đồng chí Xồng Bá Lầu, Chủ tịch HĐND xã chủ trì phiên họp.';
    const jsonl = file(
      'mixed.jsonl',
      [
        { id: 'tin-42', title: TITLE, text: BODY.join('\n') },
        { url: 'https://kyson.example.vn/tin/hop-phong-chong-thien-tai.html', title: TITLE, text: BODY.join('\n') },
        { title: 'Phiên họp thường kỳ', text: other },
      ].map((r) => JSON.stringify(r)).join('\n'),
    );
    const [byId, byUrl, third] = await articles([jsonl]);
    expect(byId!.id).toBe('rec:tin-42');
    expect(byUrl!.id).toBe('url:kyson.example.vn/tin/hop-phong-chong-thien-tai.html');
    expect(third!.id).toMatch(/^sha:/);
    expect(third!.id).not.toBe(readArticleText(`${TITLE}\n${BODY.join('\n')}`).id);
  });

  it('ingest stores the story once, and a second run calls both records unchanged', async () => {
    const txt = file('again.txt', `${TITLE}\n\n${BODY.join('\n\n')}\n`);
    const jsonl = file('again.jsonl', `${JSON.stringify({ title: TITLE, text: BODY.join('\n\n') })}\n`);
    const store = MemoryGraphStore.inMemory();
    const first = await ingest([txt, jsonl], { store, jobs: 1 });
    expect(first.graph.articles).toBe(1);
    expect(first.read).toBe(2);
    const second = await ingest([txt, jsonl], { store, jobs: 1 });
    expect(second.articles).toEqual({ new: 0, updated: 0, unchanged: 2 });
    expect(second.graph.articles).toBe(1);
  }, 60_000);

  it('the story given as JSON Lines, then as .txt, run after run, is unchanged after the first run, not updated each time', async () => {
    const txt = file('alternate.txt', `${TITLE}\n\n${BODY.join('\n\n')}\n`);
    const jsonl = file('alternate.jsonl', `${JSON.stringify({ title: TITLE, text: BODY.join('\n\n') })}\n`);
    const store = MemoryGraphStore.inMemory();
    expect((await ingest([jsonl], { store, jobs: 1 })).articles).toEqual({ new: 1, updated: 0, unchanged: 0 });
    for (const input of [txt, jsonl, txt]) {
      const run = await ingest([input], { store, jobs: 1 });
      expect(run.articles, input).toEqual({ new: 0, updated: 0, unchanged: 1 });
      expect(run.graph.articles).toBe(1);
    }
    // a changed text under the same record id is still an update
    const edited = file('alternate-edited.jsonl', `${JSON.stringify({ id: 'tin-1', title: TITLE, text: BODY.join('\n\n') })}\n`);
    await ingest([edited], { store, jobs: 1 });
    writeFileSync(edited, `${JSON.stringify({ id: 'tin-1', title: TITLE, text: `${BODY.join('\n\n')}\n\nĐồng chí Lê Văn Tâm phát biểu.` })}\n`);
    expect((await ingest([edited], { store, jobs: 1 })).articles).toEqual({ new: 0, updated: 1, unchanged: 0 });
  }, 60_000);
});

describe('dateline-with-counter: a dateline carrying the page\'s view counter', () => {
  it('reads the date and time and drops the counter, in the forms sites write it', () => {
    expect(parseDateLine('28/10/2020 09:57 Số lượt xem: 42')).toEqual({ date: '2020-10-28', time: '09:57', clock: false });
    expect(parseDateLine('Thứ hai, 05/01/2023 | 1.234 lượt đọc')).toMatchObject({ date: '2023-01-05' });
    expect(parseDateLine('Cập nhật: 14/03/2022 - 16:20 | Lượt xem (310)')).toMatchObject({ date: '2022-03-14', time: '16:20' });
    expect(parseDateLine('07/09/2021 08:00 - 12 lần xem')).toMatchObject({ date: '2021-09-07', time: '08:00' });
  });

  it('a sentence that mentions views is still no dateline', () => {
    expect(parseDateLine('Ngày 28/10/2020 bài viết đạt 42 lượt xem')).toBeNull();
    expect(parseDateLine('28/10/2020 số lượt xem tăng mạnh')).toBeNull();
  });

  it('at the top of a page it becomes the publication date and leaves the text; a lone "Số lượt xem: N" line is a counter', () => {
    const a = readArticleText(`28/10/2020 09:57 Số lượt xem: 42\n${TITLE}\n${BODY.join('\n')}\nSố lượt xem: 42\n`);
    expect(a.published).toBe('2020-10-28T09:57');
    expect(a.title).toBe(TITLE);
    expect(a.text).not.toMatch(/lượt xem/);
    expect(a.removed.map((r) => r.reason)).toEqual(['published-date', 'view-counter']);
    const b = readArticleText(`${TITLE}\nThứ Năm, 03/06/2021 14:05 | Lượt đọc: 1.520\n${BODY.join('\n')}`);
    expect(b.published).toBe('2021-06-03T14:05');
    expect(b.text.startsWith('Sáng 12/6')).toBe(true);
    expect(furnitureReason('Số lượt xem: 1.024')).toBe('view-counter');
    expect(furnitureReason('Lượt đọc (88)')).toBe('view-counter');
  });
});

describe('lead-class: the lead ("sapo") paragraph of an HTML page is the lead', () => {
  const LEAD = 'Sáng 4/3, Ủy ban nhân dân huyện tổ chức hội nghị triển khai nhiệm vụ năm 2024, đồng chí Nguyễn Văn An, Chủ tịch UBND huyện chủ trì.';
  const page = (lead: string): string =>
    `<html><head><title>Hội nghị</title></head><body><div class="main"><h1>Hội nghị triển khai nhiệm vụ năm 2024</h1>${lead}` +
    '<div class="content"><p>Tại hội nghị, các đại biểu đã thảo luận về những khó khăn, vướng mắc trong quá trình thực hiện nhiệm vụ phát triển kinh tế - xã hội của huyện và đề ra giải pháp.</p>' +
    '<p>Phát biểu kết luận, đồng chí Chủ tịch UBND huyện yêu cầu các phòng, ban chuyên môn tập trung triển khai các nhiệm vụ trọng tâm ngay từ đầu năm.</p></div></div></body></html>';
  const kinds = (html: string): string[] => readArticleHtml(html).paragraphs.map((p) => p.kind);

  it.each([
    ['<p class="sapo">', '</p>'],
    ['<div class="sapo">', '</div>'],
    ['<div class="sapo"><p>', '</p></div>'],
    ['<div class="article__sapo cms-desc">', '</div>'],
    ['<h2 class="detail-sapo">', '</h2>'],
    ['<div class="sapo_detail"><strong>', '</strong></div>'],
    ['<p class="lead">', '</p>'],
    ['<div class="summary"><p>', '</p></div>'],
    ['<p class="chapeau">', '</p>'],
    ['<p class="description">', '</p>'],
  ])('%s… is the lead, the paragraphs after it body', (open, close) => {
    expect(kinds(page(`${open}${LEAD}${close}`))).toEqual(['lead', 'body', 'body']);
  });

  it('without a lead class the first paragraph is body, and a long "summary" box is no lead', () => {
    expect(kinds(page(`<p>${LEAD}</p>`))).toEqual(['body', 'body', 'body']);
    const long = `${LEAD} `.repeat(8);
    expect(kinds(page(`<div class="summary"><p>${long}</p></div>`))[0]).toBe('body');
  });
});

describe('a JSON record whose html is bare fragments (no <html>/<body>)', () => {
  const P1 = 'Chiều 8/5, Sở Tài chính tổ chức hội nghị triển khai công tác quyết toán ngân sách năm 2023. Đồng chí Hà Văn Sơn, Giám đốc Sở chủ trì hội nghị.';
  const P2 = 'Dự hội nghị có đồng chí Lò Thị Mai, Phó Giám đốc Sở Tài chính.';

  it('is read, paragraph by paragraph', () => {
    const a = readJsonRecord({ title: 'Hội nghị quyết toán ngân sách', html: `<p>${P1}</p>\n<p>${P2}</p>` }, 'x.jsonl#1');
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    const b = readJsonRecord({ title: 'Hội nghị quyết toán ngân sách', html: `<div><strong>${P1}</strong><br>${P2}</div>` }, 'x.jsonl#2');
    expect(b.text).toBe(`${P1}\n\n${P2}`);
  });

  it('from a JSON Lines file, and a fragment file on its own too', async () => {
    const jsonl = file('fragments.jsonl', `${JSON.stringify({ title: 'Hội nghị quyết toán', html: `<p>${P1}</p><p>${P2}</p>` })}\n`);
    const html = file('fragment.html', `<p>${P1}</p><p>${P2}</p>`);
    const [fromLine, fromFile] = await articles([jsonl, html]);
    expect(fromLine!.text).toBe(`${P1}\n\n${P2}`);
    expect(fromFile!.text).toBe(`${P1}\n\n${P2}`);
  });

  it('a page written without <html>/<head>/<body> keeps its title and meta date as the head\'s', () => {
    const a = readArticleHtml(`<!DOCTYPE html><title>Hội nghị quyết toán</title><meta property="article:published_time" content="2024-05-08T15:00:00+07:00"><div><p>${P1}</p><p>${P2}</p></div>`);
    expect([a.title, a.published]).toEqual(['Hội nghị quyết toán', '2024-05-08T15:00:00']);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });
});

describe('the reader\'s warnings travel with the extraction', () => {
  it('an article read with stray bytes or an old encoding gives its extraction the same warnings', async () => {
    const story = `${TITLE}\n\n${BODY.join('\n\n')}\n`;
    const bytes = Buffer.from(story, 'utf8');
    const at = bytes.indexOf(Buffer.from('2024'));
    const damaged = file('stray.txt', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    const [a] = await articles([damaged]);
    expect(a!.warnings.join(' ')).toMatch(/U\+FFFD/);
    expect(extract(a!).warnings).toEqual(a!.warnings);
    expect(extract(readArticleText(story)).warnings).toEqual([]);
  });
});

describe('ask tables when stdout is not a terminal', () => {
  const table = { columns: ['Person', 'Evidence'], rows: [['Lô Văn Tình', 'Đồng chí Lô Văn Tình,\tChủ tịch UBND huyện\nchủ trì hội nghị.']] };

  it('are tab-separated lines, header first, cells whole', () => {
    expect(tableAsTsv(table)).toBe('Person\tEvidence\nLô Văn Tình\tĐồng chí Lô Văn Tình, Chủ tịch UBND huyện chủ trì hội nghị.\n');
    expect(renderTable(table, false)).toBe(tableAsTsv(table));
  });

  it('and boxed on a terminal', () => {
    expect(renderTable(table, true)).toMatch(/┌/);
  });
});
