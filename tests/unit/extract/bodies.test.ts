import { describe, expect, it } from 'vitest';
import { findBodies, localityOf } from '../../../src/extract/bodies.js';

/** The names of the bodies found in a sentence. */
const bodyNames = (s: string): string[] => findBodies(s).map((b) => b.name);

describe('steering committees named by their purpose', () => {
  it('keeps the lower-case purpose up to the place that closes it', () => {
    const names = findBodies('Sáng 3/4, Ban chỉ đạo khắc phục hậu quả thiên tai 3 tỉnh Tây Nguyên tổ chức hội nghị.').map((b) => b.name);
    expect(names).toContain('Ban chỉ đạo khắc phục hậu quả thiên tai 3 tỉnh Tây Nguyên');
  });
  it('keeps a remit written right after the head ("phòng, chống …") up to the place word', () => {
    const names = (text: string) => findBodies(text).map((b) => b.name);
    expect(names('Sáng 4/3, Ban Chỉ đạo phòng, chống thiên tai tỉnh tổ chức hội nghị.')).toContain('Ban Chỉ đạo phòng, chống thiên tai tỉnh');
    expect(names('Chiều 3/8, Ban Chỉ đạo phòng chống dịch thành phố họp trực tuyến với các quận.')).toContain('Ban Chỉ đạo phòng chống dịch thành phố');
    expect(names('Ban Chỉ đạo phòng, chống tham nhũng tổ chức phiên họp thứ 10.')).toContain('Ban Chỉ đạo phòng, chống tham nhũng');
  });
  it('stops at a predicate', () => {
    const names = findBodies('Ban chỉ đạo họp tại tỉnh Quảng Nam.').map((b) => b.name);
    expect(names).toContain('Ban chỉ đạo');
  });
});

describe('economic zones and abbreviated localities in body names', () => {
  it.each([
    ['Chiều 2/6, Ban Quản lý Khu Công nghệ cao Hòa Lạc tổ chức hội nghị xúc tiến đầu tư.', 'Ban Quản lý Khu Công nghệ cao Hòa Lạc'],
    ['Sáng 7/3, Ban Quản lý Khu kinh tế tỉnh tổ chức hội nghị tổng kết năm 2023.', 'Ban Quản lý Khu kinh tế tỉnh'],
    ['Đồng chí Lê Văn Tùng, Trưởng Ban Quản lý Khu công nghiệp Phố Nối chủ trì hội nghị.', 'Ban Quản lý Khu công nghiệp Phố Nối'],
  ])('a zone\'s lower-case kind after "Khu" stays in the name: %s', (sentence, name) => {
    expect(findBodies(sentence).map((b) => b.name)).toContain(name);
  });
  it('an abbreviated city is named in full as the locality', () => {
    expect(localityOf('Sở Kế hoạch và Đầu tư TP.HCM')).toBe('Hồ Chí Minh');
    expect(localityOf('UBND TP HCM')).toBe('Hồ Chí Minh');
    expect(localityOf('UBND thành phố Hà Nội')).toBe('Hà Nội');
  });
});

describe('mass organisations written with an abbreviation', () => {
  it('reads "Hội LHPN …" and "Hội CCB …" as bodies', () => {
    expect(findBodies('Chiều 2/3, Hội LHPN tỉnh Bình Thuận tổ chức hội nghị.').map((b) => b.name)).toEqual(['Hội LHPN tỉnh Bình Thuận']);
    expect(findBodies('Sáng 7/7, Hội CCB huyện Ba Vì tổng kết công tác hội.').map((b) => b.name)).toEqual(['Hội CCB huyện Ba Vì']);
  });
});

describe('bodies: complete-head ("UBTVQH" is a whole name, at most with its term)', () => {
  it('does not run on into what follows the abbreviation', () => {
    expect(findBodies('Chủ tịch Quốc hội bế mạc phiên họp thứ 8 của UBTVQH 2 Nghị quyết được thông qua').map((b) => b.name)).toEqual(['Quốc hội', 'UBTVQH']);
    expect(findBodies('Phiên họp của UBTVQH khóa XIV diễn ra sáng nay.').map((b) => b.name)).toEqual(['UBTVQH khóa XIV']);
  });
});

