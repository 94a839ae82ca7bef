/**
 * Links from the library back into the briefings.
 *
 * A highlight opens at its own address with the fragment `#bl-h-<highlight id>`; the content
 * script recognises that fragment, anchors the highlight and scrolls to it once it is placed.
 * The id is percent-encoded (ids are UUIDs, but an imported W3C annotation keeps its IRI as id).
 */
import type { HighlightRecord } from '../store/schema';

export const HIGHLIGHT_FRAGMENT_PREFIX = 'bl-h-';

/** The address that opens `record`'s briefing scrolled to the highlight. */
export function highlightLink(record: Pick<HighlightRecord, 'id' | 'url'>): string {
  const fragment = HIGHLIGHT_FRAGMENT_PREFIX + encodeURIComponent(record.id);
  try {
    const url = new URL(record.url);
    url.hash = fragment;
    return url.href;
  } catch {
    return `${record.url.split('#')[0]}#${fragment}`;
  }
}

/** The highlight id in a `#bl-h-…` fragment (with or without `#`), or null. */
export function highlightIdFromFragment(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith(HIGHLIGHT_FRAGMENT_PREFIX)) return null;
  try {
    const id = decodeURIComponent(h.slice(HIGHLIGHT_FRAGMENT_PREFIX.length));
    return id || null;
  } catch {
    return null;
  }
}

/** A briefing's address without any fragment, or null when it is not an http(s) URL. */
export function briefingLink(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
