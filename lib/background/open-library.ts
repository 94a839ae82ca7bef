/**
 * Opening the notes library: focus its tab when one is open, else open one. With a highlight id
 * the library scrolls to that highlight (`#h=<id>`); with a fragment it opens there (`#archive`).
 */
import type { WxtBrowser } from 'wxt/browser';

export async function openLibrary(b: WxtBrowser, highlightId?: string, fragment?: string): Promise<void> {
  const base = b.runtime.getURL('/library.html');
  const hash = highlightId ? `h=${encodeURIComponent(highlightId)}` : fragment;
  const url = hash ? `${base}#${hash}` : base;
  const [existing] = await b.tabs.query({ url: `${base}*` });
  if (existing?.id !== undefined) {
    await b.tabs.update(existing.id, { active: true, ...(hash ? { url } : {}) });
    if (existing.windowId !== undefined) await b.windows?.update(existing.windowId, { focused: true });
  } else {
    await b.tabs.create({ url });
  }
}
