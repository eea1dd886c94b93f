import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/extract/names.js';
import { splitSentences } from '../../../src/extract/sentences.js';
import { extract } from '../../../src/extract/index.js';
import { articleOf, meetingPeople } from './helpers.js';

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

describe('numbered-list-on-one-line: "Dự hội nghị có: 1. A …. 2. B …" lists the attendees', () => {
  it('keeps a list number with its item (the dot after "1." ends no sentence)', () => {
    expect(splitSentences('Thành phần gồm: 1. Ông Trần Văn Hải, Giám đốc. 2. Bà Lê Thị Mai, Phó Giám đốc.').map((x) => x.text))
      .toEqual(['Thành phần gồm: 1. Ông Trần Văn Hải, Giám đốc.', '2. Bà Lê Thị Mai, Phó Giám đốc.']);
    expect(splitSentences('Hội nghị họp đến ngày 15. Ông Trần Văn Hải phát biểu.').map((x) => x.text))
      .toEqual(['Hội nghị họp đến ngày 15.', 'Ông Trần Văn Hải phát biểu.']);
  });

  it('makes every numbered item after the header an attendee', () => {
    const p = meetingPeople('Sáng 5/3, UBND tỉnh tổ chức hội nghị tổng kết, Chủ tịch UBND tỉnh Lê Văn Hòa chủ trì. Dự hội nghị có các đồng chí: 1. Ông Trần Văn Hải, Giám đốc Sở Tài chính. 2. Bà Lê Thị Mai, Phó Giám đốc Sở Y tế.');
    expect(p.attendees).toEqual(['Lê Văn Hòa', 'Trần Văn Hải', 'Lê Thị Mai']);
    const q = meetingPeople('Chiều 8/6, Sở Y tế họp giao ban quý II. Tham dự: 1. Ông Đỗ Văn Tài, Giám đốc Sở Y tế; 2. Bà Phan Thị Thu, Phó Giám đốc Sở Y tế.');
    expect(q.attendees).toEqual(['Đỗ Văn Tài', 'Phan Thị Thu']);
  });
});

describe('representative-aside: "A, thừa ủy quyền của …/thay mặt …, trình bày" speaks', () => {
  it('reads the verb after an aside of authority', () => {
    const p = meetingPeople('Sáng 4/5, Bộ Tài chính tổ chức hội nghị góp ý dự án luật. Bộ trưởng Bộ Tài chính Trần Văn Hải, thừa ủy quyền của Thủ tướng Chính phủ trình bày Tờ trình dự án Luật Quản lý thuế.');
    expect(p.speakers).toContain('Trần Văn Hải');
    const q = meetingPeople('Chiều 9/5, UBND tỉnh tổ chức hội nghị tổng kết. Ông Lê Văn Tám, thay mặt Ban Chỉ đạo tỉnh phát biểu tại hội nghị.');
    expect(q.speakers).toContain('Lê Văn Tám');
  });
});

describe('announcing-a-decision: "A công bố quyết định" at a meeting is addressing it', () => {
  it('makes the one who reads out a decision a speaker', () => {
    const p = meetingPeople('Ngày 11/5, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị triển khai quyết định về công tác cán bộ. Tại hội nghị, ông Lê Văn Tám, Phó Trưởng ban Tổ chức Tỉnh ủy đã công bố quyết định của Ban Thường vụ Tỉnh ủy.');
    expect(p.speakers).toEqual(['Lê Văn Tám']);
    const q = meetingPeople('Sáng 2/6, Sở Nội vụ tổ chức hội nghị công bố quyết định bổ nhiệm. Giám đốc Sở Nội vụ Phan Thị Thu công bố quyết định của Chủ tịch UBND tỉnh.');
    expect(q.speakers).toEqual(['Phan Thị Thu']);
  });
});

describe('attendance header with a longer event name: "Tới dự phiên bế mạc kỳ họp có …"', () => {
  it('makes everyone after "Tới dự … có" an attendee', () => {
    const p = meetingPeople('Sáng 20/6, Quốc hội họp phiên bế mạc kỳ họp thứ ba. Tới dự phiên bế mạc kỳ họp có Tổng Bí thư Trần Văn Hải, Chủ tịch nước Lê Văn Tám.');
    expect(p.attendees).toEqual(['Trần Văn Hải', 'Lê Văn Tám']);
    const q = meetingPeople('Chiều 3/7, HĐND tỉnh khai mạc kỳ họp thứ tư. Tới dự có Phó Chủ tịch Quốc hội Phan Thị Thu.');
    expect(q.attendees).toEqual(['Phan Thị Thu']);
  });
});

