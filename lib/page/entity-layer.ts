/**
 * Entities on the live page: found once per briefing (block by block, so offsets map to DOM
 * ranges through each block's own text nodes), grouped for the index, painted per type with the
 * CSS Custom Highlight API, and walked through mention by mention.
 */
import type { DomBlockRef } from '../adapters/dom';
import type { Briefing } from '../briefing/model';
import { sectionOfBlock } from '../briefing/sections';
import type { FoundEntities } from '../background/entity-service';
import type { EntityGroup, EntityType } from '../entities/types';
import { blockRange } from './block-range';
import type { Painter } from './painter';

export const ENTITY_TYPES = ['person', 'place', 'organization', 'date'] as const;
export type ShownType = (typeof ENTITY_TYPES)[number];

/** Light backgrounds that keep the page's text readable (WCAG AA on black text). */
export const ENTITY_COLOURS: Record<ShownType, string> = {
  person: '#ffd3e4',
  place: '#cdeec8',
  organization: '#d3e2ff',
  date: '#ffe3b8',
};

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

export const highlightName = (type: ShownType): string => `bl-entity-${type}`;
const FLASH = 'bl-entity-flash';

/** Finds entities in each block's text (the engine runs in the background). */
export type EntityFinder = (blocks: string[], language: 'en' | 'ru') => Promise<FoundEntities>;

export class EntityLayer {
  private index: Promise<EntityIndex> | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly briefing: Briefing<DomBlockRef>,
    private readonly painter: Painter,
    private readonly find: EntityFinder,
  ) {}

  /** Entities of the article's sections (not of the site's chrome), computed once. */
  get(): Promise<EntityIndex> {
    this.index ??= this.compute();
    return this.index;
  }

  private async compute(): Promise<EntityIndex> {
    const blocks = [...new Set(this.briefing.sections.flatMap((s) => [...s.headingBlocks, ...s.bodyBlocks]))].sort((a, b) => a - b);
    const found = await this.find(blocks.map((i) => this.briefing.blocks[i].text), this.briefing.header.language);
    const mentions: Mention[] = [];
    found.spans.forEach((spans, k) => {
      for (const sp of spans) {
        mentions.push({ block: blocks[k], start: sp.start, end: sp.end, type: sp.type, key: sp.key, text: sp.text, section: sectionOfBlock(this.briefing, blocks[k]) });
      }
    });
    const groups = found.groups.map((g) => ({
      ...g,
      sections: [...new Set(g.mentions.map((m) => mentions[m].section).filter((s) => s >= 0))].sort((a, b) => a - b),
    }));
    return { mentions, groups };
  }

  /** Paints the enabled types; `on === false` clears everything. */
  async paint(on: boolean, types: Record<string, boolean>): Promise<void> {
    const { mentions } = await this.get();
    for (const type of ENTITY_TYPES) {
      if (!on || !types[type]) {
        this.painter.clear(highlightName(type));
        continue;
      }
      const ranges = mentions.filter((m) => m.type === type).map((m) => this.range(m)).filter((r): r is Range => r !== null);
      this.painter.paint(highlightName(type), ranges, { background: ENTITY_COLOURS[type], color: '#111' }, 1);
    }
  }

  range(m: Mention): Range | null {
    return blockRange(this.briefing.blocks[m.block].ref, m.start, m.end);
  }

  /** Brings a mention into view and flashes it briefly. */
  showMention(m: Mention, win: Window): void {
    const r = this.range(m);
    if (!r) return;
    const rect = r.getBoundingClientRect();
    win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    this.painter.paint(FLASH, [r], { background: '#ff8c00', color: '#000' }, 10);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.painter.clear(FLASH), 1500);
  }
}
