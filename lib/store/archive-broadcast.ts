/**
 * "The archive changed" announcements (a transcript kept in a new version, or forgotten), so an
 * open library refreshes its Archive tab. A channel of its own: highlight listeners never wake
 * for archive writes, which happen on every page visit.
 */
import { listenFor, type ChannelLike } from './broadcast';

export const ARCHIVE_CHANNEL_NAME = 'briefing-lens-archive';

export interface TranscriptsChanged {
  type: 'transcripts-changed';
  key: string;
}

export function isTranscriptsChanged(x: unknown): x is TranscriptsChanged {
  const m = x as Partial<TranscriptsChanged> | null;
  return typeof m === 'object' && m !== null && m.type === 'transcripts-changed' && typeof m.key === 'string';
}

const open = (): ChannelLike | null => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(ARCHIVE_CHANNEL_NAME));
let channel: ChannelLike | null | undefined;
const get = () => (channel === undefined ? (channel = open()) : channel);

/** Tell the other contexts that the versions of `key` changed. */
export function announceTranscriptsChanged(key: string): void {
  get()?.postMessage({ type: 'transcripts-changed', key } satisfies TranscriptsChanged);
}

/** Hear the other contexts' announcements; returns the stop function. */
export function onTranscriptsChanged(listener: (m: TranscriptsChanged) => void): () => void {
  return listenFor(get(), isTranscriptsChanged, listener);
}
