/**
 * One row of the library's list: a briefing or colour heading, or a highlight with its actions
 * (edit note and tags inline, copy with citation, delete) revealed on hover and focus. Texts
 * from the database are rendered as text nodes only.
 */
import type { RefObject } from 'preact';
import { briefingLink, highlightLink } from '../../lib/library/links';
import type { ListRow } from '../../lib/library/sort';
import { formatDate } from '../../lib/format/date';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../../lib/store/schema';
import { SelectField } from './SelectField';
import type { LibraryStrings } from './strings';
import type { RowProps } from './VirtualList';

/** What the reader has typed in a row's editor; kept by the list, so scrolling away loses nothing. */
export interface Draft {
  note: string;
  tags: string;
  color: HighlightColor;
  /** A refusal or failure to show in the editor. */
  error?: string;
  saving?: boolean;
  /** False after Esc: the editor is closed but what was typed is kept for the next Edit. */
  open: boolean;
}

export function draftOf(h: HighlightRecord): Draft {
  return { note: h.note, tags: h.tags.join(', '), color: h.color, open: true };
}

export interface RowActions {
  openUrl: (url: string) => void;
  edit: (h: HighlightRecord) => void;
  changeDraft: (id: string, draft: Draft) => void;
  save: (h: HighlightRecord) => void;
  /** Close the editor: `keep` the draft (Esc) or drop it (Cancel). */
  cancel: (id: string, keep: boolean) => void;
  remove: (h: HighlightRecord) => void;
  copy: (h: HighlightRecord, format: 'text' | 'markdown') => void;
}

/** Estimated height of a row not yet measured (px): enough for the list to place it. */
export function estimateHeight(row: ListRow, editing: boolean): number {
  if (row.kind === 'briefing') return 64;
  if (row.kind === 'colour') return 40;
  if (editing) return 300;
  const lines = (text: string, perLine: number) => Math.min(6, Math.ceil(text.length / perLine));
  return 24 + 20 * Math.max(1, lines(row.h.quote, 110)) + (row.h.note ? 18 * lines(row.h.note, 120) + 4 : 0) + 22 + 30;
}

interface Props {
  row: ListRow;
  index: number;
  primary: RowProps;
  strings: LibraryStrings;
  draft: Draft | undefined;
  actions: RowActions;
  /** Focused when the editor opens. */
  noteRef?: RefObject<HTMLTextAreaElement | null>;
  /** The one name shown for a speaker, however the briefing spelt it. */
  speakerName: (name: string | null) => string | null;
}

