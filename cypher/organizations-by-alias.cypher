// Bodies by one of their aliases (a spelling an article used: "Ban Chỉ đạo 35 thành phố",
// "BCĐ 35 Thành ủy"), without diacritics or case, from the `aliasSearch` full-text index.
//
// Parameters
//   $query   a Lucene query over the folded aliases, built like search.cypher's: lower-case words
//            without tone marks (đ → d), each required, e.g. '+ban +chi +dao +35 +thanh +pho'
//            (whole words, like nameSearch)
//   $limit   how many rows
CALL db.index.fulltext.queryNodes('aliasSearch', $query, {limit: $limit}) YIELD node, score
WHERE node:Organization
RETURN node.id AS id, node {.name, .title, .locality, .kind, .aliases} AS props, null AS organization, score
ORDER BY score DESC, node.name
