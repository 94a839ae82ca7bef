/**
 * The notes view: this briefing's highlights in page order (colour, quote, note, tags), each
 * with go-to, edit and delete (with undo); highlights that could not be anchored are listed
 * apart, with their quote and note, never dropped.
 */
import { useEffect, useState } from 'preact/hooks';
import type { NotesApi } from '../../lib/page/api';
import { COLOUR_VALUES, type NoteRecord, type NotesSnapshot, type PlacedNote } from '../../lib/page/notes-layer';
import type { Strings } from '../i18n';
import { NoteEditor } from './NoteEditor';

const short = (q: string, n = 60) => (q.length > n ? `${q.slice(0, n)}…` : q);

function NoteItem({ p, strings, notes, onEdit, onDeleted, orphan }: { p: PlacedNote; strings: Strings; notes: NotesApi; onEdit: (r: NoteRecord) => void; onDeleted: (r: NoteRecord | null) => void; orphan: boolean }) {
  const r = p.record;
  return (
    <li class="bl-note">
      <span class="bl-swatch" style={{ background: COLOUR_VALUES[r.color] }} aria-hidden="true" />
      <div class="bl-note-body">
        {orphan ? (
          <blockquote class="bl-quote">{r.quote}</blockquote>
        ) : (
          <button type="button" class="bl-toc-entry bl-note-quote" aria-label={strings.goToHighlight(short(r.quote))} onClick={() => notes.show(r.id)}>
            {short(r.quote, 160)}
          </button>
        )}
        {r.section?.title && <p class="bl-meta">{r.section.title}</p>}
        {r.note && <p class="bl-note-text">{r.note}</p>}
        {r.tags.length > 0 && (
          <p class="bl-tags">
            {r.tags.map((t) => (
              <span key={t} class="bl-tag">{t}</span>
            ))}
          </p>
        )}
        <div class="bl-row">
          <button type="button" class="bl-link-button" aria-label={strings.editHighlight(short(r.quote))} onClick={() => onEdit(r)}>{strings.noteLabel}</button>
          <button type="button" class="bl-link-button" aria-label={strings.deleteThis(short(r.quote))} onClick={() => notes.remove(r.id).then(onDeleted)}>{strings.deleteHighlight}</button>
        </div>
      </div>
    </li>
  );
}

export function NotesPanel({ notes, strings }: { notes: NotesApi; strings: Strings }) {
  const [snap, setSnap] = useState<NotesSnapshot>({ anchored: [], orphans: [], error: null });
  const [editing, setEditing] = useState<NoteRecord | null>(null);
  const [undo, setUndo] = useState<NoteRecord | null>(null);
  const [error, setError] = useState('');
  useEffect(() => notes.subscribe(setSnap), []);
  const item = (p: PlacedNote, orphan: boolean) => (
    <NoteItem key={p.record.id} p={p} strings={strings} notes={notes} orphan={orphan} onEdit={setEditing} onDeleted={setUndo} />
  );
  return (
    <div class="bl-notes">
      {snap.error && <p class="bl-error" role="alert">{strings.notesUnavailable(snap.error)}</p>}
      <h2 class="bl-toc-heading">{strings.notesHeading(snap.anchored.length)}</h2>
      {snap.anchored.length === 0 && snap.orphans.length === 0 && <p class="bl-meta">{strings.noNotes}</p>}
      <ul class="bl-note-list">{snap.anchored.map((p) => item(p, false))}</ul>
      {snap.orphans.length > 0 && (
        <section aria-labelledby="bl-orphans">
          <h2 id="bl-orphans" class="bl-toc-heading">{strings.orphansHeading(snap.orphans.length)}</h2>
          <p class="bl-meta">{strings.orphansHelp}</p>
          <ul class="bl-note-list">{snap.orphans.map((p) => item(p, true))}</ul>
        </section>
      )}
      {editing && (
        <NoteEditor
          record={editing}
          strings={strings}
          focus="note"
          onSave={(patch) => notes.update(editing.id, patch).then(() => setEditing(null), (e) => setError(String(e)))}
          onDelete={() => {
            const id = editing.id;
            setEditing(null);
            notes.remove(id).then(setUndo, (e) => setError(String(e)));
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {(undo || error) && (
        <p class="bl-status" role="status">
          {error || strings.deleted}{' '}
          {undo && (
            <button type="button" class="bl-link-button" onClick={() => notes.restore(undo).then(() => setUndo(null), (e) => setError(String(e)))}>
              {strings.undo}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
