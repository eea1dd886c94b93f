import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileNameIndex, MemoryNameIndex } from '../../../src/query/name-index.js';
import { byNameThenId, rankSearch, type NamedEntity } from '../../../src/query/names.js';

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
          expect(Math.sign(index.nameOrder(a) - index.nameOrder(b))).toBe(Math.sign(byNameThenId(a, b)));
        }
      }
    }
    read!.close();
  });

  it('ranks search hits by stored places exactly as by collating their names', () => {
    const index = new MemoryNameIndex(entities());
    const all = Array.from({ length: NAMES.length + 1 }, (_, i) => index.entity(i));
    for (const [input, limit] of [['cong an', 5], ['cong an', 3], ['cong an tinh', 2], ['ca', 4], ['uy ban', 1]] as const) {
      const collated = rankSearch(all, input, limit);
      expect(collated.length).toBeGreaterThan(0);
      expect(rankSearch(all, input, limit, (e) => index.nameOrder(e)).map((e) => e.id)).toEqual(collated.map((e) => e.id));
    }
  });
});
