import { describe, expect, it } from 'vitest';
import { parseDateLine, parseDateValue, readArticleText } from '../../../src/article/index.js';
import { isCaption } from '../../../src/article/captions.js';
import { furnitureReason, isRelatedHeading } from '../../../src/article/furniture.js';
import { findInlineCredits, findTrailingCredit, readBylineLine } from '../../../src/article/bylines.js';
import { articleIdFromUrl, hostOf } from '../../../src/article/urls.js';

describe('dates', () => {
  it.each([
    ['Thứ 5, 05/01/2023 | 14:50:59', '2023-01-05T14:50:59'],
    ['05/01/2023 14:50', '2023-01-05T14:50'],
    ['ngày 5-1-2023', '2023-01-05'],
    ['Cập nhật: 08:15 ngày 3/4/2024', '2024-04-03T08:15'],
    ['Thứ Hai, 5 tháng 1 năm 2023', '2023-01-05'],
    ['2023-01-05T07:50:59Z', '2023-01-05T14:50:59'],
    ['05.01.2023', '2023-01-05'],
    ['Thứ Năm, ngày 05/01/2023 - 14:50 (GMT+07:00)', '2023-01-05T14:50'],
  ])('reads the dateline "%s"', (line, iso) => {
    const found = parseDateLine(line);
    expect(found).not.toBeNull();
    expect(found!.time ? `${found!.date}T${found!.time}` : found!.date).toBe(iso);
  });

  it('marks a site clock ("[GMT+7]") and refuses sentences and impossible dates', () => {
    expect(parseDateLine('Chủ nhật, 05/02/2023, 10:44[GMT+7]')?.clock).toBe(true);
    expect(parseDateLine('Sáng ngày 5/1/2023, Ban Chỉ đạo họp.')).toBeNull();
    expect(parseDateLine('31/02/2023')).toBeNull();
    expect(parseDateValue('2024-07-10T09:30:00+07:00')).toBe('2024-07-10T09:30:00');
  });

  it('tells the page\'s "today" header from the article\'s own date', () => {
    const a = readArticleText('Thứ hai, 10/06/2024 [GMT+7]\nHuyện họp giao ban\n08/06/2024 | 09:00\nSáng 8/6, UBND huyện họp giao ban tháng 6 bàn nhiệm vụ trọng tâm.');
    expect(a.published).toBe('2024-06-08T09:00');
    expect(a.removed.map((r) => r.reason)).toEqual(['page-date-header', 'published-date']);
  });

  it('takes no date from the body ("Chiều 6/2" has no year)', () => {
    expect(readArticleText('Tỉnh họp\n\nChiều 6/2/2023, Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I.').published).toBeNull();
  });
});

describe('furniture lines', () => {
  it.each([
    ['Tin liên quan:', 'related-news'],
    ['Bài liên quan', 'related-news'],
    ['XEM THÊM', 'related-news'],
    ['16,988 lượt xem', 'view-counter'],
    ['Lượt xem: 1.205', 'view-counter'],
    ['Video: hop-bao_2024.mp4?_t=1672915859', 'media-file'],
    ['anh-hoi-nghi-01.JPG', 'media-file'],
    ['This website uses cookies. See Our policy to learn more.', 'cookie-notice'],
    ['Read More', 'read-more'],
    ['Chia sẻ | In bài | Gửi email', 'share-widget'],
    ['Banner', 'share-widget'],
    ['Quảng cáo', 'share-widget'],
    ['news_is_not_ads=', 'script-residue'],
    ['page_type = "article";', 'script-residue'],
  ])('"%s" is %s', (line, reason) => {
    expect(furnitureReason(line)).toBe(reason);
  });

  it.each([
    'Tin khác của ông Nguyễn Văn A về dự án được làm rõ tại cuộc họp.',
    'Đại biểu chia sẻ kinh nghiệm triển khai nghị quyết ở cơ sở.',
    'Hơn 16.988 lượt người dân được tiếp cận dịch vụ công trực tuyến trong quý.',
    'Tags: hội nghị',
    'Mục tiêu: 100% hồ sơ được giải quyết đúng hạn.',
  ])('a story line is not furniture: "%s"', (line) => {
    expect(furnitureReason(line)).toBeNull();
    expect(isRelatedHeading(line)).toBe(false);
  });
});

