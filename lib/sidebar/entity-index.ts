/** The entity index of a briefing, from the engine's spans per block. Pure. */
import type { Briefing } from '../briefing/model';
import { sectionOfBlock } from '../briefing/sections';
import type { EntityGroup, EntityType } from '../entities/types';
import type { FoundEntities } from '../messages/background-messages';

export interface Mention {
  block: number;
  start: number;
  end: number;
  type: EntityType;
  key: string;
  text: string;
  section: number;
}

export interface EntityIndex {
  mentions: Mention[];
  groups: (EntityGroup & { sections: number[] })[];
}

/** The blocks entities are looked for in: the article's sections, not the site's chrome. */
export function entityBlocks(briefing: Briefing<unknown>): number[] {
  return [...new Set(briefing.sections.flatMap((s) => [...s.headingBlocks, ...s.bodyBlocks]))].sort((a, b) => a - b);
}

export function buildEntityIndex(briefing: Briefing<unknown>, blocks: number[], found: FoundEntities): EntityIndex {
  const mentions: Mention[] = [];
  found.spans.forEach((spans, k) => {
    for (const sp of spans) {
      mentions.push({
        block: blocks[k],
        start: sp.start,
        end: sp.end,
        type: sp.type,
        key: sp.key,
        text: sp.text,
        section: sectionOfBlock(briefing, blocks[k]),
      });
    }
  });
  const groups = found.groups.map((g) => ({
    ...g,
    sections: [...new Set(g.mentions.map((m) => mentions[m].section).filter((s) => s >= 0))].sort((a, b) => a - b),
  }));
  return { mentions, groups };
}
