// Tasks set at meetings in a date range, newest first: the answer of tasks.cypher with $from/$to
// set, from range seeks on the Meeting.date and Task.date indexes instead of reading every task.
//
// Parameters
//   $from, $to  'YYYY-MM-DD' or null, at least one set (see chairs-in-range.cypher)
// A task is dated by its meeting, or by its own date when its meeting has none: the seeks gather
// the tasks of meetings dated in the range and the tasks dated in it themselves (every date string
// from the year of $from to $to); the WHERE below then applies the rule of tasks.cypher exactly.
CALL () {
  MATCH (mr:Meeting) USING INDEX mr:Meeting(date) WHERE mr.date >= coalesce(left($from, 4), '0') AND mr.date <= coalesce($to, '9')
  MATCH (mr)-[:SET]->(t:Task)
  RETURN t
  UNION
  MATCH (t:Task) USING INDEX t:Task(date) WHERE t.date >= coalesce(left($from, 4), '0') AND t.date <= coalesce($to, '9')
  RETURN t
}
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