describe('bodies: intergovernmental-commission ("Ủy ban liên Chính phủ (về …) <A> - <B>")', () => {
  it('takes the lower-case "liên", its remit and the two countries as the name', () => {
    expect(findBodies('Hai Thủ tướng đồng chủ trì kỳ họp lần thứ 12 Ủy ban liên Chính phủ về hợp tác kinh tế Việt Nam - Campuchia.').map((b) => b.name)).toEqual(['Ủy ban liên Chính phủ về hợp tác kinh tế Việt Nam - Campuchia']);
    expect(findBodies('Kỳ họp thứ 5 Ủy ban liên Chính phủ Việt Nam-Cuba diễn ra sáng nay.').map((b) => b.name)).toEqual(['Ủy ban liên Chính phủ Việt Nam-Cuba']);
  });

  it('keeps a bare "Ủy ban liên Chính phủ" when no countries follow', () => {
    expect(findBodies('Ủy ban liên Chính phủ đã họp phiên thường kỳ.').map((b) => b.name)).toEqual(['Ủy ban liên Chính phủ']);
  });
});

describe('abbreviation-joined-by-ampersand', () => {
  it('reads two capital abbreviations joined by a spaced "&" as one remit', () => {
    expect(findBodies('Sáng 9/6, Bộ NN & PTNT đã phối hợp với UBND tỉnh tổ chức hội nghị.').map((b) => b.name)).toContain('Bộ NN & PTNT');
    expect(findBodies('Chiều 2/3, Sở TN & MT tỉnh Nam Định tổ chức hội nghị.').map((b) => b.name)).toContain('Sở TN & MT tỉnh Nam Định');
  });
  it('does not join a body to a word after "&" that is no abbreviation', () => {
    expect(findBodies('Công ty An & Bình tổ chức hội nghị.').map((b) => b.name)).not.toContain('Công ty An & Bình');
  });
});

describe('steering-remit-cong-tac: a steering body\'s remit opening with "công tác"', () => {
  const names = (text: string) => findBodies(text).map((b) => b.name);
  it('keeps "công tác …" up to the place word or the predicate', () => {
    expect(names('Sáng 3/10, Ban Chỉ đạo công tác đối ngoại tỉnh tổ chức hội nghị tổng kết năm 2024.')).toEqual(['Ban Chỉ đạo công tác đối ngoại tỉnh']);
    expect(names('Chiều 14/5, Ban Chỉ đạo công tác thông tin đối ngoại huyện họp phiên thường kỳ.')).toEqual(['Ban Chỉ đạo công tác thông tin đối ngoại huyện']);
    expect(names('Đồng chí Hà Văn Quý, Trưởng Ban Chỉ đạo công tác cải cách hành chính tỉnh chủ trì hội nghị.')).toContain('Ban Chỉ đạo công tác cải cách hành chính tỉnh');
  });
  it('a working delegation ("Đoàn công tác") gets no remit', () => {
    expect(names('Đoàn công tác liên ngành tỉnh làm việc với UBND huyện.')).not.toContain('Đoàn công tác liên ngành tỉnh');
  });
});

describe('country-pair-after-viet: a body named for Việt Nam and another country', () => {
  const names = (text: string) => findBodies(text).map((b) => b.name);
  it('keeps the dash and the country, then the place word, and stops there', () => {
    expect(names('Dự hội nghị có bà Lò Thị Hương, Phó Chủ tịch Hội Hữu nghị Việt - Pháp tỉnh.')).toEqual(['Hội Hữu nghị Việt - Pháp tỉnh']);
    expect(names('Sáng 8/3, Hội Hữu nghị Việt Nam - Ấn Độ tổ chức gặp mặt kỷ niệm.')).toEqual(['Hội Hữu nghị Việt Nam - Ấn Độ']);
    expect(names('Chủ tịch Hội Hữu nghị Việt Nam - Cu-ba Lê Văn Sang phát biểu.')).toContain('Hội Hữu nghị Việt Nam - Cu-ba');
  });
  it('a dash before a post or a name is no part of the body', () => {
    expect(names('Đồng chí Vũ Văn Toàn, Phó Chủ tịch Hội Nông dân Việt Nam - Trưởng đoàn công tác phát biểu.')).toEqual(['Hội Nông dân Việt Nam']);
    expect(names('Hội Nông dân Việt Nam - Chi hội Đông Xá tổ chức họp.')).not.toContain('Hội Nông dân Việt Nam - Chi hội Đông Xá');
  });
});

