// Meetings in a date range, newest first, with the bodies that held them, their chairs and the
// reporting sentence: the answer of meetings.cypher with $from/$to set, from a Meeting.date range seek.
//
// Parameters
//   $from, $to  'YYYY-MM-DD' or null, at least one set (see chairs-in-range.cypher)
//   $kind       the start of the event's word, e.g. 'hội nghị' (case-insensitive), or null
MATCH (m:Meeting) USING INDEX m:Meeting(date) WHERE m.date >= coalesce(left($from, 4), '0') AND m.date <= coalesce($to, '9')
WITH m,
     CASE WHEN m.date =~ '\\d{4}' THEN m.date + '-01-01' WHEN m.date =~ '\\d{4}-\\d{2}' THEN m.date + '-01'
          WHEN m.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN m.date END AS low,
     CASE WHEN m.date =~ '\\d{4}' THEN m.date + '-12-31' WHEN m.date =~ '\\d{4}-\\d{2}' THEN m.date + '-31'
          WHEN m.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN m.date END AS high
WHERE ($from IS NULL OR high >= $from) AND ($to IS NULL OR low <= $to)
  AND ($kind IS NULL OR toLower(m.kind) STARTS WITH toLower($kind))
RETURN m {.id, .kind, .title, .date, .timeOfDay} AS meeting,
       COLLECT { MATCH (m)-[:ORGANIZED_BY]->(o:Organization) RETURN DISTINCT o {.id, .name, .kind, .locality} AS body } AS organizations,
       COLLECT { MATCH (p:Person)-[:CHAIRED]->(m) RETURN DISTINCT p {.id, .name, .locality} AS chair } AS chairs,
       [(a:Article)-[r:REPORTS]->(m) | r {.article, .sentence, .start, .end, url: a.url}] AS evidence
ORDER BY CASE WHEN low IS NOT NULL THEN 0 WHEN m.date IS NOT NULL THEN 1 ELSE 2 END, m.date DESC, m.id
