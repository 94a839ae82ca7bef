/**
 * Pieces of the entity-highlighting suite (entities.test.ts), on top of ./support.ts and
 * ./sidebar-support.ts:
 *  - per fixture, a few entities that must be painted and one entity to walk through from the
 *    index, chosen by reading the fixture (and `npm run entities -- <fixture>`), with the exact
 *    surface forms the page writes them in;
 *  - page-side probes, run in the page's MAIN world (the CSS highlight registry and the adopted
 *    stylesheets are per document, so the main world sees what the content script painted):
 *    the highlight registry, the page's own element count, mention ranges and the flash range;
 *  - locators for the Entities tab.
 */
import type { Locator, Page } from 'playwright-core';
import { sidebar } from './support.ts';
import { ERA_C, RUSSIAN, SAMPLE, type SidebarPage } from './sidebar-support.ts';

export const TYPES = ['person', 'place', 'organization', 'date'] as const;
export type EntityType = (typeof TYPES)[number];
export const HIGHLIGHT: Record<EntityType, string> = {
  person: 'bl-entity-person',
  place: 'bl-entity-place',
  organization: 'bl-entity-organization',
  date: 'bl-entity-date',
};
export const FLASH = 'bl-entity-flash';
/** The checkbox labels of the "Entity types" fieldset (English UI). */
export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organisations',
  date: 'Dates',
};

export interface WalkTarget {
  /** The index entry's label (its button's name). */
  label: string;
  type: EntityType;
  /** Every surface form of its mentions on the page (exact range text). */
  surfaces: string[];
  /** Mentions on the page (the index's "N mentions"). */
  mentions: number;
}

export interface EntityFixture {
  page: SidebarPage;
  /** Per type, texts at least one range of that type's highlight must have. */
  painted: Record<EntityType, string[]>;
  /** An entity with >= 2 mentions, the first of them below the fold at the top of the page. */
  walk: WalkTarget;
}

export const ENTITY_FIXTURES: EntityFixture[] = [
  {
    page: SAMPLE,
    painted: {
      person: ['Sergey Lavrov', 'Maria Zakharova'],
      place: ['Kazakhstan', 'Vienna'],
      organization: ['OSCE', 'NATO'],
      date: ['March 20, 2024'],
    },
    walk: { label: 'IAEA', type: 'organization', surfaces: ['IAEA'], mentions: 2 },
  },
  {
    page: ERA_C,
    painted: {
      person: ['Joe Biden', 'Sergey Lavrov'],
      place: ['Afghanistan', 'Azerbaijan'],
      organization: ['ODIHR', 'CSTO'],
      date: ['August 8, 2008'],
    },
    walk: { label: 'Dadivank', type: 'place', surfaces: ['Dadivank'], mentions: 4 },
  },
  {
    page: RUSSIAN,
    painted: {
      person: ['С.В.Лаврова', 'М.Б.Тлеуберди'],
      place: ['Республики Казахстан', 'Вене'],
      organization: ['ОДКБ', 'ОБСЕ'],
      date: ['22 ноября'],
    },
    walk: { label: 'Мария Захарова', type: 'person', surfaces: ['М.В.Захарова'], mentions: 5 },
  },
];

// ---- Entities tab locators ------------------------------------------------------------------

export function entitiesTab(p: Page): Locator {
  return sidebar(p).getByRole('tab', { name: 'Entities', exact: true });
}
export function contentsTab(p: Page): Locator {
  return sidebar(p).getByRole('tab', { name: 'Contents', exact: true });
}
export function entitiesPanel(p: Page): Locator {
  return sidebar(p).getByRole('tabpanel', { name: 'Entities', exact: true });
}
export function masterSwitch(p: Page): Locator {
  return entitiesPanel(p).getByRole('checkbox', { name: 'Highlight entities on the page', exact: true });
}
export function typesGroup(p: Page): Locator {
  return entitiesPanel(p).getByRole('group', { name: 'Entity types', exact: true });
}
/** A type's checkbox; its name is the type label followed by the count ("People 8"). */
export function typeCheckbox(p: Page, type: EntityType): Locator {
  return typesGroup(p).getByRole('checkbox', { name: new RegExp(`^${TYPE_LABEL[type]}(\\s+\\d+)?$`) });
}
export function entityIndex(p: Page): Locator {
  return entitiesPanel(p).getByRole('region', { name: 'Entity index', exact: true });
}
export function indexEntry(p: Page, label: string): Locator {
  return entityIndex(p).getByRole('button', { name: label, exact: true });
}

