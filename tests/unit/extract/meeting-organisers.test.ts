import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleOf } from './helpers.js';
import { findBodies } from '../../../src/extract/bodies.js';
import { meetingOrganizers } from '../../../src/extract/meeting.js';

const names = (xs: ReadonlyArray<{ name: string }>): string[] => xs.map((x) => x.name);
const organisers = (text: string): string[] => names(extract(articleOf(text)).meetings[0]?.organizers ?? []);

describe('organisers: no default body', () => {
  it('gives no organiser for a national leader chairing a session with ministries when no body is named', () => {
    expect(organisers('Chiều 12/3, Thủ tướng Chính phủ Lê Văn An chủ trì cuộc họp với các bộ, ngành về giải ngân vốn đầu tư công.')).toEqual([]);
    expect(organisers('Sáng 8/9, Phó Thủ tướng Chính phủ Trần Văn Bình chủ trì hội nghị trực tuyến toàn quốc về phòng chống thiên tai.')).toEqual([]);
  });

  it('still takes a provincial committee implied by its chairman chairing', () => {
    expect(organisers('Sáng 5/4, Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công.')).toEqual(['UBND tỉnh Hà Giang']);
  });
});

describe('organisers: a standing body is not its parent', () => {
  it('keeps "Thường trực" in front of a council or party committee', () => {
    expect(organisers('Chiều 14/4, Thường trực Huyện ủy tổ chức cuộc họp nghe báo cáo tiến độ xây dựng nông thôn mới. Đồng chí Lò Văn Sơn, Bí thư Huyện ủy chủ trì cuộc họp.')).toEqual(['Thường trực Huyện ủy']);
    expect(organisers('Ngày 02/8/2021, Thường trực Hội đồng nhân dân tỉnh tổ chức cuộc họp để cho ý kiến vào dự thảo nghị quyết. Bà Vũ Thị Hoa, Phó Chủ tịch Hội đồng nhân dân tỉnh chủ trì cuộc họp.')).toEqual(['Thường trực Hội đồng nhân dân tỉnh']);
    expect(organisers('Chiều 22/6, Thường trực HĐND huyện phối hợp với UBND huyện tổ chức phiên họp chuẩn bị kỳ họp thứ hai.')).toEqual(['Thường trực HĐND huyện']);
  });

  it('keeps "Ban Thường vụ" in front of a party committee', () => {
    expect(organisers('Sáng 3/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị nghe báo cáo công tác cán bộ. Đồng chí Hoàng Văn Nam, Bí thư Tỉnh ủy chủ trì hội nghị.')).toEqual(['Ban Thường vụ Tỉnh ủy']);
  });
});

describe('organisers: a partner after "phối hợp với" does not hold the meeting', () => {
  it('takes the body before "phối hợp với" and leaves its partner out', () => {
    expect(organisers('Sáng 9/5, Sở Tư pháp phối hợp với Hội Luật gia tỉnh tổ chức hội nghị tập huấn công tác hòa giải ở cơ sở. Ông Đỗ Văn Tâm, Giám đốc Sở Tư pháp chủ trì hội nghị.')).toEqual(['Sở Tư pháp']);
    expect(organisers('Ngày 18/11, Ban Tuyên giáo Tỉnh ủy cùng với Sở Thông tin và Truyền thông tổ chức hội nghị báo cáo viên quý IV. Đồng chí Phạm Thị Lan, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.')).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });
});

describe('organisers: body names are not cut short', () => {
  it('keeps the lower-case complement of a capitalised compound ("Cải cách tư pháp", "Công nghệ cao")', () => {
    expect(organisers('Sáng 14/9, Ban Chỉ đạo Cải cách tư pháp Trung ương tổ chức hội nghị sơ kết công tác 6 tháng. Đồng chí Nguyễn Văn Hải, Phó Trưởng Ban chủ trì hội nghị.')).toEqual(['Ban Chỉ đạo Cải cách tư pháp Trung ương']);
    expect(organisers('Ngày 20/4, Ban Quản lý Khu Công nghệ cao tổ chức hội nghị xúc tiến đầu tư năm 2024. Ông Trần Đức Minh, Trưởng ban chủ trì hội nghị.')).toEqual(['Ban Quản lý Khu Công nghệ cao']);
  });

  it('reads "tại" inside "tồn tại" as part of a word, not a place', () => {
    expect(organisers('Tại cuộc họp của Ban chỉ đạo xử lý các tồn tại, yếu kém của các dự án chậm tiến độ, ông Lê Minh Đức, Thứ trưởng Bộ Xây dựng yêu cầu các đơn vị báo cáo trước ngày 15/3.')).toEqual(['Ban chỉ đạo xử lý các tồn tại']);
    expect(organisers('Chiều 2/8, tại cuộc họp của Tổ công tác giải quyết những vấn đề tồn tại trong giải phóng mặt bằng, ông Vũ Văn Long, Phó Chủ tịch UBND huyện, đề nghị các xã đẩy nhanh tiến độ.')).toEqual(['Tổ công tác giải quyết những vấn đề tồn tại trong giải phóng mặt bằng']);
  });

  it('ends a lower-case committee name at the capitalised body inside it', () => {
    expect(organisers('Tại cuộc họp của Ban chỉ đạo Bộ Tài chính xử lý các khoản nợ đọng kéo dài, Thứ trưởng Bộ Tài chính Hồ Văn Tâm yêu cầu các cục rà soát.')).toEqual(['Ban chỉ đạo Bộ Tài chính']);
    expect(organisers('Chiều 7/7, tại phiên họp của Ban chỉ đạo Sở Xây dựng thẩm định các dự án nhà ở xã hội, ông Phan Quốc Bảo, Giám đốc Sở Xây dựng chủ trì.')).toEqual(['Ban chỉ đạo Sở Xây dựng']);
  });
});

describe('organisers: the agent of "<cuộc họp> do <Body> chủ trì/tổ chức"', () => {
  it('takes the body after "do" when it is said to chair or hold the meeting', () => {
    expect(organisers('Cuộc họp do Tổng cục Thuế chủ trì chiều 11/5 nhằm giải quyết kiến nghị của doanh nghiệp. Ông Hà Văn Minh, Phó Tổng cục trưởng cho biết sẽ xem xét.')).toEqual(['Tổng cục Thuế']);
    expect(organisers('Hội nghị đối thoại với công nhân do UBND thành phố phối hợp với Liên đoàn Lao động thành phố tổ chức sáng 19/5. Ông Trần Văn An, Chủ tịch UBND thành phố phát biểu.')).toEqual(['UBND thành phố']);
  });
});