describe('title-tail-before-verb: "A, <title>, <rest of the title> cho biết" speaks', () => {
  it('reads the verb after a place or body the title parser left over', () => {
    const p = meetingPeople('Sáng 5/6, Sở GD-ĐT tổ chức cuộc họp về an toàn trường học. Tại cuộc họp, bà Phan Thị Thu, Phó trưởng phòng Giáo dục quận Ba Đình, Hà Nội cho biết: Sau khi tiếp nhận sự việc, phòng đã báo cáo kịp thời.');
    expect(p.speakers).toEqual(['Phan Thị Thu']);
    const q = meetingPeople('Sáng 5/6, Bộ LĐ-TB&XH tổ chức hội thảo về việc làm. Ông Đỗ Văn Tài, Thứ trưởng Bộ Lao động, Thương binh và Xã hội đã phát biểu khai mạc hội thảo.');
    expect(q.speakers).toEqual(['Đỗ Văn Tài']);
  });

  it('does not give the verb of a body written after a name with no title set off', () => {
    const p = meetingPeople('Sáng 5/6, UBND tỉnh tổ chức hội nghị tổng kết. Cùng với giải thưởng trao cho Thủ tướng Nhật Bản Shinzo Abe, Ban Tổ chức còn trao giải cho các doanh nghiệp.');
    expect(p.speakers).toEqual([]);
  });
});

const positionsOf = (text: string): Array<[string, string]> => extract(articleOf(text)).positions.map((p) => [p.person, p.title]);

describe('lower-case-deputy-prefix: "phó Tổng thống Mỹ A" holds the deputy post, not the head post', () => {
  it('keeps the lower-case "phó" in the post written before the name', () => {
    expect(positionsOf('Sáng 5/6, Thủ tướng Trần Văn Hải tiếp phó Tổng thống Mỹ John Carter tại trụ sở Chính phủ.'))
      .toContainEqual(['John Carter', 'phó Tổng thống Mỹ']);
    expect(positionsOf('Sáng 5/6, Thủ tướng Trần Văn Hải tiếp phó Tổng thống Mỹ John Carter tại trụ sở Chính phủ.'))
      .not.toContainEqual(['John Carter', 'Tổng thống Mỹ']);
    expect(positionsOf('Chiều 6/6, Chủ tịch nước Lê Văn Tám hội đàm với phó Thủ tướng Lào Khamla Vongsa.'))
      .toContainEqual(['Khamla Vongsa', 'phó Thủ tướng Lào']);
  });
});

describe('post-closing dots: a run of dots after a post is not part of it', () => {
  it('drops ".." and "…" closing a title', () => {
    expect(positionsOf('Sáng 5/6, Bộ Tài chính báo cáo Phó Thủ tướng Trần Văn Hải - Trưởng ban chỉ đạo của Chính phủ..'))
      .toContainEqual(['Trần Văn Hải', 'Trưởng ban chỉ đạo của Chính phủ']);
    expect(positionsOf('Cùng dự có bà Lê Thị Hoa, Giám đốc Sở Tài chính..'))
      .toContainEqual(['Lê Thị Hoa', 'Giám đốc Sở Tài chính']);
  });
});

describe('sentence-opener-glued-to-name: a caption without its full stop runs into "Theo …"', () => {
  it('cuts the next sentence\'s first word off the name', () => {
    expect(names('Thứ trưởng Bộ Tài chính Đỗ Văn Hải Theo Thứ trưởng, giá sẽ giảm.')).toEqual(['Đỗ Văn Hải']);
    expect(names('Bộ trưởng Phan Thị Thu Chiều cùng ngày, đoàn đi thăm nhà máy.')).toEqual(['Phan Thị Thu']);
  });

  it('keeps a given name that is also a common word', () => {
    expect(names('Ông Nguyễn Văn Hiện phát biểu.')).toEqual(['Nguyễn Văn Hiện']);
  });
});

describe('country-then-one-word: a country before a single foreign word leaves no name', () => {
  it('takes no person from "Syria Bashar" or "Saudi Arabia Adel"', () => {
    expect(names('Tổng thống Syria Bashar al-Assad đã phát biểu.')).toEqual([]);
    expect(names('Ngoại trưởng Saudi Arabia Adel al-Jubeir cho biết.')).toEqual([]);
  });

  it('still reads a two-word name after the country', () => {
    expect(names('Thủ tướng Malaysia Najib Razak dự hội nghị.')).toEqual(['Najib Razak']);
  });
});

