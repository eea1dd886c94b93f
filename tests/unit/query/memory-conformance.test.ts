import { conformanceSuite } from '../../conformance/suite.js';
import { memoryGraphFrom } from '../../conformance/load-memory.js';
import { extraGraphs, seedGraphs } from '../../fixtures/query/graphs.js';
import { MemoryQueries } from '../../../src/query/index.js';

const seeds = new MemoryQueries(memoryGraphFrom(seedGraphs));
const fixture = new MemoryQueries(memoryGraphFrom([...seedGraphs, ...extraGraphs]));

conformanceSuite('memory', () => seeds, { level: 'seeds' });
conformanceSuite('memory', () => fixture, { level: 'fixture' });
