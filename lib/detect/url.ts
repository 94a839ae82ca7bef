/**
 * URL shapes of the ministry's site in its three eras (notes/site.md §2). Pure.
 * Match on shape, not on one section: the same briefing is reachable under several paths.
 */

import type { TranscriptKind } from '../briefing/model';

export type SiteEra = 'current' | 'liferay' | 'domino';

export interface UrlInfo {
  onMinistrySite: boolean;
  /** The era whose article URL shape this is, or null for listings, the home page, etc. */
  era: SiteEra | null;
  /** The path sits in a briefings section (`/briefings/`, `/brifingi/`). */
  briefingSection: boolean;
  /** The kind of transcript the path's section publishes, when it says (a hint, never required). */
  sectionKind: TranscriptKind | null;
  /** Language of the site chrome from the path (`en`, `ru`, `en_GB` → `en`), and of the article from `?lang=`. */
  pathLanguage: string | null;
  articleLanguage: string | null;
}

const MINISTRY_HOST = /^(?:[a-z0-9-]+\.)*mid\.ru$/i;
const CURRENT_ARTICLE = /^\/[a-z]{2}(?:_[A-Z]{2})?\/(?:[a-z0-9_-]+\/)+\d{6,8}\/?$/;
const LIFERAY_ARTICLE = /\/-\/asset_publisher\/[A-Za-z0-9]{12}\/content\/id\/\d+/;
const DOMINO_ARTICLE = /\.nsf\/[^?#]*[0-9A-F]{32}|\.nsf\/[^?#]*!OpenDocument/i;

/** Sections seen on the site (notes/site.md §2): briefings, the Minister's and deputies' speeches, interviews. */
function sectionKindOf(path: string): TranscriptKind | null {
  if (/\/(?:briefings|brifingi)\//i.test(path)) return 'briefing';
  if (/\/(?:minister_speeches|deputy_ministers_speeches|vystupleniya[a-z_]*)\//i.test(path)) return 'remarks';
  if (/\/(?:interviews?|[a-z_]*_interviews|intervyu[a-z_]*)\//i.test(path)) return 'interview';
  return null;
}

/**
 * An address that can only hold a transcript: an article in the briefings, speeches or interviews
 * section (a news article may be one too, but mostly is not). Worth starting the sidebar's load
 * before the page is segmented (lib/page/early-frame.ts).
 */
export function isTranscriptAddress(href: string): boolean {
  const u = parseMinistryUrl(href);
  return u.onMinistrySite && u.era !== null && u.sectionKind !== null;
}

export function isMinistryHost(hostname: string): boolean {
  return MINISTRY_HOST.test(hostname);
}

export function parseMinistryUrl(href: string): UrlInfo {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { onMinistrySite: false, era: null, briefingSection: false, sectionKind: null, pathLanguage: null, articleLanguage: null };
  }
  const onMinistrySite = /^https?:$/.test(url.protocol) && isMinistryHost(url.hostname);
  const path = url.pathname;
  let era: SiteEra | null = null;
  if (LIFERAY_ARTICLE.test(path)) era = 'liferay';
  else if (CURRENT_ARTICLE.test(path)) era = 'current';
  else if (DOMINO_ARTICLE.test(path)) era = 'domino';
  const lang = /^\/([a-z]{2})(?:_[A-Z]{2})?(?:\/|$)/.exec(path);
  const queryLang = url.searchParams.get('lang');
  return {
    onMinistrySite,
    era,
    briefingSection: /\/(?:briefings|brifingi)\//i.test(path),
    sectionKind: sectionKindOf(path),
    pathLanguage: lang ? lang[1] : null,
    articleLanguage: queryLang && /^[a-z]{2}$/i.test(queryLang) ? queryLang.toLowerCase() : null,
  };
}
