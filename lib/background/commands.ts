/**
 * Keyboard commands (manifest `commands`) arrive in the background; the sidebar lives in the
 * tab. Forward each to the active tab's content script, which ignores what it cannot do.
 */
import type { WxtBrowser } from 'wxt/browser';
import { PAGE_COMMANDS, type PageCommand, type TabRequest } from '../messages/tab-messages';

export function forwardCommandsToTabs(b: WxtBrowser): void {
  b.commands?.onCommand.addListener((command: string) => {
    if (!(PAGE_COMMANDS as readonly string[]).includes(command)) return;
    const req: TabRequest = { type: 'tab/command', command: command as PageCommand };
    void b.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id !== undefined ? b.tabs.sendMessage(tab.id, req, { frameId: 0 }) : undefined))
      .catch(() => undefined); // no content script there: nothing to do
  });
}
