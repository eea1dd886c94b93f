// Who chaired which body's meetings, and when: newest first, with the evidence sentence.
//
// Parameters
//   $from  first day of the range, 'YYYY-MM-DD', or null
//   $to    last day of the range,  'YYYY-MM-DD', or null
// Dates: a partial meeting date ('2023-02', '2023') counts when its span overlaps the range;
// a date without a year ('--02-06') or no date counts only when no range is given.
// Order: dated meetings newest first, then year-less, then undated.
MATCH (p:Person)-[c:CHAIRED]->(m:Meeting)
WITH p, m, collect(c) AS facts,
     CASE WHEN m.date =~ '\\d{4}' THEN m.date + '-01-01' WHEN m.date =~ '\\d{4}-\\d{2}' THEN m.date + '-01'
          WHEN m.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN m.date END AS low,
     CASE WHEN m.date =~ '\\d{4}' THEN m.date + '-12-31' WHEN m.date =~ '\\d{4}-\\d{2}' THEN m.date + '-31'
          WHEN m.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN m.date END AS high
WHERE ($from IS NULL OR high >= $from) AND ($to IS NULL OR low <= $to)
RETURN p {.id, .name, .locality} AS person,
       m {.id, .kind, .title, .date, .timeOfDay} AS meeting,
       COLLECT { MATCH (m)-[:ORGANIZED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name, .kind, .locality} AS body } AS organizations,
       [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}] AS evidence
ORDER BY CASE WHEN low IS NOT NULL THEN 0 WHEN m.date IS NOT NULL THEN 1 ELSE 2 END, m.date DESC, p.name, m.id
