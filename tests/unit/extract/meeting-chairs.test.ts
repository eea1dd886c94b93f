import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';
import { datedInItsPhrase, findKind } from '../../../src/extract/meeting.js';

const names = (xs: ReadonlyArray<{ name: string }>): string[] => xs.map((x) => x.name);
const chairs = (text: string): string[] => names(extract(articleOf(text)).meetings[0]?.chairs ?? []);

describe('chairs: a list opened by "Chủ trì … có"', () => {
  it('reads every person after "Chủ trì hội nghị có các đồng chí:" as a chair', () => {
    expect(chairs('Sáng 10/3, Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I. Chủ trì hội nghị có các đồng chí: Nguyễn Văn Thắng, Bí thư Tỉnh ủy; Lê Thị Hoa, Phó Bí thư Thường trực Tỉnh ủy; Trần Quốc Bảo, Chủ tịch UBND tỉnh.'))
      .toEqual(['Nguyễn Văn Thắng', 'Lê Thị Hoa', 'Trần Quốc Bảo']);
  });

  it('reads "Đồng chủ trì hội nghị có đồng chí A … và đồng chí B …" without a colon, and stops at the attendance', () => {
    expect(chairs('Sáng 10/3, UBND tỉnh tổ chức hội nghị trực tuyến về phòng chống dịch. Đồng chủ trì hội nghị có đồng chí Nguyễn Văn Thắng, Chủ tịch UBND tỉnh và đồng chí Lê Thị Hoa, Phó Chủ tịch UBND tỉnh; cùng dự có ông Phạm Văn Nam, Giám đốc Sở Y tế.'))
      .toEqual(['Nguyễn Văn Thắng', 'Lê Thị Hoa']);
  });
});

describe('chairs: co-chairs listed with dashes', () => {
  it('reads "A - <chức vụ>; B - <chức vụ> … - đồng chủ trì hội nghị" with three or more co-chairs', () => {
    expect(chairs('Ông Nguyễn Đức Minh - Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; ông Mai Văn Chính - Phó Chủ tịch Tổng LĐLĐVN; bà Nguyễn Thị Tâm - Chủ tịch LĐLĐ thành phố; ông Phạm Quốc Hùng - Trưởng ban Quản lý các KCN - đồng chủ trì hội nghị đối thoại sáng 19/5.'))
      .toEqual(['Nguyễn Đức Minh', 'Mai Văn Chính', 'Nguyễn Thị Tâm', 'Phạm Quốc Hùng']);
    expect(chairs('Chiều 2/6, bà Lê Thị Thu - Chủ tịch HĐND huyện; ông Vũ Văn Hải - Chủ tịch UBND huyện - đồng chủ trì hội nghị tiếp xúc cử tri.'))
      .toEqual(['Lê Thị Thu', 'Vũ Văn Hải']);
  });
});

describe('chairs: the subject of "… khi chủ trì <cuộc họp>"', () => {
  it('takes the person who spoke "khi chủ trì cuộc họp" as its chair', () => {
    expect(chairs('Bộ trưởng Bộ Tư pháp Trần Văn Long đã chỉ đạo như trên khi chủ trì cuộc họp nghe báo cáo dự thảo Nghị định chiều 10/2.')).toEqual(['Trần Văn Long']);
    expect(chairs('Chủ tịch UBND tỉnh Lê Văn Hùng nhấn mạnh điều này lúc chủ trì hội nghị triển khai kế hoạch phòng chống thiên tai sáng 4/6.')).toEqual(['Lê Văn Hùng']);
  });
});

describe('chairs: the head of the holding body who addressed it', () => {
  it('makes the head of the organising body chair when nobody is said to chair', () => {
    expect(chairs('Cần nỗ lực hoàn thành các chỉ tiêu đã đề ra. Đó là yêu cầu của đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh, tại phiên họp thường kỳ Ủy ban nhân dân tỉnh tháng 6 diễn ra ngày 22/6.')).toEqual(['Nguyễn Văn Sơn']);
    expect(chairs('Sáng 5/7, Thường trực HĐND tỉnh tổ chức cuộc họp giao ban tháng 7. Phát biểu tại cuộc họp, ông Lê Văn Hòa, Chủ tịch HĐND tỉnh yêu cầu các ban chuẩn bị tốt kỳ họp.')).toEqual(['Lê Văn Hòa']);
  });

  it('does not make a deputy or a guest chair', () => {
    expect(chairs('Sáng 5/7, Thường trực HĐND tỉnh tổ chức cuộc họp giao ban tháng 7. Phát biểu tại cuộc họp, ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh đề nghị các ban chuẩn bị tốt kỳ họp.')).toEqual([]);
  });
});

describe('meetings mentioned in passing', () => {
  it('gives no meeting when nobody chairs, no body holds it and nobody is placed at it', () => {
    expect(extract(articleOf('Ngày 12/4, Tổng thống nước này đã chủ trì cuộc họp với các cố vấn an ninh tại thủ đô. Ông John Smith cho biết các bên sẽ họp tiếp vào tuần tới.')).meetings).toEqual([]);
    expect(extract(articleOf('Trước đó, các nhà đầu tư đã có cuộc gặp với đối tác nước ngoài. Ông Nguyễn Văn An, Chủ tịch Hội đồng quản trị Công ty cổ phần Sông Đà cho biết doanh thu quý I tăng 20%.')).meetings).toEqual([]);
  });

  it('keeps a meeting told through a person speaking at it', () => {
    const e = extract(articleOf('Chiều 3/4, tại buổi làm việc với các doanh nghiệp, ông Lê Văn Hải, Phó Chủ tịch Hiệp hội Dệt may cho biết đơn hàng quý II giảm.'));
    expect(e.meetings.length).toBe(1);
  });
});

