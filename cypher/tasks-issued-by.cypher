// Tasks one person issued, newest first (optionally only those of given bodies).
//
// Parameters
//   $personId         a Person id (find it with search.cypher)
//   $organizationIds  list of Organization ids (set at their meetings or assigned to them), or null
//   $from, $to        'YYYY-MM-DD' or null
MATCH (issuer:Person {id: $personId})-[:ISSUED]->(t:Task) USING INDEX issuer:Person(id)
WHERE $organizationIds IS NULL
   OR EXISTS { (t)<-[:SET]-(:Meeting)-[:ORGANIZED_BY]->(o:Organization) WHERE o.id IN $organizationIds }
   OR EXISTS { (t)-[:ASSIGNED_TO]->(o:Organization) WHERE o.id IN $organizationIds }
WITH DISTINCT t
WITH t,
     head([(mt:Meeting)-[:SET]->(t) | mt]) AS m
// The bodies of each meeting once, not once per task (a meeting may set a hundred tasks and have
// one ORGANIZED_BY link per article that reports it).
WITH m, collect(t) AS tasks
WITH m, tasks,
     CASE WHEN m IS NULL THEN [] ELSE COLLECT { MATCH (m)-[:ORGANIZED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name, .kind, .locality} AS body } END AS organizations
UNWIND tasks AS t
WITH t, m, organizations, coalesce(m.date, t.date) AS d
WITH t, m, organizations,
     CASE WHEN d =~ '\\d{4}' THEN d + '-01-01' WHEN d =~ '\\d{4}-\\d{2}' THEN d + '-01'
          WHEN d =~ '\\d{4}-\\d{2}-\\d{2}' THEN d END AS low,
     CASE WHEN d =~ '\\d{4}' THEN d + '-12-31' WHEN d =~ '\\d{4}-\\d{2}' THEN d + '-31'
          WHEN d =~ '\\d{4}-\\d{2}-\\d{2}' THEN d END AS high, d
WHERE ($from IS NULL OR high >= $from) AND ($to IS NULL OR low <= $to)
RETURN t {.id, .text, .date} AS task,
       CASE WHEN m IS NULL THEN null ELSE m {.id, .kind, .title, .date, .timeOfDay} END AS meeting,
       organizations,
       COLLECT { MATCH (p:Person)-[:ISSUED]->(t) RETURN DISTINCT p {.id, .name, .locality} AS issuer } AS issuedBy,
       COLLECT { MATCH (t)-[:ASSIGNED_TO]->(x) WHERE x:Organization OR x:Person
        RETURN DISTINCT {label: CASE WHEN x:Organization THEN 'Organization' ELSE 'Person' END, id: x.id, name: x.name} AS assignee } AS assignedTo,
       [(src)-[s:SET]->(t) | s {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: s.article}) USING INDEX a:Article(id) RETURN a.url }[0]}] AS evidence
ORDER BY CASE WHEN low IS NOT NULL THEN 0 WHEN d IS NOT NULL THEN 1 ELSE 2 END, d DESC, t.id