describe('organisers: the body named with the meeting word in the headline', () => {
  it('takes "<kind> … của <Body>" from the headline when the lead names the meeting alone', () => {
    const headline = (title: string, text: string): string[] => names(extract(articleOf(text, { title })).meetings[0]?.organizers ?? []);
    expect(headline('Phiên họp thứ 9 của Ủy ban Thường vụ Quốc hội',
      'Chiều 14/3, theo chương trình phiên họp thứ 9, dưới sự điều hành của Phó Chủ tịch Quốc hội Lê Minh Hòa, các đại biểu cho ý kiến về dự án luật.')).toEqual(['Ủy ban Thường vụ Quốc hội']);
    expect(organisers('Hội nghị lần thứ 12 của Ban Chấp hành Đảng bộ tỉnh\nSáng 20/7, hội nghị lần thứ 12 khai mạc dưới sự chủ trì của đồng chí Trần Văn Lâm, Bí thư Tỉnh ủy.')).toEqual(['Ban Chấp hành Đảng bộ tỉnh']);
  });

  it('takes no body from a headline about another kind of event', () => {
    expect(organisers('Lễ kỷ niệm của Hội Nông dân tỉnh\nSáng 20/7, đồng chí Trần Văn Lâm chủ trì cuộc họp bàn về mùa vụ.')).toEqual([]);
  });
});

describe('organisers: a city body implied by the chair keeps its spelling', () => {
  it('writes "TP.X" as the title writes it, and the spaced "TP X" when the article writes that too', () => {
    expect(organisers('Sáng 4/6, Phó Chủ tịch UBND TP.Hòa Bình Nguyễn Văn Khánh chủ trì cuộc họp về giải phóng mặt bằng.')).toEqual(['UBND TP.Hòa Bình']);
    expect(organisers('Sáng 4/6, Phó Chủ tịch UBND TP.Hòa Bình Nguyễn Văn Khánh chủ trì cuộc họp về giải phóng mặt bằng. UBND TP Hòa Bình đã giao các phòng ban rà soát hồ sơ.')).toEqual(['UBND TP Hòa Bình']);
  });
});

describe('organisers: the subject body before "tổ chức"', () => {
  it('takes the subject when only its remit or its partners stand before "tổ chức"', () => {
    expect(organisers('Chiều 3/3, Ban Chỉ đạo của tỉnh về phòng, chống dịch bệnh tổ chức hội nghị sơ kết công tác quý I.')).toEqual(['Ban Chỉ đạo của tỉnh']);
    expect(organisers('Sáng 17/8, Sở Nội vụ phối hợp với các phòng, ban liên quan tổ chức hội nghị tập huấn công tác thi đua.')).toEqual(['Sở Nội vụ']);
  });

  it('does not take a subject that has a verb of its own before "tổ chức"', () => {
    expect(organisers('Sáng 17/8, UBND tỉnh chỉ đạo Sở Nội vụ tổ chức hội nghị tập huấn công tác thi đua.')).not.toContain('UBND tỉnh');
    expect(organisers('Ngày 9/10, Tỉnh đoàn cho biết các huyện đoàn đã tổ chức hội nghị tuyên dương thanh niên tiêu biểu.')).toEqual([]);
  });
});

describe('organisers: an abbreviation the article defines', () => {
  it('gives the body implied by the chair in the full name the article defines for its abbreviation', () => {
    expect(organisers('Chiều 8/3, tại trụ sở Bộ Tài nguyên và Môi trường (TNMT), Thứ trưởng Bộ TNMT Lê Văn Hải chủ trì cuộc họp về quản lý khoáng sản.')).toEqual(['Bộ Tài nguyên và Môi trường']);
    expect(organisers('Ngày 2/10, Giám đốc Sở GDĐT Trần Thị Mai chủ trì hội nghị giao ban. Sở Giáo dục và Đào tạo (GDĐT) đã triển khai kế hoạch năm học mới.')).toEqual(['Sở Giáo dục và Đào tạo']);
  });

  it('keeps the abbreviation when the article does not define it', () => {
    expect(organisers('Chiều 8/3, Thứ trưởng Bộ TNMT Lê Văn Hải chủ trì cuộc họp về quản lý khoáng sản.')).toEqual(['Bộ TNMT']);
  });
});

describe('organisers: chair-post-own-body (a steering body headed by the chair)', () => {
  it('takes the steering body the chair heads when the text names no organiser, remit and all', () => {
    expect(organisers('Chiều 14/3, Phó Thủ tướng Lê Văn Hòa, Trưởng Ban Chỉ đạo Đổi mới và Phát triển hợp tác xã chủ trì cuộc làm việc với các bộ về phương án sắp xếp.')).toEqual(['Ban Chỉ đạo Đổi mới và Phát triển hợp tác xã']);
    expect(organisers('Sáng 9/10, ông Trần Quang Minh, Phó Trưởng ban Chỉ đạo phòng chống dịch tỉnh chủ trì cuộc họp triển khai biện pháp cấp bách.')).toEqual(['Ban Chỉ đạo phòng chống dịch tỉnh']);
  });

  it('prefers the executive body when the chair also heads a steering body', () => {
    expect(organisers('Sáng 2/6, ông Đỗ Văn Lâm, Chủ tịch UBND tỉnh Hòa Bình, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh chủ trì cuộc họp bàn phương án ứng phó bão.')).toEqual(['UBND tỉnh Hòa Bình']);
  });

  it('does not take a party committee from its secretary chairing a conference', () => {
    expect(organisers('Sáng 7/2, đồng chí Lê Văn Thành, Bí thư Thành ủy Hải Phòng chủ trì hội nghị tổng kết công tác dân vận.')).toEqual([]);
    expect(organisers('Chiều 12/9, Bí thư Tỉnh ủy Hoàng Văn Trà chủ trì hội nghị trực tuyến về chuyển đổi số.')).toEqual([]);
  });
});

describe('organisers: secretary-works-with-bodies', () => {
  it('takes the party committee whose (deputy) secretary chairs a working session or a meeting with other bodies', () => {
    expect(organisers('Sáng 7/2, đồng chí Lê Văn Thành, Bí thư Thành ủy Hải Phòng chủ trì buổi làm việc với Quận ủy Lê Chân.')).toEqual(['Thành ủy Hải Phòng']);
    expect(organisers('Ngày 14-9, đồng chí Đỗ Thị Hằng, Phó Bí thư Thường trực Tỉnh ủy Ninh Bình đã chủ trì cuộc họp đột xuất với lãnh đạo UBND tỉnh, các sở ngành về tình hình ngập úng.')).toEqual(['Tỉnh ủy Ninh Bình']);
    expect(organisers('Chiều 3/10, Bí thư Huyện ủy Mường Tè Lò Văn Pợ chủ trì cuộc làm việc tại xã Bum Nưa về tiến độ làm đường.')).toEqual(['Huyện ủy Mường Tè']);
  });

  it('takes no committee when a standing board of it is named with the session, nor over an executive post', () => {
    expect(organisers('Chiều 10/3, Bí thư Tỉnh ủy Hà Văn Long chủ trì buổi làm việc với Thường trực Tỉnh ủy và Hội Nông dân tỉnh.')).toEqual([]);
    expect(organisers('Chiều 10/2, Ban Thường vụ Tỉnh ủy nghe và cho ý kiến về chủ trương đầu tư một số dự án. Đồng chí Trần Văn Hòa, Bí thư Tỉnh ủy chủ trì cuộc làm việc.')).not.toContain('Tỉnh ủy');
    expect(organisers('Sáng 9/4, đồng chí Phan Văn Cường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định chủ trì buổi làm việc với Sở Xây dựng.')).toEqual(['UBND tỉnh Bình Định']);
  });
});

