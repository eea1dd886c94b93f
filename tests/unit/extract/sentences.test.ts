import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/sentences.js';

/** `text` splits into two sentences, the second being `second`, at its true offsets. */
/** The sentences' texts, in order. */
const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

function expectTwoSentences(text: string, second: string): void {
  const sentences = splitSentences(text);
  expect(sentences).toHaveLength(2);
  expect(sentences[1]!.text).toBe(second);
  expect(text.slice(sentences[1]!.start, sentences[1]!.end)).toBe(second);
}

describe('splitSentences', () => {
  it('splits at full stops and keeps offsets into the text', () => {
    const text = 'Sáng 5/1, hội nghị diễn ra. Đồng chí Lê Văn An phát biểu.';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Sáng 5/1, hội nghị diễn ra.', 'Đồng chí Lê Văn An phát biểu.']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not break after abbreviations, initials, dotted dates or "TP."', () => {
    const text = 'Ông Trần Văn Bình, Phó Chủ tịch UBND TP. Cần Thơ cùng GS.TS. Ngô Minh Châu và bà V. Petrova họp ngày 05.01.2023 tại TP.HCM về Ban Chỉ đạo T.Ư.';
    expect(splitSentences(text)).toHaveLength(1);
  });

  it('splits where the space after a full stop is missing', () => {
    const s = splitSentences('Các bên đã thống nhất quyết toán.Từ đó, hội nghị kết thúc.');
    expect(s.map((x) => x.text)).toEqual(['Các bên đã thống nhất quyết toán.', 'Từ đó, hội nghị kết thúc.']);
  });

  it('always splits at line breaks and numbers paragraphs', () => {
    const s = splitSentences('Tiêu đề bài viết\n\nĐoạn thứ hai');
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([['Tiêu đề bài viết', 0], ['Đoạn thứ hai', 1]]);
  });
});

describe('a full stop right after a complete dotted abbreviation', () => {
  it.each([
    ['Hội chợ hàng Việt diễn ra từ ngày 3 đến 7/5 tại TP.HCM. Đồng chí Lý Thành Công, Giám đốc Sở Công Thương phát biểu khai mạc.', 'Đồng chí Lý Thành Công, Giám đốc Sở Công Thương phát biểu khai mạc.'],
    ['Đoàn công tác làm việc với lãnh đạo UBND TP.HCM. Sau đó, đoàn thăm Khu công nghệ cao.', 'Sau đó, đoàn thăm Khu công nghệ cao.'],
  ])('ends the sentence: %s', (text, second) => {
    expectTwoSentences(text, second);
  });
  it('while "TP." before a city name still does not', () => {
    expect(splitSentences('Đồng chí Hà Văn Tâm làm việc tại TP. Cần Thơ. Chiều cùng ngày, đoàn về Hậu Giang.')).toHaveLength(2);
  });
});

describe('glued-headline-or-caption: a headline or caption run on into the next sentence', () => {

  it('starts a sentence at a dated time phrase or an opener after a lower-case word or a credit', () => {
    expect(texts('Bộ trưởng Lê Văn Hòa phát biểu tại cuộc họp Tại buổi làm việc, ông Trần Văn Nam cho biết tiến độ chậm.')).toEqual([
      'Bộ trưởng Lê Văn Hòa phát biểu tại cuộc họp', 'Tại buổi làm việc, ông Trần Văn Nam cho biết tiến độ chậm.',
    ]);
    expect(texts('Ảnh: Minh Khôi Ngày 5.7, Phó Thủ tướng Lê Văn Hòa đã nghe các bộ báo cáo.')).toEqual([
      'Ảnh: Minh Khôi', 'Ngày 5.7, Phó Thủ tướng Lê Văn Hòa đã nghe các bộ báo cáo.',
    ]);
    expect(texts('Khởi công cầu vượt cho cửa ngõ Tây Ninh Sáng 8-2, UBND tỉnh tổ chức lễ khởi công.')).toEqual([
      'Khởi công cầu vượt cho cửa ngõ Tây Ninh', 'Sáng 8-2, UBND tỉnh tổ chức lễ khởi công.',
    ]);
  });

  it('keeps a capitalised name, a day being celebrated and a title word inside their sentence', () => {
    expect(texts('Ông Trần Văn Tại phát biểu tại hội nghị.')).toHaveLength(1);
    expect(texts('Tỉnh tổ chức mít tinh kỷ niệm Ngày 27/7, có 500 đại biểu dự.')).toHaveLength(1);
    expect(texts('Báo cáo của Sở Nội vụ Theo dõi thi đua được gửi kèm.')).toHaveLength(1);
  });
});

describe('glued-stop-after-year: a sentence ending on a year glued to the next one', () => {
  it.each([
    ['Tỉnh đã hoàn thành kế hoạch năm 2017.Sở Tài chính báo cáo kết quả thu ngân sách.', 'Sở Tài chính báo cáo kết quả thu ngân sách.'],
    ['Dự án phải xong trước tháng 6/2018.Đồng chí Lò Văn Sơn yêu cầu các ngành phối hợp.', 'Đồng chí Lò Văn Sơn yêu cầu các ngành phối hợp.'],
  ])('splits after the year: %s', (text, second) => {
    expectTwoSentences(text, second);
  });
  it.each([
    'Có hơn 1.000.Người dân tham gia bỏ phiếu.',
    'Kế hoạch số 2017.UBND tỉnh ban hành.',
    'Đọc tin trên baomoi.com và TP.HCM với Q.1 và v.v.Các đại biểu N.V.A dự họp.',
  ])('leaves grouped numbers, acronyms and dotted forms whole: %s', (text) => {
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe('glued-stop-after-quote: a closing quotation or bracket, its full stop glued to the next sentence', () => {
  it.each([
    ['Đồng chí Trần Văn Lâm nhấn mạnh: “Phải hoàn thành trước mùa mưa”.Sau đó, đoàn kiểm tra công trình.', 'Sau đó, đoàn kiểm tra công trình.'],
    ['Hội nghị thông qua Nghị quyết (có hiệu lực từ tháng sau).Bà Lê Thị Thu phát biểu bế mạc.', 'Bà Lê Thị Thu phát biểu bế mạc.'],
  ])('splits after the quote or bracket: %s', (text, second) => {
    expectTwoSentences(text, second);
  });
  it('leaves a bracketed acronym before a glued stop whole', () => {
    expect(splitSentences('Đoàn làm việc tại Sở Y tế (TP.HCM).Ông Phan Văn Dũng dự.')).toHaveLength(1);
  });
});

describe('place-abbreviation-before-post', () => {
  it('ends the sentence at a place abbreviation\'s dot when a post or a form of address follows', () => {
    expect(texts('Số vụ tai nạn giảm mạnh nhờ sự vào cuộc của Công an TP. Bí thư Thành ủy Lê Văn An biểu dương lực lượng.'))
      .toEqual(['Số vụ tai nạn giảm mạnh nhờ sự vào cuộc của Công an TP.', 'Bí thư Thành ủy Lê Văn An biểu dương lực lượng.']);
    expect(texts('Đoàn công tác đã khảo sát các dự án tại Q. Đồng chí Trần Minh Hải đề nghị đẩy nhanh tiến độ.'))
      .toEqual(['Đoàn công tác đã khảo sát các dự án tại Q.', 'Đồng chí Trần Minh Hải đề nghị đẩy nhanh tiến độ.']);
  });
  it('keeps a place\'s name after its abbreviation', () => {
    expect(texts('Hội nghị diễn ra tại TP. Cần Thơ sáng 5/3.')).toHaveLength(1);
    expect(texts('Lãnh đạo TX. Sơn Tây và H. Ba Vì cùng dự.')).toHaveLength(1);
  });
});
