// Tasks set at meetings, newest first: the directive, who issued it, to whom, the meeting and
// its bodies, and the sentence.
//
// Parameters
//   $from, $to  'YYYY-MM-DD' or null; a task is dated by its meeting (see chairs.cypher)
MATCH (t:Task)
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
