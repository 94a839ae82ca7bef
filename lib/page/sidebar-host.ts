/**
 * Where the extension shows itself in the ministry's page: two elements with random names per
 * load (a page cannot define them in advance).
 *  - The sidebar: an extension page in an iframe, inside a *closed* shadow root — the page cannot
 *    read the frame's document, its key events never reach the page, and the page cannot even
 *    learn the frame's address to load it itself.
 *  - The selection toolbar (and the layer that follows a drag of the sidebar's edge), in an open
 *    shadow root: it holds no text of the reader's, and acts only on the reader's own clicks.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../store/schema';
import { HIGHLIGHT_COLOR_VALUES } from './colors';

export interface ToolbarStrings {
  toolbar: string;
  highlightAs: (color: HighlightColor) => string;
  addNote: string;
  frameTitle: string;
}

/** What a toolbar button does: highlight in `color`, then open the note editor or not. */
export type ToolbarAction = { color: HighlightColor; open: 'none' | 'note' };

const HOST_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; right: 0 !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; z-index: 2147483647 !important; display: block !important; transform: none !important; margin: 0 !important; padding: 0 !important; }
iframe { position: fixed; top: 0; right: 0; height: 100vh; border: 0; margin: 0; padding: 0; background: transparent; color-scheme: normal; display: block; }
.toolbar { position: fixed; display: flex; gap: 6px; align-items: center; padding: 6px 8px; border-radius: 8px;
  background: #fbfaf7; color: #1d1d1f; border: 1px solid #d8d4cc; box-shadow: 0 2px 10px rgba(0,0,0,.2);
  font: 13px/1.3 system-ui, sans-serif; }
.toolbar[hidden] { display: none; }
.drag { position: fixed; inset: 0; cursor: ew-resize; background: transparent; }
.drag[hidden] { display: none; }
.chip { width: 24px; height: 24px; border-radius: 50%; border: 1px solid rgba(0,0,0,.35); cursor: pointer; padding: 0; }
.tool { min-height: 24px; padding: 2px 8px; border: 1px solid #d8d4cc; border-radius: 6px; background: #fff; color: #1d1d1f; cursor: pointer; font: inherit; }
.chip:focus-visible, .tool:focus-visible { outline: 2px solid #2f6fb3; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .toolbar { background: #1e1f22; color: #e6e3dc; border-color: #3a3b3f; }
  .tool { background: #2c2e33; color: #e6e3dc; border-color: #3a3b3f; }
}`;

function randomName(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `x-${Array.from(bytes, (b) => letters[b % 26]).join('')}`;
}

export class SidebarHost {
  readonly tagName = randomName();
  readonly toolsTagName = randomName();
  private readonly host: HTMLElement;
  private readonly tools: HTMLElement;
  private readonly frame: HTMLIFrameElement;
  private readonly toolbar: HTMLElement;
  private onAction: ((a: ToolbarAction) => void) | null = null;
  private readonly dragLayer: HTMLElement;

  constructor(
    private readonly doc: Document,
    frameUrl: string,
    strings: ToolbarStrings,
  ) {
    this.host = doc.createElement(this.tagName);
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOST_CSS;
    this.frame = doc.createElement('iframe');
    this.frame.src = frameUrl;
    this.frame.title = strings.frameTitle;
    // The copy buttons are in the frame; the policy names its origin as the frame document has it.
    this.frame.setAttribute('allow', `clipboard-write ${new URL(frameUrl).origin}`);
    this.frame.style.width = '0px';
    this.toolbar = this.buildToolbar(strings);
    this.dragLayer = doc.createElement('div');
    this.dragLayer.className = 'drag';
    this.dragLayer.hidden = true;
    root.append(style, this.frame);
    this.tools = doc.createElement(this.toolsTagName);
    const toolsRoot = this.tools.attachShadow({ mode: 'open' });
    const toolsStyle = doc.createElement('style');
    toolsStyle.textContent = HOST_CSS;
    toolsRoot.append(toolsStyle, this.toolbar, this.dragLayer);
    doc.documentElement.append(this.host, this.tools);
  }

  private buildToolbar(strings: ToolbarStrings): HTMLElement {
    const bar = this.doc.createElement('div');
    bar.className = 'toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', strings.toolbar);
    bar.hidden = true;
    // Keep the page's selection when the toolbar is pressed.
    bar.addEventListener('mousedown', (e) => e.preventDefault());
    const button = (cls: string, label: string, action: ToolbarAction, bg?: string): HTMLButtonElement => {
      const b = this.doc.createElement('button');
      b.type = 'button';
      b.className = cls;
      if (bg) {
        b.style.background = bg;
        b.setAttribute('aria-label', label);
        b.title = label;
      } else b.textContent = label;
      // Only the reader's own click counts: a page script's synthetic click is ignored.
      b.addEventListener('click', (e) => {
        if (e.isTrusted) this.onAction?.(action);
      });
      return b;
    };
    for (const color of HIGHLIGHT_COLORS)
      bar.append(button('chip', strings.highlightAs(color), { color, open: 'none' }, HIGHLIGHT_COLOR_VALUES[color]));
    bar.append(button('tool', strings.addNote, { color: 'yellow', open: 'note' }));
    return bar;
  }

  dock(width: number): void {
    this.frame.style.width = `${Math.max(0, Math.round(width))}px`;
  }

  /**
   * Follows a drag of the sidebar's edge begun in the frame: the pointer soon leaves the frame,
   * so a transparent layer over the page takes the moves until the button is released.
   */
  followDrag(win: Window, onMove: (clientX: number, done: boolean) => void): void {
    const layer = this.dragLayer;
    layer.hidden = false;
    this.frame.style.pointerEvents = 'none';
    const move = (e: PointerEvent) => {
      if (e.isTrusted) onMove(e.clientX, false);
    };
    const end = (e: PointerEvent) => {
      layer.hidden = true;
      this.frame.style.pointerEvents = '';
      layer.removeEventListener('pointermove', move);
      win.removeEventListener('pointerup', end, true);
      onMove(e.clientX, true);
    };
    layer.addEventListener('pointermove', move);
    win.addEventListener('pointerup', end, true);
  }

  focusFrame(): void {
    this.frame.focus();
    this.frame.contentWindow?.focus();
  }

  frameHasFocus(): boolean {
    return this.doc.activeElement === this.host;
  }

  onToolbar(cb: (a: ToolbarAction) => void): void {
    this.onAction = cb;
  }

  /** Shows the toolbar above `rect` (viewport coordinates), or hides it. */
  showToolbar(rect: DOMRect | null, win: Window): void {
    if (!rect) {
      this.toolbar.hidden = true;
      return;
    }
    this.toolbar.hidden = false;
    const top = rect.top - 46 < 4 ? rect.bottom + 8 : rect.top - 46;
    this.toolbar.style.top = `${Math.max(4, top)}px`;
    this.toolbar.style.left = `${Math.min(Math.max(4, rect.left), Math.max(4, win.innerWidth - 340))}px`;
  }

  remove(): void {
    this.host.remove();
    this.tools.remove();
  }
}