describe('bylines', () => {
  it.each([
    ['Tin: Đào Quyên', ['Đào Quyên']],
    ['Ảnh: Thành Tâm', ['Thành Tâm']],
    ['Tin, ảnh: Minh Anh - Hoàng Hà', ['Minh Anh', 'Hoàng Hà']],
    ['Bài và ảnh: LÊ HOA', ['LÊ HOA']],
    ['(Ảnh: Ngọc Hân/TTXVN)', ['Ngọc Hân']],
    ['Ảnh: Internet', []],
  ])('"%s" gives %j', (line, names) => {
    expect(readBylineLine(line, false)?.authors).toEqual(names);
  });

  it('a lone name is a byline only where the story may close', () => {
    expect(readBylineLine('Hoàng Tùng', true)?.authors).toEqual(['Hoàng Tùng']);
    expect(readBylineLine('Hoàng Tùng', false)).toBeNull();
    expect(readBylineLine('PV', true)?.authors).toEqual([]);
    expect(readBylineLine('Hội nghị kết thúc lúc 11 giờ', true)).toBeNull();
  });

  it('finds a credit closing the last paragraph', () => {
    expect(findTrailingCredit('… trình UBND tỉnh. Dương Minh')?.authors).toEqual(['Dương Minh']);
    expect(findTrailingCredit('… với nhân dân. Hiền Lương (TTXVN)')?.authors).toEqual(['Hiền Lương']);
    expect(findTrailingCredit('… thực thi hiệp định. TTXVN/Tin Tức')).toMatchObject({ reason: 'source-credit', authors: [] });
    expect(findTrailingCredit('… năm sau. Theo PLO')).toMatchObject({ reason: 'source-credit', source: 'PLO' });
    expect(findTrailingCredit('… tại Hà Nội. Hà An - Theo VnExpress')).toMatchObject({ authors: ['Hà An'], source: 'VnExpress' });
    expect(findTrailingCredit('Chủ tịch UBND TP Nguyễn Văn Ba nói.')).toBeNull();
    expect(findTrailingCredit('Các đại biểu đã thông qua nghị quyết. Tất cả')).toBeNull();
  });

  it('cuts an inline photo credit where the next sentence starts', () => {
    const p = 'Quang cảnh buổi họp. Ảnh: Minh Phong Thủ tướng cũng yêu cầu Bộ Giao thông vận tải khẩn trương báo cáo.';
    const [c] = findInlineCredits(p);
    expect(c?.text).toBe('Ảnh: Minh Phong');
    expect(c?.authors).toEqual(['Minh Phong']);
    expect(findInlineCredits('Phát biểu của Bộ trưởng. Ảnh: VGP Kỳ họp thứ 5 bắt đầu.')[0]?.text).toBe('Ảnh: VGP');
    expect(findInlineCredits('Ảnh: Ban Kinh tế Trung ương Năm 2017 là năm bản lề.')).toEqual([]);
  });

  it('reads a photographer after the agency\'s slash ("Ảnh: VGP/Minh Khôi")', () => {
    expect(findInlineCredits('Thủ tướng phát biểu. Ảnh: VGP/Minh Khôi Sau đó, đoàn làm việc với tỉnh.')[0]?.authors).toEqual(['Minh Khôi']);
    expect(findInlineCredits('Quang cảnh hội nghị. Ảnh: TTXVN/Đức Tâm Hội nghị thống nhất các nội dung.')[0]?.authors).toEqual(['Đức Tâm']);
  });

  it('"Văn", "Trung", "Công" starting a photographer\'s name are no organisation', () => {
    expect(findInlineCredits('Bộ trưởng phát biểu. Ảnh: Văn Long Ngày 3.4, Bộ đã họp.')[0]?.authors).toEqual(['Văn Long']);
    expect(findInlineCredits('Quang cảnh lễ ký kết. Ảnh: Trung Kiên Tiếp đó, hai bên trao đổi.')[0]?.authors).toEqual(['Trung Kiên']);
    expect(findInlineCredits('Quang cảnh. Ảnh: Văn phòng Chính phủ')[0]?.authors ?? []).toEqual([]);
  });

  it('reads initials glued to a name ("N.THỦY", "P.Thủy", "Tr.Hoàng") and hyphened names', () => {
    expect(findInlineCredits('Lãnh đạo tỉnh thăm hỏi người dân. Ảnh: T.HÀ. Chị Lan cho biết đã ổn định.')[0]?.authors).toEqual(['T.HÀ']);
    expect(findTrailingCredit('… nguyên nhân vụ việc. K.Hòa - Ng.Minh')?.authors).toEqual(['K.Hòa', 'Ng.Minh']);
    expect(findTrailingCredit('… tiến độ sửa chữa cầu. H. LINH')?.authors).toEqual(['H. LINH']);
    expect(findTrailingCredit('… trong thời gian tới. Tr.Hoàng Mai Lan - Lê Phúc')?.authors).toEqual(['Tr.Hoàng', 'Mai Lan', 'Lê Phúc']);
    expect(findTrailingCredit('… vừa qua. Hải-Ninh (TTXVN)')?.authors).toEqual(['Hải-Ninh']);
  });

  it('a caption\'s credit without a colon ("Ảnh Ngọc Anh.")', () => {
    expect(findInlineCredits('Xe tải chạy qua cầu. Ảnh Thu Hà. Người dân mong cầu sớm được sửa.')[0]?.authors).toEqual(['Thu Hà']);
    expect(findInlineCredits('Đường vào xã sau mưa lũ. Ảnh Minh Quân. Chính quyền đã huy động lực lượng.')[0]?.authors).toEqual(['Minh Quân']);
  });

  it('"Theo <writer> /<agency>" gives the writer, and "CTV:" a contributor without the unit', () => {
    expect(findTrailingCredit('… trên thế giới. Theo Lan Chi /VGP')?.authors).toEqual(['Lan Chi']);
    expect(readBylineLine('Theo Quốc Việt /TTXVN', true)?.authors).toEqual(['Quốc Việt']);
    expect(readBylineLine('CTV: Mai Hoa (Trung tâm Văn hóa huyện)', false)?.authors).toEqual(['Mai Hoa']);
    expect(readBylineLine('Cộng tác viên: Đình Tú', false)?.authors).toEqual(['Đình Tú']);
  });

  it('a writer at an agency\'s desk ("Thu Hà/VOV.VN", "Lê Vinh/VOV-Trung tâm Tin", "CTV Quế Lan/VOV.VN")', () => {
    expect(findTrailingCredit('… đã được thông qua./. Ngọc Lam/VOV.VN')?.authors).toEqual(['Ngọc Lam']);
    expect(findTrailingCredit('… trong quý tới./. Lê Vinh/VOV-Trung tâm Tin')?.authors).toEqual(['Lê Vinh']);
    expect(findTrailingCredit('… của huyện./. Thu Hà/VOV - miền Trung')?.authors).toEqual(['Thu Hà']);
    expect(findTrailingCredit('… làm rõ vụ việc./. CTV Quế Lan/VOV.VN')?.authors).toEqual(['Quế Lan']);
    expect(findTrailingCredit('… tháng tới./. PV/VOV-Tây Bắc')).toMatchObject({ authors: [], reason: 'byline' });
    expect(readBylineLine('Hải Đăng/VOV-TP HCM', true)?.authors).toEqual(['Hải Đăng']);
  });

  it('"Theo <writer> (<outlet>)" gives the writer; "<writer>, Theo <outlet>" the writer and never the outlet', () => {
    expect(findTrailingCredit('… trong năm tới. Theo Hồng Vân (Nông nghiệp)')?.authors).toEqual(['Hồng Vân']);
    expect(findTrailingCredit('… sẽ được xử lý. Theo Quang Trí (Dân Việt)')?.authors).toEqual(['Quang Trí']);
    expect(findTrailingCredit('… trong tháng này. Mai Chi, Theo Thời Đại')).toMatchObject({ authors: ['Mai Chi'], source: 'Thời Đại' });
    expect(findTrailingCredit('… khó khăn. Bảo Ngọc / Theo Trí Thức Trẻ')).toMatchObject({ authors: ['Bảo Ngọc'], source: 'Trí Thức Trẻ' });
    expect(readBylineLine('Khánh Linh, Theo Tuổi Trẻ', true)?.authors).toEqual(['Khánh Linh']);
    expect(findTrailingCredit('… đang điều tra. Theo Vnexpress Theo Vnexpress')?.authors ?? []).toEqual([]);
  });

  it('a writer\'s note that the story is compiled or translated ("(tổng hợp)", "(T/h)", "(lược dịch)", "(theo X)")', () => {
    expect(findTrailingCredit('… đã được khắc phục. Bảo Trâm (tổng hợp)')?.authors).toEqual(['Bảo Trâm']);
    expect(findTrailingCredit('… trong mùa tới. Hữu Phước (T/h)')?.authors).toEqual(['Hữu Phước']);
    expect(findTrailingCredit('… với khu vực. Lan Khuê (lược dịch)')?.authors).toEqual(['Lan Khuê']);
    expect(findTrailingCredit('… hàng năm. Minh Đạt (theo The Times)')?.authors).toEqual(['Minh Đạt']);
    expect(findTrailingCredit('… làm rõ. Kiều Oanh (Tổng hợp theo báo Nhân Dân, Tiền Phong)')?.authors).toEqual(['Kiều Oanh']);
    expect(findTrailingCredit('… xem clip.  Play  Tú Anh (tổng hợp)')?.authors).toEqual(['Tú Anh']);
    expect(findTrailingCredit('… đang xem xét. Hội đồng (tổng hợp)')).toBeNull();
  });

  it('a prefixed byline closing the last paragraph ("… tiến độ. Tin, ảnh: Lê Hòa (TTXVN)"), and a credit after a bracketed note', () => {
    expect(findTrailingCredit('… trong quý III. Tin, ảnh: Lê Hòa (TTXVN)')?.authors).toEqual(['Lê Hòa']);
    expect(findTrailingCredit('… đúng tiến độ. Bài và ảnh: MINH TÂM - QUỐC HUY')?.authors).toEqual(['MINH TÂM', 'QUỐC HUY']);
    expect(findTrailingCredit('… phù hợp thực tế./. Thanh Vân, ảnh: Hà Linh')?.authors).toEqual(['Thanh Vân', 'Hà Linh']);
    expect(findTrailingCredit('… đang được làm rõ. (Tổng hợp) Ngọc Diệp')?.authors).toEqual(['Ngọc Diệp']);
    expect(findTrailingCredit('… như sau. Clip: Người dân tham gia giao thông giờ cao điểm')).toBeNull();
  });

  it('"Ảnh: FBNV" (the subject\'s Facebook) credits no person, nor the name of the next sentence', () => {
    expect(findInlineCredits('Nữ ca sĩ bên con gái. Ảnh: FBNV Minh Thư chia sẻ khoảnh khắc này.')[0]?.authors).toEqual([]);
    expect(findInlineCredits('Cặp đôi trong ngày cưới. (Ảnh: FBNV)')[0]?.authors).toEqual([]);
  });

  it('a station\'s acronym closing the story is no writer', () => {
    expect(readBylineLine('HYTV', true)).toBeNull();
    expect(readBylineLine('QTV', true)).toBeNull();
    expect(readBylineLine('HC', true)?.authors).toEqual(['HC']);
  });

  it('"Nguồn tin: <person>" is a writer, "Nguồn tin: <site or body>" a source', () => {
    const a = readArticleText('Hội nghị giao ban\n\nSáng 5/3, UBND huyện tổ chức hội nghị giao ban.\n\nNguồn tin: Bích Ngọc');
    expect([a.authors, a.source]).toEqual([['Bích Ngọc'], null]);
    const b = readArticleText('Hội nghị giao ban\n\nSáng 5/3, UBND huyện tổ chức hội nghị giao ban.\n\nNguồn tin: Văn phòng UBND huyện');
    expect([b.authors, b.source]).toEqual([[], 'Văn phòng UBND huyện']);
  });
});

