/**
 * Attribute helpers shared by the file formats: which columns a set of attribute maps has, and
 * the type each column gets (formats that type their values: GraphML, the neo4j-admin CSV).
 */
import type { Attributes } from 'graphology-types';

/** A column's value type across every row that has it. */
export type ColumnType = 'boolean' | 'long' | 'double' | 'string' | 'string[]';

/** Every attribute name used by the rows, in first-seen order, with its type. */
export function columns(rows: Iterable<Attributes>, skip: ReadonlySet<string> = new Set()): Map<string, ColumnType> {
  const out = new Map<string, ColumnType>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      if (skip.has(k) || v === null || v === undefined) continue;
      const t = typeOf(v);
      const prev = out.get(k);
      out.set(k, prev === undefined ? t : merge(prev, t));
    }
  }
  return out;
}

function typeOf(v: unknown): ColumnType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (Array.isArray(v)) return 'string[]';
  return 'string';
}

function merge(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/** A value as text for a column of the given type (arrays joined with `delimiter`); '' for none. */
export function cellText(v: unknown, type: ColumnType, delimiter = ';'): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return type === 'string[]' ? v.map(String).join(delimiter) : JSON.stringify(v);
  return String(v);
}
