/**
 * The archive's controls at the foot of the sidebar: the setting "Keep transcripts in my
 * archive", one quiet line on what became of this page, and "Forget this transcript" (asked
 * once more, in words that say it cannot be undone; the result in a toast).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsStore } from '../../lib/page/settings';
import type { ArchiveService, ArchiveState } from '../../lib/sidebar/archive-service';
import type { Strings } from '../i18n';
import type { Notify } from '../Toast';
import { useArchive } from './useArchive';

export interface ArchiveControlsProps {
  archive: ArchiveService;
  strings: Strings;
  settings: SettingsStore;
  notify: Notify;
}

function line(s: ArchiveState, strings: Strings): string {
  if (s.forgotten) return strings.forgottenLine;
  if (!s.enabled) return strings.keepOff;
  switch (s.status.kind) {
    case 'pending':
      return strings.keepPending;
    case 'kept':
    case 'changed':
      return strings.keptVersion(s.status.version);
    case 'failed':
      return strings.keepFailed(s.status.reason);
    default:
      return '';
  }
}

export function ArchiveControls({ archive, strings, settings, notify }: ArchiveControlsProps) {
  const state = useArchive(archive);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const switchRef = useRef<HTMLInputElement>(null);
  const forgetRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    // Into the question when it opens (on Cancel, the safe answer); back when it closes, to the
    // button that asked it, or the switch when that button is gone (forgotten).
    if (confirming) {
      asked.current = true;
      cancelRef.current?.focus();
    } else if (asked.current) (forgetRef.current ?? switchRef.current)?.focus();
  }, [confirming]);

  const forget = async () => {
    setBusy(true);
    try {
      notify({ text: strings.forgotten(await archive.forget()) });
    } catch (e) {
      notify({ text: strings.forgetFailed(e instanceof Error ? e.message : String(e)), error: true });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const text = line(state, strings);
  return (
    <div class="bl-archive" role="group" aria-label={strings.archive}>
      <label class="bl-switch">
        <input
          ref={switchRef}
          type="checkbox"
          checked={state.enabled}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            void settings.save({ keepTranscripts: on });
            void archive.setEnabled(on);
          }}
        />{' '}
        {strings.keepSetting}
      </label>
      {text && <p class={state.status.kind === 'failed' && !state.forgotten ? 'bl-error' : 'bl-meta'}>{text}</p>}
      {confirming ? (
        <div
          class="bl-confirm"
          role="group"
          aria-labelledby="bl-forget-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setConfirming(false);
            }
          }}
        >
          <p id="bl-forget-question">{strings.forgetConfirm}</p>
          <div class="bl-row">
            <button type="button" class="bl-danger" disabled={busy} onClick={() => void forget()}>
              {strings.forgetYes}
            </button>
            <button ref={cancelRef} type="button" class="bl-secondary" onClick={() => setConfirming(false)}>
              {strings.forgetNo}
            </button>
          </div>
        </div>
      ) : (
        !state.forgotten && (
          <button ref={forgetRef} type="button" class="bl-link-button" onClick={() => setConfirming(true)}>
            {strings.forget}
          </button>
        )
      )}
    </div>
  );
}
