/**
 * The graph model, close to Popolo / W3C ORG. It is the contract between the `resolve` stage
 * (which produces one `ArticleGraph` per article), the stores (which write it) and the query
 * helpers (which read it). Documented for Cypher users in `cypher/README.md`.
 *
 * Nodes
 *   Article      {id, sourceId, url, title, published, source, contentHash}
 *   Author       {id, name}                      bylines; never a Person at a meeting
 *   Person       {id, name, nameKey, nameFolded, locality, aliases, mergeReasons, possiblySame}
 *   Organization {id, name, nameKey, nameFolded, kind, locality, aliases, aliasesFolded}
 *   Position     {id, title, nameKey, nameFolded, role}      a post in an organization
 *   Meeting      {id, kind, title, date, timeOfDay, mergeReasons}
 *   Task         {id, text, date}
 *   Place        {id, name, nameFolded}
 *
 * Relationships (fact edges carry evidence: article, sentence, start, end, confidence;
 * one edge per article that states the fact, so an article's facts can be replaced whole)
 *   (Author)-[:WROTE]->(Article)
 *   (Article)-[:REPORTS]->(Meeting)
 *   (Person)-[:HOLDS {date, former}]->(Position)
 *   (Position)-[:OF]->(Organization)
 *   (Organization)-[:PART_OF]->(Organization)
 *   (Organization)-[:LOCATED_IN]->(Place)
 *   (Meeting)-[:ORGANIZED_BY]->(Organization)
 *   (Person)-[:CHAIRED]->(Meeting)
 *   (Person)-[:ATTENDED]->(Meeting)
 *   (Person)-[:SPOKE_AT]->(Meeting)
 *   (Meeting)-[:SET]->(Task)
 *   (Person)-[:ISSUED]->(Task)
 *   (Task)-[:ASSIGNED_TO]->(Organization | Person)
 *   (Article)-[:MENTIONS]->(Person | Organization)   every person and body the article names
 *
 * Every node and relationship also records `articles` (node) / `article` (edge): the ids of the
 * articles that state it, which is how re-ingesting a changed article removes its stale facts.
 */
import { z } from 'zod';

export const NodeLabelSchema = z.enum([
  'Article', 'Author', 'Person', 'Organization', 'Position', 'Meeting', 'Task', 'Place',
]);
export type NodeLabel = z.infer<typeof NodeLabelSchema>;

export const RelationshipTypeSchema = z.enum([
  'WROTE', 'REPORTS', 'HOLDS', 'OF', 'PART_OF', 'LOCATED_IN', 'ORGANIZED_BY',
  'CHAIRED', 'ATTENDED', 'SPOKE_AT', 'SET', 'ISSUED', 'ASSIGNED_TO', 'MENTIONS',
]);
export type RelationshipType = z.infer<typeof RelationshipTypeSchema>;

/** Property values both stores can hold: scalars and arrays of strings. */
export const PropertyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type PropertyValue = z.infer<typeof PropertyValueSchema>;
export const PropertiesSchema = z.record(z.string(), PropertyValueSchema);
export type Properties = z.infer<typeof PropertiesSchema>;

export const GraphNodeSchema = z.object({
  label: NodeLabelSchema,
  /** Globally unique, stable id (the `id` property). */
  id: z.string(),
  properties: PropertiesSchema,
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphRelationshipSchema = z.object({
  type: RelationshipTypeSchema,
  /** Stable id of the edge, unique per (type, from, to, article). */
  id: z.string(),
  from: z.string(),
  to: z.string(),
  properties: PropertiesSchema,
});
export type GraphRelationship = z.infer<typeof GraphRelationshipSchema>;

/**
 * Node properties per label (besides `id`). Strings as written (NFC); `nameKey` is
 * `matchKey(name)`, `nameFolded` is `searchWords(name)` (the whole words, diacritics stripped, for
 * the full-text indexes).
 * Dates are full or partial ISO strings (`2023-02-06`, `--02-06`, `2023-02`) or null.
 */
export const NodePropertySchemas = {
  Article: z.object({ sourceId: z.string().optional(), url: z.string().nullable(), title: z.string().nullable(), published: z.string().nullable(), source: z.string().nullable(), contentHash: z.string(), input: z.string().nullable() }),
  Author: z.object({ name: z.string(), nameKey: z.string() }),
  Person: z.object({ name: z.string(), nameKey: z.string(), nameFolded: z.string(), locality: z.string().nullable() }),
  Organization: z.object({ name: z.string(), nameKey: z.string(), nameFolded: z.string(), kind: z.string(), locality: z.string().nullable(), aliases: z.array(z.string()),
    /** The aliases folded like `nameFolded` and joined with " | ": indexed for alias lookups (optional: older graphs lack it). */
    aliasesFolded: z.string().optional() }),
  Position: z.object({ title: z.string(), nameKey: z.string(), nameFolded: z.string(), role: z.string() }),
  Meeting: z.object({ kind: z.string(), title: z.string().nullable(), date: z.string().nullable(), timeOfDay: z.string().nullable() }),
  Task: z.object({ text: z.string(), date: z.string().nullable() }),
  Place: z.object({ name: z.string(), nameKey: z.string(), nameFolded: z.string() }),
} as const;

/**
 * Evidence carried by every fact edge (all types but OF, PART_OF and LOCATED_IN, which are
 * structural yet still record the `article` that first stated them).
 * HOLDS also has `date` (the meeting date or publication date the statement is valid at, or null),
 * `titleAsWritten` and `former`. CHAIRED/ATTENDED/SPOKE_AT also carry the meeting `date`.
 */
export const EvidencePropertiesSchema = z.object({
  article: z.string(),
  sentence: z.string(),
  start: z.number(),
  end: z.number(),
  confidence: z.number(),
});

/** Why the resolver made a node what it is (e.g. merged two spellings): explainable resolution. */
export const MergeReasonSchema = z.object({
  nodeId: z.string(),
  mention: z.string(),
  reason: z.string(),
});
export type MergeReason = z.infer<typeof MergeReasonSchema>;

/** Everything one article contributes to the graph; written whole or not at all. */
export const ArticleGraphSchema = z.object({
  articleId: z.string(),
  contentHash: z.string(),
  nodes: z.array(GraphNodeSchema),
  relationships: z.array(GraphRelationshipSchema),
  merges: z.array(MergeReasonSchema),
});
export type ArticleGraph = z.infer<typeof ArticleGraphSchema>;
