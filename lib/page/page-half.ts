/**
 * The page half of the extension on a detected transcript: it docks the sidebar frame, paints
 * (entities, highlights, search hits), scrolls, tracks the section being read, captures the
 * reader's selection for the in-page toolbar, and talks to the sidebar frame over one validated
 * port. It never holds a note's text; the frame does the reading and the writing.
 */
import type { Runtime } from 'webextension-polyfill';
import type { DomBlockRef } from '../adapters/dom';
import type { Briefing } from '../briefing/model';
import { landingBlock } from '../briefing/sections';
import type { ToPage } from '../messages/frame-messages';
import type { PageCommand } from '../messages/tab-messages';
import { Dock } from './dock';
import { EntityPainter } from './entity-layer';
import { acceptSidebar } from './frame-channel';
import { HighlightLayer } from './highlight-layer';
import { parseFragment } from './fragment';
import { PageStyle } from './page-style';
import { Painter } from './painter';
import { downloadPageForReport } from './save-page';
import { scrollBehavior, scrollToRange } from './scroll';
import { clampWidth } from './settings';
import { ScrollSpy } from './scroll-spy';
import { SidebarHost, type ToolbarStrings } from './sidebar-host';
import { publicModel } from './public-model';

export interface PageHalfDeps {
  doc: Document;
  win: Window;
  briefing: Briefing<DomBlockRef>;
  container: Element;
  briefingKey: string | null;
  frameUrl: string;
  strings: ToolbarStrings;
  onConnect: { addListener(cb: (port: Runtime.Port) => void): void; removeListener(cb: (port: Runtime.Port) => void): void };
  ourId: () => string | undefined;
  /** Width to keep for the sidebar before its frame says (the reader's last width, once read). */
  initialWidth: Promise<number>;
  /** The sidebar's host when it was inserted early, before segmentation (see early-frame.ts). */
  host?: SidebarHost;
}

export interface PageHalf {
  /** A keyboard command or context-menu item (from the background). */
  command(c: PageCommand): boolean;
  /** The article changed under us: a fresh model of it. */
  articleChanged(briefing: Briefing<DomBlockRef>): void;
  status(): { sidebarOpen: boolean; noteCount: number | null };
  /** Our two elements' names (random per load), to leave them out of a saved page. */
  hostTags: string[];
  dispose(): void;
}

const SEARCH = 'bl-search';
const SEARCH_ACTIVE = 'bl-search-active';
const SELECTION_SETTLE_MS = 120;
const DEFAULT_WIDTH = 360;