describe('captions', () => {
  it.each([
    'Đồng chí Nguyễn Văn Hai, Bí thư Huyện ủy phát biểu tại hội nghị.',
    'Thành viên Ban Chỉ đạo và đại biểu dự hội nghị.',
    'Quang cảnh buổi làm việc.',
    'Các đại biểu dự phiên họp.',
    'Lãnh đạo tỉnh trao quà cho các gia đình chính sách. (Ảnh: Lê Minh)',
  ])('"%s" is a caption', (p) => {
    expect(isCaption(p)).toBe(true);
  });

  it.each([
    'Sáng ngày 5/1, Ban Chỉ đạo 35 của tỉnh tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.',
    'Các đồng chí: Lê Văn Tư, Chủ tịch UBND tỉnh chủ trì hội nghị. Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.',
    'Đồng chí Nguyễn Văn Hai đề nghị các xã hoàn thành kế hoạch trước ngày 30/6.',
  ])('"%s" is not a caption', (p) => {
    expect(isCaption(p)).toBe(false);
  });
});

describe('closing lines', () => {
  it('"Theo <outlet>" alone is a credit, a closing story line starting with "Theo" is not', () => {
    const a = readArticleText('Xã họp\n\nSáng 1/3, UBND xã họp bàn kế hoạch làm đường.\nTheo kế hoạch năm nay');
    expect(a.text.endsWith('Theo kế hoạch năm nay')).toBe(true);
    const b = readArticleText('Xã họp\n\nSáng 1/3, UBND xã họp bàn kế hoạch làm đường.\nTheo VOV');
    expect(b.removed).toContainEqual({ reason: 'source-credit', text: 'Theo VOV' });
  });
});