export function HighlightRow({ row, index, primary, strings: s, draft: anyDraft, actions, noteRef, speakerName }: Props) {
  const draft = anyDraft?.open ? anyDraft : undefined;
  if (row.kind === 'briefing') {
    const g = row.group;
    const meta = [speakerName(g.speaker), formatDate(g.date, s.lang), s.groupMeta(row.count)].filter(Boolean).join(' · ');
    return (
      <div class="bl-group">
        <h2 class="bl-group-title">
          <button type="button" class="bl-group-open" onClick={() => actions.openUrl(briefingLink(g.url) ?? g.url)} {...primary}>
            <span class="bl-visually-hidden">{s.openBriefingPrefix}</span>
            {g.title ?? s.untitledBriefing}
          </button>
        </h2>
        <p class="bl-group-meta">{meta}</p>
      </div>
    );
  }
  if (row.kind === 'colour') {
    return (
      <div class={`bl-group bl-colour-group bl-color-${row.colour}`}>
        <h2 class="bl-group-title">
          <span class="bl-swatch-inline" aria-hidden="true" />
          {/* biome-ignore lint/a11y/noStaticElementInteractions: a roving tab stop of the list (focus only, no action) */}
          <span tabIndex={primary.tabIndex} data-primary onFocus={primary.onFocus} class="bl-colour-heading">
            {s.colorGroup(s.colorName[row.colour]!, row.count)}
          </span>
        </h2>
      </div>
    );
  }
  const { h, group, showBriefing } = row;
  const quoteId = `bl-row-${index}`;
  const act = { tabIndex: primary.tabIndex, onFocus: primary.onFocus, 'aria-describedby': quoteId };
  return (
    <div class={`bl-item bl-color-${h.color}${draft ? ' bl-editing' : ''}`}>
      <span class="bl-swatch" aria-hidden="true" />
      <div class="bl-item-body">
        <button type="button" id={quoteId} class="bl-item-open" onClick={() => actions.openUrl(highlightLink(h))} {...primary}>
          <span class="bl-visually-hidden">{s.openHighlightPrefix}</span>
          {h.quote}
        </button>
        {h.note && !draft && (
          <p class="bl-item-note">
            <span class="bl-visually-hidden">{s.noteLabel}: </span>
            {h.note}
          </p>
        )}
        <p class="bl-item-meta">
          <span class="bl-visually-hidden">
            {s.colour}: {s.colorName[h.color]}.{' '}
          </span>
          {showBriefing && (
            <span class="bl-item-briefing">
              {[group.title ?? s.untitledBriefing, formatDate(group.date, s.lang)].filter(Boolean).join(', ')} ·{' '}
            </span>
          )}
          <span>{h.section ? (h.section.title ?? '') : s.noSection}</span>
          {h.tags.length > 0 && !draft && (
            <span class="bl-item-tags">
              <span class="bl-visually-hidden"> {s.tagsLabel}: </span>
              {h.tags.map((t, k) => (
                <span key={k} class="bl-tag">
                  {t}
                </span>
              ))}
            </span>
          )}
        </p>
        {draft && <Editor h={h} draft={draft} strings={s} actions={actions} noteRef={noteRef} index={index} />}
      </div>
      {!draft && (
        <div class="bl-item-actions" role="group" aria-label={s.actionsFor}>
          <button type="button" class="bl-action" onClick={() => actions.edit(h)} {...act}>
            {s.edit}
          </button>
          <button type="button" class="bl-action" onClick={() => actions.copy(h, 'text')} {...act}>
            {s.copyCitation}
          </button>
          <button type="button" class="bl-action" onClick={() => actions.copy(h, 'markdown')} {...act}>
            {s.copyMarkdown}
          </button>
          <button type="button" class="bl-action bl-action-danger" onClick={() => actions.remove(h)} {...act}>
            {s.delete}
          </button>
        </div>
      )}
    </div>
  );
}

function Editor({
  h,
  draft,
  strings: s,
  actions,
  noteRef,
  index,
}: {
  h: HighlightRecord;
  draft: Draft;
  strings: LibraryStrings;
  actions: RowActions;
  noteRef?: RefObject<HTMLTextAreaElement | null>;
  index: number;
}) {
  const set = (patch: Partial<Draft>) => actions.changeDraft(h.id, { ...draft, ...patch, error: undefined });
  const id = (name: string) => `bl-edit-${index}-${name}`;
  return (
    <form
      class="bl-editor"
      aria-label={s.editTitle}
      onSubmit={(e) => {
        e.preventDefault();
        actions.save(h);
      }}
      onKeyDown={(e) => {
        // The list's arrow keys must not move focus out of the editor.
        e.stopPropagation();
        if (e.key === 'Escape') actions.cancel(h.id, true);
        else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          actions.save(h);
        }
      }}
    >
      <label for={id('note')}>{s.noteField}</label>
      <textarea
        id={id('note')}
        ref={noteRef}
        rows={4}
        value={draft.note}
        onInput={(e) => set({ note: e.currentTarget.value })}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={draft.error ? id('error') : undefined}
      />
      <div class="bl-editor-row">
        <div class="bl-field bl-field-wide">
          <label for={id('tags')}>{s.tagsField}</label>
          <input id={id('tags')} type="text" value={draft.tags} autocomplete="off" onInput={(e) => set({ tags: e.currentTarget.value })} />
        </div>
        <SelectField
          id={id('colour')}
          label={s.colorField}
          value={draft.color}
          options={HIGHLIGHT_COLORS.map((c) => ({ value: c, label: s.colorName[c] }))}
          onChange={(v) => set({ color: v as HighlightColor })}
        />
      </div>
      {draft.error && (
        <p id={id('error')} role="alert" class="bl-error">
          {draft.error}
        </p>
      )}
      <div class="bl-row">
        <button type="submit" class="bl-button" disabled={draft.saving}>
          {s.save}
        </button>
        <button type="button" class="bl-button-secondary" onClick={() => actions.cancel(h.id, false)}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
