/**
 * How a node's properties combine when another article states it again: the latest statement's
 * properties win, except a body's `aliases`, which gather every spelling the articles used (so a
 * body stays findable by each of them), with `aliasesFolded` recomputed for the alias index.
 */
import type { NodeLabel } from '../model/graph.js';
import { foldAliases } from '../model/keys.js';

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The properties a node gets when `next` is written over `before` (the stored ones, if any). */
export function combineNodeProperties(label: NodeLabel, before: Readonly<Record<string, unknown>> | undefined, next: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (label !== 'Organization' || !before) return { ...next };
  const aliases = [...new Set([...stringList(before.aliases), ...stringList(next.aliases)])].sort();
  return { ...next, aliases, aliasesFolded: foldAliases(aliases) };
}
