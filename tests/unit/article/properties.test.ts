import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleReadError, readArticleText } from '../../../src/article/index.js';
import { readArticleHtml } from '../../../src/article/html.js';

/** Pieces real pages are made of, mixed at random. */
const piece = fc.constantFrom(
  'Sáng 5/1, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết.',
  'Đồng chí Lê Văn Ba, Chủ tịch UBND huyện phát biểu tại hội nghị.',
  'Tin khác',
  '28/04/2024',
  'Chủ nhật, 05/02/2023, 10:44[GMT+7]',
  'Thứ 5, 05/01/2023 | 14:50:59',
  '16,988 lượt xem',
  'Video: a.mp4',
  'Tin: Mai Anh',
  'Hoàng Tùng',
  'Nguồn tin: vidu.gov.vn',
  'Read More',
  '(HNM) - Chiều 3/3, Thành ủy họp.',
  'Ảnh: Minh Phong Thủ tướng yêu cầu.',
  '…',
  '',
  '\u00a0\u200b',
  'Äá»“ng chÃ­',
);

const check = (f: () => unknown): void => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleReadError);
  }
};

describe('any input', () => {
  it('gives a valid article with consistent offsets, or a clear ArticleReadError — never a crash', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 12 }), fc.constantFrom('\n', '\n\n', '\r\n'), (parts, sep) => {
        check(() => {
          const a = readArticleText(parts.join(sep));
          for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text);
          expect(a.text.normalize('NFC')).toBe(a.text);
          expect(a.text).not.toMatch(/[\u00a0\u200b\r]/);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('HTML made of arbitrary strings never crashes either', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 8 }), (parts) => {
        check(() => readArticleHtml(`<html><body>${parts.map((p) => `<p>${p}</p>`).join('')}</body></html>`));
      }),
      { numRuns: 100 },
    );
  });
});
