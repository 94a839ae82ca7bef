/**
 * Is this page a transcript the sidebar reads — a briefing, remarks or an interview? URL shape,
 * then the page itself (the segmentation core's evidence: title, TOC label, Q&A labels,
 * back-links). Every kind comes back as status 'briefing' with the same model; `result.kind`
 * tells which. The anti-bot interstitial is its own answer: the
 * caller waits for the real article and asks again.
 */
import type { DomBlockRef } from '../adapters/dom';
import { documentToBlocks } from '../adapters/dom';
import type { SegmentResult } from '../briefing/model';
import { segment } from '../segment';
import { normalizeSpace } from '../segment/normalize';
import { parseMinistryUrl } from './url';

export type Detection =
  | { status: 'off-site' }
  | { status: 'interstitial' }
  /** No article on the page yet (or none at all): worth asking again when the page changes. */
  | { status: 'no-article' }
  | { status: 'not-briefing'; reason: string }
  | { status: 'briefing'; result: SegmentResult<DomBlockRef> & { isBriefing: true }; container: Element };

const INTERSTITIAL = /^(?:data processing\.*\s*please,? wait\.*|обработка данных\.*\s*пожалуйста,? подождите\.*)$/i;

export function isInterstitial(doc: Document): boolean {
  const text = normalizeSpace(doc.body?.textContent ?? '');
  return text.length < 200 && INTERSTITIAL.test(text);
}

export function detectBriefing(doc: Document, href: string): Detection {
  const url = parseMinistryUrl(href);
  if (!url.onMinistrySite) return { status: 'off-site' };
  if (!doc.body) return { status: 'no-article' };
  if (isInterstitial(doc)) return { status: 'interstitial' };
  const { blocks, container, knownContainer } = documentToBlocks(doc);
  // Outside an article URL, only a page with the site's article container is worth reading.
  if (url.era === null && !knownContainer) return { status: 'no-article' };
  if (blocks.length === 0) return { status: 'no-article' };
  const result = segment(blocks, { sectionKind: url.sectionKind });
  if (!result.isBriefing) return { status: 'not-briefing', reason: result.reason };
  return { status: 'briefing', result, container };
}
