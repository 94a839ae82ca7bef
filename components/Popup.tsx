/**
 * The toolbar popup: on a briefing, what was detected, whether the sidebar is open, how many
 * highlights and notes the reader has there, and a button that says what it will do; on another
 * ministry page, that it is not a briefing; elsewhere, what the extension is for. "Save this
 * page for a report" (a bug-report tool) is a secondary link on the ministry's pages. On a page
 * that lists transcripts (a listing of briefings, speeches), an offer to add them to the archive.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../lib/format/date';
import type { TabStatus } from '../lib/messages/tab-messages';
import type { PopupStrings } from './popup-strings';

/**
 * What the page's content script reports, with the fields the popup shows when they are there
 * (`sidebarOpen`, `noteCount`, `date`); a content script that does not send them still works.
 */
export type PopupTabStatus = TabStatus & { sidebarOpen?: boolean; noteCount?: number; date?: string | null };

/** An open backfill job, as far as the popup tells it. */
export interface BackfillProgress {
  next: number;
  total: number;
  status: 'queued' | 'running' | 'paused' | 'stopped';
}

export type PopupTab = { kind: 'loading' } | { kind: 'elsewhere' } | { kind: 'ministry'; status: PopupTabStatus };

export interface PopupProps {
  strings: PopupStrings;
  loadTab: () => Promise<PopupTab>;
  /** This briefing's highlights in the database, when the page does not report `noteCount`. */
  countNotes?: () => Promise<number | null>;
  toggleSidebar: () => Promise<void>;
  savePage: () => Promise<void>;
  /** The transcripts a listing page links to, on its own origin (the archive's backfill offer). */
  loadListing?: () => Promise<string[]>;
  /** Hands them to the library, which adds them to the archive one page at a time. */
  addListed?: (urls: string[]) => Promise<void>;
  /** Follows the archive's backfill job (the library runs it); returns the stop function. */
  watchBackfill?: (listener: (progress: BackfillProgress | null) => void) => () => void;
  /** Extra actions other features add (the notes library). */
  children?: ComponentChildren;
}

export function Popup({
  strings: s,
  loadTab,
  countNotes,
  toggleSidebar,
  savePage,
  loadListing,
  addListed,
  watchBackfill,
  children,
}: PopupProps) {
  const [tab, setTab] = useState<PopupTab>({ kind: 'loading' });
  const [counted, setCounted] = useState<number | null>(null);
  const [listed, setListed] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<BackfillProgress | null>(null);
  useEffect(() => watchBackfill?.(setProgress), []);
  useEffect(() => {
    loadTab().then(setTab, () => setTab({ kind: 'elsewhere' }));
    countNotes?.().then(setCounted, () => setCounted(null));
    loadListing?.().then(setListed, () => setListed([]));
  }, []);
  const add = () =>
    addListed?.(listed).then(
      () => setNote(s.addedListed),
      (e: unknown) => setNote(s.addListedFailed(e instanceof Error ? e.message : String(e))),
    );
  const act = (fn: () => Promise<void>, done: string) => () =>
    fn().then(
      () => setNote(done),
      () => setNote(s.failed),
    );
  const status = tab.kind === 'ministry' ? tab.status : null;
  const detected = status?.detected ? status : null;
  const notes = detected ? (typeof detected.noteCount === 'number' ? detected.noteCount : counted) : null;
  const open = detected?.sidebarOpen;
  const date = detected ? formatDate(detected.date ?? null, s.lang) : null;
  return (
    <main class="bl-popup">
      <h1 class="bl-popup-title">{s.appName}</h1>
      {tab.kind === 'loading' && <p>{s.loading}</p>}
      {tab.kind === 'elsewhere' && <p>{s.elsewhere}</p>}
      {detected && (
        <>
          <p class="bl-popup-found">{detected.title ?? s.briefing}</p>
          {date && <p class="bl-popup-meta">{date}</p>}
          <p class="bl-popup-meta">{s.counts(detected.statements, detected.pairs)}</p>
          {notes !== null && <p class="bl-popup-notes">{s.notes(notes)}</p>}
          {open !== undefined && <p class="bl-popup-meta">{open ? s.sidebarOpen : s.sidebarClosed}</p>}
          <button type="button" class="bl-popup-primary" onClick={act(toggleSidebar, '')}>
            {open === undefined ? s.toggleSidebar : open ? s.closeSidebar : s.openSidebar}
          </button>
        </>
      )}
      {status && !status.detected && <p>{status.state === 'waiting' ? s.waiting : s.notBriefing}</p>}
      {status && addListed && listed.length > 0 && (
        <button type="button" class={detected ? 'bl-popup-library' : 'bl-popup-primary'} onClick={add}>
          {s.addListed(listed.length)}
        </button>
      )}
      {progress && <p class="bl-popup-meta">{s.backfillProgress(progress.next, progress.total, progress.status)}</p>}
      {children}
      {status && (
        <p class="bl-popup-secondary">
          <button type="button" class="bl-popup-link" aria-describedby="bl-popup-save-help" onClick={act(savePage, s.saved)}>
            {s.savePage}
          </button>
          <span id="bl-popup-save-help" class="bl-popup-help">
            {s.savePageHelp}
          </span>
        </p>
      )}
      <p role="status" class="bl-popup-help">
        {note}
      </p>
    </main>
  );
}
