/**
 * NotesApi over the live page: NotesLayer for the data and painting, plus the page events the
 * notes UI needs (selection changes in the article, clicks on painted highlights).
 */
import type { NotesApi } from './api';
import type { NotesLayer } from './notes-layer';

export function createNotesApi(layer: NotesLayer, doc: Document, win: Window, container: Element): NotesApi {
  const selectionRange = (): Range | null => {
    const sel = win.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    return container.contains(r.commonAncestorContainer) && sel.toString().trim() ? r : null;
  };
  return {
    subscribe: (fn) => layer.subscribe(fn),
    record: (id) => layer.get(id)?.record ?? null,
    async createFromSelection(colour) {
      const r = selectionRange();
      if (!r) return null;
      const record = await layer.create(r, colour);
      win.getSelection()?.removeAllRanges();
      return record;
    },
    update: (id, patch) => layer.update(id, patch),
    remove: (id) => layer.remove(id),
    restore: (record) => layer.restore(record),
    show(id) {
      const p = layer.get(id);
      const r = p ? layer.rangeOf(p) : null;
      if (!r) return;
      const rect = r.getBoundingClientRect();
      win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      layer.setActive(id);
    },
    setActive: (id) => layer.setActive(id),
    onSelection(cb) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const handler = () => {
        clearTimeout(timer);
        // Wait for the selection to settle (drag, shift+arrows) before showing the toolbar.
        timer = setTimeout(() => {
          const r = selectionRange();
          cb(r ? r.getBoundingClientRect() : null);
        }, 120);
      };
      doc.addEventListener('selectionchange', handler);
      handler(); // a selection made before the notes were loaded gets its toolbar too
      return () => {
        clearTimeout(timer);
        doc.removeEventListener('selectionchange', handler);
      };
    },
    onHighlightClick(cb) {
      const handler = (e: MouseEvent) => {
        if (e.button !== 0 || !container.contains(e.target as Node)) return;
        if (selectionRange()) return; // the reader is selecting, not clicking a highlight
        const id = layer.hitTest(e.clientX, e.clientY);
        if (id) cb(id, new DOMRect(e.clientX, e.clientY, 0, 0));
      };
      doc.addEventListener('click', handler);
      return () => doc.removeEventListener('click', handler);
    },
  };
}
