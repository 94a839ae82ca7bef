/**
 * A small non-modal panel over the sidebar (the shortcuts, the changes since last read): a
 * titled dialog with a close button that takes focus when it opens, closed by Esc (or the keys
 * given). Focus goes back where it was on close when `restoreFocus` says so; otherwise whoever
 * opened the panel takes it back.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface PanelProps {
  id: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  class?: string;
  closeKeys?: readonly string[];
  restoreFocus?: boolean;
  children: ComponentChildren;
}

export function Panel({ id, title, closeLabel, onClose, class: extra, closeKeys = ['Escape'], restoreFocus, children }: PanelProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => {
      if (restoreFocus && before?.isConnected) before.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!closeKeys.includes(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
  return (
    <div class={extra ? `bl-shortcuts ${extra}` : 'bl-shortcuts'} role="dialog" aria-labelledby={id} onKeyDown={onKeyDown}>
      <div class="bl-row bl-shortcuts-head">
        <h2 id={id} class="bl-toc-heading">
          {title}
        </h2>
        <button ref={closeRef} type="button" class="bl-mini" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </div>
  );
}