describe('organisers: body-chairs-organising ("<Body> chủ trì tổ chức <kind>")', () => {
  it('takes the body that takes the lead in organising, not the bodies the meeting is between', () => {
    expect(organisers('Ngày 12-3, tại Hà Nội, Văn phòng Chủ tịch nước chủ trì tổ chức cuộc gặp mặt giữa Văn phòng Quốc hội, Văn phòng Chính phủ và Văn phòng Chủ tịch nước. Phó Chủ tịch nước Lê Thị Hoa dự và phát biểu.')).toEqual(['Văn phòng Chủ tịch nước']);
    expect(organisers('Sáng 4/11, Sở Nội vụ chủ trì, phối hợp tổ chức hội nghị giữa Sở Tài chính và Sở Y tế về sắp xếp biên chế. Ông Trần Văn Dũng, Giám đốc Sở Nội vụ phát biểu khai mạc.')).toEqual(['Sở Nội vụ']);
  });
});

describe('bodies: the President\'s office and the city police by their usual short forms', () => {
  it('reads "Văn phòng Chủ tịch nước" whole and "CATP <city>" as a body holding a meeting', () => {
    expect(organisers('Chiều 3.8, Văn phòng Chủ tịch nước tổ chức họp báo công bố lệnh của Chủ tịch nước về các luật mới. Phó Chủ nhiệm Văn phòng Chủ tịch nước Hà Văn Nam phát biểu.')).toEqual(['Văn phòng Chủ tịch nước']);
    expect(organisers('Sáng 14/9, CATP Đà Nẵng tổ chức hội nghị sơ kết công tác bảo đảm trật tự giao thông. Đại tá Ngô Văn Thanh, Giám đốc CATP Đà Nẵng chủ trì hội nghị.')).toEqual(['CATP Đà Nẵng']);
  });
});

describe('bodies: place-hides-head (a country whose name holds a body head is no body)', () => {
  it('does not read "Ban Nha" out of "Tây Ban Nha", and keeps "Bộ Ngoại giao" whole as the host', () => {
    expect(organisers('Sáng 7/3, tại Hà Nội, Bộ Ngoại giao phối hợp với Đại sứ quán Tây Ban Nha tổ chức hội thảo về giao lưu văn hóa. Thứ trưởng Bộ Ngoại giao Lê Văn Hòa phát biểu khai mạc.')).toEqual(['Bộ Ngoại giao']);
    const bodies = extract(articleOf('Chiều 9/5, Bộ trưởng Bộ Công Thương Trần Văn Nam chủ trì cuộc họp với Đại sứ Tây Ban Nha và Đại sứ Bồ Đào Nha về thương mại.')).committees.map((c) => c.name);
    expect(bodies).not.toContain('Ban Nha');
    expect(bodies).toContain('Bộ Công Thương');
  });
});

describe('organisers: kind-qualifier-body and a "của" past a speaker\'s clause', () => {
  it('takes the body written after the meeting word and its qualifiers ("thường kỳ", "quý II", "tháng 6")', () => {
    expect(organisers('Tại buổi họp báo thường kỳ quý II Bộ Tư pháp chiều 5/7, Thứ trưởng Lê Văn Nam cho biết dự thảo luật đã hoàn thành.')).toEqual(['Bộ Tư pháp']);
    expect(organisers('Sáng 2/6, tại phiên họp thường kỳ tháng 5 UBND tỉnh Hà Nam, ông Trần Văn Tâm, Chủ tịch UBND tỉnh yêu cầu các sở đẩy nhanh giải ngân.')).toEqual(['UBND tỉnh Hà Nam']);
  });

  it('does not take the body of what a speaker reports ("kết luận của Ủy ban Kiểm tra") as the organiser', () => {
    expect(organisers('Tại buổi họp báo chiều 14/7, Thứ trưởng Lê Văn Nam thông tin về kết luận của Ủy ban Kiểm tra Trung ương đối với một cán bộ.')).toEqual([]);
    expect(organisers('Tại cuộc họp sáng 3/8, Phó Chủ tịch UBND tỉnh Trần Văn Bình cho biết ý kiến của Sở Tài chính về dự án.')).not.toContain('Sở Tài chính');
  });
});