describe('chairs: running a bridge point is not chairing', () => {
  it('does not make the officials who "điều hành điểm cầu" chairs of the online conference', () => {
    const text = 'Chiều 10/7, Phó Thủ tướng Lê Minh Hải chủ trì hội nghị trực tuyến toàn quốc về công tác thanh tra. Ông Đặng Văn Sơn, Phó Chủ tịch UBND tỉnh và ông Võ Văn Phúc, Chánh Thanh tra tỉnh điều hành điểm cầu tỉnh Hà Tĩnh.';
    expect(chairs(text)).toEqual(['Lê Minh Hải']);
    expect(chairs('Sáng 3/2, Bộ trưởng Bộ Y tế Trần Thị Lan chủ trì hội nghị trực tuyến với 63 tỉnh. Ông Phạm Văn Tú, Giám đốc Sở Y tế điều hành tại điểm cầu tỉnh Nghệ An.')).toEqual(['Trần Thị Lan']);
  });
});

describe('organisers: a caption glued to the chair\'s post', () => {
  it('takes the body alone from a post with a caption after it', () => {
    const e = extract(articleOf('Sáng ngày 14/6, ông Nguyễn Văn Đức chủ trì buổi làm việc với trường đại học. Ông Nguyễn Văn Đức – Chủ tịch UBND tỉnh Nghệ An ủng hộ chiến lược tái cấu trúc của trường.'));
    expect(names(e.meetings[0]?.organizers ?? [])).toEqual(['UBND tỉnh Nghệ An']);
  });
});

describe('chairs: the one official who gives directions at a meeting told through them', () => {
  const chairsOf = (text: string): string[] => (extract(articleOf(text)).meetings[0]?.chairs ?? []).map((c) => c.name);

  it('takes him as chair when nobody is said to chair', () => {
    expect(chairsOf('Tại cuộc họp của Ban chỉ đạo Bộ Tài chính về sắp xếp doanh nghiệp, Thứ trưởng Bộ Tài chính Lê Văn Khoa đã yêu cầu các đơn vị hoàn thành báo cáo trước ngày 15/3.')).toEqual(['Lê Văn Khoa']);
    expect(chairsOf('Tại hội nghị của Sở Y tế về phòng chống dịch, Phó Giám đốc Sở Y tế Trần Thị Nga yêu cầu các bệnh viện tăng cường giám sát.')).toEqual(['Trần Thị Nga']);
  });

  it('takes nobody when two officials give directions', () => {
    expect(chairsOf('Tại cuộc họp của Ban chỉ đạo Bộ Tài chính, Thứ trưởng Bộ Tài chính Lê Văn Khoa đã yêu cầu các đơn vị hoàn thành báo cáo. Vụ trưởng Vụ Ngân sách Phạm Văn Hùng yêu cầu các tổng công ty rà soát lại số liệu.')).toEqual([]);
  });
});

describe('chairs: "A tổ chức và chủ trì <cuộc họp>"', () => {
  it('takes the one who organised and chaired the meeting as its chair', () => {
    const a = extract(articleOf('Ngày 3/8, Bộ trưởng Bộ Xây dựng Lê Văn Hòa đã tổ chức và chủ trì cuộc họp về quy hoạch nhà ga.')).meetings[0];
    expect(a?.chairs.map((c) => c.name)).toEqual(['Lê Văn Hòa']);
    const b = extract(articleOf('Sáng 9/11, Chủ tịch UBND tỉnh Trần Văn Nam tổ chức và chủ trì hội nghị đối thoại với doanh nghiệp.')).meetings[0];
    expect(b?.chairs.map((c) => c.name)).toEqual(['Trần Văn Nam']);
  });
});

describe('chairs: chair-appositive ("A, người chủ trì cuộc họp, …")', () => {
  it('takes the person the aside calls the one who chaired', () => {
    expect(chairs('Sáng 4/3, ông Lê Văn Hải, Phó Chủ tịch UBND huyện Yên Lạc, người chủ trì cuộc họp về đất đai, cho biết đã xử lý dứt điểm vụ việc.')).toEqual(['Lê Văn Hải']);
    expect(chairs('Chiều 9/10, Thủ tướng Nhật Bản Yamada Taro, người chủ trì hội nghị, cam kết thúc đẩy thương mại tự do.')).toEqual(['Yamada Taro']);
  });

  it('does not take a person who is only said to be chosen to chair later', () => {
    expect(chairs('Sáng 4/3, ông Lê Văn Hải, Phó Chủ tịch UBND huyện Yên Lạc cho biết người chủ trì cuộc họp tới sẽ là Sở Xây dựng.')).toEqual([]);
  });
});

