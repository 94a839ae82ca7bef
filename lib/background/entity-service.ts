/**
 * Entity finding runs in the background, not in the content script: the engine and its
 * gazetteers stay out of every ministry page's script, and the page only sends the text of its
 * blocks and receives offsets back. Validated like every message we accept.
 */
import { findEntitiesInBlocks, groupEntities, type EntityGroup, type EntitySpan, type EntityType } from '../entities';

export interface FindEntitiesRequest {
  type: 'entities/find';
  blocks: string[];
  language: 'en' | 'ru' | 'auto';
}

export interface FoundEntities {
  /** Spans per block, offsets relative to the block's text. */
  spans: EntitySpan[][];
  /** Groups over the spans in block order (`mentions` index that flattened list). */
  groups: EntityGroup[];
}

export type FindEntitiesResponse = ({ ok: true } & FoundEntities) | { ok: false; error: string };

/** The types the sidebar shows (numbers are left out of the page). */
const SHOWN: ReadonlySet<EntityType> = new Set(['person', 'place', 'organization', 'date']);

export function findForPage(blocks: string[], language: FindEntitiesRequest['language']): FoundEntities {
  const spans = findEntitiesInBlocks(blocks, { language }).map((list) => list.filter((sp) => SHOWN.has(sp.type)));
  return { spans, groups: groupEntities(spans.flat()) };
}

const MAX_BLOCKS = 20_000;
const MAX_CHARS = 5_000_000;

export function parseFindEntities(msg: unknown): FindEntitiesRequest | null {
  if (!msg || typeof msg !== 'object') return null;
  const m = msg as Record<string, unknown>;
  if (m.type !== 'entities/find' || !Array.isArray(m.blocks) || m.blocks.length > MAX_BLOCKS) return null;
  if (!m.blocks.every((b) => typeof b === 'string')) return null;
  if ((m.blocks as string[]).reduce((n, b) => n + b.length, 0) > MAX_CHARS) return null;
  const language = m.language === 'en' || m.language === 'ru' ? m.language : 'auto';
  return { type: 'entities/find', blocks: m.blocks as string[], language };
}

/** A runtime.onMessage listener: answers `entities/find` from our own extension, ignores the rest. */
export function entityListener(ourId: string) {
  return (msg: unknown, sender: { id?: string }, sendResponse: (r: FindEntitiesResponse) => void): true | undefined => {
    if (sender.id !== ourId) return undefined;
    const req = parseFindEntities(msg);
    if (!req) return undefined;
    try {
      sendResponse({ ok: true, ...findForPage(req.blocks, req.language) });
    } catch (e) {
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
    return true;
  };
}