describe('titles', () => {
  it('does not repeat a known title as the first paragraph, but keeps it when it is all the text there is', () => {
    const title = 'Huyện họp bàn phòng chống hạn';
    const a = readArticleText(`${title}\nSáng 2/3, UBND huyện họp bàn các giải pháp phòng chống hạn mặn.`, { title });
    expect(a.text.startsWith('Sáng 2/3')).toBe(true);
    const b = readArticleText(`${title} cho vụ đông xuân năm nay.`, { title: `${title} cho vụ đông xuân năm nay.` });
    expect(b.text).toBe(`${title} cho vụ đông xuân năm nay.`);
  });
});

describe('ids and sources from URLs', () => {
  it('keeps the URL id readable and stable across trivial differences', () => {
    expect(articleIdFromUrl('http://www.baomoi.com/a/c/21471522.epi')).toBe('url:baomoi.com/a/c/21471522.epi');
    expect(articleIdFromUrl('https://baomoi.com/a/c/21471522.epi/?utm_source=x#top')).toBe('url:baomoi.com/a/c/21471522.epi');
    expect(articleIdFromUrl('not a url')).toBeNull();
    expect(hostOf('https://WWW.HaiPhong.gov.vn/tin')).toBe('haiphong.gov.vn');
  });

  it('falls back to a hash of the cleaned text, the same for the same text', () => {
    const a = readArticleText('Xã họp\n\nSáng 1/3, UBND xã họp bàn kế hoạch làm đường giao thông nông thôn.');
    const b = readArticleText('Xã họp\r\n\r\nSáng 1/3, UBND xã họp bàn kế hoạch làm đường giao thông nông thôn.\r\n');
    expect(a.id).toMatch(/^sha:/);
    expect(a.id).toBe(b.id);
  });
});

