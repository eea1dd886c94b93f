import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../../src/article/index.js';
import { SEED_HAIPHONG, SEED_TINH, seedText } from './helpers.js';

const RELATED_TITLES = [
  'Trạm Cảnh sát giao thông An Hưng kịp thời xử lý ô tô khách chở quá 47 người',
  'Tài xế xe Limousine đánh võng trên cao tốc Hà Nội-Hải Phòng bị tước giấy phép lái xe',
  'Triệt xóa đường dây truyền bá văn hóa phẩm đồi trụy, khiêu dâm quy mô lớn',
  'Ban Chuyên đề An ninh Hải Phòng: Thăm, dâng hương tưởng niệm tại gia đình cố Đại tướng Võ Nguyên Giáp',
  'Nắng nóng gay gắt trên cả nước kéo dài đến ngày 30/4',
  'Tuyển sinh 2024: Hướng dẫn chi tiết cách đăng ký thi tốt nghiệp THPT trực tuyến',
];

describe('the Hải Phòng seed', () => {
  const a = readArticleText(seedText(SEED_HAIPHONG), { input: 'seeds/haiphong.txt' });

  it('takes the source from the "Nguồn tin" line and the author from the lone closing name', () => {
    expect(a.source).toBe('haiphong.gov.vn');
    expect(a.authors).toEqual(['Hoàng Tùng']);
    expect(a.text).not.toContain('Hoàng Tùng');
    expect(a.text).not.toContain('Nguồn tin');
  });

  it('removes the six "Tin khác" items, their teasers and dates, with the reason', () => {
    for (const t of RELATED_TITLES) {
      expect(a.text).not.toContain(t);
      expect(a.removed).toContainEqual({ reason: 'related-news', text: t });
    }
    expect(a.text).not.toContain('Tin khác');
    expect(a.text).not.toContain('28/04/2024');
    expect(a.text).not.toContain('27/04/2024');
  });

  it('removes the cookie notice and "Read More"', () => {
    expect(a.text).not.toMatch(/cookie|Read More/i);
    expect(a.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['cookie-notice', 'read-more']));
  });

  it('invents no publication date (the related news dates are not the article\'s)', () => {
    expect(a.published).toBeNull();
  });

  it('takes the first line as the title, keeps the story and ends at the story\'s last words', () => {
    expect(a.title).toBe(
      'Tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh, phản bác quan điểm sai trái, thù địch trong tình hình mới',
    );
    expect(a.text.startsWith('Chiều 6/2, Ban Chỉ đạo 35 thành phố tổ chức Hội nghị')).toBe(true);
    expect(a.text.endsWith('chống phá Đảng, Nhà nước, chế độ…')).toBe(true);
  });

  it('marks the two speaker photos as captions and keeps them in the text', () => {
    const captions = a.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.text);
    expect(captions).toEqual([
      'Đồng chí Vũ Thanh Chương, Giám đốc Công an thành phố phát biểu tại Hội nghị.',
      'Đồng chí Đỗ Mạnh Hiến, Phó Bí thư Thường trực Thành ủy phát biểu chỉ đạo Hội nghị.',
    ]);
    expect(a.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(5);
  });

  it('gives paragraph offsets that point into the text', () => {
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('the provincial seed (tinh)', () => {
  const a = readArticleText(seedText(SEED_TINH), { input: 'seeds/tinh.txt' });

  it('dates the article 2023-01-05, not by the page\'s "today" header of 2023-02-05', () => {
    expect(a.published?.slice(0, 10)).toBe('2023-01-05');
    expect(a.published).toBe('2023-01-05T14:50:59');
    expect(a.removed).toContainEqual({ reason: 'page-date-header', text: 'Chủ nhật, 05/02/2023, 10:44[GMT+7]' });
  });

  it('takes the title from the line after the date header', () => {
    expect(a.title).toBe('Chủ động nắm tình hình trên tất cả các lĩnh vực, đặc biệt trên không gian mạng');
  });

  it('reads "Tin:" and "Ảnh:" bylines as the authors and takes them out of the text', () => {
    expect(a.authors).toEqual(['Đào Quyên', 'Thành Tâm']);
    expect(a.text).not.toMatch(/Đào Quyên|Thành Tâm/);
  });

  it('removes the view counter and the video file line', () => {
    expect(a.removed).toContainEqual({ reason: 'view-counter', text: '16,988 lượt xem' });
    expect(a.removed).toContainEqual({ reason: 'media-file', text: 'Video: 050123_-_BAN_CHI_DAO_35.mp4?_t=1672915859' });
    expect(a.text).not.toMatch(/lượt xem|\.mp4/);
  });

  it('marks the three stand-alone photo captions, but not the chairing paragraph', () => {
    const captions = a.paragraphs.filter((p) => p.kind === 'caption').map((p) => p.text);
    expect(captions).toEqual([
      'Đồng chí Nguyễn Tiến Thành, Phó Bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng ban Chỉ đạo 35 phát biểu tại hội nghị.',
      'Đồng chí Phạm Đồng Thụy, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy, Phó Trưởng ban Chỉ đạo 35 phát biểu tại hội nghị.',
      'Thành viên Ban Chỉ đạo và đại biểu dự hội nghị.',
    ]);
    const chairing = a.paragraphs.find((p) => p.text.startsWith('Các đồng chí: Nguyễn Tiến Thành'));
    expect(chairing?.kind).toBe('body');
  });

  it('has no source it could not know, and a content-hash id', () => {
    expect(a.source).toBeNull();
    expect(a.id).toMatch(/^sha:[0-9a-f]{16}$/);
  });
});