describe('meetings: body-meets-under-chair ("<Body> đã họp dưới sự chủ trì của A")', () => {
  it('reports the session of the body that met under the named chair, the body holding it', () => {
    const a = extract(articleOf('Ngày 12/4, tại trụ sở Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã họp dưới sự chủ trì của đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy, để xem xét công tác cán bộ.')).meetings[0];
    expect(a?.date).toBe('--04-12');
    expect(a?.organizers.map((o) => o.name)).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(a?.chairs.map((c) => c.name)).toEqual(['Lê Văn Tâm']);
    const b = extract(articleOf('Sáng 3/9, dưới sự chủ trì của Chủ tịch Trần Văn Nam, Hội đồng quản trị Tổng công ty Lương thực họp phiên thường kỳ tháng 9.')).meetings[0];
    expect(b?.chairs.map((c) => c.name)).toEqual(['Trần Văn Nam']);
  });

  it('reports nothing when the body only will meet', () => {
    expect(extract(articleOf('Ngày 12/4, Ban Thường vụ Tỉnh ủy sẽ họp dưới sự chủ trì của đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy.')).meetings).toEqual([]);
  });
});

describe('chairs: posts written with their usual abbreviations (lexicon: roles "PCT", "Phó CT", "GĐ", "PGĐ", "TGĐ" …)', () => {
  const first = (text: string) => extract(articleOf(text)).meetings[0];
  it('reads "PCT UBND …" and "Phó CT UBND …" before or after the name as the chair\'s post, and the UBND as organiser', () => {
    const a = first('Chiều 6/4, ông Trần Văn Hải – PCT UBND TP Hải Dương chủ trì buổi họp báo về vụ cháy chợ Cống.');
    expect(names(a?.chairs ?? [])).toEqual(['Trần Văn Hải']);
    expect(names(a?.organizers ?? [])).toEqual(['UBND TP Hải Dương']);
    const b = first('Sáng 12/9, Phó CT UBND tỉnh Lê Thị Mai chủ trì cuộc họp bàn phương án chống hạn cho vụ đông.');
    expect(names(b?.chairs ?? [])).toEqual(['Lê Thị Mai']);
    expect(names(b?.organizers ?? [])).toEqual(['UBND tỉnh']);
  });

  it('reads "PBT Tỉnh ủy" and "CT UBND tỉnh" in a chain of posts', () => {
    expect(chairs('Sáng 5/3, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024. Đồng chí Trần Văn Hải, PBT Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.')).toEqual(['Trần Văn Hải']);
    const e = extract(articleOf('Sáng 9/6, đồng chí Hoàng Thị Lan, CT UBND huyện chủ trì cuộc họp bàn công tác phòng chống hạn.'));
    expect(names(e.meetings[0]?.chairs ?? [])).toEqual(['Hoàng Thị Lan']);
    expect(names(e.meetings[0]?.organizers ?? [])).toEqual(['UBND huyện']);
  });

  it('reads "GĐ Sở …" and "PGĐ …" as posts, kept as written, expanded in full', () => {
    const e = extract(articleOf('Sáng 5/3, Sở Văn hóa tỉnh tổ chức hội nghị về du lịch. Ông Trần Văn Hải, GĐ Sở Văn hóa và bà Phạm Thu Hà, PGĐ Sở Du lịch đồng chủ trì hội nghị.'));
    expect(names(e.meetings[0]?.chairs ?? [])).toEqual(['Trần Văn Hải', 'Phạm Thu Hà']);
    expect(e.positions.map((p) => [p.person, p.title, p.expanded])).toEqual([
      ['Trần Văn Hải', 'GĐ Sở Văn hóa', 'Giám đốc Sở Văn hóa'],
      ['Phạm Thu Hà', 'PGĐ Sở Du lịch', 'Phó Giám đốc Sở Du lịch'],
    ]);
  });
});

describe('chairs: a list opened by "Dự và chủ trì … có" (pattern: attend-and-chair-opening)', () => {
  it('reads the people after "Dự và chủ trì hội nghị có đồng chí …" in the sentence as chairs', () => {
    expect(chairs('Sáng 5/3, UBND tỉnh tổ chức hội nghị bàn giải pháp phát triển du lịch. Dự và chủ trì hội nghị có đồng chí Trần Văn Hải, Phó Chủ tịch UBND tỉnh.'))
      .toEqual(['Trần Văn Hải']);
    expect(chairs('Chiều 14/8, Sở Y tế tổ chức cuộc họp báo về dịch sốt xuất huyết. Tham dự và chủ trì cuộc họp báo có ông Lê Quang Vinh, Giám đốc Sở Y tế và bà Ngô Thị Lan, Phó Giám đốc Sở Y tế.'))
      .toEqual(['Lê Quang Vinh', 'Ngô Thị Lan']);
  });

  it('reads one person per line after "Dự và chủ trì hội nghị có các đồng chí:" as chairs', () => {
    expect(chairs('Sáng 5/3, UBND tỉnh tổ chức hội nghị bàn giải pháp phát triển du lịch.\nDự và chủ trì hội nghị có các đồng chí:\nĐồng chí Trần Văn Hải, Phó Chủ tịch UBND tỉnh;\nĐồng chí Lê Văn Nam, Giám đốc Sở Văn hóa.\nHội nghị đã nghe báo cáo tình hình du lịch.'))
      .toEqual(['Trần Văn Hải', 'Lê Văn Nam']);
  });
});

