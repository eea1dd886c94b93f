import { describe, expect, it } from 'vitest';
import { combinedQuery, MODEL_SHAPES } from '../../../../src/store/neo4j/combined.js';
import { NodeLabelSchema, RelationshipTypeSchema } from '../../../../src/model/graph.js';

describe('combinedQuery', () => {
  it('gives each part its own entry of one map parameter and a CALL of its own, in order', () => {
    const { text, params } = combinedQuery([
      { body: 'UNWIND $rows AS row MERGE (n:Person {id: row.id})', rows: [{ id: 'a' }] },
      { body: 'UNWIND $rows AS row MERGE (n:Meeting {id: row.id})', rows: [] },
    ]);
    expect(text).toContain('CALL () { UNWIND $parts.p0 AS row MERGE (n:Person {id: row.id}) }');
    expect(text.indexOf('$parts.p0')).toBeLessThan(text.indexOf('$parts.p1'));
    // One map, no list parameters: the server's plan cache keys list parameters by their size range.
    expect(params).toEqual({ parts: { p0: [{ id: 'a' }], p1: [] } });
    expect(text).not.toContain('RETURN [');
  });

  it('returns the counted and collected parts, and only those, in one list', () => {
    const { text, returned } = combinedQuery([
      { body: 'UNWIND $rows AS id MATCH (a:Article {id: id}) RETURN collect(a.id) AS out', rows: ['x'], returns: 'collect' },
      { body: 'UNWIND $rows AS row MATCH (n:Task {id: row.id}) SET n.x = 1', rows: [] },
      { body: 'UNWIND $rows AS row MATCH (s:Person {id: row.from}) MATCH (e:Meeting {id: row.to}) CREATE (s)-[r:ATTENDED]->(e)', rows: [], returns: 'count' },
    ]);
    expect(text).toContain('RETURN collect(a.id) AS r0 }');
    expect(text).toContain('CREATE (s)-[r:ATTENDED]->(e) RETURN count(*) AS r2 }');
    expect(text.trim().endsWith('RETURN [r0, r2] AS results')).toBe(true);
    expect(returned).toEqual([0, 2]);
  });

  it('has the same text whatever rows the parts have (one compiled plan)', () => {
    const parts = (n: number) => [{ body: 'UNWIND $rows AS row MERGE (n:Person {id: row.id})', rows: Array.from({ length: n }, (_v, i) => ({ id: String(i) })) }];
    expect(combinedQuery(parts(0)).text).toBe(combinedQuery(parts(250)).text);
  });
});

describe('MODEL_SHAPES', () => {
  it('names only the model\'s labels and relationship types, each shape once', () => {
    for (const shape of MODEL_SHAPES) {
      const [type, from, to] = shape.split('|');
      expect(RelationshipTypeSchema.safeParse(type).success).toBe(true);
      expect(NodeLabelSchema.safeParse(from).success && NodeLabelSchema.safeParse(to).success).toBe(true);
    }
    expect(new Set(MODEL_SHAPES).size).toBe(MODEL_SHAPES.length);
  });
});
