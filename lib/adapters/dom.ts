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
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DIV', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DT', 'DD',
  'FIGCAPTION', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TBODY',
  'THEAD', 'FORM', 'ADDRESS', 'CENTER', 'ASIDE', 'NAV', 'MAIN', 'FIGURE', 'BODY',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'BRIEFING-LENS']);
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

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

function alignment(el: Element, stop: Element): 'center' | 'right' | null {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    const style = styleOf(cur);
    const align = (cur.getAttribute('align') ?? '').toLowerCase();
    if (style.includes('text-align:center') || align === 'center' || cur.tagName === 'CENTER') return 'center';
    if (style.includes('text-align:right') || align === 'right') return 'right';
    if (BLOCK_TAGS.has(cur.tagName) && cur !== el) break;
  }
  return null;
}

function isBoldNode(node: Node, block: Element): boolean {
  for (let cur = node.parentElement; cur && cur !== block.parentElement; cur = cur.parentElement) {
    if (BOLD_TAGS.has(cur.tagName)) return true;
    const style = styleOf(cur);
    if (/font-weight:(bold|[6-9]00)/.test(style)) return true;
    if (cur === block) break;
  }
  return false;
}

function isSkipped(el: Element | null, stop: Element): boolean {
  for (let cur = el; cur && cur !== stop; cur = cur.parentElement) {
    if (SKIP_TAGS.has(cur.tagName.toUpperCase())) return true;
    if (cur.hasAttribute('hidden') || /display:none/.test(styleOf(cur))) return true;
  }
  return false;
}

function nearestBlock(node: Node, container: Element): Element {
  for (let cur = node.parentElement; cur; cur = cur.parentElement) {
    if (cur === container || BLOCK_TAGS.has(cur.tagName.toUpperCase())) return cur;
  }
  return container;
}

function listDepth(el: Element, container: Element): number {
  let depth = -1;
  for (let cur: Element | null = el; cur && cur !== container; cur = cur.parentElement) {
    if (cur.tagName === 'OL' || cur.tagName === 'UL') depth++;
  }
  return Math.max(0, depth);
}

function hintsFor(el: Element, nodes: Text[], container: Element, zone: 'header' | 'body'): BlockHints {
  const tag = el.tagName.toLowerCase();
  const hints: BlockHints = { tag, zone };
  const level = /^h([1-6])$/.exec(tag);
  if (level) hints.headingLevel = Number(level[1]);
  const visible = nodes.filter((n) => (n.data ?? '').trim());
  if (visible.length) {
    hints.bold = visible.every((n) => isBoldNode(n, el));
    hints.boldLead = isBoldNode(visible[0], el);
  }
  const align = alignment(el, container);
  if (align === 'center') hints.centered = true;
  if (align === 'right') hints.rightAligned = true;
  if (tag === 'li') {
    hints.listItem = true;
    hints.listDepth = listDepth(el, container);
  }
  const ids: string[] = [];
  if (el.id) ids.push(el.id);
  const links: string[] = [];
  for (const a of Array.from(el.querySelectorAll('a[name], [id], a[href^="#"]'))) {
    // Anchors inside a nested block belong to that block.
    if (BLOCK_TAGS.has(a.tagName.toUpperCase()) || nearestBlock(a, container) !== el) continue;
    const name = a.getAttribute('name') ?? a.id;
    if (name) ids.push(name);
    const href = a.getAttribute('href');
    if (href && href.startsWith('#') && href.length > 1) links.push(href.slice(1));
  }
  if (ids.length) hints.anchorIds = ids;
  if (links.length) hints.linkTargets = links;
  return hints;
}

/** Blocks of one container, with offsets into its textContent. */
export function blocksOf(container: Element, zone: 'header' | 'body' = 'body'): DomBlock[] {
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, 0x4 /* NodeFilter.SHOW_TEXT */);
  const byElement = new Map<Element, DomBlock>();
  const order: DomBlock[] = [];
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const start = offset;
    const data = node.data ?? '';
    offset += data.length;
    if (isSkipped(node.parentElement, container)) continue;
    const el = nearestBlock(node, container);
    let block = byElement.get(el);
    if (!block) {
      block = { text: '', hints: {}, ref: { element: el, textNodes: [] }, start, end: start };
      byElement.set(el, block);
      order.push(block);
    }
    block.text += data;
    block.ref.textNodes.push(node);
    block.end = start + data.length;
  }
  const blocks = order.filter((b) => b.text.trim());
  for (const b of blocks) b.hints = hintsFor(b.ref.element, b.ref.textNodes, container, zone);
  return blocks;
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
      (el) => !(container && container.contains(el)) && !/министерство иностранных дел|ministry of foreign affairs of the russian/i.test(el.textContent ?? ''),
    );
    if (h1) found.push(h1);
  }
  // Document order, so that the core sees the header as the page shows it.
  return found.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** Header blocks then body blocks, from a whole page. */
export function documentToBlocks(doc: Document): DomBlocks {
  const known = findArticleContainer(doc);
  const container = known ?? doc.body ?? doc.documentElement;
  const header: DomBlock[] = headerElements(doc, known).map((el) => {
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(el, 0x4);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) nodes.push(n);
    return { text: el.textContent ?? '', hints: { tag: el.tagName.toLowerCase(), zone: 'header', headingLevel: el.tagName === 'H1' ? 1 : undefined }, ref: { element: el, textNodes: nodes } };
  });
  return { container, knownContainer: known !== null, blocks: [...header.filter((b) => b.text.trim()), ...blocksOf(container, 'body')] };
}
