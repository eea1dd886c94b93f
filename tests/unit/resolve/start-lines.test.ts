import { describe, expect, it } from 'vitest';
import { chairLines } from '../../../src/cli/commands/start.js';
import type { ChairRow } from '../../../src/query/index.js';

const row = (person: string, meeting: string, org: { name: string; locality: string | null }, date: string | null): ChairRow => ({
  person: { id: `p:${person}`, name: person, locality: org.locality },
  meeting: { id: meeting, kind: 'Hội nghị', title: null, date, timeOfDay: null },
  organizations: [{ id: `o:${org.name}`, name: org.name, kind: 'steering-committee', locality: org.locality }],
  evidence: [{ article: 'a', url: null, sentence: `${person} chủ trì.`, start: 0, end: 10 }],
});

describe('start: chair lines', () => {
  it('groups chairs per meeting and marks a body of unknown locality', () => {
    const lines = chairLines([
      row('Đỗ Văn A', 'm1', { name: 'Ban Chỉ đạo 35 Thành ủy Hải Phòng', locality: 'Hải Phòng' }, '2023-02-06'),
      row('Nguyễn Văn B', 'm2', { name: 'Ban Chỉ đạo 35 Tỉnh ủy', locality: null }, '2023-01-05'),
      row('Phạm Văn C', 'm2', { name: 'Ban Chỉ đạo 35 Tỉnh ủy', locality: null }, '2023-01-05'),
    ]);
    expect(lines.map((l) => `${l.chairs.join(', ')} — ${l.committee} — ${l.date}`)).toEqual([
      'Đỗ Văn A — Ban Chỉ đạo 35 Thành ủy Hải Phòng — 2023-02-06',
      'Nguyễn Văn B, Phạm Văn C — Ban Chỉ đạo 35 Tỉnh ủy (locality unknown) — 2023-01-05',
    ]);
    expect(lines[0]?.evidence).toBe('Đỗ Văn A chủ trì.');
  });
});
