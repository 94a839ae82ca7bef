import { render } from 'preact';
import { browser } from 'wxt/browser';
import { stringsFor } from '../../components/i18n';
import { Popup, type PopupTab } from '../../components/Popup';
import { sendToTab } from '../../lib/messages/client';
import type { TabStatus } from '../../lib/messages/tab-messages';

const strings = stringsFor(browser.i18n.getUILanguage());
document.documentElement.lang = strings === stringsFor('ru') ? 'ru' : 'en';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Our content script answers only on the ministry's pages; anywhere else the call fails. */
async function tab(): Promise<number> {
  const id = await activeTabId();
  if (id === undefined) throw new Error('no active tab');
  return id;
}

async function loadTab(): Promise<PopupTab> {
  try {
    return { kind: 'ministry', status: (await sendToTab(await tab(), { type: 'tab/status' })) as TabStatus };
  } catch {
    return { kind: 'elsewhere' };
  }
}

render(
  <Popup
    strings={strings}
    loadTab={loadTab}
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
      onClick={() => {
        void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(() => window.close());
      }}
    >
      {strings.openLibrary}
    </button>
  </Popup>,
  document.getElementById('app')!,
);