describe('live-update-stamp: the entries of a live report run together in one paragraph', () => {
  it.each([
    [
      'Tiếp xúc cử tri quận Hoàn Kiếm\nSáng 20/6, đoàn đại biểu Quốc hội tiếp xúc cử tri quận Hoàn Kiếm. Ảnh minh họa. • 2018-06-20 09:12 Kiến nghị về quy hoạch Cử tri Đỗ Văn Lâm phát biểu về quy hoạch treo. • 2018-06-20 08:40 Bắt đầu buổi tiếp xúc, ông Phạm Quang Hưng báo cáo kết quả kỳ họp.',
      ['• 2018-06-20 09:12', '• 2018-06-20 08:40'],
      'Bắt đầu buổi tiếp xúc, ông Phạm Quang Hưng báo cáo kết quả kỳ họp.',
    ],
    [
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh\n● 2019-12-03 14:05 Chiều nay, hội nghị bế mạc. Đồng chí Hoàng Thị Mai kết luận hội nghị.\n● 2019-12-03 08:30 Khai mạc hội nghị tại hội trường Tỉnh ủy.',
      ['● 2019-12-03 14:05', '● 2019-12-03 08:30'],
      'Khai mạc hội nghị tại hội trường Tỉnh ủy.',
    ],
  ])('takes the stamps out and makes each entry a paragraph', (input, stamps, last) => {
    const a = readArticleText(input);
    expect(a.removed.filter((r) => r.reason === 'live-update-time').map((r) => r.text)).toEqual(stamps);
    expect(a.text).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    expect(a.paragraphs.at(-1)!.text).toBe(last);
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text);
    // with no other date, the report was opened at its earliest entry
    expect(a.published).toBe(stamps.at(-1)!.replace(/^\S+\s+/u, '').replace(' ', 'T'));
    expect(readArticleText(input, { published: '2018-01-02' }).published).toBe('2018-01-02');
  });
  it('leaves a bullet without a time stamp and an ISO date inside a sentence alone', () => {
    const a = readArticleText('Họp Ban Chỉ đạo\n• Đồng chí Vũ Thị Hà chủ trì cuộc họp ngày 2018-06-20 10:00 tại trụ sở.');
    expect(a.removed.filter((r) => r.reason === 'live-update-time')).toEqual([]);
    expect(a.paragraphs).toHaveLength(1);
  });
});
