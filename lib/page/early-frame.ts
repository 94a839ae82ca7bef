/**
 * Starting the sidebar frame's load while the page is still being segmented. Chrome takes
 * ~40–50 ms to create an extension frame and run its script; segmenting a long transcript takes
 * ~15–40 ms. On an address that can only be a transcript (an article in the briefings, speeches
 * or interviews section), the content script inserts the frame — zero wide, so nothing shows —
 * before it segments, and the two overlap. Anywhere else, or when the page turns out not to be a
 * transcript, nothing is inserted or the frame is removed before anything is drawn.
 *
 * The frame may connect before the page half listens: its port waits here until then.
 */
import type { Runtime } from 'webextension-polyfill';

export interface OnConnect {
  addListener(cb: (port: Runtime.Port) => void): void;
  removeListener(cb: (port: Runtime.Port) => void): void;
}

export interface HeldConnections extends OnConnect {
  /** Stop holding: disconnect the ports nobody took, stop listening. */
  dispose(): void;
}

/**
 * An `onConnect` that keeps the ports arriving before anyone listens and hands them to the first
 * listener added. Holding a port open needs a listener on the real event at once: without one,
 * the browser closes the frame's port at connect ("receiving end does not exist").
 */
export function holdConnections(source: OnConnect): HeldConnections {
  const waiting: Runtime.Port[] = [];
  const listeners = new Set<(port: Runtime.Port) => void>();
  const hold = (port: Runtime.Port) => {
    if (listeners.size) return; // the listeners added below hear it from the source themselves
    waiting.push(port);
    port.onDisconnect.addListener(() => {
      const i = waiting.indexOf(port);
      if (i >= 0) waiting.splice(i, 1);
    });
  };
  source.addListener(hold);
  return {
    addListener(cb) {
      listeners.add(cb);
      source.addListener(cb);
      for (const port of waiting.splice(0)) cb(port);
    },
    removeListener(cb) {
      listeners.delete(cb);
      source.removeListener(cb);
    },
    dispose() {
      source.removeListener(hold);
      for (const port of waiting.splice(0)) port.disconnect();
      for (const cb of listeners) source.removeListener(cb);
      listeners.clear();
    },
  };
}
