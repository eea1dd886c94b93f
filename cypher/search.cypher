// People, bodies and posts by name, without diacritics or case: "do manh hien", "cong an".
//
// Parameters
//   $query   a Lucene query over the folded names: lower-case words without tone marks (đ → d),
//            each required and escaped, e.g. '+do +manh +hien'. The index holds whole words only
//            ("Sở Văn hóa, Thể thao" is "so van hoa the thao"), so every word is a whole token;
//            by hand, escape Lucene's special characters + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /
//   $labels  which of ['Person', 'Organization', 'Position'] to return
//   $limit   how many rows
CALL db.index.fulltext.queryNodes('nameSearch', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
RETURN label, node.id AS id, coalesce(node.name, node.title) AS name, node.locality AS locality,
       node.kind AS kind, coalesce(node.aliases, []) AS aliases, node.possiblySame AS possiblySame,
       CASE WHEN label = 'Position' THEN head([(node)-[:OF]->(o:Organization) | o.name]) END AS organization, score
ORDER BY score DESC, name
LIMIT $limit
