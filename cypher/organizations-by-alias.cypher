// Bodies by one of their aliases (a spelling an article used: "Ban Chỉ đạo 35 thành phố",
// "BCĐ 35 Thành ủy"), without diacritics or case, from the `aliasSearch` full-text index.
//
// Parameters
//   $query   a Lucene query over the folded aliases, built like search.cypher's: lower-case words
//            without tone marks (đ → d), each required, e.g. '+ban +chi +dao +35 +thanh +pho'
//            (whole words, like nameSearch)
//   $words   the same words, as a list, e.g. ['ban', 'chi', 'dao', '35', 'thanh', 'pho']: a body is
//            kept only when ONE of its aliases holds every word (the index holds all of a body's
//            aliases in one text, `aliasesFolded`: 'ban chi dao 35 thanh pho | bcd 35 thanh uy')
//   $limit   how many index hits are looked at
CALL db.index.fulltext.queryNodes('aliasSearch', $query, {limit: $limit}) YIELD node, score
WHERE node:Organization
  AND any(alias IN split(node.aliasesFolded, ' | ') WHERE all(w IN $words WHERE w IN split(alias, ' ')))
RETURN node.id AS id, node {.name, .title, .locality, .kind, .aliases} AS props, null AS organization, score
ORDER BY score DESC, node.name
