/**
 * The notes view: this briefing's highlights in page order (colour, quote, note, tags), each
 * with go-to, edit and delete (with undo); highlights that could not be anchored are listed
 * apart, with their quote and note, never dropped. The note editor opens here — for a highlight
 * the reader just made on the page with "Add note", for one they clicked, or from the list.
 */
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOR_VALUES } from '../../lib/page/colors';
import type { SettingsStore, SidebarSettings } from '../../lib/page/settings';
import type { NotesService, NotesSnapshot, PlacedNote } from '../../lib/sidebar/notes-service';
import type { SidebarServices } from '../../lib/sidebar/services';
import { versionOf, type HighlightRecord } from '../../lib/store/schema';
import type { Strings } from '../i18n';
import { NoteEditor } from './NoteEditor';

const short = (q: string, n = 60) => (q.length > n ? `${q.slice(0, n)}…` : q);

interface ItemProps {
  p: PlacedNote;
  strings: Strings;
  notes: NotesService;
  orphan: boolean;
  onEdit: (r: HighlightRecord) => void;
  onDelete: (r: HighlightRecord) => void;
}

function NoteItem({ p, strings, notes, orphan, onEdit, onDelete }: ItemProps) {
  const r = p.record;
  return (
    <li class="bl-note">
      <span class="bl-swatch" style={{ background: HIGHLIGHT_COLOR_VALUES[r.color] }} aria-hidden="true" />
      <div class="bl-note-body">
        {orphan ? (
          <blockquote class="bl-quote">{r.quote}</blockquote>
        ) : (
          <button
            type="button"
            class="bl-toc-entry bl-note-quote"
            aria-label={strings.goToHighlight(short(r.quote))}
            onClick={() => notes.show(r.id)}
          >
            {short(r.quote, 160)}
          </button>
        )}
        {r.section?.title && <p class="bl-meta">{r.section.title}</p>}
        {r.note && <p class="bl-note-text">{r.note}</p>}
        {r.tags.length > 0 && (
          <p class="bl-tags">
            {r.tags.map((t) => (
              <span key={t} class="bl-tag">
                {t}
              </span>
            ))}
          </p>
        )}
        <div class="bl-row">
          <button type="button" class="bl-link-button" aria-label={strings.editHighlight(short(r.quote))} onClick={() => onEdit(r)}>
            {strings.noteLabel}
          </button>
          <button type="button" class="bl-link-button" aria-label={strings.deleteThis(short(r.quote))} onClick={() => onDelete(r)}>
            {strings.deleteHighlight}
          </button>
        </div>
      </div>
    </li>
  );
}

export interface NotesPanelProps {
  notes: NotesService;
  services: SidebarServices;
  strings: Strings;
  /** Bring the notes view forward (the reader asked for a note on the page). */
  onWantFocus: () => void;
  settings: SettingsStore;
  initial: SidebarSettings;
}

