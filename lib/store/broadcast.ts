/**
 * "Highlights changed" announcements between the extension's own contexts (library page,
 * sidebar frame, popup, background): a `BroadcastChannel` reaches every context of the
 * extension's origin, so the others refresh their copy after a write. Content scripts run in the
 * page's origin and do not hear it (by design: the page must not either).
 */

export const CHANNEL_NAME = 'briefing-lens';

export interface HighlightsChanged {
  type: 'highlights-changed';
  briefingKey: string;
  /** The highlights written or deleted. */
  ids: string[];
}

/** A minimal channel, so tests and contexts without `BroadcastChannel` can pass their own. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  close(): void;
}

const defaultChannel = (): ChannelLike | null => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME));

export function isHighlightsChanged(x: unknown): x is HighlightsChanged {
  const m = x as Partial<HighlightsChanged> | null;
  return (
    typeof m === 'object' && m !== null && m.type === 'highlights-changed' && typeof m.briefingKey === 'string' &&
    Array.isArray(m.ids) && m.ids.every((id) => typeof id === 'string')
  );
}

/** Tell the other contexts that highlights of `briefingKey` changed. */
export function announceHighlightsChanged(briefingKey: string, ids: readonly string[], open: () => ChannelLike | null = defaultChannel): void {
  const channel = open();
  if (!channel) return;
  try {
    channel.postMessage({ type: 'highlights-changed', briefingKey, ids: [...ids] } satisfies HighlightsChanged);
  } finally {
    channel.close();
  }
}

/** Listen for announcements (not one's own: a channel does not hear what it posts). Returns the stop function. */
export function onHighlightsChanged(listener: (m: HighlightsChanged) => void, open: () => ChannelLike | null = defaultChannel): () => void {
  const channel = open();
  if (!channel) return () => {};
  const onMessage = (e: MessageEvent) => {
    if (isHighlightsChanged(e.data)) listener(e.data);
  };
  channel.addEventListener('message', onMessage);
  return () => {
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}
