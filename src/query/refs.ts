/**
 * Turning stored property maps (graphology attributes or Neo4j properties) into the typed
 * references of the answers. Both stores go through these, so a missing or odd property is read
 * the same way everywhere.
 */
import type {
  EvidenceRef,
  MeetingRef,
  OrganizationRef,
  PersonRef,
  PersonResolution,
  PositionRef,
  TaskRef,
} from './schemas.js';
import type { NamedEntity } from './names.js';

/** A property map as either store gives it. */
export type Props = Readonly<Record<string, unknown>>;

/** A string property, or null when absent or not a string. */
export function str(props: Props, key: string): string | null {
  const v = props[key];
  return typeof v === 'string' ? v : null;
}

/** A number property (Neo4j integers already converted), or null. */
export function num(props: Props, key: string): number | null {
  const v = props[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A string-array property, or []. */
export function strings(props: Props, key: string): string[] {
  const v = props[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function personRef(id: string, p: Props): PersonRef {
  return { id, name: str(p, 'name') ?? id, locality: str(p, 'locality') };
}

export function organizationRef(id: string, p: Props): OrganizationRef {
  return { id, name: str(p, 'name') ?? id, kind: str(p, 'kind'), locality: str(p, 'locality') };
}

export function positionRef(id: string, p: Props): PositionRef {
  return { id, title: str(p, 'title') ?? str(p, 'name') ?? id, role: str(p, 'role') };
}

export function meetingRef(id: string, p: Props): MeetingRef {
  return {
    id,
    kind: str(p, 'kind') ?? 'Meeting',
    title: str(p, 'title'),
    date: str(p, 'date'),
    timeOfDay: str(p, 'timeOfDay'),
  };
}

/** A person node's merge reasons and POSSIBLY_SAME candidates (stored by resolution across articles). */
export function personResolution(p: Props): PersonResolution {
  const possiblySame = strings(p, 'possiblySame').flatMap((raw) => {
    try {
      const c = JSON.parse(raw) as { node?: unknown; name?: unknown; score?: unknown; reasons?: unknown };
      return typeof c.node === 'string' ? [{ id: c.node, name: String(c.name ?? ''), score: Number(c.score ?? 0), reasons: Array.isArray(c.reasons) ? c.reasons.map(String) : [] }] : [];
    } catch {
      return [];
    }
  });
  return { mergeReasons: strings(p, 'mergeReasons'), possiblySame };
}

/** "possibly the same as <id> (score 2: also names …)" for each candidate, or null. */
function possiblySameText(p: Props): string | null {
  const c = personResolution(p).possiblySame;
  return c.length ? c.map((x) => `possibly the same as ${x.id} (score ${x.score}: ${x.reasons.join('; ')})`).join('; ') : null;
}

export function taskRef(id: string, p: Props): TaskRef {
  return { id, text: str(p, 'text') ?? id, date: str(p, 'date') };
}

/** The evidence carried by a fact edge; `url` from the article node when known. */
export function evidenceRef(edge: Props, url: string | null): EvidenceRef | null {
  const article = str(edge, 'article');
  if (article === null) return null;
  return { article, url, sentence: str(edge, 'sentence') ?? '', start: num(edge, 'start'), end: num(edge, 'end') };
}

/** A Person, Organization or Position node as a name-matchable entity. */
export function namedEntity(label: NamedEntity['label'], id: string, p: Props, orgName: string | null = null): NamedEntity {
  if (label === 'Person') {
    const locality = str(p, 'locality');
    return { label, id, name: str(p, 'name') ?? id, aliases: strings(p, 'aliases'), locality, detail: [locality, possiblySameText(p)].filter((x): x is string => !!x).join('; ') || null };
  }
  if (label === 'Organization') {
    const locality = str(p, 'locality');
    const kind = str(p, 'kind');
    return {
      label,
      id,
      name: str(p, 'name') ?? id,
      aliases: strings(p, 'aliases'),
      locality,
      detail: [kind, locality].filter((x): x is string => !!x).join(', ') || null,
    };
  }
  return {
    label,
    id,
    name: str(p, 'title') ?? str(p, 'name') ?? id,
    aliases: [],
    locality: null,
    detail: orgName,
  };
}