describe('chairs: a title whose body has a comma in its name (pattern: title-tail-before-verb, chair verbs)', () => {
  it('reads "A, Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì" with the rest of the body between title and verb', () => {
    expect(chairs('Sáng 5/3, đồng chí Trần Văn Hải, Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì hội nghị bàn giải pháp phát triển du lịch.'))
      .toEqual(['Trần Văn Hải']);
    expect(chairs('Chiều 20/4, bà Nguyễn Thị Hương, Phó Giám đốc Sở Lao động, Thương binh và Xã hội đã chủ trì cuộc họp về chính sách người có công.'))
      .toEqual(['Nguyễn Thị Hương']);
  });
});

describe('chairs: a body named with "giao thông" / "giao dịch" in lower case (lexicon: compoundsStartingWithPredicate)', () => {
  it('does not end the title at "giao" read as the verb "assign", so the chair verb follows the title', () => {
    expect(chairs('Sáng 5/3, đồng chí Trần Văn Hải, Chủ tịch Ủy ban An toàn giao thông tỉnh chủ trì hội nghị sơ kết công tác quý I.'))
      .toEqual(['Trần Văn Hải']);
    expect(chairs('Chiều 8/9, Thượng tá Lê Minh Tâm, Trưởng phòng Cảnh sát giao thông Công an tỉnh chủ trì cuộc họp triển khai đợt cao điểm bảo đảm trật tự.'))
      .toEqual(['Lê Minh Tâm']);
  });

  it('still reads "giao" before an addressee as the verb', () => {
    const e = extract(articleOf('Sáng 5/3, Chủ tịch UBND tỉnh Trần Văn Hải chủ trì cuộc họp về dịch bệnh. Ông Trần Văn Hải giao Sở Y tế theo dõi sát tình hình.'));
    expect(e.positions.map((p) => p.title)).toEqual(['Chủ tịch UBND tỉnh']);
  });
});

describe('chairs: lower-case body names holding "dự án", "và tìm kiếm cứu nạn" (lexicon: predicate compounds)', () => {
  it('keeps the title whole up to the chair verb', () => {
    expect(chairs('Sáng 5/3, đồng chí Trần Văn Hải, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì cuộc họp về tiến độ các công trình trọng điểm.'))
      .toEqual(['Trần Văn Hải']);
    expect(chairs('Chiều 2/10, ông Lê Quốc Bảo, Trưởng Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện chủ trì cuộc họp ứng phó cơn bão số 5.'))
      .toEqual(['Lê Quốc Bảo']);
  });
});

describe('chairs: "dự, chủ trì" and "làm chủ trì" (patterns: attend-comma-chair, act-as-chair)', () => {
  it('reads "A, <chức vụ> dự, chủ trì hội nghị" and "do A, <chức vụ> làm chủ trì" as chairing', () => {
    expect(chairs('Sáng 5/3, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024. Đồng chí Trần Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự, chủ trì hội nghị.'))
      .toEqual(['Trần Văn Hải']);
    expect(chairs('Chiều 11/5, Sở Du lịch tổ chức cuộc họp với các doanh nghiệp lữ hành. Cuộc họp do bà Phạm Thu Trang, Phó Giám đốc Sở Du lịch làm chủ trì.'))
      .toEqual(['Phạm Thu Trang']);
  });

  it('does not make a person who only attends the chair', () => {
    expect(chairs('Sáng 5/3, đồng chí Trần Văn Hải, Chủ tịch UBND tỉnh chủ trì hội nghị triển khai nhiệm vụ năm 2024. Đồng chí Lê Văn Nam, Phó Chủ tịch UBND tỉnh dự, phát biểu tại hội nghị.'))
      .toEqual(['Trần Văn Hải']);
  });
});

describe('chairs: the person named after "chủ trì <cuộc họp>" (pattern: chair-named-after-its-meeting)', () => {
  it('reads "…, chủ trì cuộc họp ông A, <chức vụ>, nêu rõ" and "người chủ trì hội nghị là đồng chí B" as chairing', () => {
    expect(chairs('Tại cuộc họp bàn phương án sửa chữa tàu cá chiều 11/7, chủ trì cuộc họp ông Trần Văn Hải, Phó Chủ tịch UBND tỉnh, nêu rõ trách nhiệm của các bên.'))
      .toEqual(['Trần Văn Hải']);
    expect(chairs('Hội nghị sơ kết công tác quý I diễn ra sáng 5/3 tại Hội trường UBND huyện; người chủ trì hội nghị là đồng chí Lò Văn Minh, Chủ tịch UBND huyện.'))
      .toEqual(['Lò Văn Minh']);
  });
});

describe('chairs: runs-a-company ("Chủ tịch điều hành Tập đoàn B" runs a firm, chairs nothing)', () => {
  it('does not read "điều hành" before a company as chairing', () => {
    const a = extract(articleOf('Chiều 8/5, tại trụ sở Chính phủ, Phó Thủ tướng Lê Minh Khang đã tiếp ông Peter Mark, Chủ tịch điều hành Tập đoàn Mark Holdings.')).meetings[0];
    expect(a?.chairs ?? []).toEqual([]);
    const b = extract(articleOf('Ngày 9/6, Bộ trưởng Bộ Công Thương Hà Đức Thắng tiếp bà Anna Berg, Giám đốc điều hành Công ty Berg Energy.')).meetings[0];
    expect(b?.chairs ?? []).toEqual([]);
  });

  it('still reads "điều hành phiên họp" as chairing', () => {
    const c = extract(articleOf('Sáng 20/5, Quốc hội họp phiên toàn thể. Phó Chủ tịch Quốc hội Trần Văn Lộc điều hành phiên họp.')).meetings[0];
    expect(c?.chairs.map((x) => x.name)).toEqual(['Trần Văn Lộc']);
  });
});

