/**
 * Entity finding runs in the background, not in the content script: the engine and its
 * gazetteers stay out of every ministry page's script. The sidebar frame sends the text of the
 * briefing's blocks (`entities/find`) and receives offsets back.
 */
import { findEntitiesInBlocks, groupEntities, type EntityType } from '../entities';
import type { FoundEntities } from '../messages/background-messages';

/** The types the sidebar shows (numbers are left out of the page). */
const SHOWN: ReadonlySet<EntityType> = new Set(['person', 'place', 'organization', 'date']);

export function findForPage(blocks: string[], language: 'en' | 'ru' | 'auto'): FoundEntities {
  const spans = findEntitiesInBlocks(blocks, { language }).map((list) => list.filter((sp) => SHOWN.has(sp.type)));
  return { spans, groups: groupEntities(spans.flat()) };
}
