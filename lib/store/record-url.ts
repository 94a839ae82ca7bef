/**
 * The one rule for addresses we store and later open: an http(s) page on the ministry's site.
 * A `javascript:`, `data:` or `file:` address in a record (from a message or an import) would
 * be opened by the library's links, so every way in checks with this.
 */
import { isMinistryHost } from '../detect/url';

export function isMinistryPageUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && isMinistryHost(u.hostname);
  } catch {
    return false;
  }
}
