// Who chaired the meetings of given bodies, and when: newest first, with the evidence sentence.
//
// Parameters
//   $organizationIds  list of Organization ids (find them with search.cypher)
//   $from, $to        'YYYY-MM-DD' or null (see chairs.cypher for partial dates)
MATCH (o:Organization) USING INDEX o:Organization(id) WHERE o.id IN $organizationIds
MATCH (m:Meeting)-[:ORGANIZED_BY]->(o)
WITH DISTINCT m
MATCH (p:Person)-[c:CHAIRED]->(m)
WITH p, m, collect(c) AS facts,
     CASE WHEN m.date =~ '\\d{4}' THEN m.date + '-01-01' WHEN m.date =~ '\\d{4}-\\d{2}' THEN m.date + '-01'
          WHEN m.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN m.date END AS low,
     CASE WHEN m.date =~ '\\d{4}' THEN m.date + '-12-31' WHEN m.date =~ '\\d{4}-\\d{2}' THEN m.date + '-31'
          WHEN m.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN m.date END AS high
WHERE ($from IS NULL OR high >= $from) AND ($to IS NULL OR low <= $to)
RETURN p {.id, .name, .locality} AS person,
       m {.id, .kind, .title, .date, .timeOfDay} AS meeting,
       COLLECT { MATCH (m)-[:ORGANIZED_BY]->(org:Organization) RETURN DISTINCT org {.id, .name, .kind, .locality} AS body } AS organizations,
       [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}] AS evidence
ORDER BY CASE WHEN low IS NOT NULL THEN 0 WHEN m.date IS NOT NULL THEN 1 ELSE 2 END, m.date DESC, p.name, m.id
