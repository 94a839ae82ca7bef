// @vitest-environment happy-dom
/**
 * Our two elements in the page: random names, the frame in a closed shadow root, and a selection
 * toolbar that acts only on the reader's own (trusted) clicks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_COLORS } from '../../../lib/store/schema';
import { SidebarHost, type ToolbarAction } from '../../../lib/page/sidebar-host';
import { TOOLBAR_STRINGS } from '../support/page-half';

const strings = TOOLBAR_STRINGS;
const FRAME_URL = 'chrome-extension://ourextensionid/sidebar.html';

let roots: ShadowRoot[];
let host: SidebarHost;

beforeEach(() => {
  document.body.innerHTML = '<p>page</p>';
  roots = [];
  // Keep hold of the shadow roots, closed ones included, to look inside.
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const r = attach.call(this, init);
    roots.push(r);
    return r;
  });
  host = new SidebarHost(document, FRAME_URL, strings);
});
afterEach(() => {
  host.remove();
  vi.restoreAllMocks();
});

const frameHost = () => document.querySelector(host.tagName) as HTMLElement;
const toolsHost = () => document.querySelector(host.toolsTagName) as HTMLElement;
const toolbar = () => toolsHost().shadowRoot!.querySelector('[role="toolbar"]') as HTMLElement;
const button = (name: string) =>
  [...toolbar().querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name) as HTMLButtonElement;

function click(el: Element, trusted: boolean): void {
  const e = new MouseEvent('click', { bubbles: true, composed: true });
  // The browser alone marks a click as trusted; happy-dom's events never are.
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

describe('SidebarHost', () => {
  it('names its two elements at random, differently for each load', () => {
    const other = new SidebarHost(document, FRAME_URL, strings);
    const names = [host.tagName, host.toolsTagName, other.tagName, other.toolsTagName];
    for (const n of names) expect(n).toMatch(/^x-[a-z]{12}$/);
    expect(new Set(names).size).toBe(4);
    other.remove();
  });

  it('puts the frame in a closed shadow root the page cannot read', () => {
    expect(frameHost()).not.toBeNull();
    expect(frameHost().shadowRoot).toBeNull();
    expect(roots[0].mode).toBe('closed');
    const frame = roots[0].querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(FRAME_URL);
    expect(frame.title).toBe('Briefing Lens');
    // The origin as the browser gives it (Node's URL has no origin for extension schemes).
    expect(frame.getAttribute('allow')).toBe(`clipboard-write ${new URL(FRAME_URL).origin}`);
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('docks the frame at a width', () => {
    const frame = roots[0].querySelector('iframe')!;
    host.dock(359.7);
    expect(frame.style.width).toBe('360px');
    host.dock(-5);
    expect(frame.style.width).toBe('0px');
  });

  it('offers a labelled toolbar: one chip per colour and Add note, hidden until shown', () => {
    expect(toolbar().getAttribute('aria-label')).toBe('Selection tools');
    for (const c of HIGHLIGHT_COLORS) expect(button(`Highlight ${c}`)).toBeDefined();
    expect(button('Add note')).toBeDefined();
    expect(toolbar().hidden).toBe(true);
    host.showToolbar({ top: 200, bottom: 220, left: 50, right: 300 } as DOMRect, window);
    expect(toolbar().hidden).toBe(false);
    expect(toolbar().style.top).toBe('154px');
    host.showToolbar(null, window);
    expect(toolbar().hidden).toBe(true);
  });

  it('ignores a synthetic click on the toolbar', () => {
    const actions: ToolbarAction[] = [];
    host.onToolbar((a) => actions.push(a));
    click(button('Highlight green'), false);
    click(button('Add note'), false);
    button('Highlight green').click();
    expect(actions).toEqual([]);
  });

  it("acts on the reader's own click", () => {
    const actions: ToolbarAction[] = [];
    host.onToolbar((a) => actions.push(a));
    click(button('Highlight green'), true);
    click(button('Add note'), true);
    expect(actions).toEqual([
      { color: 'green', open: 'none' },
      { color: 'yellow', open: 'note' },
    ]);
  });

  it('removes both elements', () => {
    host.remove();
    expect(frameHost()).toBeNull();
    expect(toolsHost()).toBeNull();
  });
});
