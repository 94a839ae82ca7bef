/** The keyboard shortcuts, as the README lists them, in a small panel opened with `?` or its button. */
import { useEffect, useRef } from 'preact/hooks';
import type { Strings } from './i18n';

export function Shortcuts({ strings, onClose }: { strings: Strings; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus moves into the panel and back where it was when the panel closes.
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => before?.isConnected && before.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' || e.key === '?') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div class="bl-shortcuts" role="dialog" aria-labelledby="bl-shortcuts-title" onKeyDown={onKeyDown}>
      <div class="bl-row bl-shortcuts-head">
        <h2 id="bl-shortcuts-title" class="bl-toc-heading">
          {strings.shortcuts}
        </h2>
        <button ref={closeRef} type="button" class="bl-mini" aria-label={strings.dismiss} title={strings.dismiss} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl class="bl-keys">
        {strings.shortcutList.map(([keys, what]) => (
          <div key={keys + what}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
