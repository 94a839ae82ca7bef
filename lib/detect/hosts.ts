/**
 * The ministry's hosts: the only pages the extension runs on (never <all_urls>). Used by the
 * manifest (content script matches, host permissions) and by the content script itself.
 */
export const MID_MATCHES = ['https://mid.ru/*', 'https://*.mid.ru/*', 'http://mid.ru/*', 'http://*.mid.ru/*'];