describe('attendance header with "tham gia" or a side: "Tham gia cuộc họp có …", "Tham dự hội đàm về phía Việt Nam có …"', () => {
  it('makes the people after "Tham gia <meeting> có" attendees', () => {
    const p = meetingPeople('Chiều 5/6, Bộ Ngoại giao tổ chức cuộc họp về biển đảo. Tham gia cuộc họp có Thứ trưởng Lê Văn Tám và Vụ trưởng Phan Thị Thu.');
    expect(p.attendees).toEqual(['Lê Văn Tám', 'Phan Thị Thu']);
  });

  it('makes the people of one side of talks attendees', () => {
    const p = meetingPeople('Sáng 6/6, Thủ tướng Trần Văn Hải hội đàm với Thủ tướng Campuchia. Tham dự hội đàm về phía Việt Nam có Phó Thủ tướng Lê Văn Tám; Bộ trưởng Bộ Tài chính Phan Thị Thu.');
    expect(p.attendees).toEqual(['Trần Văn Hải', 'Lê Văn Tám', 'Phan Thị Thu']);
  });

  it('does not read "tham gia" without a meeting word as attendance', () => {
    const p = meetingPeople('Chiều 5/6, UBND tỉnh tổ chức hội nghị tổng kết. Tham gia dự án có Công ty của ông Lê Văn Tám, nay đã giải thể.');
    expect(p.attendees).not.toContain('Lê Văn Tám');
  });
});

describe('delegation-head: the head of a delegation that meets attends the meeting', () => {
  it('reads "tiếp Đoàn … do A … dẫn đầu" and "Đoàn … do B làm trưởng đoàn" as attendance', () => {
    const p = meetingPeople('Chiều 14/3, tại Trụ sở Chính phủ, Phó Thủ tướng Lê Văn Hòa tiếp Đoàn doanh nghiệp Singapore do ông Trần Minh Đức, Chủ tịch Hiệp hội Doanh nghiệp Singapore dẫn đầu.');
    expect(p.attendees).toEqual(['Lê Văn Hòa', 'Trần Minh Đức']);
    const q = meetingPeople('Sáng 9/8, tại Đà Nẵng đã diễn ra phiên họp lần thứ 12 của Ủy ban hợp tác hai tỉnh. Đoàn tỉnh Quảng Nam do Phó Chủ tịch UBND tỉnh Đỗ Văn Tài làm trưởng đoàn; Đoàn tỉnh Quảng Trị do Phó Chủ tịch UBND tỉnh Vũ Minh Khang làm trưởng đoàn.');
    expect(q.attendees).toEqual(['Đỗ Văn Tài', 'Vũ Minh Khang']);
  });

  it('reads "A dẫn đầu đoàn … hội đàm / làm việc với" as attendance', () => {
    const p = meetingPeople('Chiều 20/4, tại Nam Ninh đã diễn ra cuộc hội đàm đầu xuân giữa hai tỉnh. Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Minh dẫn đầu đoàn đại biểu tỉnh Lạng Sơn và Bí thư Khu ủy Quảng Tây Trương Hiểu Khâm dẫn đầu đoàn đại biểu Quảng Tây đã tiến hành hội đàm. Tại hội đàm, Bí thư Hoàng Văn Minh nhấn mạnh hai bên cần tăng cường hợp tác.');
    expect(p.attendees).toEqual(['Hoàng Văn Minh', 'Trương Hiểu Khâm']);
  });

  it('leaves out a delegation that inspects, or that will come', () => {
    const p = meetingPeople('Sáng 25/5, UBND tỉnh tổ chức hội nghị công bố quyết định về công tác cán bộ, Chủ tịch UBND tỉnh Hồ Văn Dũng chủ trì. Hiện đoàn kiểm tra do Phó Thủ tướng Trần Văn Lâm làm trưởng đoàn đang kiểm tra công tác cán bộ tại tỉnh.');
    expect(p.attendees).toEqual(['Hồ Văn Dũng']);
    const q = meetingPeople('Chiều 2/6, Bộ trưởng Bộ Công Thương Lê Minh Hải tiếp Đại sứ Nhật Bản. Tháng tới, đoàn doanh nghiệp Nhật Bản do ông Sato Kenji dẫn đầu sẽ làm việc với Bộ.');
    expect(q.attendees).not.toContain('Sato Kenji');
  });

  it('makes no meeting from a delegation head alone', () => {
    expect(extract(articleOf('Đoàn công tác do Thứ trưởng Bộ Y tế Nguyễn Văn Bình dẫn đầu. Đoàn đã đi thăm bệnh viện huyện.')).meetings).toEqual([]);
  });
});

