/**
 * One key per briefing, however its page was reached.
 *
 * mid.ru serves the same article under many addresses: with or without `www.`, over http or
 * https, under any language path (`/ru/`, `/en/`, `/pt/`, the Liferay locale `/en_GB/`, the
 * `/web/guest/` infix), under several section paths (`foreign_policy/news`,
 * `press_service/spokesman/briefings`, …), with `?lang=` choosing the article language, with a
 * trailing slash or not, with a `#fragment`. Only the article's id identifies it (notes/site.md
 * §2), so the key is built from the id alone:
 *   - era C (current site): the path ends in `/<6–8 digits>/`             →  `mid.ru/<id>`
 *   - era B (Liferay, also archive.mid.ru): `…/-/asset_publisher/<instance>/content/id/<digits>`
 *                                                                          →  `mid.ru/asset/<id>`
 *   - era A (Domino): `….nsf/…/<32 hex>`                                   →  `mid.ru/nsf/<HEX>`
 * The eras number articles independently, so one briefing seen in two eras gets two keys;
 * nothing in an address relates them.
 *
 * `www.` and `archive.` are the main site. Other `*.mid.ru` hosts (embassy subsites, which repost
 * briefings in their own Liferay with their own ids) keep their host in the key, so that their
 * ids cannot collide with the main site's.
 *
 * Note that `?lang=` switches the article's language under the same key: a highlight made on the
 * English text and shown on the Russian one will not anchor (it is listed as unanchored).
 */

const MAIN_SITE = new Set(['mid.ru', 'www.mid.ru', 'archive.mid.ru']);
const ERA_B = /\/-\/asset_publisher\/[A-Za-z0-9_]+\/content\/id\/(\d+)(?:\/|$)/;
const ERA_C = /\/(\d{6,8})\/?$/;
const ERA_A = /\.nsf\/(?:[^?#]*\/)?([0-9A-F]{32})(?:[/!?#]|$)/i;

/** The canonical key of the briefing at `url`, or null when `url` is not a mid.ru article page. */
export function canonicalBriefingKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const site = siteOf(parsed.hostname);
  if (site === null) return null;
  const path = parsed.pathname;
  const eraB = ERA_B.exec(path);
  if (eraB) return `${site}/asset/${eraB[1]}`;
  const eraC = ERA_C.exec(path);
  if (eraC) return `${site}/${eraC[1]}`;
  const eraA = ERA_A.exec(path);
  if (eraA) return `${site}/nsf/${eraA[1]!.toUpperCase()}`;
  return null;
}

/** `mid.ru` for the main site, the bare host for another `*.mid.ru` site, null for anything else. */
function siteOf(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (MAIN_SITE.has(host)) return 'mid.ru';
  if (!host.endsWith('.mid.ru')) return null;
  return host.replace(/^www\./, '');
}

/** The key of an https page only: notes are never tied to a page anyone on the path could rewrite. */
export function httpsBriefingKey(url: string): string | null {
  try {
    return new URL(url).protocol === 'https:' ? canonicalBriefingKey(url) : null;
  } catch {
    return null;
  }
}
