// Who chaired which body's meetings in a date range: newest first, with the evidence sentence.
// The same answer as chairs.cypher with $from/$to set, but it starts from the Meeting.date
// index (a range seek) instead of reading every CHAIRED fact.
//
// Parameters
//   $from  first day of the range, 'YYYY-MM-DD', or null (then $to must be set)
//   $to    last day of the range,  'YYYY-MM-DD', or null
// The seek keeps every date string from the year of $from to $to ('2023' and '2023-02' included);
// the WHERE below then applies the overlap rule of chairs.cypher exactly.
MATCH (m:Meeting) USING INDEX m:Meeting(date) WHERE m.date >= coalesce(left($from, 4), '0') AND m.date <= coalesce($to, '9')
MATCH (p:Person)-[c:CHAIRED]->(m)
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
