/**
 * The transcripts a listing page of the site links to (briefings, the Minister's speeches…), in
 * page order, each once: what the backfill offers to add to the archive. Pure over a DOM (the
 * live page, or a `DOMParser` document of a fetched one).
 *
 * Links are taken in the two article shapes the site uses (lib/detect/url.ts): the current
 * `/<lang>/<path>/<digits>/` and the Liferay `…/-/asset_publisher/<id>/content/id/<digits>`.
 * Inside the site's listing blocks when the page has them, so a "most read" column or the
 * header's links are not offered as if they were the list; else anywhere outside header, nav,
 * footer and asides. One article reached by two addresses (`?lang=`, another section path,
 * the title and its picture) is one entry, by its canonical key.
 */
import { parseMinistryUrl } from '../detect/url';
import { canonicalBriefingKey } from '../store/canonical-url';

export interface ListedTranscript {
  /** Absolute address, as first linked on the page (fragment dropped). */
  url: string;
  /** `canonicalBriefingKey(url)`: the archive's key. */
  key: string;
  /** The link's text (the transcript's title on the listing), or '' for a picture link. */
  title: string;
}

/**
 * The site's listing blocks (notes on the site's layouts): the current site's `ul.announce`
 * (`a.announce__link`) and its short-item `ul.announcements`; the Liferay era's
 * `.news-articles` with `a.anons-title`, and its asset publisher's content column.
 */
const LISTING_BLOCKS = ['ul.announce', 'ul.announcements', '.news-articles', '.asset-publisher', '.portlet-asset-publisher'];
const OUTSIDE_LIST = 'header, nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

function scopes(root: ParentNode): ParentNode[] {
  const blocks = LISTING_BLOCKS.flatMap((sel) => [...root.querySelectorAll(sel)]);
  // A block nested in another (an `ul.announce` inside `.news-articles`) is read once, through the outer one.
  const outer = blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
  return outer.length ? outer : [root];
}

export function listedTranscripts(root: Document | Element, pageUrl: string): ListedTranscript[] {
  const out: ListedTranscript[] = [];
  const seen = new Map<string, ListedTranscript>();
  const own = canonicalBriefingKey(pageUrl);
  const inBlocks = scopes(root);
  const anywhere = inBlocks.length === 1 && inBlocks[0] === root;
  for (const scope of inBlocks) {
    for (const a of scope.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (anywhere && a.closest(OUTSIDE_LIST)) continue;
      let url: URL;
      try {
        url = new URL(a.getAttribute('href') ?? '', pageUrl);
      } catch {
        continue;
      }
      url.hash = '';
      const info = parseMinistryUrl(url.href);
      if (!info.onMinistrySite || (info.era !== 'current' && info.era !== 'liferay')) continue;
      const key = canonicalBriefingKey(url.href);
      if (!key || key === own) continue;
      const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
      const earlier = seen.get(key);
      if (earlier) {
        // The picture link came first: its title link names it.
        if (!earlier.title) earlier.title = title;
        continue;
      }
      const entry = { url: url.href, key, title };
      seen.set(key, entry);
      out.push(entry);
    }
  }
  return out;
}
