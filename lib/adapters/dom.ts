/**
 * DOM adapter: a page (live, or parsed in Node by happy-dom) → blocks. It keeps element
 * references so the UI can scroll to and paint them, and offsets into the article container's
 * `textContent` so anchoring and entities share one coordinate system. Uses only DOM Level 2
 * APIs (no layout, no computed style) so the browser and Node see the same blocks.
 */
import type { Block, BlockHints } from '../briefing/model';

export interface DomBlockRef {
  element: Element;
  /** The block's own text nodes (not those of nested blocks), in order. */
  textNodes: Text[];
}

export type DomBlock = Block<DomBlockRef>;

export interface DomBlocks {
  /** The element whose blocks form the article body (falls back to `<body>`). */
  container: Element;
  /** Whether `container` is a known article container rather than the fallback. */
  knownContainer: boolean;
  blocks: DomBlock[];
}

/** Article containers of the site's eras, most specific first (notes/site.md §3). */
const CONTAINER_SELECTORS = [
  'div.text.article-content',
  '.article-content',
  'div.anons-text',
  '.announcement__text',
  'article',
  'main',
  '[role="main"]',
];

/** Header elements outside the container: title, date, time, status line, document number. */
const HEADER_SELECTORS = [
  '.photo-content__date',
  '.photo-content__time',
  'h1.photo-content__title',
  '.article-line__note',
  '.article-status-line',
  '.anons-status-line',
  '.article h1',
  '.article-part h1',
  'p.anons-title',
  '.article-note',
  'b.doc-number',
];

const BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'DIV',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'TH',
  'DT',
  'DD',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TR',
  'TBODY',
  'THEAD',
  'FORM',
  'ADDRESS',
  'CENTER',
  'ASIDE',
  'NAV',
  'MAIN',
  'FIGURE',
  'BODY',
]);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'BRIEFING-LENS',
]);
const BOLD_TAGS = new Set(['B', 'STRONG']);

/** The custom element our sidebar lives in; never read as page content. */
export const HOST_TAG = 'briefing-lens';

export function findArticleContainer(doc: Document): Element | null {
  for (const sel of CONTAINER_SELECTORS) {
    const el = doc.querySelector(sel);
    if (el && (el.textContent ?? '').trim()) return el;
  }
  return null;
}

/** Below this much paragraph text, no element is taken for the article by its paragraphs alone. */
const GUESS_MIN_TEXT = 400;

/**
 * The article when no selector knows it (a redesign's class names): the element whose own
 * paragraphs hold the most text. Menus, breadcrumbs and footers then stay out of the body.
 */
export function guessArticleContainer(doc: Document): Element | null {
  const totals = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent ?? '').length);
  }
  let best: Element | null = null;
  let bestText = GUESS_MIN_TEXT;
  for (const [el, n] of totals) if (n > bestText && el.tagName !== 'BODY') [best, bestText] = [el, n];
  return best;
}

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

type Align = 'center' | 'right' | null;

/** The element's own text alignment, or undefined when it inherits its parent's. */
function ownAlignment(el: Element, tag: string): Align | undefined {
  const style = styleOf(el);
  const align = (el.getAttribute('align') ?? '').toLowerCase();
  if (style.includes('text-align:center') || align === 'center' || tag === 'CENTER') return 'center';
  if (style.includes('text-align:right') || align === 'right') return 'right';
  if (style.includes('text-align:left') || style.includes('text-align:justify') || align === 'left') return null;
  return undefined;
}

interface WalkState {
  block: Element;
  align: Align;
  bold: boolean;
  listDepth: number;
}

interface Draft {
  block: DomBlock;
  allBold: boolean;
  boldLead: boolean | null;
  align: Align;
  listDepth: number;
  ids: string[];
  links: string[];
}

/**
 * Blocks of one container, with offsets into its textContent. One recursive pass carries the
 * context down (nearest block element, bold, alignment, list depth) instead of walking up from
 * every text node: this runs on every ministry page the reader opens.
 */
