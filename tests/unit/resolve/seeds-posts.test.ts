import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/article/index.js';
import type { Article } from '../../../src/model/article.js';
import type { ArticleGraph } from '../../../src/model/graph.js';
import { articleGraph } from '../../../src/ingest/ingest.js';

async function seedGraphs(): Promise<Map<string, ArticleGraph>> {
  const out = new Map<string, ArticleGraph>();
  for await (const r of loadArticles(['seeds'], {})) {
    if (r.ok) out.set(r.input.replace(/^.*\//, ''), articleGraph(r.article as Article));
  }
  return out;
}

/** "role (lower case: its casing is the extractor's) | OF body | PART_OF parent" for each post held in the article. */
function posts(g: ArticleGraph): string[] {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const name = (id: string | undefined) => (id ? String(byId.get(id)?.properties.name) : '-');
  return [...new Set(g.relationships.filter((r) => r.type === 'HOLDS').map((r) => {
    const org = g.relationships.find((o) => o.type === 'OF' && o.from === r.to)?.to;
    const parent = g.relationships.find((o) => o.type === 'PART_OF' && o.from === org)?.to;
    return `${String(byId.get(r.to)?.properties.role).toLocaleLowerCase('vi')} | OF ${name(org)} | PART_OF ${name(parent)}`;
  }))].sort();
}

describe('the seeds through the real pipeline: every post is a post of a sensible body', async () => {
  const graphs = await seedGraphs();

  it('Hải Phòng article', () => {
    const g = graphs.get('haiphong-bcd35-2023-02-06.txt')!;
    expect(posts(g)).toEqual([
      'giám đốc | OF Công an thành phố Hải Phòng | PART_OF -',
      'phó bí thư thường trực | OF Thành ủy Hải Phòng | PART_OF -',
      'trưởng ban | OF Ban Chỉ đạo 35 Thành ủy Hải Phòng | PART_OF Thành ủy Hải Phòng',
      'trưởng ban | OF Ban Tuyên giáo Thành ủy Hải Phòng | PART_OF Thành ủy Hải Phòng',
      'ủy viên | OF Ban Thường vụ Thành ủy Hải Phòng | PART_OF Thành ủy Hải Phòng',
    ]);
    const names = g.nodes.filter((n) => n.label === 'Organization').map((n) => String(n.properties.name));
    expect(names.filter((n) => /^\d|^Thành phố thành phố/u.test(n))).toEqual([]);
  });

  it('province article of unknown locality', () => {
    const g = graphs.get('tinh-bcd35-2023-01-05.txt')!;
    expect(posts(g)).toEqual([
      'chủ tịch | OF Hội đồng nhân dân tỉnh | PART_OF -',
      'phó bí thư thường trực | OF Tỉnh ủy | PART_OF -',
      'phó trưởng ban | OF Ban Chỉ đạo 35 Tỉnh ủy | PART_OF Tỉnh ủy',
      'trưởng ban | OF Ban Chỉ đạo 35 Tỉnh ủy | PART_OF Tỉnh ủy',
      'trưởng ban | OF Ban Tuyên giáo Tỉnh ủy | PART_OF Tỉnh ủy',
      'ủy viên | OF Ban Thường vụ Tỉnh ủy | PART_OF Tỉnh ủy',
    ]);
    expect(g.nodes.filter((n) => n.label === 'Organization').every((n) => n.properties.locality === null)).toBe(true);
  });
});