describe('chairs: "thay mặt <body> điều hành phiên họp" (pattern: on-behalf-chairs)', () => {
  it('reads the person who presides on behalf of a body as the chair', () => {
    expect(chairs('Ngày 9/5, Ban Chấp hành Trung ương Đảng làm việc tại hội trường. Ông Lê Văn Thành, Ủy viên Bộ Chính trị, Chủ tịch nước, thay mặt Bộ Chính trị điều hành phiên họp.'))
      .toEqual(['Lê Văn Thành']);
    expect(chairs('Sáng 14/8, Hội Nông dân tỉnh tổ chức hội nghị tổng kết. Bà Đinh Thị Mai, Phó Chủ tịch Hội Nông dân tỉnh, thay mặt Ban Thường vụ chủ trì hội nghị.'))
      .toEqual(['Đinh Thị Mai']);
  });

  it('does not read one who speaks for the lead agency of a draft as a chair', () => {
    expect(chairs('Sáng 2/6, Quốc hội thảo luận tại hội trường về dự thảo luật. Ông Trần Văn Hòa, Thứ trưởng Bộ Tư pháp, thay mặt cơ quan chủ trì soạn thảo, cho biết sẽ tiếp thu ý kiến.'))
      .toEqual([]);
  });
});

describe('chairs: a steering committee\'s lower-case remit before "chủ trì" (pattern: steering-remit-before-chair)', () => {
  it('reads the head of a steering committee as the chair across the remit the title reader stops inside', () => {
    expect(chairs('Ngày 20/5, Phó Chủ tịch UBND tỉnh Trần Văn Nam, Trưởng Ban Chỉ đạo phòng chống dịch bệnh ở người của tỉnh, chủ trì hội nghị đánh giá công tác phòng chống dịch.'))
      .toEqual(['Trần Văn Nam']);
    expect(chairs('Ngày 12/7, Phó Thủ tướng Trần Văn Hải, Trưởng Ban Chỉ đạo của Chính phủ xử lý các tồn tại của một số dự án chậm tiến độ chủ trì phiên họp của Ban Chỉ đạo.'))
      .toEqual(['Trần Văn Hải']);
  });

  it('does not read a chair across another subject or a verb of the person\'s own', () => {
    expect(chairs('Ngày 20/5, ông Trần Văn Nam, Trưởng Ban Chỉ đạo phòng chống dịch của tỉnh, cho biết Sở Y tế đã chủ trì hội nghị tập huấn.'))
      .toEqual([]);
    expect(chairs('Ngày 20/5, theo ông Trần Văn Nam, Trưởng Ban Chỉ đạo phòng chống dịch bệnh ở người của tỉnh, các huyện đã chủ trì hội nghị tập huấn.'))
      .toEqual([]);
  });

  it('names no steering body cut short inside its remit as the organiser', () => {
    const m = extract(articleOf('Ngày 12/7, Phó Thủ tướng Trần Văn Hải, Trưởng Ban Chỉ đạo của Chính phủ xử lý các tồn tại của một số dự án chậm tiến độ chủ trì phiên họp.')).meetings[0];
    expect(m?.chairs.map((c) => c.name)).toEqual(['Trần Văn Hải']);
    expect(m?.organizers.map((o) => o.name)).toEqual([]);
  });
});

describe('chairs: "với sự chủ trì của A" (lexicon chairBy: with-the-chairing-of)', () => {
  it('reads the person after "với sự (đồng) chủ trì của" as the chair', () => {
    expect(chairs('Sáng 6/7, Bộ Tư lệnh Quân khu tổ chức hội thảo về công tác tìm kiếm hài cốt liệt sĩ với sự chủ trì của thiếu tướng Lê Văn Tài, Phó Chính ủy Quân khu.'))
      .toEqual(['Lê Văn Tài']);
    expect(chairs('Chiều 12/7, UBND thành phố Huế đã tổ chức cuộc họp với sự chủ trì của ông Võ Văn Nhật, Phó Chủ tịch UBND thành phố.'))
      .toEqual(['Võ Văn Nhật']);
  });
});

describe('chairs: office-named-for-its-head', () => {
  it('does not read the head\'s post inside an office\'s name as that person chairing', () => {
    const chairs = (text: string): string[] => extract(articleOf(text)).meetings.flatMap((m) => m.chairs.map((c) => c.name));
    expect(chairs('Ngày 10-2, Chủ tịch nước Nguyễn Văn Hải dự buổi gặp mặt. Sáng cùng ngày, Văn phòng Chủ tịch nước chủ trì tổ chức cuộc gặp mặt truyền thống giữa các văn phòng.')).toEqual([]);
    expect(chairs('Ngày 3/4, Thủ tướng Lê Minh Tâm đến dự. Văn phòng Thủ tướng chủ trì tổ chức cuộc họp về cải cách thủ tục hành chính.')).toEqual([]);
  });
});

