import { describe, expect, it } from 'vitest';
import { loadArticles, type LoadResult } from '../../../src/article/index.js';
import type { Article } from '../../../src/model/article.js';
import { FIXTURES } from './helpers.js';

async function readAll(paths: string[]): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for await (const r of loadArticles(paths)) out.push(r);
  return out;
}

async function readOne(name: string): Promise<Article> {
  const [r] = await readAll([`${FIXTURES}${name}`]);
  if (!r?.ok) throw new Error(r ? `${r.input}: ${r.reason}` : 'nothing read');
  return r.article;
}

const reasons = (a: Article): string[] => a.removed.map((r) => r.reason);

describe('a text file with a scraper header', () => {
  it('takes URL, title, date and source from the header, not as body', async () => {
    const a = await readOne('scraper-header.txt');
    expect(a.url).toBe('https://www.vidu-tinh.gov.vn/tin-tuc/hoi-nghi-so-ket-quy-1.html?utm_source=zalo');
    expect(a.id).toBe('url:vidu-tinh.gov.vn/tin-tuc/hoi-nghi-so-ket-quy-1.html');
    expect(a.title).toBe('Ban Chỉ đạo phòng, chống thiên tai tỉnh sơ kết quý I');
    expect(a.published).toBe('2024-04-03T08:15');
    expect(a.source).toBe('vidu-tinh.gov.vn');
    expect(a.text).not.toMatch(/URL:|Title:|Source:/);
    expect(a.text.startsWith('Sáng 2/4, Ban Chỉ đạo')).toBe(true);
  });

  it('removes the counter, the share row, the image file, "Xem thêm" items, the cookie notice and its button', async () => {
    const a = await readOne('scraper-header.txt');
    expect(reasons(a)).toEqual(
      expect.arrayContaining(['view-counter', 'share-widget', 'media-file', 'related-news', 'cookie-notice', 'read-more']),
    );
    for (const gone of ['lượt xem', 'In bài', '.jpg', 'Xem thêm', 'diễn tập ứng phó bão', 'cookie', 'Đồng ý']) {
      expect(a.text).not.toContain(gone);
    }
  });

  it('reads "Tin, ảnh: A - B" as two authors and marks both captions', async () => {
    const a = await readOne('scraper-header.txt');
    expect(a.authors).toEqual(['Ngọc Lan', 'Quốc Bảo']);
    expect(a.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.text)).toEqual([
      'Đồng chí Trần Văn Khải, Phó Chủ tịch UBND tỉnh phát biểu kết luận hội nghị.',
      'Quang cảnh hội nghị.',
    ]);
  });
});

describe('corpus-style text (paragraph breaks lost)', () => {
  it('takes off the outlet prefix, the inline photo credit and the closing name', async () => {
    const a = await readOne('baomoi-style.txt');
    expect(a.text.startsWith('Chiều 14/5, Phó Chủ tịch UBND thành phố')).toBe(true);
    expect(a.removed).toContainEqual({ reason: 'outlet-prefix', text: '(HNM) -' });
    expect(a.removed).toContainEqual({ reason: 'photo-credit', text: 'Ảnh: Minh Khôi' });
    expect(a.removed).toContainEqual({ reason: 'byline', text: 'Thu Hà' });
    expect(a.authors.sort()).toEqual(['Minh Khôi', 'Thu Hà']);
    expect(a.text).toContain('tại cuộc họp.\n\nTheo báo cáo của Sở Xây dựng');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['body', 'caption', 'body']);
    expect(a.paragraphs[1]?.text).toBe('Phó Chủ tịch UBND thành phố Phạm Quốc Hưng phát biểu tại cuộc họp.');
    expect(a.text.endsWith('trước ngày 30/6.')).toBe(true);
  });

  it('does not take the next sentence\'s first word into a photo credit, and drops agencies from names', async () => {
    const a = await readOne('agency-credit.txt');
    expect(a.authors.sort()).toEqual(['Hoàng Nam', 'Vân Khánh']);
    expect(a.text).not.toMatch(/TTXVN|Ảnh:/);
    expect(a.text).toContain('Bộ trưởng đề nghị tỉnh ưu tiên');
  });
});

describe('related news in the middle of the story', () => {
  it('removes the block and its items but keeps the story after it; "Theo X" is a credit, not an author', async () => {
    const a = await readOne('related-inline.txt');
    expect(a.text).not.toContain('Tin liên quan');
    expect(a.text).not.toContain('cơ giới hóa đồng ruộng');
    expect(a.text).toContain('Theo kế hoạch, toàn huyện gieo cấy hơn 8.000 ha');
    expect(a.authors).toEqual([]);
    expect(a.removed).toContainEqual({ reason: 'source-credit', text: 'Theo Báo Nông thôn' });
  });
});

