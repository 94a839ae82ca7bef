/**
 * What floats over the page: the selection toolbar (colour chips, note, tag), the note editor
 * for a new or clicked highlight, and the undo bar after a delete. Rendered in our shadow root.
 */
import { useEffect, useState } from 'preact/hooks';
import type { NotesApi } from '../../lib/page/api';
import { COLOUR_VALUES, HIGHLIGHT_COLOURS, type HighlightColour, type NoteRecord } from '../../lib/page/notes-layer';
import type { Strings } from '../i18n';
import { NoteEditor } from './NoteEditor';

const TOOLBAR_HEIGHT = 40;
const EDITOR_WIDTH = 320;

function below(rect: DOMRect, win: Window): { top: number; left: number } {
  const top = rect.bottom + 8 + 260 > win.innerHeight ? Math.max(8, rect.top - 268) : rect.bottom + 8;
  return { top, left: Math.min(Math.max(8, rect.left), win.innerWidth - EDITOR_WIDTH - 16) };
}

export interface NotesOverlayProps {
  notes: NotesApi;
  strings: Strings;
  win: Window;
  /** Keyboard command / context menu: highlight the selection. */
  onHighlightCommand: (cb: () => void) => () => void;
}

export function NotesOverlay({ notes, strings, win, onHighlightCommand }: NotesOverlayProps) {
  const [selection, setSelection] = useState<DOMRect | null>(null);
  const [editing, setEditing] = useState<{ record: NoteRecord; focus: 'note' | 'tags'; at: { top: number; left: number } } | null>(null);
  const [undo, setUndo] = useState<NoteRecord | null>(null);
  const [error, setError] = useState('');

  useEffect(() => notes.onSelection(setSelection), []);
  useEffect(() => onHighlightCommand(() => void notes.createFromSelection('yellow').then(() => setSelection(null), fail)), []);
  useEffect(
    () =>
      notes.onHighlightClick((id, rect) => {
        const found = notes.record(id);
        if (found) {
          notes.setActive(id);
          setEditing({ record: found, focus: 'note', at: below(rect, win) });
        }
      }),
    [],
  );
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), 10_000);
    return () => clearTimeout(t);
  }, [undo]);

  const fail = (e: unknown) => setError(strings.saveFailed(e instanceof Error ? e.message : String(e)));
  const highlight = async (colour: HighlightColour, then?: 'note' | 'tags') => {
    const rect = selection;
    try {
      const record = await notes.createFromSelection(colour);
      setSelection(null);
      if (record && then && rect) setEditing({ record, focus: then, at: below(rect, win) });
    } catch (e) {
      fail(e);
    }
  };
  const close = () => {
    setEditing(null);
    notes.setActive(null);
  };

  return (
    <>
      {selection && !editing && (
        <div
          class="bl-pop bl-toolbar"
          role="toolbar"
          aria-label={strings.selectionTools}
          style={{ top: `${Math.max(4, selection.top - TOOLBAR_HEIGHT - 6)}px`, left: `${Math.min(Math.max(4, selection.left), win.innerWidth - 300)}px` }}
          // Keep the page's selection when the toolbar is clicked.
          onMouseDown={(e) => e.preventDefault()}
        >
          {HIGHLIGHT_COLOURS.map((c) => (
            <button key={c} type="button" class="bl-chip" aria-label={strings.highlightAs(strings.colourName[c])} title={strings.highlightAs(strings.colourName[c])} style={{ background: COLOUR_VALUES[c] }} onClick={() => void highlight(c)} />
          ))}
          <button type="button" class="bl-tool" onClick={() => void highlight('yellow', 'note')}>{strings.addNote}</button>
          <button type="button" class="bl-tool" onClick={() => void highlight('yellow', 'tags')}>{strings.addTag}</button>
        </div>
      )}
      {editing && (
        <NoteEditor
          key={editing.record.id}
          record={editing.record}
          strings={strings}
          focus={editing.focus}
          position={editing.at}
          onSave={(patch) => {
            notes.update(editing.record.id, patch).then(close, fail);
          }}
          onDelete={() => {
            const id = editing.record.id;
            close();
            notes.remove(id).then((r) => setUndo(r), fail);
          }}
          onClose={close}
        />
      )}
      {(undo || error) && (
        <div class="bl-pop bl-toast" role="status">
          {error || strings.deleted}{' '}
          {undo && !error && (
            <button type="button" class="bl-link-button" onClick={() => notes.restore(undo).then(() => setUndo(null), fail)}>
              {strings.undo}
            </button>
          )}
          {error && (
            <button type="button" class="bl-link-button" onClick={() => setError('')}>{strings.closeNote}</button>
          )}
        </div>
      )}
    </>
  );
}
