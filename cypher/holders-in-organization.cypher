// Who held the posts of one body, with first and last dates seen; "as of" a date.
//
// Parameters
//   $organizationId  an Organization id (find it with search.cypher)
//   $at              'YYYY-MM-DD' or null (see holders-of-position.cypher)
MATCH (o:Organization {id: $organizationId})<-[:OF]-(pos:Position) USING INDEX o:Organization(id)
// A post's OF link is one relationship per article that states it: each post once.
WITH DISTINCT o, pos
MATCH (p:Person)-[h:HOLDS]->(pos)
WITH o, p, pos, h,
     CASE WHEN h.date =~ '\\d{4}' THEN h.date + '-01-01' WHEN h.date =~ '\\d{4}-\\d{2}' THEN h.date + '-01'
          WHEN h.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN h.date END AS low
WHERE $at IS NULL OR low <= $at
WITH o, p, pos, collect(h) AS facts,
     min(CASE WHEN low IS NOT NULL THEN h.date END) AS firstSeen,
     max(CASE WHEN low IS NOT NULL THEN h.date END) AS lastSeen
RETURN p {.id, .name, .locality} AS person,
       pos {.id, .title, .role} AS position,
       o {.id, .name, .kind, .locality} AS organization,
       firstSeen, lastSeen,
       all(f IN facts WHERE f.former = true) AS former,
       [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}] AS evidence
ORDER BY pos.title, lastSeen IS NULL, lastSeen DESC, p.name