describe('chairs: chair-aside-then-subject', () => {
  it('does not take the speaker after "dưới sự chủ trì của A, …," for a second chair', () => {
    const people = (text: string): { chairs: string[]; speakers: string[] } => {
      const m = extract(articleOf(text)).meetings[0];
      return { chairs: (m?.chairs ?? []).map((c) => c.name), speakers: (m?.speakers ?? []).map((c) => c.name) };
    };
    const a = people('Tại cuộc họp báo sáng ngày 2-6 dưới sự chủ trì của ông Lê Văn Quang - Phó Chủ tịch UBND tỉnh, ông Trần Minh Đức – Phó giám đốc Sở Y tế cho biết đã có 20 ca mắc.');
    expect(a.chairs).toEqual(['Lê Văn Quang']);
    expect(a.speakers).toContain('Trần Minh Đức');
    expect(people('Tại hội nghị chiều 5/3 dưới sự chủ trì của Bộ trưởng Nguyễn Hữu Nam, bà Phạm Thị Thu - Thứ trưởng cho biết kết quả giải ngân.').chairs).toEqual(['Nguyễn Hữu Nam']);
    // co-chairs joined by "và" both chair
    expect(people('Dưới sự chủ trì của ông Lê Văn Quang và ông Trần Minh Đức, hội nghị đã thảo luận về phòng chống dịch sáng 2-6.').chairs).toEqual(['Lê Văn Quang', 'Trần Minh Đức']);
  });
});

describe('chairs: an adverb of persistence or person before the chair verb ("vẫn", "đích thân")', () => {
  it('reads "A vẫn chủ trì", "A đích thân chủ trì" as chairing', () => {
    expect(chairs('Chiều Chủ nhật 28/5, dù là ngày nghỉ, Phó Chủ tịch UBND tỉnh Lê Văn Tùng vẫn chủ trì cuộc họp nghe các sở báo cáo về dự án.')).toEqual(['Lê Văn Tùng']);
    expect(chairs('Sáng 2/8, Chủ tịch UBND huyện Trần Minh Đức đích thân chủ trì cuộc họp khẩn về sạt lở bờ sông.')).toEqual(['Trần Minh Đức']);
  });
});

describe('chairs: ceremony-not-meeting ("chủ trì lễ đón", "Lễ đón … dưới sự chủ trì của")', () => {
  it('does not take the host of a welcome ceremony or banquet for the chair of the talks', () => {
    const all = (text: string): string[] => extract(articleOf(text)).meetings.flatMap((m) => names(m.chairs));
    expect(all('Sáng 14/3, tại Phủ Chủ tịch, Chủ tịch nước Lê Văn Thành đã chủ trì lễ đón chính thức Tổng thống Cộng hòa Ba Lan. Sau lễ đón, Chủ tịch nước Lê Văn Thành đã hội đàm với Tổng thống.')).toEqual([]);
    expect(all('Chiều 8/9, Lễ đón chính thức Chủ tịch Thượng viện Chile được tổ chức tại Nhà Quốc hội, dưới sự chủ trì của Chủ tịch Quốc hội Trần Thị Mai. Ngay sau lễ đón, hai bên đã tiến hành hội đàm.')).toEqual([]);
    expect(all('Tối cùng ngày 8/9, Chủ tịch Quốc hội Trần Thị Mai chủ trì Tiệc chiêu đãi Đoàn đại biểu Thượng viện Chile.')).toEqual([]);
  });

  it('still reads the chair of a meeting held under someone\'s chairing', () => {
    expect(chairs('Chiều 8/9, Hội nghị được tổ chức tại Nhà Quốc hội, dưới sự chủ trì của Chủ tịch Quốc hội Trần Thị Mai.')).toEqual(['Trần Thị Mai']);
    expect(chairs('Ngay sau lễ đón, Chủ tịch Quốc hội Trần Thị Mai đã chủ trì hội đàm với Chủ tịch Thượng viện Chile.')).toEqual(['Trần Thị Mai']);
  });
});

describe('chairs: earlier-occasion-chair ("Trước đó, … chủ trì" an event with no meeting word)', () => {
  it('does not add to the meeting the chairs of an earlier event told after it', () => {
    expect(chairs('Sáng 7/6, Chủ tịch nước Lê Văn Thành đã hội đàm với Tổng thống Ba Lan Jan Nowak. Trước đó, chiều 6/6, Tổng thống Jan Nowak và Phó Thủ tướng Hoàng Minh Tâm đã dự và chủ trì Diễn đàn Doanh nghiệp Việt Nam - Ba Lan.')).toEqual([]);
    expect(chairs('Ngày 3/4, Bộ trưởng Phan Văn Lâm làm việc với UBND tỉnh Gia Lai. Trước đó, Bộ trưởng Phan Văn Lâm chủ trì Lễ khởi công nhà máy nước.')).toEqual([]);
  });
});

