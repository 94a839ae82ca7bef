/** A small dialog to write a highlight's note and tags, change its colour, or delete it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOR_VALUES } from '../../lib/page/colors';
import { MAX_NOTE_CHARS } from '../../lib/store/limits';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../../lib/store/schema';
import { hasMarkup } from '../../lib/store/plain-text';
import type { Strings } from '../i18n';

export interface NoteEditorProps {
  record: HighlightRecord;
  strings: Strings;
  focus: 'note' | 'tags';
  /** Resolves when stored; a refusal keeps the editor open with the reader's text. */
  onSave: (patch: { note: string; tags: string[]; color: HighlightColor }) => Promise<unknown>;
  onDelete: () => void;
  onClose: () => void;
}

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}

export function NoteEditor({ record, strings, focus, onSave, onDelete, onClose }: NoteEditorProps) {
  const [note, setNote] = useState(record.note);
  const [tags, setTags] = useState(record.tags.join(', '));
  const [colour, setColour] = useState<HighlightColor>(record.color);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  useEffect(() => (focus === 'tags' ? tagsRef : noteRef).current?.focus(), []);
  const [problem, setProblem] = useState('');
  const save = () => {
    if (hasMarkup(note) || hasMarkup(tags)) {
      setProblem(strings.plainTextOnly);
      return;
    }
    if (note.length > MAX_NOTE_CHARS) {
      setProblem(strings.noteTooLong(note.length, MAX_NOTE_CHARS));
      return;
    }
    setProblem('');
    onSave({ note: note.trim(), tags: parseTags(tags), color: colour }).catch((e: unknown) =>
      setProblem(strings.notSaved(e instanceof Error ? e.message : String(e))),
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    }
  };
  return (
    <div
      class="bl-editor bl-inline"
      role="dialog"
      aria-label={strings.noteDialog}
      onKeyDown={onKeyDown}
    >
      <blockquote class="bl-quote">{record.quote.length > 200 ? `${record.quote.slice(0, 200)}…` : record.quote}</blockquote>
      <div class="bl-chips" role="group" aria-label={strings.colourAs('')}>
        {HIGHLIGHT_COLORS.map((c) => (
          <button key={c} type="button" class="bl-chip" aria-pressed={colour === c} aria-label={strings.colourAs(strings.colourName[c])} style={{ background: HIGHLIGHT_COLOR_VALUES[c] }} onClick={() => setColour(c)} />
        ))}
      </div>
      <label class="bl-field">
        {strings.noteLabel}
        <textarea ref={noteRef} rows={4} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label class="bl-field">
        {strings.tagsLabel}
        <input ref={tagsRef} type="text" value={tags} maxLength={500} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {problem && <p class="bl-error" role="alert">{problem}</p>}
      <div class="bl-row">
        <button type="button" class="bl-primary" onClick={save}>{strings.saveNote}</button>
        <button type="button" class="bl-secondary" onClick={onClose}>{strings.closeNote}</button>
        <button type="button" class="bl-danger" onClick={onDelete}>{strings.deleteHighlight}</button>
      </div>
    </div>
  );
}
