/**
 * A fetched page (the backfill) → a kept transcript, by the same detection and segmentation core
 * as a page the reader opens (lib/detect/page.ts). Entities are optional: the entity engine runs
 * in the background, which can pass its groups per section when it has them.
 */
import { detectBriefing } from '../detect/page';
import { canonicalBriefingKey } from '../store/canonical-url';
import { keptTranscriptFrom, type KeptTranscript, type SectionEntityGroup } from './transcript';

export type PageTranscript =
  | { status: 'transcript'; kept: KeptTranscript }
  /** The anti-bot check page: try again later (the backfill stops on it). */
  | { status: 'interstitial' }
  /** Not a transcript (a news item, a listing), or not an article address: skipped. */
  | { status: 'not-transcript'; reason: string };

export function transcriptFromDocument(
  doc: Document,
  url: string,
  opts: { now?: number; groups?: (model: Parameters<typeof keptTranscriptFrom>[0]) => readonly SectionEntityGroup[] } = {},
): PageTranscript {
  const key = canonicalBriefingKey(url);
  if (!key) return { status: 'not-transcript', reason: 'not an article address' };
  const d = detectBriefing(doc, url);
  if (d.status === 'interstitial') return { status: 'interstitial' };
  if (d.status !== 'briefing') return { status: 'not-transcript', reason: d.status === 'not-briefing' ? d.reason : d.status };
  const groups = opts.groups?.(d.result);
  return { status: 'transcript', kept: keptTranscriptFrom(d.result, { url, key, groups, now: opts.now }) };
}
