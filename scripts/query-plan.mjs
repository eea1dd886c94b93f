/**
 * The questions the benchmarks ask (issue 12): arguments for every helper, taken from the graph itself.
 * Shared by scripts/bench.mjs and scripts/bench-queries.mjs so both time the same calls.
 */
/**
 * Arguments for every helper, taken from the graph itself (the busiest people, bodies, posts).
 * In: a graphology graph. Out: helper name → list of calls `(queries) => Promise<answer>`, and `sample`.
 */
export function queryPlan(graph) {
  const top = (label, type, dir, n) => {
    const scored = [];
    graph.forEachNode((id, a) => {
      if (a.label !== label) return;
      let d = 0;
      const each = dir === 'out' ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
      each(id, (_e, ea) => { if (ea.type === type) d++; });
      if (d > 0) scored.push([d, id, a]);
    });
    scored.sort((x, y) => y[0] - x[0] || (x[1] < y[1] ? -1 : 1));
    return scored.slice(0, n).map(([, id, a]) => ({ id, ...a }));
  };
  const people = top('Person', 'CHAIRED', 'out', 6);
  const issuers = top('Person', 'ISSUED', 'out', 3);
  const bodies = top('Organization', 'ORGANIZED_BY', 'in', 6);
  const posts = top('Position', 'HOLDS', 'in', 4);
  const meetings = top('Meeting', 'CHAIRED', 'in', 6);
  const postBodies = top('Organization', 'OF', 'in', 3);
  const months = ['2017-01', '2017-03', '2017-06', '2017-09', '2017-12'];
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  return {
    chairs: [...people.map((p) => ({ person: p.name })), ...bodies.map((b) => ({ organization: b.name })), ...months.map((m) => ({ from: m, to: m }))].map((a) => (q) => q.chairs(a)),
    holders: [...posts.map((p) => ({ position: p.title })), ...postBodies.map((b) => ({ organization: b.name }))].map((a) => (q) => q.holders(a)),
    personTimeline: people.map((p) => (q) => q.personTimeline(p.name)),
    meetings: [...bodies.map((b) => ({ organization: b.name })), ...months.map((m) => ({ from: m, to: m })), { kind: 'hoi nghi', from: '2017-05', to: '2017-05' }].map((a) => (q) => q.meetings(a)),
    meeting: meetings.map((m) => (q) => q.meeting(m.id)),
    tasks: [...issuers.map((p) => ({ issuedBy: p.name })), ...bodies.slice(0, 4).map((b) => ({ organization: b.name })), ...months.slice(0, 2).map((m) => ({ from: m, to: m }))].map((a) => (q) => q.tasks(a)),
    coAttendance: people.map((p) => (q) => q.coAttendance(p.name)),
    search: [...people.map((p) => fold(p.name)), ...bodies.map((b) => fold(b.name)), 'cong an', 'ban chi dao'].map((t) => (q) => q.search({ text: t, limit: 25 })),
    sample: { person: people[0]?.name ?? 'x' },
  };
}
