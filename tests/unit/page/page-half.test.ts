// @vitest-environment happy-dom
/**
 * The page half wired on a real fixture page with a fake `runtime.onConnect`: the init message on
 * connect, and what the frame's messages do to the page (jump, search paint, dock, highlights),
 * with a highlight opened only by the reader's own click.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextIndex } from '../../../lib/anchoring';
import { parseToFrame, SIDEBAR_PORT } from '../../../lib/messages/frame-messages';
import type { PageHalf } from '../../../lib/page/page-half';
import { startTestPageHalf } from '../support/page-half';
import { pageHtmlForReport } from '../../../lib/page/save-page';
import { landingBlock } from '../../../lib/briefing/sections';
import { stubHighlightApi } from '../support/fake-painter';
import { fakeOnConnect, fakePort, OUR_ID, SIDEBAR_SENDER, type FakePort } from '../support/fake-port';
import { loadFixturePage, type LoadedPage } from '../support/page-fixture';

let page: LoadedPage;
let api: ReturnType<typeof stubHighlightApi>;
let onConnect: ReturnType<typeof fakeOnConnect>;
let half: PageHalf;
let roots: ShadowRoot[];
let text: string;

beforeEach(() => {
  page = loadFixturePage();
  text = TextIndex.build(page.container).text;
  api = stubHighlightApi();
  // happy-dom's document has no adoptedStyleSheets; give it the browser's empty list.
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  roots = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const r = attach.call(this, init);
    roots.push(r);
    return r;
  });
  onConnect = fakeOnConnect();
});

afterEach(() => {
  half?.dispose();
  api.restore();
  vi.restoreAllMocks();
  history.replaceState(null, '', location.pathname);
});

function start(): PageHalf {
  half = startTestPageHalf(page, onConnect, 'mid.ru/en/press_service/spokesman/briefings/1900001');
  return half;
}

function connect(): FakePort {
  const p = fakePort(SIDEBAR_PORT, SIDEBAR_SENDER);
  onConnect.connect(p);
  return p;
}

const sent = (p: FakePort, type: string) => p.posted.filter((m) => (m as { type: string }).type === type);
const spanOf = (phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
};

describe('page half', () => {
  it('sends the model and the article text when the frame connects', () => {
    start();
    const p = connect();
    const init = p.posted[0] as {
      type: string;
      briefing: { blocks: { text: string; ref: unknown }[] };
      text: string;
      briefingKey: string;
      canPaint: boolean;
      pageUrl: string;
    };
    expect(init.type).toBe('init');
    expect(init.text).toBe(text);
    expect(init.briefingKey).toBe('mid.ru/en/press_service/spokesman/briefings/1900001');
    expect(init.canPaint).toBe(true);
    expect(init.briefing.blocks.map((b) => b.text)).toEqual(page.briefing.blocks.map((b) => b.text));
    // No DOM goes over the port, and the message passes the frame's own validation.
    expect(init.briefing.blocks.every((b) => b.ref === null)).toBe(true);
    expect(parseToFrame(init).ok).toBe(true);
  });

  it('jumps to a section: scrolls its landing element into view, focuses it, reports it', () => {
    start();
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const p = connect();
    const k = 2;
    const landing = page.briefing.blocks[landingBlock(page.briefing.sections[k])].ref.element;
    p.deliver({ type: 'jump', section: k, focus: true });
    expect(scrolled).toEqual([landing]);
    expect(document.activeElement).toBe(landing);
    expect(sent(p, 'section').at(-1)).toEqual({ type: 'section', index: k });
  });

  it('paints search hits, the active one apart, and clears them', () => {
    start();
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    const p = connect();
    // Hits arrive as spans of the article text (the frame places them: lib/briefing/offsets.ts).
    const text = page.container.textContent!;
    const at = text.indexOf('Lavrov');
    p.deliver({
      type: 'search',
      hits: [
        { start: 0, end: 3 },
        { start: at, end: at + 6 },
      ],
      active: 1,
    });
    expect(api.registry.get('bl-search')?.ranges).toHaveLength(2);
    expect(api.registry.get('bl-search-active')?.ranges.map(String)).toEqual(['Lavrov']);
    expect(scrollBy).toHaveBeenCalled();
    p.deliver({ type: 'search', hits: [], active: null });
    expect(api.registry.has('bl-search')).toBe(false);
    expect(api.registry.has('bl-search-active')).toBe(false);
  });

  it('docks as the frame says: the frame width and the open state', () => {
    const h = start();
    const p = connect();
    const frame = roots[0].querySelector('iframe')!;
    expect(frame.style.width).toBe('360px');
    p.deliver({ type: 'dock', open: false, width: 40 });
    expect(frame.style.width).toBe('40px');
    expect(h.status().sidebarOpen).toBe(false);
    p.deliver({ type: 'dock', open: true, width: 420 });
    expect(frame.style.width).toBe('420px');
    expect(h.status().sidebarOpen).toBe(true);
  });

  it('paints the highlights the frame sends and counts them', () => {
    const h = start();
    const p = connect();
    expect(h.status().noteCount).toBeNull();
    p.deliver({ type: 'notes/paint', spans: [{ id: 'h1', ...spanOf('Murat Nurtleu'), color: 'pink', hasNote: true, created: 5 }] });
    expect(api.registry.get('bl-note-pink')?.ranges.map(String)).toEqual(['Murat Nurtleu']);
    expect(api.registry.get('bl-note-marked')?.ranges.map(String)).toEqual(['Murat Nurtleu']);
    expect(h.status().noteCount).toBe(1);
  });

  it('ignores a paint message carrying more than it may (a note text)', () => {
    start();
    const p = connect();
    p.deliver({
      type: 'notes/paint',
      spans: [{ id: 'h1', ...spanOf('Murat Nurtleu'), color: 'pink', hasNote: true, created: 5, note: 'secret' }],
    });
    expect(api.registry.has('bl-note-pink')).toBe(false);
  });

  it("opens a painted highlight's note on the reader's click, not on a synthetic one", () => {
    start();
    const p = connect();
    p.deliver({ type: 'notes/paint', spans: [{ id: 'h1', ...spanOf('Murat Nurtleu'), color: 'yellow', hasNote: false, created: 5 }] });
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      return (String(this) === 'Murat Nurtleu' ? [{ left: 10, right: 110, top: 10, bottom: 30 }] : []) as unknown as DOMRectList;
    });
    const target = page.briefing.blocks.find((b) => b.text.includes('Murat Nurtleu'))!.ref.element;
    const click = (trusted: boolean) => {
      const e = new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20, button: 0 });
      if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
      target.dispatchEvent(e);
    };
    click(false);
    expect(sent(p, 'notes/open')).toEqual([]);
    click(true);
    expect(sent(p, 'notes/open')).toEqual([{ type: 'notes/open', id: 'h1' }]);
    expect(api.registry.get('bl-note-active')?.ranges.map(String)).toEqual(['Murat Nurtleu']);
  });

  it('opens a #bl-h- link once the highlights are placed', () => {
    vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    history.replaceState(null, '', '#bl-h-h7');
    start();
    const p = connect();
    expect(sent(p, 'notes/open')).toEqual([]);
    p.deliver({ type: 'notes/paint', spans: [{ id: 'h7', ...spanOf('Murat Nurtleu'), color: 'yellow', hasNote: false, created: 5 }] });
    expect(sent(p, 'notes/open')).toEqual([{ type: 'notes/open', id: 'h7' }]);
  });

  it('names its own elements so a saved page can leave them out', () => {
    const h = start();
    expect(h.hostTags).toHaveLength(2);
    for (const tag of h.hostTags) expect(document.querySelector(tag)).not.toBeNull();
    const html = pageHtmlForReport(document, h.hostTags);
    for (const tag of h.hostTags) expect(html).not.toContain(tag);
    expect(html).toContain('Murat Nurtleu');
  });

  it('sends the page commands only while the frame is connected', () => {
    const h = start();
    expect(h.command('toggle-sidebar')).toBe(false);
    const p = connect();
    expect(h.command('toggle-sidebar')).toBe(true);
    expect(sent(p, 'command')).toEqual([{ type: 'command', command: 'toggle-sidebar' }]);
  });

  it('takes everything out of the page on dispose', () => {
    const h = start();
    const p = connect();
    p.deliver({ type: 'notes/paint', spans: [{ id: 'h1', ...spanOf('Murat Nurtleu'), color: 'yellow', hasNote: false, created: 5 }] });
    const tags = h.hostTags;
    h.dispose();
    half = undefined as unknown as PageHalf;
    for (const tag of tags) expect(document.querySelector(tag)).toBeNull();
    expect(api.registry.size).toBe(0);
    expect(p.disconnected).toBe(true);
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});
