/** How a node is shown by the formats that show one name per node (GEXF, the HTML map). */
import type { Attributes } from 'graphology-types';

/** Colour of each kind of node, shared by the HTML map, the GEXF export and the legend. */
export const KIND_COLORS: Readonly<Record<string, string>> = {
  Person: '#D9534F',
  Organization: '#2F6DB5',
  Meeting: '#F0AD4E',
  Position: '#5CB85C',
  Task: '#8E6BBF',
  Article: '#777777',
  Author: '#AAAAAA',
  Place: '#1BA39C',
};

/** A readable name: a person's or body's name, a post's title, a meeting's kind and date, a task's text. */
export function displayName(id: string, attrs: Attributes): string {
  const s = (k: string): string | null => (typeof attrs[k] === 'string' && (attrs[k] as string).length > 0 ? (attrs[k] as string) : null);
  switch (attrs.label) {
    case 'Meeting':
      return [s('kind') ?? 'Meeting', s('date')].filter(Boolean).join(' ');
    case 'Position':
      return s('title') ?? id;
    case 'Task':
      return s('text') ?? id;
    case 'Article':
      return s('title') ?? s('url') ?? id;
    default:
      return s('name') ?? s('title') ?? id;
  }
}
