// One meeting: the bodies that held it, who chaired, attended and spoke (each with evidence),
// the tasks it set (who issued them, to whom) and the articles that report it.
//
// Parameters
//   $meetingId  a Meeting id (from meetings.cypher or chairs.cypher)
MATCH (m:Meeting {id: $meetingId}) USING INDEX m:Meeting(id)
CALL (m) {
  OPTIONAL MATCH (p:Person)-[r:CHAIRED]->(m)
  WITH p, collect(r) AS facts
  RETURN collect(CASE WHEN p IS NOT NULL THEN {person: p {.id, .name, .locality},
    evidence: [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}]} END) AS chairs
}
CALL (m) {
  OPTIONAL MATCH (p:Person)-[r:ATTENDED]->(m)
  WITH p, collect(r) AS facts
  RETURN collect(CASE WHEN p IS NOT NULL THEN {person: p {.id, .name, .locality},
    evidence: [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}]} END) AS attendees
}
CALL (m) {
  OPTIONAL MATCH (p:Person)-[r:SPOKE_AT]->(m)
  WITH p, collect(r) AS facts
  RETURN collect(CASE WHEN p IS NOT NULL THEN {person: p {.id, .name, .locality},
    evidence: [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}]} END) AS speakers
}
CALL (m) {
  OPTIONAL MATCH (m)-[s:SET]->(t:Task)
  WITH t, collect(s) AS facts
  RETURN collect(CASE WHEN t IS NOT NULL THEN {
    task: t {.id, .text, .date},
    issuedBy: COLLECT { MATCH (p:Person)-[:ISSUED]->(t) RETURN DISTINCT p {.id, .name, .locality} AS issuer },
    assignedTo: COLLECT { MATCH (t)-[:ASSIGNED_TO]->(x) WHERE x:Organization OR x:Person
                 RETURN DISTINCT {label: CASE WHEN x:Organization THEN 'Organization' ELSE 'Person' END, id: x.id, name: x.name} AS assignee },
    evidence: [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}]} END) AS tasks
}
RETURN m {.id, .kind, .title, .date, .timeOfDay} AS meeting,
       [(m)-[:ORGANIZED_BY]->(o:Organization) | o {.id, .name, .kind, .locality}] AS organizations,
       chairs, attendees, speakers, tasks,
       [(a:Article)-[r:REPORTS]->(m) | r {.article, .sentence, .start, .end, url: a.url}] AS evidence