describe('steering-review-remit: a steering body named for reviewing a document', () => {
  const names = (text: string) => findBodies(text).map((b) => b.name);
  it('reads the remit, document number, issuer and place as its name, in either case', () => {
    expect(names('Sáng 3/4, Ban Chỉ đạo Sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW của tỉnh tổ chức hội nghị.')).toEqual(['Ban Chỉ đạo Sơ kết 5 năm thực hiện Nghị quyết số 26-NQ/TW của tỉnh']);
    expect(names('Chiều 9/8, Ban Chỉ đạo tổng kết 10 năm thực hiện Chỉ thị 40-CT/TW huyện Tam Nông họp phiên thứ nhất.')).toEqual(['Ban Chỉ đạo tổng kết 10 năm thực hiện Chỉ thị 40-CT/TW huyện Tam Nông']);
  });
  it('leaves a steering body with a plain number as before', () => {
    expect(names('Ban Chỉ đạo 35 tỉnh tổ chức hội nghị.')).toEqual(['Ban Chỉ đạo 35 tỉnh']);
  });
});

describe('figure-after-name: a verb of change or rank with a number is not part of a body name', () => {
  const names = (text: string) => findBodies(text).map((b) => b.name);
  it('ends the name before "tăng/giảm/đạt … <number>"', () => {
    expect(names('Trong bảng xếp hạng mới, Học viện Nông nghiệp Việt Nam tăng 35 bậc so với năm ngoái.')).toContain('Học viện Nông nghiệp Việt Nam');
    expect(names('Năm nay, Ngân hàng Phát triển Châu Á giảm 15% khoản vay cho khu vực.')).toContain('Ngân hàng Phát triển Châu Á');
    expect(names('Kết quả chấm điểm, Sở Giao thông vận tải đạt 92,5 điểm.')).toContain('Sở Giao thông vận tải');
  });
  it('keeps a number that is the name\'s own', () => {
    expect(names('Sáng 9/5, Quân khu 7 tổ chức hội nghị tổng kết.')).toContain('Quân khu 7');
    expect(names('Chiều 6/2, Ban Chỉ đạo 35 tổ chức hội nghị giao ban.')).toContain('Ban Chỉ đạo 35');
  });
});

describe('bodies: what ends a name (modal-after-name, party-committee-in-name, remit-joined-by-ampersand)', () => {
  it('does not take a modal or determiner after the name', () => {
    expect(bodyNames('UBND huyện Mai Sơn phải hoàn thành việc giải phóng mặt bằng trong tháng 6.')).toEqual(['UBND huyện Mai Sơn']);
    expect(bodyNames('Sở Y tế Cà Mau cần chủ động phương án phòng dịch.')).toEqual(['Sở Y tế Cà Mau']);
    expect(bodyNames('Lãnh đạo các Sở khác cùng dự buổi làm việc.')).toEqual([]);
    expect(bodyNames('Tổng cục Hậu cần tổ chức hội nghị tổng kết.')).toEqual(['Tổng cục Hậu cần']);
  });

  it('keeps a local party committee at the end of a name', () => {
    expect(bodyNames('Ban Chỉ đạo 35 Tỉnh ủy tăng cường công tác tuyên truyền.')).toEqual(['Ban Chỉ đạo 35 Tỉnh ủy']);
    expect(bodyNames('Ban Thường vụ Đảng ủy họp thường kỳ tháng 5.')).toEqual(['Ban Thường vụ Đảng ủy']);
  });

  it('reads a remit joined by a spaced "&" whole, and not one cut short', () => {
    expect(bodyNames('Sáng 5/3, Sở Kế hoạch & Đầu tư tổ chức hội nghị xúc tiến đầu tư.')).toEqual(['Sở Kế hoạch & Đầu tư']);
    expect(bodyNames('Sở Tài nguyên & Môi trường Kon Tum cho biết đã kiểm tra 12 mỏ cát.')).toEqual(['Sở Tài nguyên & Môi trường Kon Tum']);
    expect(bodyNames('Bộ Nông nghiệp & Phát triển nông thôn tổ chức hội nghị.')).toEqual(['Bộ Nông nghiệp']);
  });
});

