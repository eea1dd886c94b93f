import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileNameIndex, MemoryNameIndex } from '../../../src/query/name-index.js';
import { byNameThenId, rankSearch, searchNames, type NamedEntity } from '../../../src/query/names.js';

/** Names whose order only the collation decides (tone marks, đ, case, digits, spaces, a shared prefix). */
const NAMES = [
  'Công an tỉnh Quảng Ninh', 'Công an huyện Ba Chẽ', 'Công an tỉnh', 'công an tỉnh', 'Công An tỉnh', 'Công an TP Hạ Long',
  'Công an thị xã Quảng Yên', 'Công an phường 2', 'Công an phường 10', 'Công an xã Đông Ngũ', 'Công an xã Dương Huy',
  'Cục Cảnh sát giao thông', 'Công ty Công an', 'Ban Chỉ đạo 35', 'Ban Chỉ đạo 4', 'Ủy ban nhân dân', 'Uỷ ban nhân dân',
];

function entities(): NamedEntity[] {
  // Two entities share a name: the id decides between them.
  return [...NAMES, 'Công an tỉnh Quảng Ninh'].map((name, i) => ({ label: 'Organization', id: `o${(i * 7) % 19}-${i}`, name, aliases: i % 3 === 0 ? ['CA'] : [], locality: null, detail: null }));
}

describe('name order stored with the name lookups', () => {
  it('compares two entities as byNameThenId does, built in memory and read back from the file', () => {
    const built = new MemoryNameIndex(entities());
    const file = join(mkdtempSync(join(tmpdir(), 'mkg-names-')), 'graph.json.index.organization-names');
    built.write(file, 'Organization', 'test-source');
    const read = FileNameIndex.open(file, 'Organization', 'test-source');
    expect(read).not.toBeNull();
    const n = NAMES.length + 1;
    for (const index of [built, read!]) {
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const a = index.entity(i);
          const b = index.entity(j);
          expect(Math.sign(index.place(i) - index.place(j))).toBe(Math.sign(byNameThenId(a, b)));
          expect(index.atPlace(index.place(i))).toBe(i);
        }
      }
    }
    read!.close();
  });

  it('finds through the lookups the same search hits, in the same order, as ranking every entity by collating names', () => {
    // Names, aliases and ids that reach every rank: exact, folded, alias folded, name and alias prefixes, phrase, words apart.
    const people = ['Công An', 'Nguyễn Văn An', 'An Công', 'Công Văn An'].map((name, i): NamedEntity => ({ label: 'Person', id: `p${i}`, name, aliases: i === 2 ? ['Cong An'] : [], locality: null, detail: null }));
    const posts = ['Giám đốc Công an tỉnh', 'Phó Giám đốc Công an', 'Công an viên', 'Trưởng Công an xã'].map((name, i): NamedEntity => ({ label: 'Position', id: `t${i}`, name, aliases: [], locality: null, detail: null }));
    const bodies = entities();
    const file = join(mkdtempSync(join(tmpdir(), 'mkg-names-')), 'graph.json.index.organization-names');
    new MemoryNameIndex(bodies).write(file, 'Organization', 'test-source');
    const read = FileNameIndex.open(file, 'Organization', 'test-source')!;
    const inputs = ['cong an', 'Công an tỉnh', 'cong an tinh', 'ca', 'uy ban', 'an', 'cong', 'o3-3', 'p1', 'CÔNG AN', 'công an phường', 'ban chi dao', 'x', '-'];
    for (const organizations of [new MemoryNameIndex(bodies), read]) {
      const sources = [
        { label: 'Position' as const, times: 1, names: new MemoryNameIndex(posts) },
        { label: 'Organization' as const, times: 1, names: organizations },
        { label: 'Person' as const, times: 1, names: new MemoryNameIndex(people) },
      ];
      for (const input of inputs) {
        for (const limit of [1, 2, 3, 5, 8, 13, 40]) {
          const expected = rankSearch([...people, ...bodies, ...posts], input, limit).map((e) => e.id);
          expect(searchNames(sources, input, limit).map((e) => e.id), `${input} ${limit}`).toEqual(expected);
          // A label given twice gives each of its hits twice, as a list of its entities twice would.
          const twice = rankSearch([...bodies, ...bodies], input, limit).map((e) => e.id);
          expect(searchNames([{ label: 'Organization', times: 2, names: organizations }], input, limit).map((e) => e.id)).toEqual(twice);
        }
      }
    }
    expect(searchNames([{ label: 'Organization', times: 1, names: read }], 'cong an', 100).length).toBeGreaterThan(10);
    read.close();
  });
});
