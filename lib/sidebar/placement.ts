/**
 * Anchoring the reader's highlights, in the sidebar frame: a process of its own, so a thousand
 * highlights to look for never block the ministry's page. The page half sends the article's text
 * once; this finds each highlight in it (in slices, cached per article text; a highlight made on
 * the other language's text is only looked for exactly — an approximate search across languages
 * never succeeds and costs the most), and the page half paints the spans it gets back.
 */
import { anchor, sectionRanges, type AnchorResult, type SectionRange } from '../anchoring';
import type { Briefing, Language } from '../briefing/model';
import type { HighlightRecord } from '../store/schema';
import { mapInSlices } from '../util/sliced';

export interface Placement {
  id: string;
  anchored: boolean;
  start: number;
  end: number;
  /** Index of the section it lies in, when anchored. */
  section: number | null;
}

export class Placer {
  private text = '';
  private sections: SectionRange[] = [];
  private language: Language = 'en';
  private cache = new Map<string, AnchorResult>();
  private run = 0;

  /** The article as it is now; results for another text are forgotten. */
  setArticle(text: string, briefing: Pick<Briefing, 'sections' | 'blocks' | 'header'>): void {
    if (text !== this.text) this.cache.clear();
    this.text = text;
    this.sections = sectionRanges(briefing);
    this.language = briefing.header.language;
  }

  /** Where each record lands; null when a newer call replaced this one. */
  async place(records: readonly HighlightRecord[]): Promise<Placement[] | null> {
    const run = ++this.run;
    const results = await mapInSlices(records, (r) => this.one(r), { cancelled: () => run !== this.run });
    if (!results) return null;
    return records.map((r, k) => {
      const res = results[k];
      if (res.status !== 'anchored') return { id: r.id, anchored: false, start: 0, end: 0, section: null };
      const section = this.sections.findIndex((s) => res.start >= s.start && res.start < s.end);
      return { id: r.id, anchored: true, start: res.start, end: res.end, section: section >= 0 ? section : null };
    });
  }

  private one(r: HighlightRecord): AnchorResult {
    const key = `${r.id}\u0000${JSON.stringify(r.selectors)}\u0000${r.section?.id ?? ''}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const exactOnly = r.language !== undefined && r.language !== this.language;
    const result = this.text
      ? anchor(this.text, this.sections, r, { exactOnly })
      : ({ status: 'orphan', reason: 'invalid' } as AnchorResult);
    this.cache.set(key, result);
    return result;
  }
}
