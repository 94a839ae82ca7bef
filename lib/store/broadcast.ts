/**
 * Telling the extension's other pages that highlights changed. Every page of the extension's
 * origin (the sidebar frames of every tab, the library, the background) can join one
 * BroadcastChannel; web pages cannot, being of another origin. A tab that shows a briefing
 * refreshes its copy when another tab or the library changed it.
 */
export const CHANNEL_NAME = 'briefing-lens';

export interface HighlightsChanged {
  type: 'highlights-changed';
  /** The briefings concerned; empty means "any" (an import, a wipe). */
  briefingKeys: string[];
  ids: string[];
}

function open(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    return null;
  }
}

export function announceHighlightsChanged(briefingKeys: string[], ids: string[]): void {
  const ch = open();
  if (!ch) return;
  const message: HighlightsChanged = { type: 'highlights-changed', briefingKeys, ids };
  ch.postMessage(message);
  ch.close();
}

/** Calls back for each announcement (not for this page's own). */
export function onHighlightsChanged(cb: (m: HighlightsChanged) => void): () => void {
  const ch = open();
  if (!ch) return () => undefined;
  ch.onmessage = (e: MessageEvent) => {
    const m = e.data as Partial<HighlightsChanged> | null;
    if (m?.type === 'highlights-changed' && Array.isArray(m.briefingKeys) && Array.isArray(m.ids)) cb(m as HighlightsChanged);
  };
  return () => ch.close();
}