export function startPageHalf(d: PageHalfDeps): PageHalf {
  const { doc, win, container } = d;
  let briefing = d.briefing;
  const style = new PageStyle(doc);
  const painter = new Painter(style);
  const dock = new Dock(style, win, () => briefing.blocks.map((b) => b.ref.element));
  const host = d.host ?? new SidebarHost(doc, d.frameUrl, d.strings);
  const highlights = new HighlightLayer(container, briefing, painter, briefing.header.language);
  // One coordinate system: entities and search hits arrive as spans of the article text and are
  // painted through the highlights' TextIndex, as highlights are.
  const entities = new EntityPainter((s) => highlights.rangeOfSpan(s), painter, win);
  let sidebarOpen = true;
  let noteCount: number | null = null;
  let current = -1;
  let pendingHighlightLink: string | null = null;

  const reserve = (width: number) => {
    host.dock(width);
    dock.reserve(width);
  };
  // Dock at once with the usual width, and at the reader's own once storage answers — unless the
  // frame has already said (it reads the same setting).
  let frameDocked = false;
  reserve(DEFAULT_WIDTH);
  void d.initialWidth.then((w) => !frameDocked && w !== DEFAULT_WIDTH && reserve(w)).catch(() => undefined);

  const landing = (i: number) => briefing.blocks[landingBlock(briefing.sections[i])]?.ref.element ?? null;
  const watched = () =>
    briefing.sections.map((_, i) => ({ i, el: landing(i) })).filter((t): t is { i: number; el: Element } => t.el !== null);
  let spyTargets = watched();
  let spy = new ScrollSpy(
    win,
    spyTargets.map((t) => t.el),
    (k) => {
      current = spyTargets[k]?.i ?? -1;
      channel.send({ type: 'section', index: current });
    },
  );

  const jump = (index: number, focus: boolean) => {
    const el = landing(index);
    if (!el) return;
    const k = spyTargets.findIndex((t) => t.i === index);
    if (k >= 0) spy.pin(k);
    el.scrollIntoView({ block: 'start', behavior: scrollBehavior(win) });
    if (focus) focusElement(el as HTMLElement);
  };

  const showHighlight = (id: string) => {
    const r = highlights.rangeOf(id);
    if (!r) return false;
    scrollToRange(win, r);
    highlights.setActive(id);
    return true;
  };

  const paintHighlights = (spans: Parameters<HighlightLayer['set']>[0]) => {
    highlights.set(spans);
    noteCount = spans.length;
    if (pendingHighlightLink && showHighlight(pendingHighlightLink)) channel.send({ type: 'notes/open', id: pendingHighlightLink });
    pendingHighlightLink = null;
  };

  const paintSearch = (hits: { start: number; end: number }[], active: number | null) => {
    const range = (h: { start: number; end: number }) => highlights.rangeOfSpan(h);
    const ranges = hits.map(range).filter((r): r is Range => r !== null);
    if (!ranges.length) {
      painter.clear(SEARCH);
      painter.clear(SEARCH_ACTIVE);
      return;
    }
    painter.paint(SEARCH, ranges, { background: 'rgba(255, 214, 10, 0.55)', color: 'inherit' }, 5);
    const now = active !== null && hits[active] ? range(hits[active]) : null;
    if (!now) return painter.clear(SEARCH_ACTIVE);
    painter.paint(SEARCH_ACTIVE, [now], { background: 'rgb(255, 140, 0)', color: 'black' }, 6);
    scrollToRange(win, now);
  };

  const onFrameMessage = (m: ToPage): void => {
    switch (m.type) {
      case 'ready':
        return;
      case 'dock':
        frameDocked = true;
        sidebarOpen = m.open;
        return reserve(m.width);
      case 'jump':
        return jump(m.section, m.focus);
      case 'resize-start':
        return host.followDrag(win, (x, done) => {
          const width = clampWidth(win.innerWidth - (x - m.grab));
          reserve(width);
          channel.send({ type: 'resize', width, done });
        });
      case 'search':
        return paintSearch(m.hits, m.active);
      case 'entities/mentions':
        return entities.setMentions(m.mentions);
      case 'entities/show':
        if (!m.on) entities.clearWalk();
        return entities.show(m.on, m.types);
      case 'entities/walk':
        return entities.walk(m.mention);
      case 'notes/paint':
        return paintHighlights(m.spans);
      case 'notes/show':
        showHighlight(m.id);
        return;
      case 'notes/active':
        return highlights.setActive(m.id);
      case 'focus-page':
        win.focus();
        return;
      case 'save-page':
        return downloadPageForReport(doc, win, briefing.header.date, [host.tagName, host.toolsTagName]);
    }
  };

  const channel = acceptSidebar(d.onConnect, d.ourId, onFrameMessage, () => {
    performance.mark('bl:connected');
    channel.send({
      type: 'init',
      briefing: publicModel(briefing),
      text: highlights.text,
      pageUrl: pageUrl(win),
      briefingKey: d.briefingKey,
      canPaint: painter.supported,
    });
    performance.mark('bl:init-sent');
    if (current >= 0) channel.send({ type: 'section', index: current });
  });

  // The selection toolbar: shown when the reader has selected article text, acted on only for
  // the reader's own click, with the selection read again at that moment.
  let selTimer: ReturnType<typeof setTimeout> | undefined;
  const articleSelection = (): Range | null => {
    const sel = win.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    return container.contains(r.commonAncestorContainer) && sel.toString().trim() ? r : null;
  };
  const onSelectionChange = () => {
    clearTimeout(selTimer);
    selTimer = setTimeout(() => host.showToolbar(articleSelection()?.getBoundingClientRect() ?? null, win), SELECTION_SETTLE_MS);
  };
  const highlightSelection = (color: Parameters<Parameters<SidebarHost['onToolbar']>[0]>[0]['color'], open: 'none' | 'note') => {
    const r = articleSelection();
    const draft = r ? highlights.draftFrom(r, pageUrl(win)) : null;
    if (!draft || !channel.connected()) return false;
    channel.send({ type: 'notes/new', draft, color, open });
    win.getSelection()?.removeAllRanges();
    host.showToolbar(null, win);
    if (open === 'note') host.focusFrame();
    return true;
  };
  host.onToolbar((a) => void highlightSelection(a.color, a.open));
  doc.addEventListener('selectionchange', onSelectionChange);
  onSelectionChange(); // a selection made before we were ready gets its toolbar too

  // A click on a painted highlight opens its note in the sidebar (the reader's click only).
  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted || e.button !== 0 || !container.contains(e.target as Node) || articleSelection()) return;
    const id = highlights.hitTest(e.clientX, e.clientY);
    if (!id) return;
    highlights.setActive(id);
    channel.send({ type: 'notes/open', id });
    host.focusFrame();
  };
  doc.addEventListener('click', onClick);

  const onHash = () => {
    const f = parseFragment(win.location.hash);
    if (!f) return;
    if (f.kind === 'highlight') {
      if (highlights.has(f.id)) {
        showHighlight(f.id);
        channel.send({ type: 'notes/open', id: f.id });
      } else pendingHighlightLink = f.id; // notes not placed yet
      return;
    }
    const index = briefing.sections.findIndex((s) => s.id === f.id);
    if (index < 0) return;
    jump(index, true); // the scroll-spy then tells the sidebar which section is being read
  };
  win.addEventListener('hashchange', onHash);
  onHash();

  return {
    hostTags: [host.tagName, host.toolsTagName],
    command(c) {
      if (c === 'highlight-selection') return highlightSelection('yellow', 'none');
      if (!channel.connected()) return false;
      channel.send({ type: 'command', command: c });
      return true;
    },
    articleChanged(fresh) {
      briefing = fresh;
      spy.dispose();
      spyTargets = watched();
      spy = new ScrollSpy(
        win,
        spyTargets.map((t) => t.el),
        (k) => channel.send({ type: 'section', index: (current = spyTargets[k]?.i ?? -1) }),
      );
      highlights.refresh(fresh);
      channel.send({ type: 'article', briefing: publicModel(fresh), text: highlights.text });
    },
    status: () => ({ sidebarOpen, noteCount }),
    dispose() {
      channel.dispose();
      spy.dispose();
      clearTimeout(selTimer);
      doc.removeEventListener('selectionchange', onSelectionChange);
      doc.removeEventListener('click', onClick);
      win.removeEventListener('hashchange', onHash);
      painter.clearAll();
      style.dispose();
      host.remove();
    },
  };
}

function pageUrl(win: Window): string {
  const u = new URL(win.location.href);
  u.hash = '';
  return u.toString();
}

function focusElement(h: HTMLElement): void {
  if (!h.hasAttribute('tabindex')) {
    // Headings and paragraphs are not focusable; make this one so only while it holds focus.
    h.setAttribute('tabindex', '-1');
    h.addEventListener('blur', () => h.removeAttribute('tabindex'), { once: true });
  }
  h.focus({ preventScroll: true });
}
