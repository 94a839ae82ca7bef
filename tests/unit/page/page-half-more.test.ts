// @vitest-environment happy-dom
/**
 * The page half, continued: the reader's selection becoming a highlight (toolbar and keyboard
 * command), the edge drag, entities, section deep links and a changed article.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextIndex } from '../../../lib/anchoring';
import { segment } from '../../../lib/segment';
import { blocksOf, type DomBlockRef } from '../../../lib/adapters/dom';
import type { Briefing } from '../../../lib/briefing/model';
import { SIDEBAR_PORT } from '../../../lib/messages/frame-messages';
import type { PageHalf } from '../../../lib/page/page-half';
import { startTestPageHalf } from '../support/page-half';
import { clampWidth } from '../../../lib/page/settings';
import { stubHighlightApi } from '../support/fake-painter';
import { fakeOnConnect, fakePort, OUR_ID, SIDEBAR_SENDER, type FakePort } from '../support/fake-port';
import { loadFixturePage, type LoadedPage } from '../support/page-fixture';

let page: LoadedPage;
let api: ReturnType<typeof stubHighlightApi>;
let onConnect: ReturnType<typeof fakeOnConnect>;
let half: PageHalf | null;
let p: FakePort;

beforeEach(() => {
  page = loadFixturePage();
  api = stubHighlightApi();
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined);
  onConnect = fakeOnConnect();
  half = startTestPageHalf(page, onConnect, 'mid.ru/1900001');
  p = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
  onConnect.connect(p);
});

afterEach(() => {
  half?.dispose();
  window.getSelection()?.removeAllRanges();
  api.restore();
  vi.restoreAllMocks();
  history.replaceState(null, '', location.pathname);
});

const sent = (type: string) => p.posted.filter((m) => (m as { type: string }).type === type) as Record<string, unknown>[];

/** Selects `phrase` in the article (its first occurrence after `from`). */
function select(phrase: string, from = 0): void {
  const index = TextIndex.build(page.container);
  const start = index.text.indexOf(phrase, from);
  const range = index.rangeFromSpan({ start, end: start + phrase.length });
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}

const toolbarButton = (name: string) => {
  const tools = document.querySelector(half!.hostTags[1])!.shadowRoot!;
  return [...tools.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
};

function trustedClick(el: Element): void {
  const e = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

describe('page half: selection to highlight', () => {
  it('highlights the selection in yellow on the keyboard command', () => {
    select('Murat Nurtleu');
    expect(half!.command('highlight-selection')).toBe(true);
    const [m] = sent('notes/new');
    expect(m).toMatchObject({ color: 'yellow', open: 'none' });
    expect((m.draft as { quote: string }).quote).toBe('Murat Nurtleu');
    expect(window.getSelection()!.rangeCount).toBe(0);
  });

  it('does nothing on the command without a selection in the article', () => {
    expect(half!.command('highlight-selection')).toBe(false);
    const outside = document.createElement('p');
    outside.textContent = 'Outside the article';
    document.body.append(outside);
    const r = document.createRange();
    r.selectNodeContents(outside);
    window.getSelection()!.addRange(r);
    expect(half!.command('highlight-selection')).toBe(false);
    expect(sent('notes/new')).toEqual([]);
  });

  it("acts on the toolbar for the reader's click only", () => {
    select('Days of Russian Culture');
    const add = toolbarButton('Add note');
    add.click();
    expect(sent('notes/new')).toEqual([]);
    trustedClick(add);
    expect(sent('notes/new')).toHaveLength(1);
    expect(sent('notes/new')[0]).toMatchObject({ color: 'yellow', open: 'note' });
    select('Murat Nurtleu');
    trustedClick(toolbarButton('Highlight pink'));
    expect(sent('notes/new')[1]).toMatchObject({ color: 'pink', open: 'none' });
  });
});

describe('page half: the rest of the frame messages', () => {
  it('follows a drag of the edge and reports the width', () => {
    p.deliver({ type: 'resize-start', grab: 6 });
    const tools = document.querySelector(half!.hostTags[1])!.shadowRoot!;
    const layer = [...tools.querySelectorAll('div')].find((d) => d.getAttribute('role') !== 'toolbar' && !d.hidden)!;
    expect(layer).toBeDefined();
    const move = new PointerEvent('pointermove', { clientX: window.innerWidth - 400, bubbles: true });
    Object.defineProperty(move, 'isTrusted', { value: true });
    layer.dispatchEvent(move);
    // A move a page script made is not followed.
    layer.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, bubbles: true }));
    window.dispatchEvent(new PointerEvent('pointerup', { clientX: window.innerWidth - 300 }));
    expect(sent('resize')).toEqual([
      { type: 'resize', width: clampWidth(406), done: false },
      { type: 'resize', width: clampWidth(306), done: true },
    ]);
    expect(layer.hidden).toBe(true);
  });

  it('paints entity mentions when shown, and walks to one', () => {
    const at = page.container.textContent!.indexOf('Lavrov');
    p.deliver({ type: 'entities/mentions', mentions: [{ start: at, end: at + 6, type: 'person' }] });
    expect(api.registry.has('bl-entity-person')).toBe(false);
    p.deliver({ type: 'entities/show', on: true, types: { person: true } });
    expect(api.registry.get('bl-entity-person')?.ranges.map(String)).toEqual(['Lavrov']);
    p.deliver({ type: 'entities/walk', mention: 0 });
    expect(api.registry.get('bl-entity-flash')?.ranges.map(String)).toEqual(['Lavrov']);
    p.deliver({ type: 'entities/show', on: false, types: { person: true } });
    expect(api.registry.has('bl-entity-person')).toBe(false);
    expect(api.registry.has('bl-entity-flash')).toBe(false);
  });

  it('sends a fresh model and text when the article changes', () => {
    const extra = document.createElement('p');
    extra.textContent = 'A paragraph added after load.';
    page.container.append(extra);
    const fresh = segment(blocksOf(page.container, 'body')) as Briefing<DomBlockRef>;
    half!.articleChanged(fresh);
    const [m] = sent('article');
    expect(m.text).toBe(TextIndex.build(page.container).text);
    expect(m.text as string).toContain('A paragraph added after load.');
  });
});

describe('page half: section deep links', () => {
  it('jumps to the section a #bl- link names and tells the frame', () => {
    half!.dispose();
    half = null;
    const k = 3;
    history.replaceState(null, '', `#${page.briefing.sections[k].id}`);
    half = startTestPageHalf(page, onConnect, null);
    p = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
    onConnect.connect(p);
    // The link was read before the frame connected: the section is reported on connect.
    expect(sent('init')).toHaveLength(1);
    expect(sent('section').at(-1)).toEqual({ type: 'section', index: k });
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });
});
