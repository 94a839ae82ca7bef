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

/** Hear the messages of one kind on a channel (others are ignored); returns the stop function. */
export function listenFor<T>(ch: ChannelLike | null, is: (x: unknown) => x is T, listener: (m: T) => void): () => void {
  if (!ch) return () => {};
  const onMessage = (e: MessageEvent) => {
    if (is(e.data)) listener(e.data);
  };
  ch.addEventListener('message', onMessage);
  return () => ch.removeEventListener('message', onMessage);
}

const defaultChannel = (): ChannelLike | null => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME));

export function isHighlightsChanged(x: unknown): x is HighlightsChanged {
  const m = x as Partial<HighlightsChanged> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'highlights-changed' &&
    typeof m.briefingKey === 'string' &&
    Array.isArray(m.ids) &&
    m.ids.every((id) => typeof id === 'string')
  );
}

export interface HighlightsBroadcast {
  /** Tell the other contexts that highlights of `briefingKey` changed. */
  announce(briefingKey: string, ids: readonly string[]): void;
  /** Hear the other contexts' announcements; returns the stop function. */
  listen(listener: (m: HighlightsChanged) => void): () => void;
  close(): void;
}

/**
 * One channel for posting and listening: a `BroadcastChannel` delivers to every other object of
 * the name, including those of the same context, so a context that posted on one object and
 * listened on another would hear (and reload for) its own writes.
 */
export function highlightsBroadcast(open: () => ChannelLike | null = defaultChannel): HighlightsBroadcast {
  let channel: ChannelLike | null | undefined;
  const get = () => (channel === undefined ? (channel = open()) : channel);
  return {
    announce(briefingKey, ids) {
      get()?.postMessage({ type: 'highlights-changed', briefingKey, ids: [...ids] } satisfies HighlightsChanged);
    },
    listen(listener) {
      return listenFor(get(), isHighlightsChanged, listener);
    },
    close() {
      channel?.close();
      channel = undefined;
    },
  };
}

let shared: HighlightsBroadcast | null = null;
const context = (): HighlightsBroadcast => (shared ??= highlightsBroadcast());

/** Tell the other contexts (not this one) that highlights of `briefingKey` changed. */
export function announceHighlightsChanged(briefingKey: string, ids: readonly string[]): void {
  context().announce(briefingKey, ids);
}

/** Listen for the other contexts' announcements. Returns the stop function. */
export function onHighlightsChanged(listener: (m: HighlightsChanged) => void): () => void {
  return context().listen(listener);
}
