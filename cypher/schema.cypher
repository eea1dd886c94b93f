// meeting-kg graph schema for Neo4j 5: applied idempotently (IF NOT EXISTS) before the first write,
// by `meeting-kg ingest --store neo4j` and `npm start` (src/store/neo4j/schema.ts runs each statement).
// Statements are separated by semicolons at the end of a line; lines starting with // are comments.

// One node per id: a uniqueness constraint (with its index) on `id` of every label.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT author_id IF NOT EXISTS FOR (n:Author) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;

// Lookups the query helpers make: exact names (matchKey), kinds, localities, dates.
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
CREATE INDEX position_name_key IF NOT EXISTS FOR (n:Position) ON (n.nameKey);
CREATE INDEX author_name_key IF NOT EXISTS FOR (n:Author) ON (n.nameKey);
CREATE INDEX place_name_key IF NOT EXISTS FOR (n:Place) ON (n.nameKey);
CREATE INDEX person_locality IF NOT EXISTS FOR (n:Person) ON (n.locality);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_locality IF NOT EXISTS FOR (n:Organization) ON (n.locality);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX task_date IF NOT EXISTS FOR (n:Task) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);

// Every edge records the article that states it: re-ingesting a changed article finds and
// deletes its old edges through these indexes (one per relationship type).
CREATE INDEX wrote_article IF NOT EXISTS FOR ()-[r:WROTE]-() ON (r.article);
CREATE INDEX reports_article IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.article);
CREATE INDEX holds_article IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.article);
CREATE INDEX of_article IF NOT EXISTS FOR ()-[r:OF]-() ON (r.article);
CREATE INDEX part_of_article IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.article);
CREATE INDEX located_in_article IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.article);
CREATE INDEX organized_by_article IF NOT EXISTS FOR ()-[r:ORGANIZED_BY]-() ON (r.article);
CREATE INDEX chaired_article IF NOT EXISTS FOR ()-[r:CHAIRED]-() ON (r.article);
CREATE INDEX attended_article IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.article);
CREATE INDEX spoke_at_article IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.article);
CREATE INDEX set_article IF NOT EXISTS FOR ()-[r:SET]-() ON (r.article);
CREATE INDEX issued_article IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.article);
CREATE INDEX assigned_to_article IF NOT EXISTS FOR ()-[r:ASSIGNED_TO]-() ON (r.article);
CREATE INDEX mentions_article IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.article);
// Cross-article resolution reads the mention records of a block (a folded name, a day) at once.
CREATE INDEX mentions_block IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.block);
CREATE INDEX reports_block IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.block);
CREATE INDEX chaired_date IF NOT EXISTS FOR ()-[r:CHAIRED]-() ON (r.date);
CREATE INDEX holds_date IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.date);

// Diacritics-insensitive search over names: `nameFolded` holds the name's whole words without tone
// marks, lower-cased, đ → d, punctuation dropped ("Đỗ Mạnh Hiến" → "do manh hien", "Sở Văn hóa,
// Thể thao" → "so van hoa the thao"). The whitespace analyzer keeps every syllable: the standard
// analyzers drop English stop words, so "an" would vanish from "Bộ Công an", "Long An", "Nghệ An".
// Queries must be lower-case and folded the same way; each word is then a whole token (no `*word*`).
// Eventually consistent: a commit queues its index updates and a background job applies them in
// bulk (a consistent index adds a Lucene segment at every commit, and merging those was most of the
// server's work during an ingest). An ingest ends with `CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()`,
// so search sees all it wrote; a database made with the consistent index has it dropped and
// re-created by `applySchema` (src/store/neo4j/schema.ts).
CREATE FULLTEXT INDEX nameSearch IF NOT EXISTS FOR (n:Person|Organization|Position) ON EACH [n.nameFolded]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: true } };

// Bodies by the spellings articles used ("Ban Chỉ đạo 35 thành phố", "BCĐ 35 Thành ủy"):
// `aliasesFolded` holds the aliases as whole folded words the same way, joined with " | ". Same analyzer.
CREATE FULLTEXT INDEX aliasSearch IF NOT EXISTS FOR (n:Organization) ON EACH [n.aliasesFolded]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: true } };
