/** "Highlight with Briefing Lens" on a text selection in a ministry page. */
import type { WxtBrowser } from 'wxt/browser';
import { MID_MATCHES } from '../detect/hosts';
import type { TabRequest } from '../messages/tab-messages';

const MENU_ID = 'bl-highlight-selection';

export function installContextMenu(b: WxtBrowser, title: string): void {
  // Menus persist across service-worker restarts: create once per install/update.
  b.runtime.onInstalled.addListener(() => {
    b.contextMenus?.create({ id: MENU_ID, title, contexts: ['selection'], documentUrlPatterns: MID_MATCHES });
  });
  b.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const req: TabRequest = { type: 'tab/command', command: 'highlight-selection' };
    void b.tabs.sendMessage(tab.id, req, { frameId: 0 }).catch(() => undefined);
  });
}