describe('speech-dated-another-day: a statement dated to another day, before its speaker, was not made at the meeting', () => {
  it('drops one who speaks only in a sentence dated another day', () => {
    const p = meetingPeople('Sáng 12/6, UBND thành phố tổ chức cuộc họp về tiến độ dự án đường sắt đô thị, Phó Chủ tịch UBND thành phố Lê Văn Hòa chủ trì. Ngày 19/2, ông Trần Minh Đức, Tổng Giám đốc Ban Quản lý dự án cho biết đoàn tàu đầu tiên đã về đến cảng.');
    expect(p.speakers).toEqual([]);
    expect(p.attendees).toEqual(['Lê Văn Hòa']);
    const q = meetingPeople('Chiều 3/7, Sở Y tế tổ chức họp báo về dịch sốt xuất huyết, Giám đốc Sở Y tế Đỗ Văn Tài chủ trì. Trao đổi với phóng viên chiều 29/6, bà Phan Thị Thu, Phó Giám đốc Sở Y tế cho biết số ca mắc đã giảm.');
    expect(q.speakers).not.toContain('Phan Thị Thu');
  });

  it('keeps a speaker whose sentence dates what is reported, or the meeting itself', () => {
    const p = meetingPeople('Sáng 12/6, UBND thành phố tổ chức cuộc họp về tiến độ dự án, Phó Chủ tịch UBND thành phố Lê Văn Hòa chủ trì. Ông Trần Minh Đức, Tổng Giám đốc Ban Quản lý dự án cho biết ngày 19/2 đoàn tàu đầu tiên đã về đến cảng.');
    expect(p.speakers).toContain('Trần Minh Đức');
    const q = meetingPeople('Sáng 12/6, UBND thành phố tổ chức cuộc họp về tiến độ dự án, Phó Chủ tịch UBND thành phố Lê Văn Hòa chủ trì. Sáng 12/6, ông Trần Minh Đức, Tổng Giám đốc Ban Quản lý dự án cho biết đoàn tàu đã về đến cảng.');
    expect(q.speakers).toContain('Trần Minh Đức');
  });
});

describe('chair-and-speak / speech-named-after-speaker: the speech named right after its subject', () => {
  it('makes "A chủ trì, phát biểu khai mạc" and "B chủ trì và phát biểu chỉ đạo" speakers', () => {
    const p = meetingPeople('Sáng 6/3, tại Hà Nội, Ban Chấp hành Đảng bộ tỉnh họp hội nghị lần thứ tư. Đồng chí Bí thư Tỉnh ủy Lê Văn Hòa chủ trì, phát biểu khai mạc và bế mạc hội nghị.');
    expect(p.speakers).toEqual(['Lê Văn Hòa']);
    const q = meetingPeople('Chiều 4/9, Sở Y tế tổ chức hội nghị sơ kết công tác phòng dịch. Giám đốc Sở Y tế Đỗ Văn Tài chủ trì và phát biểu chỉ đạo hội nghị.');
    expect(q.speakers).toEqual(['Đỗ Văn Tài']);
  });

  it('makes the subject of "A trong lời phát biểu bế mạc … đã đánh giá" a speaker, not a person named as its object', () => {
    const p = meetingPeople('Sáng 21/6, kỳ họp thứ ba HĐND tỉnh đã bế mạc. Chủ tịch HĐND tỉnh Trần Minh Đức trong lời phát biểu bế mạc kỳ họp đã đánh giá cao tinh thần thảo luận của đại biểu.');
    expect(p.speakers).toEqual(['Trần Minh Đức']);
    const q = meetingPeople('Sáng 21/6, kỳ họp thứ ba HĐND tỉnh đã bế mạc, Chủ tịch HĐND tỉnh Trần Minh Đức chủ trì. Chủ tịch HĐND tỉnh Trần Minh Đức đã nhắc đến việc khen thưởng ông Vũ Minh Khang trong bài phát biểu bế mạc kỳ họp.');
    expect(q.speakers).not.toContain('Vũ Minh Khang');
  });
});

describe('hospital-named-like-a-person: two capitalised words after "Bệnh viện" name the hospital', () => {
  it('takes no person from "Bệnh viện Bạch Mai" or "bệnh viện Chợ Rẫy" closing a post', () => {
    expect(names('PGS.TS Lê Văn Hòa, Phó Viện trưởng Viện Tim mạch Bệnh viện Bạch Mai khẳng định bệnh nhân đã ổn định.')).toEqual(['Lê Văn Hòa']);
    expect(names('Ông Trần Minh Đức, Trưởng khoa Cấp cứu bệnh viện Chợ Rẫy cho biết.')).toEqual(['Trần Minh Đức']);
  });

  it('reads the person written after the hospital name', () => {
    expect(names('Giám đốc Bệnh viện Bạch Mai Đỗ Văn Tài phát biểu.')).toEqual(['Đỗ Văn Tài']);
  });
});
