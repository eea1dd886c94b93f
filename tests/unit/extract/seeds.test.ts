import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../../src/article/index.js';
import { extract } from '../../../src/extract/index.js';

const seed = (file: string) => {
  const path = new URL(`../../../seeds/${file}`, import.meta.url);
  return extract(readArticleText(readFileSync(path, 'utf8'), { input: `seeds/${file}` }));
};
const titles = (e: ReturnType<typeof extract>, person: string): string[] =>
  e.positions.filter((p) => p.person === person).map((p) => p.title);

describe('the two seed articles', () => {
  it('Hải Phòng: Đỗ Mạnh Hiến chairs the Ban Chỉ đạo 35 thành phố meeting of 2023-02-06 (year from the text)', () => {
    const e = seed('haiphong-bcd35-2023-02-06.txt');
    expect(e.meetings).toHaveLength(1);
    const m = e.meetings[0]!;
    expect(m.date).toBe('2023-02-06');
    expect(m.kind).toBe('Hội nghị tổng kết');
    expect(m.chairs.map((c) => c.name)).toEqual(['Đỗ Mạnh Hiến']);
    expect(m.organizers.map((o) => o.name)).toEqual(['Ban Chỉ đạo 35 thành phố']);
    expect(m.attendees.map((a) => a.name).sort()).toEqual(['Vũ Thanh Chương', 'Đào Khánh Hà', 'Đỗ Mạnh Hiến']);
    expect(titles(e, 'Đỗ Mạnh Hiến')).toEqual(['Phó Bí thư Thường trực Thành ủy', 'Trưởng Ban Chỉ đạo 35 thành phố']);
    expect(titles(e, 'Vũ Thanh Chương')).toEqual(['Ủy viên Ban Thường vụ Thành ủy', 'Giám đốc Công an thành phố']);
    // positions carry role + organisation for the resolver
    const pos = (title: string) => e.positions.find((p) => p.title === title)!;
    expect(pos('Trưởng Ban Chỉ đạo 35 thành phố')).toMatchObject({ role: 'Trưởng ban', organizationId: 'org:ban chỉ đạo 35 thành phố' });
    expect(pos('Giám đốc Công an thành phố')).toMatchObject({ role: 'Giám đốc', organizationId: 'org:công an thành phố' });
    expect(pos('Trưởng Ban Tuyên giáo Thành ủy').organizationId).not.toBeNull();
    expect(m.tasks.length).toBeGreaterThanOrEqual(5);
    expect(m.tasks.every((t) => t.by === 'Đỗ Mạnh Hiến')).toBe(true);
    // the byline is not a meeting person
    expect(e.persons.map((p) => p.name)).not.toContain('Hoàng Tùng');
  });

  it('the province seed: Nguyễn Tiến Thành and Phạm Đồng Thụy chair on 2023-01-05', () => {
    const e = seed('tinh-bcd35-2023-01-05.txt');
    const m = e.meetings[0]!;
    expect(m.date).toBe('2023-01-05');
    expect(m.chairs.map((c) => c.name)).toEqual(['Nguyễn Tiến Thành', 'Phạm Đồng Thụy']);
    // the chair's evidence is the sentence that says he chaired, not an earlier photo caption
    expect(m.chairs[0]!.evidence.sentence).toMatch(/chủ trì hội nghị/u);
    expect(m.organizers.map((o) => o.name)).toEqual(['Ban Chỉ đạo 35 của tỉnh']);
    expect(titles(e, 'Nguyễn Tiến Thành')).toEqual(['Phó Bí thư thường trực Tỉnh ủy', 'Chủ tịch HĐND tỉnh', 'Trưởng ban Chỉ đạo 35']);
    expect(titles(e, 'Phạm Đồng Thụy')).toEqual(['Ủy viên Ban Thường vụ', 'Trưởng ban Tuyên giáo Tỉnh ủy', 'Phó Trưởng ban Chỉ đạo 35']);
    // "Trưởng ban Chỉ đạo" written without its body is tied to the body the article is about
    const head = e.positions.find((p) => p.person === 'Nguyễn Tiến Thành' && p.role === 'Trưởng ban')!;
    expect(head.organizationId).toBe(m.organizers[0]!.id);
    for (const a of ['Đào Quyên', 'Thành Tâm']) expect(m.attendees.map((x) => x.name)).not.toContain(a);
  });
});
