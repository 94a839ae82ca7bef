/**
 * The notes library page (`library.html`). An extension page: it runs in the extension's origin,
 * so it opens the notes database directly. Browser APIs are used here only; the components get
 * callbacks.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryApp, type DownloadFile } from '../../components/library/LibraryApp';
import { libraryStringsFor } from '../../components/library/strings';
import { storeBackend } from '../../lib/library/apply';
import { storeArchiveSource } from '../../lib/library/archive-data';
import { storeConnection } from '../../lib/store/db';
import { BackfillPanel } from '../../components/library/BackfillPanel';
import { backfillStringsFor } from '../../components/library/backfill-strings';
import { storageJobArea, type StorageLike } from '../../lib/library/backfill-job';
import { pageFetcher, transcriptKeeper } from '../../lib/library/backfill-keep';
import { createBackfillRunner } from '../../lib/library/backfill-runner';
import { backgroundClient } from '../../lib/messages/client';
import { DB_NAME } from '../../lib/store/schema';
import './archive.css';

const strings = libraryStringsFor(browser.i18n.getUILanguage());
document.documentElement.lang = strings.lang;
document.title = strings.pageTitle;

/** Saves through an object URL and a download link: needs no `downloads` permission. */
function download({ name, type, text }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// The archive's backfill runs here: an extension page has fetch and DOMParser (the MV3 service
// worker has no DOMParser) and stays open when the popup that asked for it closes.
const client = backgroundClient();
const backfill = createBackfillRunner({
  area: storageJobArea(browser.storage as unknown as StorageLike),
  deps: {
    fetchPage: pageFetcher(
      (url, init) => fetch(url, init),
      (html) => new DOMParser().parseFromString(html, 'text/html'),
    ),
    keep: transcriptKeeper({ findEntities: client.entities.find, keep: client.archive.keep }),
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  },
});
const connection = storeConnection();

render(
  <LibraryApp
    archiveTop={<BackfillPanel strings={backfillStringsFor(browser.i18n.getUILanguage())} controller={backfill} />}
    strings={strings}
    backend={storeBackend(connection)}
    archive={storeArchiveSource(connection, DB_NAME)}
    openUrl={(url) => void browser.tabs.create({ url })}
    download={download}
  />,
  document.getElementById('app')!,
);
