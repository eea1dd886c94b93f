// Who held a post, with the first and last dates an article states it; "as of" a date.
// The first row is the holder seen last (one HOLDS edge per article: dates aggregated here).
//
// Parameters
//   $positionIds  list of Position ids (find them with search.cypher)
//   $at           'YYYY-MM-DD': only statements dated on or before it count; null for all
// Dates without a year ('--02-06') never count for first/last seen nor "as of".
MATCH (pos:Position) USING INDEX pos:Position(id) WHERE pos.id IN $positionIds
MATCH (p:Person)-[h:HOLDS]->(pos)
WITH p, pos, h,
     CASE WHEN h.date =~ '\\d{4}' THEN h.date + '-01-01' WHEN h.date =~ '\\d{4}-\\d{2}' THEN h.date + '-01'
          WHEN h.date =~ '\\d{4}-\\d{2}-\\d{2}' THEN h.date END AS low
WHERE $at IS NULL OR low <= $at
WITH p, pos, collect(h) AS facts,
     min(CASE WHEN low IS NOT NULL THEN h.date END) AS firstSeen,
     max(CASE WHEN low IS NOT NULL THEN h.date END) AS lastSeen
RETURN p {.id, .name, .locality} AS person,
       pos {.id, .title, .role} AS position,
       head([(pos)-[:OF]->(o:Organization) | o {.id, .name, .kind, .locality}]) AS organization,
       firstSeen, lastSeen,
       all(f IN facts WHERE f.former = true) AS former,
       [f IN facts | f {.article, .sentence, .start, .end, url: COLLECT { MATCH (a:Article {id: f.article}) USING INDEX a:Article(id) RETURN a.url }[0]}] AS evidence
ORDER BY lastSeen IS NULL, lastSeen DESC, p.name
