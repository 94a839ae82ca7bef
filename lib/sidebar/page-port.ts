/**
 * The sidebar frame's end of the channel to its page half. The frame asks the background which
 * tab it is in, then connects to that tab's top-frame content script. Messages from the page half
 * are validated before anything acts on them.
 */
import { browser } from 'wxt/browser';
import type { BackgroundClient } from '../messages/client';
import { parseToFrame, SIDEBAR_PORT, SIDEBAR_RELAY_PORT, type ToFrame, type ToPage } from '../messages/frame-messages';

export interface PagePort {
  send(message: ToPage): void;
  /** Calls back for every valid message from the page; returns an unsubscribe. */
  listen(cb: (message: ToFrame) => void): () => void;
  onClose(cb: () => void): void;
}

export async function connectToPage(client: BackgroundClient): Promise<PagePort> {
  // Firefox gives a framed extension page no `tabs`: the background relays for it.
  if (typeof browser.tabs?.connect !== 'function') return portOver(browser.runtime.connect({ name: SIDEBAR_RELAY_PORT }));
  // The tab we are in: the browser knows it without waking the background (which may be asleep);
  // the background's answer is the fallback.
  const current = await browser.tabs.getCurrent().catch(() => undefined);
  const tabId = current?.id ?? (await client.whoami()).tabId;
  performance.mark('bl:whoami');
  return portOver(browser.tabs.connect(tabId, { name: SIDEBAR_PORT, frameId: 0 }));
}

type PortLike = {
  postMessage(m: unknown): void;
  onMessage: { addListener(cb: (m: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
};

/**
 * A PagePort over any runtime port (a real one, or a pair in tests). Messages that come before
 * anyone listens (the port is opened while the frame's script is still loading) are kept for the
 * first listener.
 */
export function portOver(port: PortLike): PagePort {
  const listeners = new Set<(m: ToFrame) => void>();
  const closers: (() => void)[] = [];
  let early: ToFrame[] | null = [];
  let open = true;
  port.onMessage.addListener((raw) => {
    const parsed = parseToFrame(raw);
    if (!parsed.ok) {
      console.warn(`Briefing Lens: ${parsed.error}`);
      return;
    }
    if (early) early.push(parsed.message);
    else for (const l of [...listeners]) l(parsed.message);
  });
  port.onDisconnect.addListener(() => {
    open = false;
    for (const c of closers) c();
  });
  return {
    send(message) {
      if (!open) return;
      try {
        port.postMessage(message);
      } catch {
        open = false;
      }
    },
    listen(cb) {
      listeners.add(cb);
      const kept = early ?? [];
      early = null;
      for (const m of kept) cb(m);
      return () => listeners.delete(cb);
    },
    onClose: (cb) => closers.push(cb),
  };
}
