// The meetings of given bodies, newest first, with their chairs and the reporting sentence.
//
// Parameters
//   $organizationIds  list of Organization ids (find them with search.cypher)
//   $from, $to        'YYYY-MM-DD' or null (see chairs.cypher for partial dates)
//   $kind             the start of the event's word (case-insensitive), or null
MATCH (o:Organization) USING INDEX o:Organization(id) WHERE o.id IN $organizationIds
MATCH (m:Meeting)-[:ORGANIZED_BY]->(o)
WITH DISTINCT m
WITH m,
     CASE WHEN m.date =~ '\\d{4}' THEN m.date + '-01-01' WHEN m.date =~ '\\d{4}-\\d{2}' THEN m.date + '-01'
          WHEN m.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN m.date END AS low,
     CASE WHEN m.date =~ '\\d{4}' THEN m.date + '-12-31' WHEN m.date =~ '\\d{4}-\\d{2}' THEN m.date + '-31'
          WHEN m.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN m.date END AS high
WHERE ($from IS NULL OR high >= $from) AND ($to IS NULL OR low <= $to)
  AND ($kind IS NULL OR toLower(m.kind) STARTS WITH toLower($kind))
RETURN m {.id, .kind, .title, .date, .timeOfDay} AS meeting,
       COLLECT { MATCH (m)-[:ORGANIZED_BY]->(org:Organization) RETURN DISTINCT org {.id, .name, .kind, .locality} AS body } AS organizations,
       COLLECT { MATCH (p:Person)-[:CHAIRED]->(m) RETURN DISTINCT p {.id, .name, .locality} AS chair } AS chairs,
       [(a:Article)-[r:REPORTS]->(m) | r {.article, .sentence, .start, .end, url: a.url}] AS evidence
ORDER BY CASE WHEN low IS NOT NULL THEN 0 WHEN m.date IS NOT NULL THEN 1 ELSE 2 END, m.date DESC, m.id
