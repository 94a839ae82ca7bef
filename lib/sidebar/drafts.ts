/**
 * Note drafts as the sidebar frame sees them: through the background (lib/store/drafts.ts says
 * where they live and why), with every failure swallowed — a draft is a courtesy, and the editor
 * still holds the text. A draft is dropped when its highlight is saved or deleted, and ignored
 * when the highlight was saved after the draft was written.
 */
import type { BackgroundClient } from '../messages/client';
import type { DraftStore, NoteDraft } from '../store/drafts';

export type { DraftStore, NoteDraft } from '../store/drafts';

/** The draft worth restoring for a record last saved at `updated`, or null (none, or older). */
export function usableDraft(draft: NoteDraft | null, updated: number): NoteDraft | null {
  return draft && draft.written > updated ? draft : null;
}

export function backgroundDrafts(client: Pick<BackgroundClient, 'drafts'>): DraftStore {
  return {
    get: (id) => client.drafts.get(id).catch(() => null),
    put: (d) =>
      client.drafts.put(d).then(
        () => undefined,
        () => undefined,
      ),
    remove: (id) =>
      client.drafts.remove(id).then(
        () => undefined,
        () => undefined,
      ),
  };
}

/**
 * Calls `fn` once `ms` have passed without another call; `flush` runs a pending call now (on
 * close, on page hide) so the last keystrokes are never the ones lost.
 */
export function debounce<A extends unknown[]>(fn: (...a: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: A | null = null;
  const run = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const a = last;
    last = null;
    if (a) fn(...a);
  };
  return {
    call(...a: A) {
      last = a;
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
    flush: run,
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      last = null;
    },
  };
}
