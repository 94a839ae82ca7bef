import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupTab, type PopupTabStatus } from '../../components/Popup';
import { popupStringsFor } from '../../components/popup-strings';
import { canonicalBriefingKey } from '../../lib/store/canonical-url';
import { openStore } from '../../lib/store/db';
import { countHighlights } from '../../lib/store/highlights';
import { backgroundClient, sendToTab } from '../../lib/messages/client';
import { backfillUrls, isOpen, parseJob, storageJobArea, type StorageLike } from '../../lib/library/backfill-job';
import type { BackfillProgress } from '../../components/Popup';

const strings = popupStringsFor(browser.i18n.getUILanguage());
document.documentElement.lang = strings.lang;

async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Our content script answers only on the ministry's pages; anywhere else the call fails. */
async function tab(): Promise<number> {
  const id = (await activeTab())?.id;
  if (id === undefined) throw new Error('no active tab');
  return id;
}

async function loadTab(): Promise<PopupTab> {
  try {
    return { kind: 'ministry', status: (await sendToTab(await tab(), { type: 'tab/status' })) as PopupTabStatus };
  } catch {
    return { kind: 'elsewhere' };
  }
}

/** The popup is an extension page: it may read the notes database itself (the tab's URL is known for mid.ru, a host we hold). */
async function countNotes(): Promise<number | null> {
  const key = canonicalBriefingKey((await activeTab())?.url ?? '');
  if (!key) return null;
  const db = await openStore();
  try {
    return await countHighlights(db, key);
  } finally {
    db.close();
  }
}

/** The transcripts the tab's listing links to, on the tab's own origin only (the backfill never leaves it). */
async function loadListing(): Promise<string[]> {
  const active = await activeTab();
  if (active?.id === undefined || !active.url) return [];
  const { items } = await sendToTab(active.id, { type: 'tab/listing' });
  return backfillUrls(items, active.url);
}

/** The open backfill job's progress, now and as the library saves it. */
function watchBackfill(listener: (p: BackfillProgress | null) => void): () => void {
  const area = storageJobArea(browser.storage as unknown as StorageLike);
  const tell = (value: unknown) => {
    const job = parseJob(value);
    listener(isOpen(job) ? { next: job.next, total: job.urls.length, status: job.status as BackfillProgress['status'] } : null);
  };
  void area.read().then(tell, () => listener(null));
  return area.watch(tell);
}

render(
  <Popup
    watchBackfill={watchBackfill}
    loadListing={loadListing}
    addListed={async (urls) => {
      // The listing page's origin: the background refuses any address off it.
      const page = (await activeTab())?.url;
      if (!page) throw new Error('no active tab');
      await backgroundClient().archive.backfill(new URL(page).origin, urls);
    }}
    strings={strings}
    loadTab={loadTab}
    countNotes={countNotes}
    toggleSidebar={async () => {
      await sendToTab(await tab(), { type: 'tab/command', command: 'toggle-sidebar' });
      window.close();
    }}
    savePage={async () => {
      await sendToTab(await tab(), { type: 'tab/save-page' });
    }}
  >
    <button
      type="button"
      class="bl-popup-library"
      onClick={() => {
        void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(() => window.close());
      }}
    >
      {strings.openLibrary}
    </button>
  </Popup>,
  document.getElementById('app')!,
);
