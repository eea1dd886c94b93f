// Which meetings (of which bodies) one person chaired, and when: newest first, with evidence.
//
// Parameters
//   $personId         a Person id (find it with search.cypher)
//   $organizationIds  list of Organization ids to keep, or null for every body
//   $from, $to        'YYYY-MM-DD' or null (see chairs.cypher for partial dates)
MATCH (p:Person {id: $personId})-[c:CHAIRED]->(m:Meeting) USING INDEX p:Person(id)
WHERE $organizationIds IS NULL OR EXISTS { (m)-[:ORGANIZED_BY]->(o:Organization) WHERE o.id IN $organizationIds }
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
ORDER BY CASE WHEN low IS NOT NULL THEN 0 WHEN m.date IS NOT NULL THEN 1 ELSE 2 END, m.date DESC, m.id