export function NotesPanel({ notes, services, strings, onWantFocus, settings, initial }: NotesPanelProps) {
  const [snap, setSnap] = useState<NotesSnapshot>({ anchored: [], orphans: [], pending: true, error: null });
  // `fresh`: made just now with "Add note" / "Add tag" (closing it empty keeps a plain highlight).
  const [editing, setEditing] = useState<{ record: HighlightRecord; focus: 'note' | 'tags'; fresh?: boolean } | null>(null);
  const [undo, setUndo] = useState<HighlightRecord | null>(null);
  const [kept, setKept] = useState<{ text: string; unmake?: HighlightRecord } | null>(null);
  const [error, setError] = useState('');
  const [painting, setPainting] = useState(initial.paintHighlights);
  const fail = (e: unknown) => setError(strings.saveFailed(e instanceof Error ? e.message : String(e)));

  useEffect(() => notes.subscribe(setSnap), []);
  useEffect(
    () =>
      services.onNotesRequest((req) => {
        if (req.kind === 'open') {
          const record = notes.record(req.id);
          if (!record) return;
          notes.setActive(record.id);
          setEditing({ record, focus: 'note' });
          onWantFocus();
          return;
        }
        notes.create(req.draft, req.color).then((record) => {
          if (req.open === 'none') return;
          setEditing({ record, focus: req.open, fresh: true });
          onWantFocus();
        }, fail);
      }),
    [],
  );
  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(null), 10_000);
    return () => clearTimeout(t);
  }, [undo]);
  useEffect(() => {
    if (!kept) return;
    const t = setTimeout(() => setKept(null), 10_000);
    return () => clearTimeout(t);
  }, [kept]);

  const remove = (r: HighlightRecord) => {
    if (editing?.record.id === r.id) setEditing(null);
    setKept(null);
    void services.drafts.remove(r.id); // a draft outlives neither its highlight nor an undo of it
    notes.remove(r.id).then((removed) => setUndo(removed ?? r), fail);
  };
  const close = () => {
    setEditing(null);
    notes.setActive(null);
  };
  /**
   * Closed without saving. "Add note" has already made the highlight: closed with nothing typed,
   * it stays a plain highlight, and the status offers to undo it. Anything typed stays a draft.
   */
  const closeUnsaved = ({ empty, dirty }: { empty: boolean; dirty: boolean }) => {
    const was = editing;
    close();
    if (!was) return;
    if (was.fresh && empty) setKept({ text: strings.keptAsHighlight, unmake: was.record });
    else if (dirty) setKept({ text: strings.draftKept });
  };
  const item = (p: PlacedNote, orphan: boolean) => (
    <NoteItem
      key={p.record.id}
      p={p}
      strings={strings}
      notes={notes}
      orphan={orphan}
      onEdit={(record) => {
        setKept(null);
        setEditing({ record, focus: 'note' });
      }}
      onDelete={remove}
    />
  );
  return (
    <div class="bl-notes">
      {snap.error && (
        <p class="bl-error" role="alert">
          {strings.notesUnavailable(snap.error)}
        </p>
      )}
      {editing && (
        <NoteEditor
          key={editing.record.id}
          record={editing.record}
          strings={strings}
          focus={editing.focus}
          drafts={services.drafts}
          onSave={(patch) => notes.update(editing.record.id, versionOf(editing.record), patch).then(close)}
          onDelete={() => remove(editing.record)}
          onClose={closeUnsaved}
        />
      )}
      {kept && !undo && !error && (
        <p class="bl-status bl-sticky-status" role="status">
          {kept.text}{' '}
          {kept.unmake && (
            <button type="button" class="bl-link-button" onClick={() => kept.unmake && remove(kept.unmake)}>
              {strings.undo}
            </button>
          )}
        </p>
      )}
      {(undo || error) && (
        <p class="bl-status bl-sticky-status" role="status">
          {error || strings.deleted}{' '}
          {undo && !error && (
            <button type="button" class="bl-link-button" onClick={() => notes.restore(undo).then(() => setUndo(null), fail)}>
              {strings.undo}
            </button>
          )}
          {error && (
            <button type="button" class="bl-link-button" onClick={() => setError('')}>
              {strings.closeNote}
            </button>
          )}
        </p>
      )}
      <h2 class="bl-toc-heading">{strings.notesHeading(snap.anchored.length)}</h2>
      {snap.anchored.length === 0 && snap.orphans.length === 0 && <p class="bl-meta">{strings.noNotes}</p>}
      <ul class="bl-note-list">{snap.anchored.map((p) => item(p, false))}</ul>
      {snap.orphans.length > 0 && (
        <section aria-labelledby="bl-orphans">
          <h2 id="bl-orphans" class="bl-toc-heading">
            {strings.orphansHeading(snap.orphans.length)}
          </h2>
          <p class="bl-meta">{strings.orphansHelp}</p>
          <ul class="bl-note-list">{snap.orphans.map((p) => item(p, true))}</ul>
        </section>
      )}
      <label class="bl-switch">
        <input
          type="checkbox"
          checked={!painting}
          onChange={(e) => {
            const on = !(e.currentTarget as HTMLInputElement).checked;
            setPainting(on);
            notes.setPainting(on);
            void settings.save({ paintHighlights: on });
          }}
        />{' '}
        {strings.dontPaint}
      </label>
    </div>
  );
}
