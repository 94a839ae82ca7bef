/**
 * Our fragments: `#bl-<section id>` opens a section, `#bl-h-<highlight id>` a highlight. Anything
 * else — including a malformed escape, which `decodeURIComponent` would throw on — is not ours.
 */
export type Fragment = { kind: 'section'; id: string } | { kind: 'highlight'; id: string };

export const HIGHLIGHT_FRAGMENT = '#bl-h-';

export function parseFragment(hash: string): Fragment | null {
  if (!hash.startsWith('#bl-')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  if (!decoded || decoded.length > 600 || /\s/.test(decoded)) return null;
  if (hash.startsWith(HIGHLIGHT_FRAGMENT)) {
    const id = decoded.slice(HIGHLIGHT_FRAGMENT.length - 1);
    return id ? { kind: 'highlight', id } : null;
  }
  return { kind: 'section', id: decoded };
}