describe('chairs: background-hoi-opener ("Hồi <tháng/năm> …" tells a past meeting)', () => {
  it('a chair of a meeting told after "Hồi cuối tháng 2," does not chair the reported one', () => {
    expect(chairs('Ngày 7/6, đồng chí Mai Văn Oanh, Chủ tịch UBND tỉnh chủ trì hội nghị về đầu tư công. Hồi tháng 3, Phó Chủ tịch UBND tỉnh Cao Văn Phong đã chủ trì cuộc họp với các sở, ngành liên quan.')).toEqual(['Mai Văn Oanh']);
    expect(chairs('Sáng 10/6, đồng chí Lý Văn Nam, Chủ tịch UBND tỉnh chủ trì hội nghị giao ban tháng 5. Hồi cuối tháng 2, đồng chí Trương Văn Dũng cũng đã chủ trì cuộc họp về vấn đề này.')).toEqual(['Lý Văn Nam']);
  });
  it('an interview that only recalls such a meeting reports none', () => {
    expect(extract(articleOf('Bộ trưởng Hà Văn Tâm cho biết phương án mở rộng sân bay đã được lựa chọn. Hồi đầu năm, Phó Thủ tướng Đoàn Văn Lực đã chủ trì cuộc họp rà soát các phương án quy hoạch.')).meetings).toEqual([]);
  });
  it('"Hồi 8 giờ" is a clock time of the same meeting, not a look back', () => {
    expect(chairs('Hồi 8 giờ sáng 10/6, đồng chí Lý Văn Nam, Chủ tịch UBND tỉnh chủ trì hội nghị giao ban tháng 5.')).toEqual(['Lý Văn Nam']);
  });
});

describe('chairs: a standing board meets, its chair told in the next sentence (body-meets-chair-next)', () => {
  const meetingOf = (text: string) => extract(articleOf(text)).meetings[0];
  it('makes the meeting, held by the board, chaired by the one named next', () => {
    const a = meetingOf('Chiều 20/9, Ban Thường vụ Huyện ủy họp nghe báo cáo tình hình kinh tế - xã hội 9 tháng. Đồng chí Lò Văn Mạnh, Bí thư Huyện ủy chủ trì và kết luận.');
    expect(a?.organizers.map((o) => o.name)).toEqual(['Ban Thường vụ Huyện ủy']);
    expect(a?.chairs.map((c) => c.name)).toEqual(['Lò Văn Mạnh']);
    expect(a?.date).toBe('--09-20');
    const b = meetingOf('Sáng 5/3, Thường trực HĐND tỉnh họp thường kỳ tháng 3. Chủ tịch HĐND tỉnh Nguyễn Văn Bình chủ trì. Các đại biểu thảo luận về chương trình giám sát.');
    expect(b?.organizers.map((o) => o.name)).toEqual(['Thường trực HĐND tỉnh']);
    expect(b?.chairs.map((c) => c.name)).toEqual(['Nguyễn Văn Bình']);
  });

  it('makes none when the chair sentence is dated another day', () => {
    expect(meetingOf('Ngày 12/4, Ban Thường vụ Tỉnh ủy họp cho ý kiến về đề án phát triển du lịch. Ngày 15/4, đồng chí Trần Văn Hùng, Bí thư Tỉnh ủy chủ trì và tặng quà cho các gia đình chính sách.')).toBeUndefined();
  });
});

describe('chairs: a working group\'s remit before "chủ trì" (pattern: working-group-remit-before-chair)', () => {
  it('reads the head of a working group as the chair across its remit and a long apposition', () => {
    expect(chairs('Chiều 9.3, Ủy viên Bộ Chính trị, Phó Thủ tướng Lê Văn Khải, Tổ trưởng Tổ công tác của Chính phủ chỉ đạo tháo gỡ vướng mắc cho các dự án điện, đã chủ trì cuộc họp với các bộ, ngành.'))
      .toEqual(['Lê Văn Khải']);
    expect(chairs('Sáng 15/8, Bộ trưởng Trần Minh Sơn, Tổ trưởng Tổ công tác của Thủ tướng chỉ đạo kiểm tra việc thực hiện nhiệm vụ chủ trì buổi làm việc với tỉnh Nam Định.'))
      .toEqual(['Trần Minh Sơn']);
  });

  it('reads no chair when the remit holds another subject', () => {
    expect(chairs('Sáng 15/8, ông Trần Minh Sơn, Tổ trưởng Tổ công tác của tỉnh chỉ đạo kiểm tra dự án, cho biết các huyện đã chủ trì cuộc họp với dân.'))
      .toEqual([]);
  });

  it('does not take the owner of a document named in the meeting\'s title for its organiser (pattern: document-of-body)', () => {
    const m = extract(articleOf('Chiều 9/3, Phó Thủ tướng Lê Văn Khải, Tổ trưởng Tổ công tác của Chính phủ chỉ đạo tháo gỡ vướng mắc, chủ trì cuộc họp góp ý xây dựng Nghị quyết của Chính phủ về các dự án điện.')).meetings[0];
    expect(m?.chairs.map((c) => c.name)).toEqual(['Lê Văn Khải']);
    expect(m?.organizers.map((o) => o.name)).toEqual([]);
  });
});

