/**
 * One short message at the top of the sidebar (copied, deleted, kept as a highlight…), visible
 * wherever the list is scrolled, with at most one action (Undo). The live region is always in the
 * document so that screen readers announce what appears in it.
 */
import { useEffect, useState } from 'preact/hooks';

export interface ToastMessage {
  text: string;
  action?: { label: string; run: () => void };
  /** Shown as an error (role stays status: it reports, it does not interrupt). */
  error?: boolean;
}

export type Notify = (m: ToastMessage) => void;

const PLAIN_MS = 4_000;
const WITH_ACTION_MS = 10_000;

export function useToast(): [ToastMessage | null, Notify, () => void] {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), toast.action ? WITH_ACTION_MS : PLAIN_MS);
    return () => clearTimeout(t);
  }, [toast]);
  return [toast, (m) => setToast({ ...m }), () => setToast(null)];
}

export function Toast({ toast, dismissLabel, onDismiss }: { toast: ToastMessage | null; dismissLabel: string; onDismiss: () => void }) {
  // The status holds the message alone (what is announced, and what a test reads); its buttons sit beside it.
  return (
    <div class={toast ? `bl-toast-area bl-shown${toast.error ? ' bl-toast-error' : ''}` : 'bl-toast-area'}>
      <span class="bl-toast-text" role="status" aria-live="polite">
        {toast?.text ?? ''}
      </span>
      {toast?.action && (
        <button
          type="button"
          class="bl-link-button"
          onClick={() => {
            toast.action!.run();
            onDismiss();
          }}
        >
          {toast.action.label}
        </button>
      )}
      {toast && (
        <button type="button" class="bl-mini" aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
