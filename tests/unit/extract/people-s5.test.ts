import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/extract/names.js';

const names = (s: string): string[] => findNames(s).map((n) => n.name);

describe('surname-inside-place-name: a surname syllable inside a country or region name starts no person', () => {
  it('finds no person in "Bồ Đào Nha" or "Tây Ban Nha" written alone after a title', () => {
    expect(names('Đại sứ Bồ Đào Nha tại Hà Nội đã đến dự buổi tiếp.')).toEqual([]);
    expect(names('Đoàn doanh nghiệp Tây Ban Nha làm việc với tỉnh.')).toEqual([]);
  });

  it('finds no person in a region name opening with a surname ("Châu Âu", "Mông Cổ")', () => {
    expect(names('Liên minh Châu Âu hỗ trợ dự án này.')).toEqual([]);
    expect(names('Ông Trần Văn Hải tiếp Đại sứ Mông Cổ.')).toEqual(['Trần Văn Hải']);
  });

  it('still reads the foreign leader named after the country', () => {
    expect(names('Thủ tướng Bồ Đào Nha Antonio Costa đã hội đàm.')).toEqual(['Antonio Costa']);
  });
});

describe('locality-named-like-a-person: two capitalised words after "xã", "quận", "huyện" … name the locality', () => {
  it('takes no person from a commune or district named like one', () => {
    expect(names('Phó Chủ tịch UBND quận Hoàng Mai cho biết sẽ kiểm tra.')).toEqual([]);
    expect(names('Đoàn công tác về UBND xã Đồng Tâm làm việc với người dân.')).toEqual([]);
  });

  it('reads the person written after the locality name', () => {
    expect(names('Chủ tịch UBND quận Hoàng Mai Lê Văn Tám phát biểu.')).toEqual(['Lê Văn Tám']);
    expect(names('Bí thư Huyện ủy huyện Gia Lâm Nguyễn Thị Hoa chủ trì.')).toEqual(['Nguyễn Thị Hoa']);
  });

  it('keeps a person written right after "tỉnh" (the province already named)', () => {
    expect(names('Phó Chủ tịch UBND tỉnh Trần Văn Châu nói.')).toEqual(['Trần Văn Châu']);
    expect(names('Phó Chủ tịch UBND tỉnh Hà Sỹ phát biểu.')).toEqual(['Hà Sỹ']);
  });
});