describe('chairs: the day written between the subject and "chủ trì" (pattern: day-between-subject-and-verb)', () => {
  it('reads the chair across "hôm qua", "sáng nay" or a dated day after the post', () => {
    expect(chairs('Ông Phạm Quang Hưng, Chủ tịch UBND tỉnh Hà Nam, hôm qua đã chủ trì cuộc họp bàn giải pháp chống hạn cho vụ đông xuân.'))
      .toEqual(['Phạm Quang Hưng']);
    expect(chairs('Bà Lê Thị Hạnh, Giám đốc Sở Y tế, sáng nay chủ trì hội nghị triển khai công tác tiêm chủng.'))
      .toEqual(['Lê Thị Hạnh']);
    expect(chairs('Ông Phạm Quang Hưng, Chủ tịch UBND tỉnh Hà Nam, chiều 5/7 đã chủ trì cuộc họp về giải phóng mặt bằng.'))
      .toEqual(['Phạm Quang Hưng']);
  });

  it('dates the meeting from the publication date and the day word', () => {
    const m = extract(articleOf('Ông Phạm Quang Hưng, Chủ tịch UBND tỉnh Hà Nam, hôm qua đã chủ trì cuộc họp bàn giải pháp chống hạn.', { published: '2017-07-06' })).meetings[0];
    expect(m?.date).toBe('2017-07-05');
  });
});

describe('chairs: presiding over a sitting (pattern: presides-over-sitting)', () => {
  it('reads "điều khiển phiên họp", "là người điều khiển …" and "dưới sự điều khiển của" as chairing', () => {
    expect(chairs('Sáng 12/6, Quốc hội thảo luận về dự án Luật Quy hoạch. Phó Chủ tịch Quốc hội Đỗ Bá Tỵ điều khiển phiên họp.'))
      .toEqual(['Đỗ Bá Tỵ']);
    expect(chairs('Sáng 12/6, Quốc hội thảo luận về dự án Luật Quy hoạch. Phó Chủ tịch Quốc hội Đỗ Bá Tỵ là người điều khiển phiên thảo luận buổi sáng.'))
      .toEqual(['Đỗ Bá Tỵ']);
    expect(chairs('Chiều 12/6, Quốc hội thảo luận về dự án Luật Quy hoạch dưới sự điều khiển của Phó Chủ tịch Quốc hội Đỗ Bá Tỵ.'))
      .toEqual(['Đỗ Bá Tỵ']);
  });

  it('reads no chair in one who drives a vehicle', () => {
    expect(chairs('Sáng 12/6, UBND huyện tổ chức cuộc họp về an toàn giao thông. Ông Nguyễn Văn Tư, tài xế, điều khiển xe khách chở 30 người.'))
      .toEqual([]);
  });
});

describe('meetings: the meeting phrase that opens its sentence carries its day (pattern: meeting-dated-in-its-phrase)', () => {
  it('tells a meeting held from "Tại cuộc họp ngày 7/7, …" and "Cuối phiên chất vấn sáng nay (13/6), …"', () => {
    const a = extract(articleOf('Tại cuộc họp ngày 12/9 bàn phương án xử lý các dự án thua lỗ, Tổng giám đốc Lê Văn Bình đã yêu cầu các đơn vị báo cáo trước ngày 30/9.')).meetings[0];
    expect(a?.date).toBe('--09-12');
    const b = extract(articleOf('Cuối phiên chất vấn sáng nay (14/6), Bộ trưởng Bộ Công Thương Trần Văn Lâm đã giải trình thêm về giá điện.', { published: '2017-06-14' })).meetings[0];
    expect(b?.date).toBe('2017-06-14');
  });

  it('reads the day in the phrase that opens the sentence, with a past act', () => {
    const at = (s: string): boolean => { const k = findKind(s); return k !== null && datedInItsPhrase(s, k); };
    expect(at('Tại cuộc họp ngày 12/9 bàn phương án xử lý các dự án thua lỗ, Tổng công ty đã quyết định thành lập tổ công tác.')).toBe(true);
    expect(at('Cuối phiên chất vấn sáng nay (14/6), Bộ trưởng đã giải trình thêm về giá điện.')).toBe(true);
    expect(at('Tại cuộc họp ngày 12/9 tới, Tổng công ty sẽ quyết định thành lập tổ công tác.')).toBe(false);
    expect(at('Ông Bình nói trong cuộc họp báo ngày 9/6 rằng công ty đã hoàn thành kế hoạch.')).toBe(false);
  });

  it('tells no meeting from a phrase that only recalls one inside a clause', () => {
    expect(extract(articleOf('Sau khi có ý kiến của ông Lê Văn Bình, Chủ tịch Hiệp hội Du lịch, trong buổi tọa đàm ngày 30/5, Bộ đã chỉ đạo xem xét kiến nghị.')).meetings).toEqual([]);
    expect(extract(articleOf('Ông Lê Văn Bình, Giám đốc Công ty Hòa Phát, nói trong cuộc họp báo ngày 9/6 rằng công ty đã hoàn thành kế hoạch.')).meetings).toEqual([]);
  });
});

describe('organisers: a presided sitting of the assembly the lead tells (pattern: sitting-body-in-lead)', () => {
  it('names the assembly whose sitting the lead tells as the organiser of the presided sitting', () => {
    const m = extract(articleOf('Hôm nay (12/6), Quốc hội thảo luận ở hội trường về dự án Luật Quy hoạch. Phó Chủ tịch Quốc hội Đỗ Bá Tỵ là người điều khiển phiên họp sáng.')).meetings[0];
    expect(m?.chairs.map((c) => c.name)).toEqual(['Đỗ Bá Tỵ']);
    expect(m?.organizers.map((o) => o.name)).toEqual(['Quốc hội']);
  });
});
