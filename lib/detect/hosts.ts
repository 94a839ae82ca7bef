/**
 * The ministry's hosts: the only pages the extension runs on (never <all_urls>), and only over
 * https — the site serves https, and a plain-http page could be rewritten by anyone on the
 * network path. Used by the manifest (content script matches, web-accessible sidebar) and by
 * the context menu.
 */
export const MID_MATCHES = ['https://mid.ru/*', 'https://*.mid.ru/*'];
