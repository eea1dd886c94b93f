import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLocalityMap, extendLocalityMap, resolveExtraction, type LocalityMap } from '../../../src/resolve/index.js';
import { ExtractionBuilder } from '../../fixtures/resolve/extraction-builder.js';

/** One invented article of unknown province about its steering committee; the body's id and merge reason. */
function committee(id: string, source: string | null, localities?: LocalityMap) {
  const b = new ExtractionBuilder(id, { source, url: source ? `https://${source}/tin/${id}.html` : null });
  const bcd = b.org('Ban Chỉ đạo 35 của tỉnh', 'steering-committee');
  b.meeting({ date: '2023-01-05', organizers: [bcd], chairs: ['Nguyễn Văn Sáu'] });
  const g = resolveExtraction(b.build(), localities ? { localities } : {});
  const node = g.nodes.find((n) => n.label === 'Organization' && n.properties.name === 'Ban Chỉ đạo 35 Tỉnh ủy');
  expect(node?.properties.locality).toBeNull();
  return { id: node!.id, reason: g.merges.find((m) => m.nodeId === node!.id)?.reason ?? '' };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('bodies of unknown locality: kept per source, never merged across provinces', () => {
  it('a single-province outlet (a host not in the map): one body per host', () => {
    const a = committee('u1', 'baotinhmoi.vn');
    const b = committee('u2', 'www.baotinhmoi.vn');
    expect(a.id).toBe(b.id);
    expect(a.reason).toMatch(/kept to its source baotinhmoi\.vn/);
    // Another outlet: possibly another province, so another body.
    expect(committee('u3', 'baotinhkhac.vn').id).not.toBe(a.id);
  });

  it('an aggregator or a national outlet: one body per article', () => {
    const a = committee('g1', 'baomoi.com');
    const b = committee('g2', 'baomoi.com');
    expect(a.id).not.toBe(b.id);
    expect(a.reason).toMatch(/baomoi\.com publishes about many provinces/);
    expect(committee('g3', 'vnexpress.net').id).not.toBe(committee('g4', 'vnexpress.net').id);
  });

  it('no source at all (a plain text file): one body per article', () => {
    expect(committee('n1', null).id).not.toBe(committee('n2', null).id);
  });

  it('a user locality file can list more multi-province sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meeting-kg-loc-'));
    dirs.push(dir);
    const file = join(dir, 'localities.json');
    writeFileSync(file, JSON.stringify({ multiProvinceSources: ['tonghop.example.vn'] }));
    const map = extendLocalityMap(defaultLocalityMap(), file);
    expect(committee('e1', 'tonghop.example.vn', map).id).not.toBe(committee('e2', 'tonghop.example.vn', map).id);
    expect(committee('e3', 'tonghop.example.vn').id).toBe(committee('e4', 'tonghop.example.vn').id);
    expect(map.fingerprint()).not.toBe(defaultLocalityMap().fingerprint());
  });
});
