import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { findBodies } from '../../../src/extract/bodies.js';
import { articleOf } from './helpers.js';

const names = (xs: ReadonlyArray<{ name: string }>): string[] => xs.map((x) => x.name);
const organisers = (text: string): string[] => names(extract(articleOf(text)).meetings[0]?.organizers ?? []);
const chairs = (text: string): string[] => names(extract(articleOf(text)).meetings[0]?.chairs ?? []);

describe('national-remit-in-lower-case: a comma inside a national body\'s lower-case remit', () => {
  it('reads the body whole, comma and "quốc gia" included', () => {
    expect(names(findBodies('Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia đã họp phiên thường kỳ.'))).toEqual(['Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia']);
    expect(names(findBodies('Sáng 2/4, Hội đồng Tư vấn chính sách giáo dục, đào tạo quốc gia tổ chức phiên họp thứ nhất.'))).toEqual(['Hội đồng Tư vấn chính sách giáo dục, đào tạo quốc gia']);
  });

  it('keeps the chair whose post names such a body, and takes that body as the organiser', () => {
    const text = 'Chiều 5/3, Phó Thủ tướng Lê Văn Hải, Chủ tịch Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia đã chủ trì phiên họp quý I của Hội đồng nhằm đánh giá tình hình kinh tế vĩ mô.';
    expect(chairs(text)).toEqual(['Lê Văn Hải']);
    expect(organisers(text)).toEqual(['Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia']);
  });

  it('does not run a body on over a lower-case clause that never reaches "quốc gia"', () => {
    expect(names(findBodies('Hội đồng Tư vấn chính sách đã thảo luận, thống nhất cao.'))).not.toContain('Hội đồng Tư vấn chính sách đã thảo luận, thống nhất cao');
  });
});

describe('purpose-after-bare-head: "của Hội đồng nhằm …" names the body by its head alone', () => {
  it('takes no "Hội đồng nhằm …" as a body; the chair\'s council holds the meeting', () => {
    const text = 'Sáng 9/10, Phó Thủ tướng Đỗ Minh Quang, Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương chủ trì phiên họp của Hội đồng nhằm xét tặng danh hiệu Anh hùng Lao động.';
    expect(organisers(text)).toEqual(['Hội đồng Thi đua - Khen thưởng Trung ương']);
  });

  it('does not take a body owning the purpose ("… của Chính phủ") as the organiser', () => {
    const text = 'Chiều 1/7, Phó Thủ tướng Lê Văn Hải, Chủ tịch Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia đã chủ trì phiên họp quý II của Hội đồng nhằm xây dựng báo cáo phục vụ điều hành của Chính phủ.';
    expect(organisers(text)).toEqual(['Hội đồng Tư vấn chính sách tài chính, tiền tệ quốc gia']);
  });
});

describe('compound tails inside body names ("Dự trữ", "Tư vấn", "Nhà nước")', () => {
  it('does not cut a body inside "Dự trữ" or "Nhà nước"', () => {
    expect(names(findBodies('Ngày 12/5, Cục Dự trữ Nhà nước khu vực Vĩnh Phú tổ chức hội nghị sơ kết.'))).toEqual(['Cục Dự trữ Nhà nước khu vực Vĩnh Phú']);
    expect(names(findBodies('Ngày 3/4, Cục Dự trữ quốc gia tổ chức hội nghị tổng kết.'))).toEqual(['Cục Dự trữ quốc gia']);
    expect(names(findBodies('Sáng nay, Hội đồng Tư vấn Thuế đã họp.'))).toEqual(['Hội đồng Tư vấn Thuế']);
  });
});

describe('national-after-head: "quốc gia" in lower case right after the head', () => {
  it('reads "Ban Chỉ đạo quốc gia về …" whole and takes it as the organiser after "hội nghị của"', () => {
    expect(organisers('Sáng 20/6, Phó Thủ tướng Trương Văn Hòa chủ trì hội nghị của Ban Chỉ đạo quốc gia về phòng chống thiên tai. Hội nghị đánh giá công tác 6 tháng.')).toEqual(['Ban Chỉ đạo quốc gia về phòng chống thiên tai']);
    expect(names(findBodies('Chiều 3/8, Ủy ban quốc gia về người cao tuổi họp phiên thường kỳ.'))).toEqual(['Ủy ban quốc gia về người cao tuổi']);
    expect(names(findBodies('Ông Lê Văn Nam, Văn phòng quốc gia về tìm kiếm và cứu nạn Inđônêxia cho biết.'))).toContain('Văn phòng quốc gia về tìm kiếm và cứu nạn');
  });

  it('does not take "quốc gia" after the head when a lower-case word runs on', () => {
    expect(names(findBodies('Hội đồng quốc gia hóa các ngành đã họp.'))).toEqual([]);
    expect(names(findBodies('Theo Ủy ban quốc gia về Triều Tiên (NCNK), số lao động tăng.'))).toEqual([]);
    expect(names(findBodies('Ông Trần Văn Việt, Trợ lý Chủ tịch Ủy ban quốc gia APEC 2017 thông báo.'))).toContain('Ủy ban quốc gia APEC 2017');
  });
});

describe('remit-before-meets: a body, its remit, then "họp"', () => {
  it('takes the body as the organiser of the sitting it holds', () => {
    expect(organisers('Sáng 27/6, Đoàn giám sát của Quốc hội về chính sách tiền lương đã họp phiên thứ hai. Phó Chủ tịch Quốc hội Đỗ Bá Tỵ, Trưởng đoàn giám sát chủ trì phiên họp.')).toEqual(['Đoàn giám sát của Quốc hội']);
    expect(organisers('Chiều 14/9, Ủy ban Pháp luật của Quốc hội về dự án Luật Đất đai (sửa đổi) đã họp phiên toàn thể. Chủ nhiệm Ủy ban Pháp luật Lê Thị Thu chủ trì phiên họp.')).toEqual(['Ủy ban Pháp luật của Quốc hội']);
  });
});
