/**
 * The page half's end of the channel to the sidebar frame. The frame connects to this tab's
 * content script with `tabs.connect` (in Firefox, through the background's relay); we accept one
 * port at a time, and only from our own extension's sidebar page or background. Every message is
 * validated before it is acted on.
 */
import type { Runtime } from 'webextension-polyfill';
import { isSidebarEnd, parseToPage, SIDEBAR_PORT, type ToFrame, type ToPage } from '../messages/frame-messages';
import { classifySender } from '../messages/senders';

export interface FrameChannel {
  send(message: ToFrame): void;
  connected(): boolean;
  dispose(): void;
}

type OnConnect = { addListener(cb: (port: Runtime.Port) => void): void; removeListener(cb: (port: Runtime.Port) => void): void };

export function acceptSidebar(
  onConnect: OnConnect,
  ourId: () => string | undefined,
  onMessage: (message: ToPage) => void,
  onOpen: () => void,
): FrameChannel {
  let port: Runtime.Port | null = null;
  const listener = (p: Runtime.Port): void => {
    if (p.name !== SIDEBAR_PORT) return;
    const sender = classifySender(p.sender, ourId());
    const fromSidebarPage = sender.kind === 'extension-page' && isSidebarEnd(new URL(sender.url).pathname);
    if (!fromSidebarPage || port) {
      p.disconnect();
      return;
    }
    port = p;
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
    });
    p.onMessage.addListener((raw: unknown) => {
      const parsed = parseToPage(raw);
      if (!parsed.ok) return; // a bug in the other half must not break the page
      try {
        onMessage(parsed.message);
      } catch {
        /* never into the page */
      }
    });
    onOpen();
  };
  onConnect.addListener(listener);
  return {
    send(message) {
      try {
        port?.postMessage(message);
      } catch {
        port = null; // the frame went away
      }
    },
    connected: () => port !== null,
    dispose() {
      onConnect.removeListener(listener);
      port?.disconnect();
      port = null;
    },
  };
}
