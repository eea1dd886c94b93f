import { describe, expect, it } from 'vitest';
import { findBodies, findNamedBodies, listedBodyNames } from '../../../src/extract/bodies.js';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';

/** The names of the bodies a sentence names, as the article's list writes them. */
const bodyNames = (s: string): string[] => findNamedBodies(s).map((b) => b.name);
/** The names of the bodies the article's list gives for `text`. */
const listed = (text: string): string[] => extract(articleOf(text)).committees.map((c) => c.name);

describe('name-closed-by-abbreviation', () => {
  it('takes the bracketed abbreviation right after a name into it', () => {
    expect(bodyNames('Tổng công ty Vận tải Biển Phương Nam (Sowatco) đã báo cáo kết quả.')).toContain('Tổng công ty Vận tải Biển Phương Nam (Sowatco)');
    expect(bodyNames('Theo Bộ Tài nguyên và Môi trường (TN&MT), việc này cần làm sớm.')).toContain('Bộ Tài nguyên và Môi trường (TN&MT)');
  });
  it('reads a lower-case remit up to the bracket that closes it', () => {
    expect(bodyNames('Đại diện Hiệp hội sản xuất và kinh doanh gỗ (VIFOREST) cho rằng thị trường đang khó.')).toContain('Hiệp hội sản xuất và kinh doanh gỗ (VIFOREST)');
    expect(bodyNames('Cục Quản lý chất lượng nông sản (NAFIQAD) sẽ kiểm tra lô hàng.')).toContain('Cục Quản lý chất lượng nông sản (NAFIQAD)');
  });
  it('gives the span without the bracket, as a meeting\'s holder is written', () => {
    expect(findBodies('Hiệp hội sản xuất và kinh doanh gỗ (VIFOREST) tổ chức hội thảo.').map((b) => b.name)).toEqual(['Hiệp hội sản xuất và kinh doanh gỗ']);
  });
  it('does not join a second body into the first across "và"', () => {
    expect(bodyNames('Bộ Công Thương và Hiệp hội Da giày Việt Nam (LEFASO) phối hợp tổ chức.')).toEqual(['Bộ Công Thương', 'Hiệp hội Da giày Việt Nam (LEFASO)']);
  });
  it('reads "Tổ chức", "Cơ quan", "Trung tâm" as a body only when the bracket closes the name', () => {
    expect(bodyNames('Ông A, Trưởng đại diện Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) tại Hà Nội, cho biết.')).toContain('Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA)');
    expect(bodyNames('Tổ chức Hội nghị Sơ kết 6 tháng là việc cần làm ngay.')).toEqual([]);
    expect(bodyNames('Trung tâm Thành phố sẽ cấm xe tải vào giờ cao điểm.')).toEqual([]);
  });
  it('leaves a generic head with its own abbreviation bare, so it is not listed', () => {
    expect(listed('Ban quản lý (BQL) chợ đã họp với các tiểu thương.')).not.toContain('Ban quản lý (BQL)');
  });
});

describe('bare-generic-head', () => {
  it('lists no steering committee, standing board or council written with no name or place', () => {
    const names = findNamedBodies('Sau đó, Ban Chỉ đạo đã họp và Ban Thường vụ cho ý kiến; HĐND sẽ xem xét tại kỳ họp tới.').map((b) => b.name);
    expect(names).toEqual([]);
  });
  it('keeps the same heads when a place or name follows', () => {
    const names = findNamedBodies('Ban Thường vụ Tỉnh ủy Nam Định và HĐND tỉnh Thái Bình đã cho ý kiến.').map((b) => b.name);
    expect(names).toEqual(['Ban Thường vụ Tỉnh ủy Nam Định', 'HĐND tỉnh Thái Bình']);
  });
});

describe('known-body-abbreviation', () => {
  it('lists a body known by its short name alone', () => {
    const names = findNamedBodies('Theo khảo sát của VCCI, nhiều doanh nghiệp vẫn chờ PVN thanh toán.').map((b) => b.name);
    expect(names).toEqual(['VCCI', 'PVN']);
  });
  it('does not take a short name inside a longer word or a body already read', () => {
    expect(findNamedBodies('Mã VCCIX không phải tên một cơ quan.').map((b) => b.name)).toEqual([]);
    expect(findNamedBodies('Phòng Thương mại và Công nghiệp Việt Nam (VCCI) cho biết.').map((b) => b.name)).toEqual(['Phòng Thương mại và Công nghiệp Việt Nam (VCCI)']);
  });
});

describe('company-legal-form', () => {
  it('reads the legal form written in words before the firm\'s name', () => {
    expect(bodyNames('Ông B, Giám đốc Công ty TNHH Một thành viên Cấp nước Sóc Trăng, báo cáo.')).toContain('Công ty TNHH Một thành viên Cấp nước Sóc Trăng');
    expect(bodyNames('Cty trách nhiệm hữu hạn Minh Phát đã nộp hồ sơ.')).toContain('Cty trách nhiệm hữu hạn Minh Phát');
  });
});

describe('term-outside-meeting and one-body-two-spellings', () => {
  it('lists a body named with its term as the body itself unless it holds the meeting', () => {
    const m = listedBodyNames(['Quốc hội khóa XIV', 'HĐND tỉnh khóa XVI'], new Set(['HĐND tỉnh khóa XVI']));
    expect(m.get('Quốc hội khóa XIV')).toBe('Quốc hội');
    expect(m.get('HĐND tỉnh khóa XVI')).toBe('HĐND tỉnh khóa XVI');
  });
  it('lists a body written later by its bracketed abbreviation under the full name', () => {
    const m = listedBodyNames(['Bộ Ngoại giao (BNG)', 'Bộ BNG', 'BNG', 'Bộ Ngoại giao', 'Bộ Tài chính'], new Set());
    expect(m.get('Bộ Ngoại giao')).toBe('Bộ Ngoại giao (BNG)');
    expect(m.get('Bộ BNG')).toBe('Bộ Ngoại giao (BNG)');
    expect(m.get('BNG')).toBe('Bộ Ngoại giao (BNG)');
    expect(m.get('Bộ Tài chính')).toBe('Bộ Tài chính');
  });
  it('gives an article\'s list each body once', () => {
    const names = listed('Cử tri gửi kiến nghị tới Quốc hội khóa XV. Quốc hội sẽ xem xét. Theo Tập đoàn Than - Khoáng sản Việt Nam (Vinacomin), Vinacomin đã báo cáo.');
    expect(names.filter((n) => /Quốc hội/u.test(n))).toEqual(['Quốc hội']);
    expect(names.filter((n) => /Vinacomin/u.test(n))).toHaveLength(1);
  });
});