describe('bodies: where a name ends and what it may hold (issue 9)', () => {
  it('head-opens-word: a lower-case syllable right after the head makes a common word, no body', () => {
    expect(bodyNames('Theo Điều 5 Bộ luật Lao động, người sử dụng lao động phải trả lương đúng hạn.')).toEqual([]);
    expect(bodyNames('Sở dĩ dự án chậm là vì vướng mặt bằng.')).toEqual([]);
    expect(bodyNames('Ban trị sự chùa Long Phước tổ chức lễ dâng hoa.')).toEqual([]);
    expect(bodyNames('Các món quà được Ban Tổ Chức chuẩn bị từ trước.')).toEqual(['Ban Tổ Chức']);
  });
  it('tail-after-proper-name: after two capitalised syllables a lower-case word is the next word', () => {
    expect(bodyNames('Các dự án phải báo cáo Bộ Công Thương ngay trong tháng 3.')).toEqual(['Bộ Công Thương']);
    expect(bodyNames('Sáng nay, Công an Đà Nẵng phát hiện một kho hàng lậu.')).toEqual(['Công an Đà Nẵng']);
    expect(bodyNames('Ban Chấp hành Đảng bộ huyện Yên Sơn đề ra năm mục tiêu.')).toEqual(['Ban Chấp hành Đảng bộ huyện Yên Sơn']);
  });
  it('tail-after-proper-name: the name goes on when capitals follow the lower-case syllable', () => {
    expect(bodyNames('Ông Hòa là Phó trưởng Phòng Dự báo Đài Khí tượng Thủy văn Khu vực Tây Bắc.')).toContain('Phòng Dự báo Đài Khí tượng Thủy văn Khu vực Tây Bắc');
    expect(bodyNames('Chiều 4/5, Sở Công Thương Thành phố Cần Thơ họp báo.')).toEqual(['Sở Công Thương Thành phố Cần Thơ']);
  });
  it('first-syllable tails complete a compound whatever follows', () => {
    expect(bodyNames('Ông Tuấn, Cục trưởng Cục Bổ trợ tư pháp Nguyễn Văn Tuấn phát biểu.')).toContain('Cục Bổ trợ tư pháp');
    expect(bodyNames('Công an xã phối hợp với Ban Chỉ huy quân sự huyện tuần tra.')).toContain('Ban Chỉ huy quân sự huyện');
    expect(bodyNames('Theo báo cáo của Ngân hàng Thế giới năm 2018, nợ công giảm.')).toEqual(['Ngân hàng Thế giới']);
  });
  it('count-after-name: a number before a lower-case noun counts something', () => {
    expect(bodyNames('Hội nghị đánh giá công tác chỉ đạo của Chính phủ 6 tháng đầu năm.')).toEqual(['Chính phủ']);
    expect(bodyNames('Doanh nghiệp tặng UBND tỉnh Lai Châu 2 xe cứu thương.')).toEqual(['UBND tỉnh Lai Châu']);
    expect(bodyNames('Ban Chỉ đạo 389 họp sáng nay.')).toEqual(['Ban Chỉ đạo 389']);
    expect(bodyNames('Tổng công ty Sông Đà 5 khởi công nhà máy mới.')).toEqual(['Tổng công ty Sông Đà 5']);
  });
  it('dash-joined-remit: two remits joined by a dash are one name', () => {
    expect(bodyNames('Năm nay, Sở Quy hoạch - Kiến trúc đã rà soát 20 đồ án.')).toEqual(['Sở Quy hoạch - Kiến trúc']);
    expect(bodyNames('Đại diện Vụ Kế hoạch -Tài chính trình bày dự toán.')).toEqual(['Vụ Kế hoạch -Tài chính']);
    expect(bodyNames('Lãnh đạo Phòng Lao động – TB&XH huyện dự họp.')).toEqual(['Phòng Lao động – TB&XH huyện']);
  });
  it('dash-joined-remit: a post, a body or a name after the dash is not joined', () => {
    expect(bodyNames('Ông Lâm, Sở Tài chính - Giám đốc Nguyễn Văn Lâm, cho biết.')).toEqual(['Sở Tài chính']);
    expect(bodyNames('Đại diện Sở Nội vụ - Ban Thi đua khen thưởng dự họp.')).toContain('Sở Nội vụ');
  });
  it('plural-determiner-before-head: "các", "những", a count make a class of bodies', () => {
    expect(bodyNames('Từ ngày 6/7, các Sở GDĐT sẽ công bố điểm thi.')).toEqual([]);
    expect(bodyNames('Đối với 5 BQL Dự án mới thành lập, cần bổ sung nhân sự.')).toEqual([]);
    expect(bodyNames('Lực lượng Cảnh sát 113 Công an tỉnh Bình Định tuần tra đêm qua.')).toContain('Công an tỉnh Bình Định');
    expect(bodyNames('Năm 2016 Sở Xây dựng đã cấp 40 giấy phép.')).toEqual(['Sở Xây dựng']);
  });
  it('plural-after-name: "các cấp" or "các" and a place word of many places', () => {
    expect(bodyNames('Công tác bầu cử đại biểu HĐND các cấp diễn ra an toàn.')).toEqual([]);
    expect(bodyNames('Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố kiểm tra ngay.')).toEqual([]);
    expect(bodyNames('Ông Nam, Vụ Tín dụng các ngành kinh tế, cho biết.')).toContain('Vụ Tín dụng');
  });
  it('document-number-code: an issuer abbreviation inside a document number is no body', () => {
    expect(bodyNames('Theo Quyết định 12/QĐ-UBND, dự án được điều chỉnh.')).toEqual([]);
    expect(bodyNames('Văn bản số 310/UBND-KT nêu rõ thời hạn.')).toEqual([]);
  });
  it('company-type-only: a firm\'s kind with no name is no body', () => {
    expect(bodyNames('Giám đốc Công ty CP xe khách phía Nam cho biết.')).toEqual([]);
    expect(bodyNames('Mỏ đá do Công ty TNHH khai thác từ năm 2010.')).toEqual([]);
    expect(bodyNames('Công ty CP Sữa Ba Vì ký hợp đồng mới.')).toContain('Công ty CP Sữa Ba Vì');
  });
  it('department-remit: a department\'s remit in lower case, and "và" before a closing bracket', () => {
    expect(bodyNames('Trong một diễn biến khác, Cục thuế Bình Dương cho biết đã thu đủ.')).toEqual(['Cục thuế Bình Dương']);
    expect(bodyNames('Hồ sơ gửi về Sở tư pháp trước ngày 5/6.')).toEqual(['Sở tư pháp']);
    expect(bodyNames('Đề xuất gửi UBND tỉnh (qua Sở Kế hoạch và Đầu tư) trước tháng 6.')).toContain('Sở Kế hoạch và Đầu tư');
    expect(bodyNames('Giúp Ban Chỉ đạo xây dựng đề án tổng kết.')).toEqual(['Ban Chỉ đạo']);
  });
  it('code-of-rules: "Bộ Luật …", "Bộ Quy tắc …" name a set of rules, not a ministry', () => {
    expect(bodyNames('Theo Bộ Luật Hình sự, hành vi này bị phạt tù.')).toEqual([]);
    expect(bodyNames('Các bên cam kết sớm hoàn tất Bộ Quy tắc ứng xử trên biển.')).toEqual([]);
    expect(bodyNames('Bộ Tư pháp thẩm định dự thảo luật.')).toEqual(['Bộ Tư pháp']);
  });
  it('broadcasters ("Đài Tiếng nói Việt Nam", "Đài Truyền thanh - Truyền hình …") are bodies', () => {
    expect(bodyNames('Theo Đài Tiếng nói Việt Nam, buổi lễ diễn ra trang trọng.')).toEqual(['Đài Tiếng nói Việt Nam']);
    expect(bodyNames('Phóng viên Đài Truyền thanh - Truyền hình huyện có mặt từ sớm.')).toEqual(['Đài Truyền thanh - Truyền hình huyện']);
  });
  it('a one-letter predicate ("ở") ends a name', () => {
    expect(bodyNames('Đoàn đã làm việc với Tập đoàn Hitachi ở Tokyo.')).toEqual(['Tập đoàn Hitachi']);
    expect(bodyNames('Khoản vay do Ngân hàng HSBC ở Hồng Kông thu xếp.')).toEqual(['Ngân hàng HSBC']);
  });
});
