// Who sat in the same meetings as a person, and how often (chairing or speaking counts as
// attending), with the other person's presence as evidence.
//
// Parameters
//   $personId  a Person id (find it with search.cypher)
MATCH (p:Person {id: $personId})-[:ATTENDED|CHAIRED|SPOKE_AT]->(m:Meeting) USING INDEX p:Person(id)
WITH DISTINCT p, m
MATCH (other:Person)-[r:ATTENDED|CHAIRED|SPOKE_AT]->(m)
WHERE other <> p
WITH other, collect(DISTINCT m) AS meetings, collect(r) AS facts
RETURN other {.id, .name, .locality} AS person,
       size(meetings) AS count,
       [m IN meetings | m {.id, .kind, .title, .date, .timeOfDay}] AS meetings,
       [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}] AS evidence
ORDER BY count DESC, other.name
