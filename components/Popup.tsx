/**
 * The toolbar popup: on a briefing, what was detected and a button for the sidebar; on another
 * ministry page, an offer to save the page for a report; elsewhere, what the extension is for.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '../lib/messages/tab-messages';
import type { Strings } from './i18n';

export type PopupTab = { kind: 'loading' } | { kind: 'elsewhere' } | { kind: 'ministry'; status: TabStatus };

export interface PopupProps {
  strings: Strings;
  loadTab: () => Promise<PopupTab>;
  toggleSidebar: () => Promise<void>;
  savePage: () => Promise<void>;
  /** Extra actions other features add (the notes library). */
  children?: ComponentChildren;
}

export function Popup({ strings, loadTab, toggleSidebar, savePage, children }: PopupProps) {
  const [tab, setTab] = useState<PopupTab>({ kind: 'loading' });
  const [note, setNote] = useState('');
  useEffect(() => {
    loadTab().then(setTab, () => setTab({ kind: 'elsewhere' }));
  }, []);
  const act = (fn: () => Promise<void>, done: string) => () => fn().then(() => setNote(done), () => setNote(strings.popupFailed));
  return (
    <main class="bl-popup">
      <h1 class="bl-popup-title">{strings.appName}</h1>
      {tab.kind === 'loading' && <p>{strings.popupLoading}</p>}
      {tab.kind === 'elsewhere' && <p>{strings.popupElsewhere}</p>}
      {tab.kind === 'ministry' && tab.status.detected && (
        <>
          <p class="bl-popup-found">{tab.status.title ?? strings.popupBriefing}</p>
          <p>{strings.popupCounts(tab.status.statements, tab.status.pairs)}</p>
          <button type="button" onClick={act(toggleSidebar, '')}>{strings.popupToggle}</button>
        </>
      )}
      {tab.kind === 'ministry' && !tab.status.detected && (
        <>
          <p>{tab.status.state === 'waiting' ? strings.popupWaiting : strings.popupNotBriefing}</p>
          <button type="button" onClick={act(savePage, strings.popupSaved)}>{strings.savePage}</button>
          <p class="bl-popup-help">{strings.savePageHelp}</p>
        </>
      )}
      {children}
      <p role="status" class="bl-popup-help">{note}</p>
    </main>
  );
}
