/**
 * The sidebar's "Notes library" button: a content script cannot open an extension page itself,
 * so it asks the background, which opens (or focuses) the library tab.
 */
import type { WxtBrowser } from 'wxt/browser';

export const OPEN_LIBRARY = 'library/open';

export function isOpenLibrary(msg: unknown): boolean {
  return !!msg && typeof msg === 'object' && (msg as { type?: unknown }).type === OPEN_LIBRARY;
}

export async function openLibrary(b: WxtBrowser): Promise<void> {
  const url = b.runtime.getURL('/library.html');
  const [existing] = await b.tabs.query({ url });
  if (existing?.id !== undefined) {
    await b.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await b.windows?.update(existing.windowId, { focused: true });
  } else {
    await b.tabs.create({ url });
  }
}

export function openLibraryListener(b: WxtBrowser) {
  return (msg: unknown, sender: { id?: string }, sendResponse: (r: { ok: boolean }) => void): true | undefined => {
    if (!isOpenLibrary(msg) || sender.id !== b.runtime.id) return undefined;
    openLibrary(b).then(() => sendResponse({ ok: true }), () => sendResponse({ ok: false }));
    return true;
  };
}