describe('bodies: known-remit (a ministry\'s or department\'s remit in its usual form is its name)', () => {
  it('keeps the whole remit of the organiser, with "và", a dash or a comma inside it', () => {
    expect(organisers('Sáng 6/4, Bộ Khoa học và Công nghệ tổ chức hội nghị tổng kết chương trình nông thôn miền núi. Thứ trưởng Lê Văn Hải chủ trì hội nghị.')).toEqual(['Bộ Khoa học và Công nghệ']);
    expect(organisers('Chiều 11/10, Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam tổ chức hội nghị về giảm nghèo. Ông Đỗ Văn Tín, Giám đốc Sở chủ trì hội nghị.')).toEqual(['Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam']);
    expect(organisers('Ngày 2/3, Sở Văn hóa, Thể thao và Du lịch tổ chức họp báo về lễ hội biển. Ông Phan Văn Lộc, Giám đốc Sở chủ trì họp báo.')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(organisers('Sáng 8/8, Cục Sở hữu trí tuệ tổ chức hội thảo về nhãn hiệu. Ông Trần Văn Hà, Cục trưởng chủ trì hội thảo.')).toEqual(['Cục Sở hữu trí tuệ']);
  });
});

describe('organisers: chair-post-own-body for a general department and a government office', () => {
  it('takes the Tổng cục or Văn phòng Chính phủ whose head chairs when no organiser is named', () => {
    expect(organisers('Ông Lê Văn Hòa, Tổng Cục trưởng Tổng cục Đường bộ Việt Nam chủ trì buổi đối thoại với doanh nghiệp vận tải diễn ra ngày 19-6.')).toEqual(['Tổng cục Đường bộ Việt Nam']);
    expect(organisers('Chiều 17/5, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn chủ trì họp báo về kết quả hội nghị với doanh nghiệp.')).toEqual(['Văn phòng Chính phủ']);
  });
});

describe('organisers: bare-body-takes-article-place (the chair\'s "UBND tỉnh" is the one the article names)', () => {
  it('names the place the article gives the chair\'s body, in the headline or elsewhere', () => {
    expect(organisers('Chủ tịch UBND tỉnh Kon Tum Lê Văn Tâm nghe báo cáo quy hoạch du lịch\nChiều 19-7, đồng chí Lê Văn Tâm-Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì cuộc họp với các sở, ngành về quy hoạch du lịch.')).toEqual(['UBND tỉnh Kon Tum']);
    expect(organisers('Sáng 4/5, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về giải phóng mặt bằng. Theo báo cáo, UBND tỉnh Hà Nam đã giao đất cho 3 dự án.')).toEqual(['UBND tỉnh Hà Nam']);
  });

  it('keeps the bare body when the article names two places for it', () => {
    expect(organisers('Sáng 4/5, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về địa giới. UBND tỉnh Hà Nam và UBND tỉnh Nam Định đã thống nhất ranh giới.')).toEqual(['UBND tỉnh']);
  });
});

describe('meetings: body-has-session ("<Body> có buổi làm việc với …" reports a session the body held)', () => {
  it('reports the dated session and takes the body as its organiser', () => {
    const one = extract(articleOf('Ngày 9-3, Bộ Tài chính có buổi làm việc với tỉnh Lào Cai về thu ngân sách. Ông Lê Văn Sơn, Chủ tịch UBND tỉnh Lào Cai đề nghị hỗ trợ vốn.')).meetings[0];
    expect(one?.date).toBe('--03-09');
    expect(one?.organizers.map((o) => o.name)).toEqual(['Bộ Tài chính']);
    expect(organisers('Chiều 21/8, Sở Y tế đã có cuộc họp với các bệnh viện về phòng chống dịch. Ông Trần Văn Bình, Giám đốc Bệnh viện tỉnh báo cáo tình hình.')).toEqual(['Sở Y tế']);
  });

  it('does not report a session the body merely has planned or had without a date', () => {
    expect(extract(articleOf('Bộ Tài chính sẽ có buổi làm việc với tỉnh Lào Cai về thu ngân sách trong tháng tới.')).meetings).toEqual([]);
  });
});

describe('organisers: body-place-aside (a place set off after the body does not hide its "tổ chức")', () => {
  it('takes the body before ", <Place>" or "(<place>)" and its verb', () => {
    expect(organisers('Chiều 14/6, UBND quận 3, Thành phố Hồ Chí Minh đã tổ chức hội nghị sơ kết công tác trật tự đô thị.')).toEqual(['UBND quận 3']);
    expect(organisers('Sáng 2/10, Sở Y tế (tỉnh Nam Định) tổ chức hội nghị triển khai tiêm chủng. Ông Đỗ Văn Lâm, Giám đốc Sở Y tế chủ trì hội nghị.')).toEqual(['Sở Y tế']);
  });

  it('does not skip a word that is no place', () => {
    expect(organisers('Sáng 2/10, Sở Y tế, Hội Chữ thập đỏ tổ chức hội nghị về hiến máu.')).not.toEqual(['Sở Y tế']);
  });
});

describe('organisers: "<A> cùng <B> tổ chức" — the partner after "cùng" is not the holder', () => {
  it('takes the body before "cùng" as with "cùng với"', () => {
    expect(organisers('Sáng 6.3, UBND tỉnh Hà Giang cùng Sở Văn hóa tỉnh đã có cuộc họp bàn về lễ hội. Ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Hà Giang phát biểu.')).toEqual(['UBND tỉnh Hà Giang']);
    expect(organisers('Chiều 2/9, Sở Tư pháp cùng Hội Luật gia tỉnh tổ chức hội nghị tập huấn hòa giải. Ông Đỗ Văn Tâm, Giám đốc Sở Tư pháp chủ trì hội nghị.')).toEqual(['Sở Tư pháp']);
  });
});

describe('organisers: director-chair-own-body (the one who directs the meeting chairs it for their body)', () => {
  it('takes the body the directing head leads when nobody is said to chair', () => {
    expect(organisers('Sáng 14/3, tại cuộc họp giao ban với các sở, ngành, Chủ tịch UBND tỉnh Bắc Kạn Hà Văn Toàn yêu cầu Giám đốc Sở Xây dựng kiểm tra ngay các công trình chậm tiến độ.')).toEqual(['UBND tỉnh Bắc Kạn']);
    expect(organisers('Tại buổi giao ban tháng 9 với các phòng, ban chuyên môn, Chủ tịch UBND huyện Đình Lập Lý Văn Tài chỉ đạo rà soát toàn bộ hồ sơ cấp đất.')).toEqual(['UBND huyện Đình Lập']);
  });

  it('takes none when the directing official is a national leader', () => {
    expect(organisers('Tại cuộc họp với các bộ, ngành chiều 4/5, Phó Thủ tướng Chính phủ Lê Văn Hòa yêu cầu đẩy nhanh giải ngân vốn đầu tư công.')).toEqual([]);
  });
});

describe('organisers: bodies the lexicon used to miss (treasury, social insurance, associations, institutes, universities)', () => {
  it('takes a treasury, a social insurance office or a university that holds the meeting', () => {
    expect(organisers('Sáng 12/7, Kho bạc Nhà nước tỉnh Thái Bình tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.')).toEqual(['Kho bạc Nhà nước tỉnh Thái Bình']);
    expect(organisers('Chiều 3/8, Bảo hiểm xã hội tỉnh Yên Bái đã tổ chức hội nghị đối thoại với các doanh nghiệp nợ đóng bảo hiểm.')).toEqual(['Bảo hiểm xã hội tỉnh Yên Bái']);
    expect(organisers('Ngày 9/10, Trường Đại học Kinh tế Huế tổ chức hội thảo khoa học về giống cây trồng.')).toEqual(['Trường Đại học Kinh tế Huế']);
  });

  it('takes an association or institute with a capitalised name, in the passive too', () => {
    expect(organisers('Sáng 21/4, Hội Nhà báo tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm.')).toEqual(['Hội Nhà báo tỉnh Lào Cai']);
    expect(organisers('Hội thảo được Hiệp hội Thủy sản Việt Nam tổ chức chiều 14/3 tại Cần Thơ.')).toEqual(['Hiệp hội Thủy sản Việt Nam']);
    expect(organisers('Chiều 2/11, Viện Sử học tổ chức hội thảo về lịch sử vùng đất Nam Bộ.')).toEqual(['Viện Sử học']);
  });

  it('does not read "Hội nghị", "Hội trường" or a name cut inside its compound as a body', () => {
    expect(findBodies('Hội nghị Trung ương 6 khai mạc tại Hội trường Bà Triệu.').map((b) => b.name)).toEqual([]);
    expect(findBodies('HỘI NGHỊ TRUNG ƯƠNG 6 KHAI MẠC').map((b) => b.name)).toEqual([]);
    expect(findBodies('Viện Sức khỏe cộng đồng công bố kết quả khảo sát.').map((b) => b.name)).toEqual([]);
  });
});

describe('organisers: a parent after "thuộc" and a "của" past a missed sentence end', () => {
  it('does not take the parent of the subject as the organiser', () => {
    expect(organisers('Ngày 5/9, Phòng Thí nghiệm trọng điểm thuộc Viện Cơ học đã tổ chức hội thảo quốc tế về vật liệu mới.')).toEqual([]);
  });

  it('does not read a body after a missed sentence end as the meeting\'s', () => {
    expect(meetingOrganizers('Việc này sẽ được bàn tại cuộc họp giao ban lãnh đạo UBND TP. Trước đó, dự án đã nhận kiến nghị của Hiệp hội Du lịch Phú Quốc.', 'Việc này sẽ được bàn tại '.length).map((b) => b.name)).toEqual([]);
    expect(meetingOrganizers('Vấn đề được nêu tại buổi làm việc sáng 4/5. Sau đó, ý kiến của Hội Nông dân tỉnh được gửi lên.', 'Vấn đề được nêu tại '.length).map((b) => b.name)).toEqual([]);
  });
});

describe('organisers: time-between-holder-and-verb and a partner after "phối hợp cùng"', () => {
  it('takes the body when a time of day stands before its "tổ chức"', () => {
    expect(organisers('Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng sáng nay tổ chức hội nghị triển khai vụ lúa đông xuân.')).toEqual(['Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng']);
    expect(organisers('UBND huyện Mường Khương chiều 16/8 đã tổ chức hội nghị sơ kết công tác giảm nghèo.')).toEqual(['UBND huyện Mường Khương']);
  });

  it('leaves out the partner after "phối hợp cùng"', () => {
    expect(organisers('Sáng 7/4, UBND tỉnh Quảng Ngãi phối hợp cùng Bộ Công Thương tổ chức hội nghị xúc tiến thương mại.')).toEqual(['UBND tỉnh Quảng Ngãi']);
    expect(organisers('Sở Tài chính phối hợp cùng Kho bạc Nhà nước tỉnh chiều qua tổ chức hội nghị tập huấn quyết toán ngân sách.')).toEqual(['Sở Tài chính']);
  });
});

describe('organisers: agency-named-in-head-title (an inspectorate or a "Phòng" headed by the chair)', () => {
  it('takes the inspectorate, audit office or Phòng whose head (or deputy) chairs when no organiser is named', () => {
    expect(organisers('Chiều 4/9, Tổng Thanh tra Chính phủ Lê Văn Hải chủ trì hội nghị trực tuyến sơ kết công tác thanh tra 9 tháng.')).toEqual(['Thanh tra Chính phủ']);
    expect(organisers('Sáng 12/3, ông Trần Văn Minh, Trưởng phòng Tài nguyên và Môi trường huyện Yên Lạc chủ trì cuộc họp về cấp giấy chứng nhận quyền sử dụng đất.')).toEqual(['Phòng Tài nguyên và Môi trường huyện Yên Lạc']);
    expect(organisers('Ngày 5/10, Phó Tổng Kiểm toán Nhà nước Đỗ Văn Bình chủ trì hội nghị triển khai kế hoạch kiểm toán năm sau.')).toEqual(['Kiểm toán Nhà nước']);
  });

  it('does not make a body of a room named "Phòng"', () => {
    expect(findBodies('Cuộc họp diễn ra tại phòng họp số 2 của UBND tỉnh.').map((b) => b.name)).toEqual(['UBND tỉnh']);
    expect(findBodies('Phòng chống dịch bệnh là việc của Sở Y tế.').map((b) => b.name)).toEqual(['Sở Y tế']);
  });
});

describe('organisers: the standing committee written "UBTVQH", and "thường kì" spelt with ì', () => {
  it('takes UBTVQH after "phiên họp … của"', () => {
    expect(names(meetingOrganizers('Chủ tịch Quốc hội phát biểu bế mạc phiên họp thứ 9 của UBTVQH.', 'Chủ tịch Quốc hội phát biểu bế mạc '.length))).toEqual(['UBTVQH']);
    expect(names(meetingOrganizers('Tại phiên họp thứ 12 của UBTVQH chiều 3/4, các ý kiến tán thành dự án luật.', 'Tại '.length))).toEqual(['UBTVQH']);
  });

  it('takes the body right after "họp báo thường kì"', () => {
    expect(names(meetingOrganizers('Tại cuộc họp báo thường kì Bộ Tài chính chiều 6-8, Thứ trưởng Lê Văn Hòa cho biết thu ngân sách tăng.', 'Tại '.length))).toEqual(['Bộ Tài chính']);
    expect(names(meetingOrganizers('Tại buổi họp báo định kì Sở Y tế sáng 2/3, ông Trần Văn Nam thông tin về dịch sốt xuất huyết.', 'Tại '.length))).toEqual(['Sở Y tế']);
  });
});

describe('organisers: seat-is-no-holder ("tại trụ sở <A>, <B> đã họp": A is the place)', () => {
  it('takes only the body that meets, not the one whose seat it is', () => {
    expect(names(meetingOrganizers('Ngày 5/3, tại trụ sở Trung ương Đảng, Ban Bí thư đã họp để xem xét kỷ luật cán bộ.', 'Ngày 5/3, tại trụ sở Trung ương Đảng, Ban Bí thư đã '.length))).toEqual(['Ban Bí thư']);
    expect(names(meetingOrganizers('Sáng 2/6, tại trụ sở UBND tỉnh, Ban Chỉ đạo 389 tỉnh tổ chức hội nghị sơ kết.', 'Sáng 2/6, tại trụ sở UBND tỉnh, Ban Chỉ đạo 389 tỉnh tổ chức '.length))).toEqual(['Ban Chỉ đạo 389 tỉnh']);
  });
});

describe('organisers: ministry-written-bare (a minister titled without "Bộ" chairs for the ministry the article names)', () => {
  it('takes "Bộ <remit>" as the article writes it', () => {
    expect(organisers('Sáng 8/3, Thứ trưởng Y tế Lê Văn Hòa chủ trì cuộc họp về dịch sởi. Bộ Y tế đề nghị các tỉnh tăng cường tiêm chủng.')).toEqual(['Bộ Y tế']);
    expect(organisers('Chiều 2/5, Thứ trưởng Tư pháp Trần Văn Nam chủ trì buổi họp báo về công tác thi hành án. Theo Bộ Tư pháp, số việc tồn đọng giảm.')).toEqual(['Bộ Tư pháp']);
  });

  it('takes nothing when the article names the ministry only with a country after it, or not at all', () => {
    expect(organisers('Ngày 13/5, Bộ trưởng Nội vụ Anh Jane Smith chủ trì cuộc họp khẩn. Bộ Nội vụ Anh cho biết đã nâng mức cảnh báo.')).toEqual([]);
    expect(organisers('Sáng 8/3, Thứ trưởng Y tế Lê Văn Hòa chủ trì cuộc họp về dịch sởi.')).toEqual([]);
  });
});

describe('organisers: chair-post-own-body for a provincial police and a management board', () => {
  it('takes the Công an tỉnh whose director, or the Ban Quản lý whose head, chairs', () => {
    expect(organisers('Ngày 16/6, Thiếu tướng Lê Văn Sơn, Giám đốc Công an tỉnh Lâm Đồng chủ trì cuộc họp đánh giá vụ việc.')).toEqual(['Công an tỉnh Lâm Đồng']);
    expect(organisers('Sáng 26/5, ông Trần Văn Quang, Trưởng Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh chủ trì buổi họp với doanh nghiệp.')).toEqual(['Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh']);
  });
});

describe('organisers: the issuer of a document the meeting deals with (pattern: document-issuer-is-no-holder)', () => {
  it('does not take the body after "Kết luận/Nghị quyết/Chỉ thị … của" for the meeting\'s holder', () => {
    expect(organisers('Sáng 5/7, Thủ tướng Chính phủ Lê Văn An chủ trì phiên họp triển khai Kết luận của Bộ Chính trị về sắp xếp doanh nghiệp nhà nước.')).toEqual([]);
    expect(organisers('Chiều 16/1, Phó Thủ tướng Trần Văn Bình chủ trì hội nghị quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về tinh gọn bộ máy.')).toEqual([]);
  });

  it('falls back to the chair\'s own body and still reads "cuộc họp của <Body>"', () => {
    expect(organisers('Sáng 5/7, đồng chí Lê Văn Nam, Phó Chủ tịch UBND tỉnh Nam Định chủ trì hội nghị triển khai Chỉ thị 05 ngày 15/5/2016 của Bộ Chính trị.')).toEqual(['UBND tỉnh Nam Định']);
    expect(organisers('Sáng 5/7, ông Lê Văn Nam chủ trì cuộc họp thường kỳ của Ban Chỉ đạo phòng chống dịch tỉnh Nam Định.')).toEqual(['Ban Chỉ đạo phòng chống dịch tỉnh Nam Định']);
  });
});

describe('organisers: a Deputy Prime Minister who is also a minister (pattern: national-leader-holds-for-no-ministry)', () => {
  it('gives no ministry as organiser when the post written first is a national leader\'s', () => {
    expect(organisers('Sáng 5/7, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Trần Văn Hải chủ trì cuộc họp với các bộ, ngành về công tác chuẩn bị Năm APEC.')).toEqual([]);
    expect(organisers('Chiều 9/10, Phó Thủ tướng Chính phủ Lê Minh Khang, Bộ trưởng Bộ Tài chính chủ trì hội nghị trực tuyến với các địa phương về giải ngân vốn.')).toEqual([]);
  });

  it('still takes the ministry of a minister who holds no national post, and a body the text names', () => {
    expect(organisers('Sáng 5/7, Bộ trưởng Bộ Ngoại giao Trần Văn Hải chủ trì cuộc họp với các đơn vị của Bộ về công tác lãnh sự.')).toEqual(['Bộ Ngoại giao']);
    expect(organisers('Sáng 5/7, Bộ Ngoại giao tổ chức hội nghị về công tác lãnh sự. Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Trần Văn Hải chủ trì hội nghị.')).toEqual(['Bộ Ngoại giao']);
  });
});

describe('organisers: a body said to chair the meeting (body-chairs-meeting)', () => {
  it('takes the body that chairs a working session or conference as its holder, not the parties it brings together', () => {
    expect(organisers('Sáng 12/4, Sở Tài nguyên và Môi trường tỉnh Long An chủ trì buổi làm việc giữa UBND huyện Đức Hòa và các hộ dân về bồi thường giải phóng mặt bằng.')).toEqual(['Sở Tài nguyên và Môi trường tỉnh Long An']);
    expect(organisers('Ngày 5/9, UBND huyện Châu Thành đã chủ trì hội nghị bàn phương án phòng chống hạn mặn. Ông Phạm Văn Long, Chủ tịch UBND huyện phát biểu chỉ đạo.')).toEqual(['UBND huyện Châu Thành']);
  });

  it('does not take a body given the task of chairing, nor the body of a chair\'s post', () => {
    expect(organisers('Ngày 3/5, Cảng vụ hàng không kiến nghị Cục Hàng không Việt Nam chủ trì cuộc họp với các đơn vị liên quan. Ông Trần Văn Đức, Giám đốc Cảng vụ cho biết như vậy.')).not.toContain('Cục Hàng không Việt Nam');
    expect(organisers('Ngày 5/9, ông Trần Văn An, Bí thư Tỉnh ủy chủ trì hội nghị sơ kết công tác dân vận.')).toEqual([]);
  });
});

describe('organisers: a body that works with another (body-works-with)', () => {
  it('takes the body that "làm việc với" another as the holder of the working session', () => {
    expect(organisers('Sáng 14/3, Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Tuy Phước. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì buổi làm việc.')).toEqual(['Thường trực Tỉnh ủy']);
    expect(organisers('Chiều 9/10, Sở Kế hoạch và Đầu tư đã làm việc với các doanh nghiệp trong khu công nghiệp. Ông Lê Minh Tâm, Giám đốc Sở Kế hoạch và Đầu tư chủ trì buổi làm việc.')).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(organisers('Sáng 6/2, Ban Thường vụ Tỉnh ủy tiếp tục làm việc với Đảng ủy Khối doanh nghiệp tỉnh. Đồng chí Lê Văn An, Bí thư Tỉnh ủy chủ trì buổi làm việc.')).toEqual(['Ban Thường vụ Tỉnh ủy']);
  });

  it('does not take the ministry in a host\'s post for the holder of talks', () => {
    expect(organisers('Ngày 6/7, Thượng tướng Lê Văn Tâm, Bộ trưởng Bộ Công an làm việc với ông John Smith, Tổng Thư ký Tổ chức Cảnh sát hình sự quốc tế.')).not.toContain('Bộ Công an');
  });
});

describe('organisers: partner-after-cooperates', () => {
  it('takes the hosts joined before "chủ trì phối hợp với", not the partners after it', () => {
    expect(organisers('Sáng 12/4, Sở Tư pháp và Sở Nội vụ chủ trì phối hợp với Hội Luật gia tỉnh, Liên đoàn Lao động tỉnh tổ chức hội nghị tập huấn pháp luật.')).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
    expect(organisers('Chiều 3/9, Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh tổ chức hội nghị giao ban công tác dân vận quý III.')).toEqual(['Ban Dân vận Tỉnh ủy']);
  });

  it('reads "phối hợp" without "với" as naming a partner too', () => {
    expect(organisers('Sáng 6/7, Bộ Chỉ huy Quân sự tỉnh phối hợp Sở Lao động - Thương binh và Xã hội đã tổ chức hội thảo về công tác tìm kiếm hài cốt liệt sĩ.')).toEqual(['Bộ Chỉ huy Quân sự tỉnh']);
    expect(organisers('Ngày 14/10, Hội Nông dân tỉnh phối hợp Ngân hàng Chính sách xã hội tỉnh tổ chức hội nghị đối thoại với nông dân.')).toEqual(['Hội Nông dân tỉnh']);
  });

  it('does not take a partner for the host when words that name no body stand between', () => {
    expect(organisers('Đó là nội dung buổi tọa đàm do Bộ Tài chính phối hợp với Cổng thông tin điện tử Chính phủ tổ chức sáng 10/3 tại Hà Nội. Ông Lê Văn Hải, Thứ trưởng Bộ Tài chính phát biểu.')).toEqual(['Bộ Tài chính']);
    expect(organisers('Sáng 9/6, hai bên đã phối hợp với UBND tỉnh Bình Định tổ chức hội nghị chuyên đề về tàu cá. Ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Bình Định phát biểu.')).not.toContain('UBND tỉnh Bình Định');
  });
});

describe('organisers: topic-owner-is-no-holder', () => {
  it('takes no holder from the body that owns the proposals, decisions or pages the meeting is about', () => {
    expect(organisers('Chiều 28/5, Phó Thủ tướng Trần Văn Minh chủ trì cuộc họp nghe các bộ báo cáo về việc tiếp thu các kiến nghị của Hiệp hội Du lịch tỉnh Khánh Hòa.')).not.toContain('Hiệp hội Du lịch tỉnh Khánh Hòa');
    expect(organisers('Chiều 17/5, Bộ trưởng Lê Văn Tùng chủ trì cuộc họp báo để thông báo những quyết định quan trọng của Chính phủ sau hội nghị với doanh nghiệp.')).not.toContain('Chính phủ');
  });

  it('takes no holder from the body whose experience a seminar discusses', () => {
    expect(organisers('Sáng 6/7, Chủ tịch Quốc hội Trần Thị Lan và Chủ tịch Quốc hội Lào Bounmy Keo đồng chủ trì hội thảo chuyên đề về “Kinh nghiệm giám sát về đất đai của Hội đồng nhân dân”.')).toEqual([]);
    expect(organisers('Chiều 4/7, tại Sơn La diễn ra hội thảo về kinh nghiệm hoạt động của Hội đồng nhân dân các tỉnh biên giới. Bà Lê Thị Hoa, Phó Chủ tịch Quốc hội phát biểu.')).toEqual([]);
  });

  it('still takes the body after "của" that holds the meeting', () => {
    expect(organisers('Chiều 29/5, tại buổi họp báo thường kỳ của Bộ Tài nguyên và Môi trường, ông Lê Văn Hải, Vụ trưởng Vụ Pháp chế cho biết.')).toEqual(['Bộ Tài nguyên và Môi trường']);
  });
});

describe('organisers: a body that "tiếp tục" holds its meeting', () => {
  it('takes the body of "<Body> tiếp tục họp / tổ chức" as the holder', () => {
    expect(organisers('Ngày 4/7, dưới sự chủ trì của Thủ tướng Lê Văn Hải, Chính phủ tiếp tục họp phiên thường kỳ tháng 6 để cho ý kiến về các dự án luật. Thủ tướng Lê Văn Hải phát biểu chỉ đạo phiên họp.')).toEqual(['Chính phủ']);
    expect(organisers('Sáng 12/9, Hội Nông dân tỉnh đã tiếp tục tổ chức hội nghị tập huấn về chuyển đổi số. Bà Lê Thị Hoa phát biểu khai mạc hội nghị.')).toEqual(['Hội Nông dân tỉnh']);
  });
});

describe('organisers: steering-body-unnamed ("Trưởng Ban Chỉ đạo chủ trì", "cuộc họp của Ban chỉ đạo")', () => {
  it('gives no organiser for a steering body named by its head word alone', () => {
    expect(organisers('Chiều 7/6, cuộc họp lần thứ 8 đã diễn ra tại Trụ sở Chính phủ. Phó Thủ tướng Lê Văn Minh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.')).toEqual([]);
  });
  it('takes the steering body\'s name from the chair\'s post, remit in lower case', () => {
    expect(organisers('Ngày 1/7, Phó Thủ tướng Lê Văn Minh, Trưởng Ban chỉ đạo điều hành giá đã chủ trì buổi làm việc của Ban chỉ đạo, đánh giá công tác điều hành giá.')).toEqual(['Ban chỉ đạo điều hành giá']);
    expect(organisers('Sáng 11/7, Phó Thủ tướng Lê Văn Minh, Trưởng Ban chỉ đạo đổi mới và phát triển doanh nghiệp đã chủ trì cuộc họp sơ kết công việc 6 tháng đầu năm của Ban chỉ đạo.')).toEqual(['Ban chỉ đạo đổi mới và phát triển doanh nghiệp']);
  });
});

describe('organisers: standing board of a people\'s committee ("Thường trực UBND …") as written', () => {
  it('keeps the standing board that held the meeting, not its parent committee', () => {
    expect(organisers('Sáng 15/6, Thường trực UBND tỉnh Long An đã tổ chức cuộc họp sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm.')).toEqual(['Thường trực UBND tỉnh Long An']);
    expect(organisers('Chiều 2/3, Thường trực Ủy ban nhân dân huyện Đông Anh tổ chức hội nghị giao ban với các xã.')).toEqual(['Thường trực Ủy ban nhân dân huyện Đông Anh']);
  });
});

describe('organisers: abbreviated standing committee and a bloc party committee (party-committee-abbreviations)', () => {
  it('keeps "BTV" in front of a party committee as the body that held the meeting', () => {
    expect(organisers('Sáng 9/6, BTV Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết của Trung ương. Bí thư Tỉnh ủy Hà Văn Sơn chủ trì hội nghị.')).toEqual(['BTV Tỉnh ủy']);
    expect(organisers('Chiều 14/2, BTV Huyện ủy Cẩm Khê tổ chức hội nghị sơ kết công tác quý I. Đồng chí Lê Văn Cường, Bí thư Huyện ủy chủ trì.')).toEqual(['BTV Huyện ủy Cẩm Khê']);
  });
  it('a bare "BTV" names no body', () => {
    expect(findBodies('Ông Nguyễn Văn A, BTV của đài, dẫn chương trình.').map((b) => b.name)).toEqual([]);
  });
  it('reads "Đảng ủy Khối các cơ quan tỉnh" whole, not the "Ban Chấp hành" its conference is named for', () => {
    expect(organisers('Ngày 20/5, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 12, đồng chí Ngô Văn Phúc – Bí thư Đảng ủy Khối chủ trì hội nghị.')).toEqual(['Đảng ủy Khối các cơ quan tỉnh']);
    expect(organisers('Sáng 4/7, Đảng ủy khối doanh nghiệp tỉnh tổ chức hội nghị tổng kết năm. Đồng chí Trần Văn Lộc, Bí thư Đảng ủy Khối chủ trì.')).toEqual(['Đảng ủy khối doanh nghiệp tỉnh']);
  });
});

describe('organisers: a bracketed abbreviation after the body (body-abbreviation-aside)', () => {
  it('takes the body whose abbreviation stands between it and its verb', () => {
    expect(organisers('Sáng 14/3, Tập đoàn Điện lực Việt Nam (EVN) đã tổ chức hội nghị sơ kết công tác an toàn quý I. Ông Lê Văn Thành, Tổng Giám đốc EVN chủ trì hội nghị.')).toEqual(["Tập đoàn Điện lực Việt Nam"]);
    expect(organisers('Chiều 21/9, Ngân hàng Nhà nước (NHNN) tổ chức hội nghị triển khai nhiệm vụ những tháng cuối năm với các tổ chức tín dụng, Phó Thống đốc Đào Minh Hải chủ trì.')).toEqual(['Ngân hàng Nhà nước']);
  });

  it('reads the passive agent past its abbreviation', () => {
    expect(organisers('Tại hội thảo về chuyển đổi số do Hiệp hội Phần mềm Việt Nam (VINASA) tổ chức chiều 12/5, ông Trần Văn Khải, Chủ tịch Hiệp hội phát biểu khai mạc.')).toEqual(['Hiệp hội Phần mềm Việt Nam']);
    expect(organisers('Tại Hội nghị xúc tiến thương mại do Bộ Công Thương (BCT) tổ chức sáng 8/6, Thứ trưởng Lê Minh Hòa cho biết, xuất khẩu tăng mạnh.')).toEqual(['Bộ Công Thương']);
  });
});

describe('organisers: a body told to organise something does not hold the meeting (directed-body-is-no-holder)', () => {
  it('leaves out a body (or its head) after "yêu cầu", "giao", "đề nghị"', () => {
    expect(organisers('Chiều 4/7, Phó Thủ tướng Lê Văn Tâm chủ trì cuộc họp về giải ngân vốn đầu tư công. Phó Thủ tướng yêu cầu Bộ trưởng Bộ Tài chính tổ chức kiểm điểm trách nhiệm.')).toEqual([]);
    expect(organisers('Sau cuộc họp sáng 5/6, Thứ trưởng Nguyễn Văn Bảo cho biết, Bộ đã giao Tổng cục Thủy lợi tổ chức họp đánh giá các cá nhân liên quan.')).toEqual([]);
  });

  it('still takes the body that organised it as the subject', () => {
    expect(organisers('Sáng 9/5, Sở Tư pháp tổ chức hội nghị tập huấn công tác hòa giải. Giám đốc Sở Tư pháp Đỗ Văn Tâm yêu cầu các huyện tổ chức tốt công tác hòa giải.')).toEqual(['Sở Tư pháp']);
  });
});

describe('organisers: partner-list-unread ("A phối hợp với <partners the reader does not take whole> và B tổ chức")', () => {
  it('takes the body before "phối hợp" when the partners after it are not all read as bodies', () => {
    expect(organisers('Sáng 14/3, Sở Văn hóa phối hợp với Báo Lao động, Đài Phát thanh tỉnh và Hội Nông dân tỉnh tổ chức hội nghị tập huấn tuyên truyền.')).toEqual(['Sở Văn hóa']);
    expect(organisers('Ngày 9/10 tại Huế, Ban Dân vận Tỉnh ủy phối hợp cùng Bộ Tài nguyên và môi trường và Hội Cựu chiến binh tỉnh tổ chức hội nghị về bảo vệ môi trường.')).toEqual(['Ban Dân vận Tỉnh ủy']);
  });

  it('still takes the hosts joined before "chủ trì phối hợp với"', () => {
    expect(organisers('Sáng 12/4, Sở Tư pháp và Sở Nội vụ chủ trì phối hợp với Hội Luật gia tỉnh, Liên đoàn Lao động tỉnh tổ chức hội nghị tập huấn pháp luật.')).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
  });
});

describe('organisers: post-body-is-no-cohost (a body inside the chair\'s post is not listed with the holder)', () => {
  it('leaves out the body of a post that ends the chair\'s titles before the holder', () => {
    expect(organisers('Sáng 2/6, dưới sự chủ trì của đồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng đoàn Đại biểu Quốc hội tỉnh, UBND tỉnh đã tổ chức phiên họp thảo luận các tờ trình.')).toEqual(['UBND tỉnh']);
    expect(organisers('Chiều 8/9, dưới sự chủ trì của đồng chí Hà Thị Mai, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh, Thường trực Tỉnh ủy đã họp phiên thường kỳ.')).toEqual(['Thường trực Tỉnh ủy']);
  });

  it('keeps hosts listed after "do" and a parent named through "thuộc" out', () => {
    expect(organisers('Chiều 30/6, Bộ trưởng Lê Văn Hải đã dự tọa đàm kinh tế do Bộ Kế hoạch và Đầu tư và Bộ Tài chính phối hợp tổ chức.')).toEqual(['Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính']);
    expect(organisers('Ngày 1/6, Trung tâm nghiên cứu Đông Nam Á thuộc Viện Kinh tế, Viện Hàn lâm Khoa học Nga đã tổ chức hội thảo bàn tròn về hợp tác.')).toEqual([]);
  });
});

describe('organisers: steering-body-named-in-lead ("Ban chỉ đạo …" holding the meeting in the lead names the bare one)', () => {
  it('names the steering body the lead says met, when the chair\'s sentence calls it "Ban chỉ đạo" only', () => {
    expect(organisers('Chiều 7/6, tại Trụ sở Chính phủ, Ban chỉ đạo khắc phục sự cố môi trường 4 tỉnh miền Trung đã họp phiên thứ 9 dưới sự chủ trì của Phó Thủ tướng Lê Văn Bình, Trưởng Ban chỉ đạo. Phó Thủ tướng Lê Văn Bình, Trưởng Ban chỉ đạo khắc phục sự cố môi trường 4 tỉnh miền Trung chủ trì phiên họp thứ 9 của Ban chỉ đạo. Phó Thủ tướng yêu cầu các bộ khẩn trương hoàn thành việc chi trả.'))
      .toEqual(['Ban chỉ đạo khắc phục sự cố môi trường 4 tỉnh miền Trung']);
    expect(organisers('Sáng 3/3, Ban chỉ đạo phòng chống dịch 5 tỉnh Tây Nguyên đã họp phiên thứ 2 dưới sự chủ trì của Phó Thủ tướng Trần Văn Nam, Trưởng Ban chỉ đạo. Phó Thủ tướng Trần Văn Nam, Trưởng Ban chỉ đạo phòng chống dịch 5 tỉnh Tây Nguyên chủ trì phiên họp thứ 2 của Ban chỉ đạo. Phó Thủ tướng yêu cầu các tỉnh báo cáo trước ngày 10/3.'))
      .toEqual(['Ban chỉ đạo phòng chống dịch 5 tỉnh Tây Nguyên']);
  });
});

describe('meetings: body-deliberates-under-chair ("dưới sự chủ trì của A, …, <board> thảo luận / cho ý kiến …")', () => {
  const meeting = (text: string) => extract(articleOf(text)).meetings[0];
  it('reports the meeting, its chair and the board that deliberated', () => {
    const m = meeting('Chiều ngày 20/5, dưới sự chủ trì của đồng chí Phan Văn Lộc, Phó Bí thư thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy thảo luận về đề cương biên soạn lịch sử Đảng bộ tỉnh.');
    expect(names(m?.organizers ?? [])).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(names(m?.chairs ?? [])).toEqual(['Phan Văn Lộc']);
    const n = meeting('Sáng 3/4, dưới sự chủ trì của đồng chí Lê Văn Tâm, Chủ tịch UBND tỉnh, UBND tỉnh đã cho ý kiến về dự thảo quy hoạch tỉnh.');
    expect(names(n?.organizers ?? [])).toEqual(['UBND tỉnh']);
    expect(names(n?.chairs ?? [])).toEqual(['Lê Văn Tâm']);
  });

  it('tells no meeting from a department that only reviews files', () => {
    expect(extract(articleOf('Sáng 3/4, dưới sự chủ trì của đồng chí Lê Văn Tâm, Giám đốc Sở Y tế, Sở Y tế đã xem xét hồ sơ cấp phép.')).meetings).toEqual([]);
  });
});
