/**
 * Firefox gives an extension page framed in a web page no `tabs` API, so the sidebar frame cannot
 * connect to its tab's content script itself. It connects to the background instead, which opens
 * the port to the top-frame content script of the frame's own tab and passes messages both ways,
 * unread (both ends validate them). Chrome's frames connect directly and never come here.
 */
import type { Runtime } from 'webextension-polyfill';
import type { WxtBrowser } from 'wxt/browser';
import { SIDEBAR_PORT, SIDEBAR_RELAY_PORT } from '../messages/frame-messages';
import { classifySender } from '../messages/senders';

export function relaySidebarPorts(b: WxtBrowser): void {
  b.runtime.onConnect.addListener((frame: Runtime.Port) => {
    if (frame.name !== SIDEBAR_RELAY_PORT) return;
    const sender = classifySender(frame.sender, b.runtime.id);
    if (sender.kind !== 'extension-page' || sender.tabId === null || new URL(sender.url).pathname !== '/sidebar.html') {
      frame.disconnect();
      return;
    }
    const page = b.tabs.connect(sender.tabId, { name: SIDEBAR_PORT, frameId: 0 }) as unknown as Runtime.Port;
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      frame.disconnect();
      page.disconnect();
    };
    frame.onMessage.addListener((m: unknown) => open && page.postMessage(m));
    page.onMessage.addListener((m: unknown) => open && frame.postMessage(m));
    frame.onDisconnect.addListener(close);
    page.onDisconnect.addListener(close);
  });
}