export function blocksOf(container: Element, zone: 'header' | 'body' = 'body'): DomBlock[] {
  const drafts = new Map<Element, Draft>();
  const order: Draft[] = [];
  let offset = 0;
  const draftFor = (st: WalkState, start: number): Draft => {
    let d = drafts.get(st.block);
    if (!d) {
      d = {
        block: { text: '', hints: {}, ref: { element: st.block, textNodes: [] }, start, end: start },
        allBold: true,
        boldLead: null,
        align: st.align,
        listDepth: st.listDepth,
        ids: [],
        links: [],
      };
      drafts.set(st.block, d);
      order.push(d);
    }
    return d;
  };
  // Anchors seen before a block has text are kept until its first text node creates its draft.
  const pending = new Map<Element, { ids: string[]; links: string[] }>();
  const note = (st: WalkState, kind: 'ids' | 'links', value: string) => {
    const d = drafts.get(st.block);
    if (d) d[kind].push(value);
    else {
      const p = pending.get(st.block) ?? { ids: [], links: [] };
      p[kind].push(value);
      pending.set(st.block, p);
    }
  };

  const walk = (node: Node, st: WalkState, skipped: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const start = offset;
        offset += data.length;
        if (skipped) continue;
        const d = draftFor(st, start);
        // Text of this block that does not follow on from its last node: note the jump, so
        // block offsets still map onto the container's text (lib/briefing/offsets.ts).
        if (start > d.block.end! && d.block.text.length > 0)
          (d.block.gaps ??= []).push({ at: d.block.text.length, skip: start - d.block.end! });
        d.block.text += data;
        d.block.ref.textNodes.push(child as Text);
        d.block.end = start + data.length;
        if (data.trim()) {
          d.allBold &&= st.bold;
          d.boldLead ??= st.bold;
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      const style = styleOf(el);
      const hide = skipped || SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || style.includes('display:none');
      const isBlock = BLOCK_TAGS.has(tag);
      const own = ownAlignment(el, tag);
      const next: WalkState = {
        block: isBlock ? el : st.block,
        align: own === undefined ? st.align : own,
        bold: (isBlock ? false : st.bold) || BOLD_TAGS.has(tag) || /font-weight:(bold|[6-9]00)/.test(style),
        listDepth: st.listDepth + (tag === 'OL' || tag === 'UL' ? 1 : 0),
      };
      if (!hide) {
        const name = tag === 'A' ? el.getAttribute('name') : null;
        if (name) note(next, 'ids', name);
        else if (el.id) note(next, 'ids', el.id);
        const href = tag === 'A' ? el.getAttribute('href') : null;
        if (href && href.startsWith('#') && href.length > 1) note(next, 'links', href.slice(1));
      }
      walk(el, next, hide);
    }
  };
  walk(container, { block: container, align: null, bold: false, listDepth: 0 }, false);

  const blocks: DomBlock[] = [];
  for (const d of order) {
    if (!d.block.text.trim()) continue;
    const el = d.block.ref.element;
    const tag = el.tagName.toLowerCase();
    const hints: BlockHints = { tag, zone };
    const level = /^h([1-6])$/.exec(tag);
    if (level) hints.headingLevel = Number(level[1]);
    hints.bold = d.allBold;
    hints.boldLead = d.boldLead ?? false;
    if (d.align === 'center') hints.centered = true;
    if (d.align === 'right') hints.rightAligned = true;
    if (tag === 'li') {
      hints.listItem = true;
      hints.listDepth = Math.max(0, d.listDepth - 1);
    }
    const p = pending.get(el);
    const ids = [...(p?.ids ?? []), ...d.ids];
    const links = [...(p?.links ?? []), ...d.links];
    if (ids.length) hints.anchorIds = ids;
    if (links.length) hints.linkTargets = links;
    d.block.hints = hints;
    blocks.push(d.block);
  }
  return blocks;
}

/** Short header facts by their text: a document number, a time, a date (with a time glued on). */
const HEADER_FACT = /^(?:\d{1,4}-\d{2}-\d{2}-\d{4}|(?:[01]?\d|2[0-3]):[0-5]\d|.{0,20}\d{1,2}[. ].{0,12}(?:19|20)?\d\d.{0,8})$/;
const NEAR = 4;

/**
 * Header facts the selectors do not know (a redesign's class names): short elements next to the
 * title, or next to its parent, whose whole text is a document number, a time or a date line.
 */
function nearTitle(title: Element): Element[] {
  const out: Element[] = [];
  for (const anchor of [title, title.parentElement]) {
    if (!anchor || anchor.tagName === 'BODY') continue;
    const around: Element[] = [];
    for (let e = anchor.previousElementSibling, k = 0; e && k < NEAR; e = e.previousElementSibling, k++) around.push(e);
    for (let e = anchor.nextElementSibling, k = 0; e && k < NEAR; e = e.nextElementSibling, k++) around.push(e);
    for (const el of around) {
      // A header fact is a small element; the article next to the title is not read whole.
      if (el.childElementCount > 4) continue;
      const raw = el.textContent ?? '';
      if (raw.length > 200) continue;
      const text = raw.replace(/\s+/g, ' ').trim();
      if (text.length <= 40 && HEADER_FACT.test(text) && !SKIP_TAGS.has(el.tagName.toUpperCase())) out.push(el);
    }
  }
  return out;
}

function headerElements(doc: Document, container: Element | null): Element[] {
  const found: Element[] = [];
  for (const sel of HEADER_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (container && (container.contains(el) || el.contains(container))) continue;
      if (found.some((f) => f.contains(el) || el.contains(f))) continue;
      found.push(el);
    }
  }
  if (!found.some((el) => el.tagName === 'H1' || el.classList.contains('anons-title'))) {
    // No known title element: the first h1 that is not the site name (era B puts that first).
    const h1 = Array.from(doc.querySelectorAll('h1')).find(
      (el) =>
        !(container && container.contains(el)) &&
        !/министерство иностранных дел|ministry of foreign affairs of the russian/i.test(el.textContent ?? ''),
    );
    if (h1) found.push(h1);
  }
  const title = found.find((el) => el.tagName === 'H1');
  if (title)
    for (const el of nearTitle(title))
      if (!found.some((f) => f.contains(el) || el.contains(f)) && !(container && container.contains(el))) found.push(el);
  // Document order, so that the core sees the header as the page shows it.
  return found.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** Header blocks then body blocks, from a whole page. */
export function documentToBlocks(doc: Document): DomBlocks {
  const known = findArticleContainer(doc);
  const guessed = known ?? guessArticleContainer(doc);
  const container = guessed ?? doc.body ?? doc.documentElement;
  const header: DomBlock[] = headerElements(doc, guessed).map((el) => {
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(el, 0x4);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) nodes.push(n);
    return {
      text: el.textContent ?? '',
      hints: { tag: el.tagName.toLowerCase(), zone: 'header', headingLevel: el.tagName === 'H1' ? 1 : undefined },
      ref: { element: el, textNodes: nodes },
    };
  });
  return { container, knownContainer: known !== null, blocks: [...header.filter((b) => b.text.trim()), ...blocksOf(container, 'body')] };
}