describe('an HTML page', () => {
  it('takes the content with its lead and caption, and the metadata from <meta> and the canonical link', async () => {
    const a = await readOne('page.html');
    expect(a.title).toBe('Hội đồng nhân dân thành phố họp phiên chuyên đề');
    expect(a.url).toBe('https://baovidu.vn/chinh-tri/hdnd-hop-phien-chuyen-de-123.html');
    expect(a.source).toBe('baovidu.vn');
    expect(a.published).toBe('2024-07-10T09:30:00');
    expect(a.authors).toEqual(['Minh Châu']);
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['lead', 'body', 'caption', 'body', 'body']);
  });

  it('leaves out navigation, the page\'s date header, counters, related links, cookie banner and footer', async () => {
    const a = await readOne('page.html');
    for (const gone of ['Trang chủ', '12/07/2024', 'lượt xem', 'vành đai', 'cookie', 'Giấy phép', 'Chia sẻ']) {
      expect(a.text).not.toContain(gone);
    }
  });
});

describe('a CMS page with a table caption and two datelines', () => {
  it('keeps the caption without its credit, tells the article\'s dateline from the page clock, and reads both names', async () => {
    const a = await readOne('cms-table-caption.html');
    expect(a.published).toBe('2024-08-05T10:20:00');
    expect(a.removed).toContainEqual({ reason: 'page-date-header', text: 'Thứ Tư, ngày 07/08/2024 - 08:00 (GMT+07:00)' });
    expect(a.removed).toContainEqual({ reason: 'published-date', text: 'Thứ Hai, 5/8/2024, 10:20 (GMT+7)' });
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['lead', 'body', 'caption', 'body']);
    expect(a.paragraphs[2]?.text).toBe('Đồng chí Bùi Quang Vinh phát biểu tại phiên họp.');
    expect(a.authors.sort()).toEqual(['Khánh Linh', 'Phương Thảo']);
    expect(a.text).not.toContain('Tin liên quan');
  });

  it('without <meta> dates, the earliest dateline is the article\'s', async () => {
    const { readFileSync } = await import('node:fs');
    const { readArticleHtml } = await import('../../../src/article/html.js');
    const html = readFileSync(`${FIXTURES}cms-table-caption.html`, 'utf8').replace(/<meta name="pubdate"[^>]*>/, '');
    expect(readArticleHtml(html).published).toBe('2024-08-05T10:20');
  });
});

describe('dates in HTML', () => {
  it('takes <time itemprop="datePublished">, but invents no date from related items\' <time>', async () => {
    const { readArticleHtml } = await import('../../../src/article/html.js');
    const body = '<p>Sáng 2/5, HĐND xã Tân Phú họp phiên thường kỳ quý II để bàn kế hoạch thu chi ngân sách của xã trong năm.</p>';
    const own = `<html><body><article><h1>HĐND xã họp</h1><time itemprop="datePublished" datetime="2024-05-02T08:00:00+07:00">2/5</time>${body}</article></body></html>`;
    expect(readArticleHtml(own).published).toBe('2024-05-02T08:00:00');
    const related = `<html><body><article><h1>HĐND xã họp</h1>${body}</article><aside><ul><li><a href="/x">Tin cũ</a><time datetime="2024-04-27">27/4</time></li></ul></aside></body></html>`;
    expect(readArticleHtml(related).published).toBeNull();
  });
});

describe('JSON Lines from a crawler', () => {
  it('reads each line on its own: good lines give articles, bad lines a reason naming the line', async () => {
    const results = await readAll([`${FIXTURES}crawl.jsonl`]);
    expect(results.map((r) => [r.input.replace(FIXTURES, ''), r.ok])).toEqual([
      ['crawl.jsonl#1', true],
      ['crawl.jsonl#2', false],
      ['crawl.jsonl#3', false],
      ['crawl.jsonl#4', false],
      ['crawl.jsonl#5', true],
    ]);
    const failures = results.filter((r) => !r.ok);
    expect(failures.map((f) => (f.ok ? '' : f.kind))).toEqual(['malformed-json', 'malformed-json', 'not-vietnamese']);
  });

  it('uses the record\'s fields, converts the time to Vietnam\'s clock and does not repeat the title in the text', async () => {
    const [first, , , , last] = await readAll([`${FIXTURES}crawl.jsonl`]);
    if (!first?.ok || !last?.ok) throw new Error('expected articles');
    expect(first.article.title).toBe('Tỉnh họp bàn bảo đảm an toàn giao thông dịp lễ');
    expect(first.article.published).toBe('2024-04-25T16:05:00');
    expect(first.article.source).toBe('tinvidu.vn');
    expect(first.article.authors).toEqual(['Minh Tuấn']);
    expect(first.article.text.startsWith('Chiều 25/4')).toBe(true);
    expect(last.article.title).toBe('HĐND xã họp phiên thường kỳ');
    expect(last.article.published).toBe('2024-05-02');
  });
});