// ---- page-side probes (plain JS source: tsx's keepNames would inject __name()) ----------------

export interface RegistryEntry {
  size: number;
  texts: string[];
}

const REGISTRY_JS = String.raw`() => {
  const out = {};
  if (!window.CSS || !CSS.highlights) return null;
  for (const [name, h] of CSS.highlights) out[name] = { size: h.size, texts: Array.from(h, (r) => r.toString()) };
  return out;
}`;

/** `CSS.highlights` of the page's document: name -> size and the text of every range. */
export async function registry(p: Page): Promise<Record<string, RegistryEntry>> {
  const r = (await p.evaluate(`(${REGISTRY_JS})()`)) as Record<string, RegistryEntry> | null;
  if (!r) throw new Error('CSS.highlights is missing in this page');
  return r;
}

export interface DomCensus {
  /** Elements of the document, our host excluded (its closed shadow content is never counted). */
  elements: number;
  /** Nodes a highlighter that wraps text would add: <style>, <mark>, span.bl-entity. */
  injected: number;
  /** Our host elements (random `x-` names, children of <html>). */
  hosts: number;
  adoptedSheets: number;
  /** Text of every rule of the adopted stylesheets. */
  adoptedRules: string[];
}

const CENSUS_JS = String.raw`() => {
  const all = Array.from(document.getElementsByTagName('*'));
  const isHost = (e) => e.parentElement === document.documentElement && /^x-[a-z]+$/.test(e.localName);
  const rules = [];
  for (const s of document.adoptedStyleSheets || []) for (const r of Array.from(s.cssRules)) rules.push(r.cssText);
  return {
    elements: all.filter((e) => !isHost(e)).length,
    injected: document.querySelectorAll('style, mark, span.bl-entity').length,
    hosts: all.filter(isHost).length,
    adoptedSheets: (document.adoptedStyleSheets || []).length,
    adoptedRules: rules,
  };
}`;

export async function census(p: Page): Promise<DomCensus> {
  return (await p.evaluate(`(${CENSUS_JS})()`)) as DomCensus;
}

export interface MentionRect {
  text: string;
  top: number;
  bottom: number;
}

/** Painted ranges of `type` whose text is one of `surfaces`, in document order, with their rects. */
const MENTIONS_JS = String.raw`({ name, surfaces }) => {
  const h = CSS.highlights.get(name);
  if (!h) return null;
  const rs = Array.from(h).filter((r) => surfaces.includes(r.toString()));
  rs.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return rs.map((r) => {
    const rect = r.getBoundingClientRect();
    return { text: r.toString(), top: rect.top, bottom: rect.bottom };
  });
}`;

export async function mentionRects(p: Page, w: WalkTarget): Promise<MentionRect[] | null> {
  return (await p.evaluate(`(${MENTIONS_JS})(${JSON.stringify({ name: HIGHLIGHT[w.type], surfaces: w.surfaces })})`)) as
    | MentionRect[]
    | null;
}

export interface FlashState {
  /** Ranges in the flash highlight (absent: 0). */
  size: number;
  text: string | null;
  /** Position of the flashed range among the entity's painted mentions (document order), or -1. */
  index: number;
}

const FLASH_JS = String.raw`({ flash, name, surfaces }) => {
  const f = CSS.highlights.get(flash);
  if (!f || f.size === 0) return { size: 0, text: null, index: -1 };
  const r = Array.from(f)[0];
  const h = CSS.highlights.get(name);
  const rs = h ? Array.from(h).filter((m) => surfaces.includes(m.toString())) : [];
  rs.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const same = (a, b) => a.startContainer === b.startContainer && a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer && a.endOffset === b.endOffset;
  return { size: f.size, text: r.toString(), index: rs.findIndex((m) => same(m, r)) };
}`;

export async function flashState(p: Page, w: WalkTarget): Promise<FlashState> {
  return (await p.evaluate(
    `(${FLASH_JS})(${JSON.stringify({ flash: FLASH, name: HIGHLIGHT[w.type], surfaces: w.surfaces })})`,
  )) as FlashState;
}

/** Whether `surface` occurs in `text` as a whole word (no letter or digit on either side). */
export function mentionsWord(text: string, surface: string): boolean {
  const esc = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
