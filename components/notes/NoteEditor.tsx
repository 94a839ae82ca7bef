/**
 * A small dialog to write a highlight's note and tags, change its colour, or delete it.
 *
 * Nothing typed is lost: what the reader types is kept as a draft (debounced, and at once when
 * the editor closes or the frame is hidden), so Esc, Close, clicking away, another tab or a
 * reload keep it; opening the editor again restores a draft newer than the record's last save.
 * Text over a limit is refused with a message, never cut.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOR_VALUES } from '../../lib/page/colors';
import { debounce, usableDraft, type DraftStore } from '../../lib/sidebar/drafts';
import { limitProblem, type LimitProblem } from '../../lib/store/limits';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../../lib/store/schema';
import { hasMarkup } from '../../lib/store/plain-text';
import type { Strings } from '../i18n';
import { parseTags } from '../../lib/store/highlights';

/** How long typing pauses before the draft is written. */
export const DRAFT_DELAY_MS = 300;

export interface NoteEditorProps {
  record: HighlightRecord;
  strings: Strings;
  focus: 'note' | 'tags';
  drafts: DraftStore;
  /** Resolves when stored; a refusal keeps the editor open with the reader's text. */
  onSave: (patch: { note: string; tags: string[]; color: HighlightColor }) => Promise<unknown>;
  onDelete: () => void;
  /**
   * Closed without saving: `empty` when no note or tag is there (typed or stored), `dirty` when
   * the reader changed something (it is kept as a draft).
   */
  onClose: (how: { empty: boolean; dirty: boolean }) => void;
}

export function limitText(p: LimitProblem, strings: Strings): string {
  switch (p.code) {
    case 'note-too-long':
      return strings.noteTooLong(p.actual, p.limit);
    case 'too-many-tags':
      return strings.tooManyTags(p.actual, p.limit);
    case 'tag-too-long':
      return strings.tagTooLong(p.actual, p.limit);
  }
}

const isHighlightColor = (c: string): c is HighlightColor => (HIGHLIGHT_COLORS as readonly string[]).includes(c);

export function NoteEditor({ record, strings, focus, drafts, onSave, onDelete, onClose }: NoteEditorProps) {
  const [note, setNote] = useState(record.note);
  const [tags, setTags] = useState(record.tags.join(', '));
  const [color, setColor] = useState<HighlightColor>(record.color);
  const [restored, setRestored] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const typed = useRef(false);
  const latest = useRef({ note, tags, color });
  latest.current = { note, tags, color };
  const draft = useMemo(
    () =>
      debounce(
        (n: string, t: string, c: HighlightColor) =>
          void drafts.put({ highlightId: record.id, note: n, tags: t, color: c, written: Date.now() }),
        DRAFT_DELAY_MS,
      ),
    [record.id],
  );
  useEffect(() => (focus === 'tags' ? tagsRef : noteRef).current?.focus(), []);
  useEffect(() => {
    let live = true;
    void drafts.get(record.id).then((d) => {
      const use = usableDraft(d, record.updated);
      if (!live || typed.current) return;
      if (!use) {
        if (d) void drafts.remove(record.id); // saved since: the draft is stale
        return;
      }
      setNote(use.note);
      setTags(use.tags);
      if (isHighlightColor(use.color)) setColor(use.color);
      setRestored(true);
    });
    // Leaving (Esc, Close, another highlight) or the frame going away: write what is pending now.
    const flush = () => draft.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      live = false;
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [record.id]);

  const changed = (next: Partial<{ note: string; tags: string; color: HighlightColor }>) => {
    typed.current = true;
    const v = { ...latest.current, ...next };
    draft.call(v.note, v.tags, v.color);
  };
  /** A text field's input handler: show what was typed and keep it as a draft. */
  const onText = (field: 'note' | 'tags', set: (value: string) => void) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    set(value);
    changed({ [field]: value });
  };
  const [problem, setProblem] = useState('');
  const save = () => {
    if (hasMarkup(note) || hasMarkup(tags)) {
      setProblem(strings.plainTextOnly);
      return;
    }
    const tagList = parseTags(tags);
    const over = limitProblem(note.trim(), tagList);
    if (over) {
      setProblem(limitText(over, strings));
      return;
    }
    setProblem('');
    draft.cancel();
    onSave({ note: note.trim(), tags: tagList, color: color }).then(
      () => drafts.remove(record.id),
      (e: unknown) => setProblem(strings.notSaved(e instanceof Error ? e.message : String(e))),
    );
  };
  const close = () => onClose({ empty: note.trim() === '' && parseTags(tags).length === 0, dirty: typed.current || restored });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  };
  return (
    <div class="bl-editor bl-inline" role="dialog" aria-label={strings.noteDialog} onKeyDown={onKeyDown}>
      <blockquote class="bl-quote">{record.quote.length > 200 ? `${record.quote.slice(0, 200)}…` : record.quote}</blockquote>
      {restored && <p class="bl-meta bl-draft-note">{strings.draftRestored}</p>}
      <div class="bl-chips" role="group" aria-label={strings.colorAs('')}>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            class="bl-chip"
            aria-pressed={color === c}
            aria-label={strings.colorAs(strings.colorName[c])}
            style={{ background: HIGHLIGHT_COLOR_VALUES[c] }}
            onClick={() => {
              setColor(c);
              changed({ color: c });
            }}
          />
        ))}
      </div>
      <label class="bl-field">
        {strings.noteLabel}
        <textarea ref={noteRef} rows={4} value={note} onInput={onText('note', setNote)} />
      </label>
      <label class="bl-field">
        {strings.tagsLabel}
        <input ref={tagsRef} type="text" value={tags} onInput={onText('tags', setTags)} />
      </label>
      {problem && (
        <p class="bl-error" role="alert">
          {problem}
        </p>
      )}
      <div class="bl-row">
        <button type="button" class="bl-primary" onClick={save}>
          {strings.saveNote}
        </button>
        <button type="button" class="bl-secondary" onClick={close}>
          {strings.closeNote}
        </button>
        <button
          type="button"
          class="bl-danger"
          onClick={() => {
            draft.cancel();
            void drafts.remove(record.id);
            onDelete();
          }}
        >
          {strings.deleteHighlight}
        </button>
      </div>
    </div>
  );
}
