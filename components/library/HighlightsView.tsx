/**
 * The Highlights view: search, filters and sort above a windowed list of highlights, each row
 * editable in place; what happened (saved, copied, deleted with Undo) is said in a status line
 * above the list, so it is in view wherever the list is scrolled.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryBackend } from '../../lib/library/apply';
import { highlightCitation } from '../../lib/library/cite';
import type { LibraryResult } from '../../lib/library/search';
import { SORT_ORDERS, arrangeRows, rowKey, type SortOrder } from '../../lib/library/sort';
import { parseTags } from '../../lib/store/highlights';
import type { HighlightRecord } from '../../lib/store/schema';
import { FiltersForm, type FiltersFormProps } from './FiltersForm';
import { HighlightRow, draftOf, estimateHeight, type Draft, type RowActions } from './HighlightRow';
import { SelectField } from './SelectField';
import { VirtualList, type RowProps } from './VirtualList';

export interface Toast {
  message: string;
  /** A deleted highlight the toast offers to put back. */
  undo?: HighlightRecord;
}

/** The filter box's own props (search, filters) and what the list needs besides. */
interface Props extends Omit<FiltersFormProps, 'children'> {
  backend: LibraryBackend;
  result: LibraryResult;
  totalCount: number;
  openUrl: (url: string) => void;
  putLocal: (h: HighlightRecord) => void;
  removeLocal: (id: string) => void;
  /** Writes text to the clipboard. */
  copyText: (text: string) => Promise<void>;
  listHeight?: number;
}

export function HighlightsView(props: Props) {
  const { strings: s, backend, index, result, complete, totalCount, query, filters } = props;
  const [order, setOrder] = useState<SortOrder>('briefing-date');
  const [drafts, setDrafts] = useState<Map<string, Draft>>(new Map());
  const [toast, setToast] = useState<Toast | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusNote = useRef(false);
  /** A highlight whose row should get focus once drawn (after its editor closes, after Undo). */
  const focusRow = useRef<string | null>(null);

  const rows = useMemo(() => arrangeRows(result.groups, order), [result, order]);
  const briefingOf = useMemo(() => new Map(index.groups.map((g) => [g.key, g.briefing])), [index]);
  const heightOf = useCallback(
    (i: number) => {
      const r = rows[i]!;
      return estimateHeight(r, r.kind === 'highlight' && drafts.get(r.h.id)?.open === true);
    },
    [rows, drafts],
  );
  const keyOf = useCallback((i: number) => rowKey(rows[i]!), [rows]);
  // A new search, filter or order starts the list at the top; new data (a reload) keeps the place.
  const resetKey = `${query}\u0000${JSON.stringify(filters)}\u0000${order}`;

  useEffect(() => {
    if (focusNote.current) {
      focusNote.current = false;
      noteRef.current?.focus();
    }
    if (focusRow.current !== null) {
      const el = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(`h:${focusRow.current}`)}"] [data-primary]`);
      if (el) {
        focusRow.current = null;
        el.focus();
      }
    }
  });
  useEffect(() => {
    if (toast?.undo) undoRef.current?.focus();
  }, [toast]);

  const setDraft = (id: string, d: Draft | null) =>
    setDrafts((m) => {
      const next = new Map(m);
      if (d) next.set(id, d);
      else next.delete(id);
      return next;
    });

  const actions: RowActions = {
    openUrl: props.openUrl,
    edit: (h) => {
      const kept = drafts.get(h.id);
      setDraft(h.id, kept ? { ...kept, open: true } : draftOf(h));
      focusNote.current = true;
    },
    changeDraft: (id, d) => setDraft(id, d),
    cancel: (id, keep) => {
      const d = drafts.get(id);
      focusRow.current = id;
      setDraft(id, keep && d ? { ...d, open: false, error: undefined } : null);
    },
    save: (h) => {
      const d = drafts.get(h.id);
      if (!d || d.saving) return;
      setDraft(h.id, { ...d, saving: true, error: undefined });
      const fail = (error: string) => setDraft(h.id, { ...d, saving: false, error });
      backend.update(h.id, { note: d.note, tags: parseTags(d.tags), color: d.color }).then(
        (r) => {
          if (r.ok) {
            props.putLocal(r.record);
            focusRow.current = h.id;
            setDraft(h.id, null);
            setToast({ message: s.saved });
          } else if (r.reason === 'limit') fail(s.limit(r.problem));
          else {
            fail(s.goneMeanwhile);
            props.removeLocal(h.id);
          }
        },
        (e: unknown) => fail(s.saveFailed(e instanceof Error ? e.message : String(e))),
      );
    },
    remove: (h) => {
      backend.remove(h.id).then(
        (gone) => {
          props.removeLocal(h.id);
          setToast(gone ? { message: s.deleted, undo: gone } : { message: s.goneMeanwhile });
        },
        (e: unknown) => setToast({ message: s.saveFailed(e instanceof Error ? e.message : String(e)) }),
      );
    },
    copy: (h, format) => {
      const text = highlightCitation(h, briefingOf.get(h.briefingKey) ?? null, format);
      props.copyText(text).then(
        () => setToast({ message: s.copied }),
        () => setToast({ message: s.copyFailed }),
      );
    },
  };

  const undo = (record: HighlightRecord) => {
    backend.restore(record).then(
      (back) => {
        if (back) {
          focusRow.current = record.id;
          props.putLocal(record);
        }
        setToast({ message: back ? s.undone : s.undoFailed });
      },
      (e: unknown) => setToast({ message: s.saveFailed(e instanceof Error ? e.message : String(e)) }),
    );
  };

  const renderRow = (i: number, primary: RowProps) => {
    const r = rows[i]!;
    const draft = r.kind === 'highlight' ? drafts.get(r.h.id) : undefined;
    return (
      <HighlightRow
        {...{ primary, draft, actions }}
        row={r}
        index={i}
        strings={s}
        noteRef={draft?.open ? noteRef : undefined}
        speakerName={(n) => index.speakerName(n, s.lang)}
      />
    );
  };

  return (
    <>
      <FiltersForm {...props}>
        <SelectField
          id="bl-sort"
          label={s.sortLabel}
          value={order}
          options={SORT_ORDERS.map((o) => ({ value: o, label: s.sortOptions[o] }))}
          onChange={(v) => setOrder(v as SortOrder)}
        />
      </FiltersForm>
      <div class="bl-list-head">
        <p role="status" class="bl-status" id="bl-results">
          {!complete ? s.loadingRest(totalCount) : index.total === 0 ? s.emptyLibrary : s.results(result.total, result.groups.length)}
        </p>
        <div role="status" class="bl-toast" id="bl-toast">
          {toast && (
            <>
              <span>{toast.message}</span>
              {toast.undo && (
                <button type="button" ref={undoRef} class="bl-button-secondary" onClick={() => undo(toast.undo!)}>
                  {s.undo}
                </button>
              )}
            </>
          )}
        </div>
      </div>
      <p id="bl-list-help" class="bl-visually-hidden">
        {s.listHelp}
      </p>
      {rows.length > 0 && (
        <VirtualList
          count={rows.length}
          heightOf={heightOf}
          keyOf={keyOf}
          renderRow={renderRow}
          label={s.listLabels[order]}
          describedBy="bl-list-help"
          resetKey={resetKey}
          defaultHeight={props.listHeight}
        />
      )}
    </>
  );
}
