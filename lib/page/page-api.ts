/**
 * The live page behind the sidebar: scrolling, focus, painting search hits, the reader's
 * selection, the clipboard, docking, scroll-spy, and saving the page for a report. Everything
 * here is best-effort and quiet: a failure must never surface in the ministry's page.
 */
import type { PageApi, PageCommand } from './api';
import type { DomBlockRef } from '../adapters/dom';
import type { Briefing } from '../briefing/model';
import { landingBlock, sectionOfBlock } from '../briefing/sections';
import { blockRange } from './block-range';
import { Dock } from './dock';
import { EntityLayer, type EntityFinder } from './entity-layer';
import { downloadPageForReport } from './save-page';
import type { Painter } from './painter';
import { ScrollSpy } from './scroll-spy';

export interface PageDeps {
  doc: Document;
  win: Window;
  briefing: Briefing<DomBlockRef>;
  container: Element;
  painter: Painter;
  dock: Dock;
  findEntities: EntityFinder;
  openLibrary: () => void;
}

const SEARCH = 'bl-search';
const SEARCH_ACTIVE = 'bl-search-active';

export function createPageApi({ doc, win, briefing, container, painter, dock, findEntities, openLibrary }: PageDeps): PageApi & { dispatch(c: PageCommand): void } {
  const listeners = new Set<(c: PageCommand) => void>();
  const entityLayer = new EntityLayer(briefing, painter, findEntities);
  const blockOfElement = new Map<Element, number>();
  briefing.blocks.forEach((b, i) => blockOfElement.set(b.ref.element, i));
  const reducedMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const landing = (i: number) => briefing.blocks[landingBlock(briefing.sections[i])]?.ref.element ?? null;

  const blockOfNode = (node: Node | null): number | null => {
    for (let cur: Node | null = node; cur && cur !== container.parentNode; cur = cur.parentNode) {
      const i = blockOfElement.get(cur as Element);
      if (i !== undefined) return i;
    }
    return null;
  };

  const focusElement = (el: Element) => {
    const h = el as HTMLElement;
    if (!h.hasAttribute('tabindex')) {
      // Headings and paragraphs are not focusable; make this one so only while it holds focus.
      h.setAttribute('tabindex', '-1');
      h.addEventListener('blur', () => h.removeAttribute('tabindex'), { once: true });
    }
    h.focus({ preventScroll: true });
  };

  // The sidebar's scroll-spy, told about the sidebar's own jumps (a jump made before it exists,
  // such as a deep link opened on load, is handed over when it starts). It watches the sections
  // that have a landing element; `spyIndex` maps a section to its place in that list.
  let spy: ScrollSpy | null = null;
  let spySections: number[] = [];
  let earlyJump: number | null = null;
  const pinSpy = (index: number) => {
    const k = spySections.indexOf(index);
    if (spy && k >= 0) spy.pin(k);
  };

  return {
    briefing,
    pageUrl: () => {
      const u = new URL(win.location.href);
      u.hash = '';
      return u.toString();
    },
    jumpToSection(index, opts = {}) {
      const el = landing(index);
      if (!el) return;
      if (spy) pinSpy(index);
      else earlyJump = index;
      el.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
      if (opts.focus) focusElement(el);
    },
    showSearchHits(hits, active) {
      const ranges = hits.map((h) => blockRange(briefing.blocks[h.block].ref, h.start, h.end)).filter((r): r is Range => r !== null);
      if (!ranges.length) {
        painter.clear(SEARCH);
        painter.clear(SEARCH_ACTIVE);
        return;
      }
      painter.paint(SEARCH, ranges, { background: 'rgba(255, 214, 10, 0.55)', color: 'inherit' }, 5);
      const current = active !== null ? blockRange(briefing.blocks[hits[active].block].ref, hits[active].start, hits[active].end) : null;
      if (!current) {
        painter.clear(SEARCH_ACTIVE);
        return;
      }
      painter.paint(SEARCH_ACTIVE, [current], { background: 'rgb(255, 140, 0)', color: 'black' }, 6);
      const rect = current.getBoundingClientRect();
      win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: reducedMotion() ? 'auto' : 'smooth' });
    },
    selectedQuote() {
      const sel = win.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
      const range = sel.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) return null;
      const quote = sel.toString().trim();
      if (!quote) return null;
      const block = blockOfNode(range.startContainer);
      return { quote, section: block === null ? null : sectionOfBlock(briefing, block) };
    },
    async copyText(text) {
      try {
        await win.navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    reserveWidth: (width) => dock.reserve(width),
    watchCurrentSection(cb) {
      const watched = briefing.sections.map((_, i) => ({ i, el: landing(i) })).filter((t): t is { i: number; el: Element } => t.el !== null);
      const s = new ScrollSpy(win, watched.map((t) => t.el), (k) => cb(watched[k]?.i ?? -1));
      spy = s;
      spySections = watched.map((t) => t.i);
      if (earlyJump !== null) pinSpy(earlyJump);
      earlyJump = null;
      return () => {
        s.dispose();
        if (spy === s) spy = null;
      };
    },
    onCommand(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    dispatch(c) {
      for (const l of [...listeners]) l(c);
    },
    savePageForReport: () => downloadPageForReport(doc, win, briefing.header.date),
    openLibrary,
    entities: {
      canPaint: painter.supported,
      index: () => entityLayer.get(),
      paint: (on, types) => entityLayer.paint(on, types),
      show: (m) => entityLayer.showMention(m, win),
    },
  };
}

/** Fragments that open a highlight (`#bl-h-<id>`, from the notes library) rather than a section. */
export const HIGHLIGHT_FRAGMENT = '#bl-h-';

/** Opens the section a `#bl-…` fragment names, if any; true when it did. */
export function openDeepLink(api: PageApi, hash: string): boolean {
  if (!hash.startsWith('#bl-')) return false;
  if (hash.startsWith(HIGHLIGHT_FRAGMENT)) {
    const id = decodeURIComponent(hash.slice(HIGHLIGHT_FRAGMENT.length));
    if (!api.notes?.record(id)) return false;
    api.notes.show(id);
    return true;
  }
  const id = decodeURIComponent(hash.slice(1));
  const index = api.briefing.sections.findIndex((s) => s.id === id);
  if (index < 0) return false;
  api.jumpToSection(index, { focus: true });
  return true;
}
