/**
 * Who sent a message. The browser fills `runtime.MessageSender`; a page script cannot forge it.
 * We sort senders into three kinds, once, at the router:
 *  - an extension page (sidebar frame, library, popup): its URL is in the extension's scheme;
 *  - a content script: our id, a tab, and the web page's address;
 *  - anything else (another extension, a web page through externally_connectable): foreign.
 */

export interface RawSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Sender =
  | { kind: 'extension-page'; url: string; tabId: number | null; frameId: number | null }
  | { kind: 'content-script'; url: string; tabId: number | null; frameId: number | null }
  | { kind: 'foreign' };

const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'safari-web-extension:'];

export function isExtensionUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return EXTENSION_SCHEMES.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function classifySender(raw: RawSender | null | undefined, ourId: string | null | undefined): Sender {
  if (!raw || typeof ourId !== 'string' || !ourId || raw.id !== ourId) return { kind: 'foreign' };
  const url = raw.url ?? raw.tab?.url ?? '';
  const tabId = typeof raw.tab?.id === 'number' ? raw.tab.id : null;
  const frameId = typeof raw.frameId === 'number' ? raw.frameId : null;
  if (isExtensionUrl(url)) return { kind: 'extension-page', url, tabId, frameId };
  if (!url) return { kind: 'foreign' };
  return { kind: 'content-script', url, tabId, frameId };
}
