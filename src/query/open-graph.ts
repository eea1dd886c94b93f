/**
 * The embedded store's graph for questions, from its index when that is up to date, else from the
 * graph file (loading the store's reader, which {@link openQueries} leaves out when the index serves).
 */
import { graphFingerprint, IndexedGraph, MemoryGraphStore, writeGraphIndex } from '../store/memory/index.js';
import type { MemoryGraph } from './memory.js';

/**
 * The graph of a graph file to answer from: its index when that is there and up to date (read
 * lazily: a question reads only what it needs); else the whole file, and then its index is
 * written for the next time (when that fails, e.g. a read-only folder, nothing is lost). Throws a
 * clear Error on an unreadable graph file.
 */
export function openGraphForQueries(file: string): IndexedGraph | MemoryGraph {
  const indexed = IndexedGraph.open(file);
  if (indexed instanceof IndexedGraph) return indexed;
  let print: ReturnType<typeof graphFingerprint> | null = null;
  try {
    print = graphFingerprint(file);
  } catch {
    // The open below says what is wrong with the file.
  }
  const graph = MemoryGraphStore.open(file).graph;
  if (print) {
    try {
      writeGraphIndex(graph, file, print);
    } catch {
      // Only a faster next question is lost.
    }
  }
  return graph;
}
