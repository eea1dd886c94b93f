// A person's posts and meetings (chaired, spoke at, attended) in date order, with the evidence.
//
// Parameters
//   $personId  a Person id (find it with search.cypher)
// A post is placed at the first date seen; a meeting at its date. Rows without a dated place
// come last.
MATCH (p:Person {id: $personId}) USING INDEX p:Person(id)
CALL (p) {
  MATCH (p)-[h:HOLDS]->(pos:Position)
  WITH pos, collect(h) AS facts,
       [f IN collect(h) WHERE f.date =~ '\\d{4}(-\\d{2}(-\\d{2})?)?' | f.date] AS dated
  RETURN 'position' AS type,
         reduce(d = null, x IN dated | CASE WHEN d IS NULL OR x < d THEN x ELSE d END) AS date,
         reduce(d = null, x IN dated | CASE WHEN d IS NULL OR x > d THEN x ELSE d END) AS lastSeen,
         pos {.id, .title, .role} AS position,
         head([(pos)-[:OF]->(o:Organization) | o {.id, .name, .kind, .locality}]) AS organization,
         all(f IN facts WHERE f.former = true) AS former,
         null AS meeting, [] AS organizations, [] AS roles,
         [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}] AS evidence
  UNION ALL
  MATCH (p)-[r:CHAIRED|SPOKE_AT|ATTENDED]->(m:Meeting)
  WITH m, collect(r) AS facts
  RETURN 'meeting' AS type, m.date AS date, null AS lastSeen, null AS position, null AS organization, false AS former,
         m {.id, .kind, .title, .date, .timeOfDay} AS meeting,
         COLLECT { MATCH (m)-[:ORGANIZED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name, .kind, .locality} AS body } AS organizations,
         [f IN facts | CASE type(f) WHEN 'CHAIRED' THEN 'chaired' WHEN 'SPOKE_AT' THEN 'spoke' ELSE 'attended' END] AS roles,
         [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}] AS evidence
}
RETURN p {.id, .name, .locality} AS person, type, date, lastSeen, position, organization, former, meeting,
       organizations, roles, evidence
ORDER BY CASE WHEN date =~ '\\d{4}.*' THEN 0 WHEN date IS NOT NULL THEN 1 ELSE 2 END, date, type DESC
