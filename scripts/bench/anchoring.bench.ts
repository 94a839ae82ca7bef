/**
 * Re-anchoring 200 highlights on the largest shared fixture page: ours (text index, then the
 * anchor cascade, then a DOM Range for each) against dom-anchor-text-quote's `toRange(root,
 * {exact, prefix, suffix})` (what Memex uses) on the same quotes, both under happy-dom. Reports
 * median milliseconds for all 200, the ratio, and whether both land on the same text on the
 * unchanged page.
 *
 * Two figures for ours: the full stored anchor (the position selector answers at once on an
 * unchanged page: the everyday case) and the quote alone (the same {exact, prefix, suffix} that
 * dom-anchor-text-quote gets, so the search itself is compared).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { anchor, describe, sectionRanges, TextIndex, type HighlightAnchor, type SectionRange, type TextSpan } from '../../lib/anchoring';
import { quoteSelectorOf } from '../../lib/anchoring/describe';
import { ms, ratio, table, timeMedian } from './stats';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = resolve(repoRoot, '../shared/fixtures');
const HIGHLIGHTS = 200;

interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}
type ToRange = (root: Node, selector: TextQuote) => Range | null;
type ToTextPosition = (root: Node, selector: TextQuote) => TextSpan | null;

/** The largest shared fixture (era-b-liferay.html today), or an invented page without ../shared. */
function page(): { name: string; html: string } {
  if (existsSync(fixtures)) {
    const largest = readdirSync(fixtures)
      .filter((f) => f.endsWith('.html'))
      .sort((a, b) => statSync(join(fixtures, b)).size - statSync(join(fixtures, a)).size)[0];
    if (largest) return { name: largest, html: readFileSync(join(fixtures, largest), 'utf8') };
  }
  console.log('(../shared absent: an invented page)');
  const para = (i: number) =>
    `<p>Paragraph ${i}: the ministers discussed trade, transport corridors and regional security; ` +
    `the delegation of country ${i % 17} raised questions on humanitarian aid and the ${i}th meeting.</p>`;
  return { name: 'invented', html: `<div class="text article-content">${Array.from({ length: 300 }, (_, i) => para(i)).join('\n')}</div>` };
}

/** Container and sections: the segmenter's when it finds a briefing, else the article div. */
async function article(doc: Document): Promise<{ container: Element; sections: SectionRange[] }> {
  try {
    const { segmentDocument } = await import('../../lib/adapters');
    const { result, container } = segmentDocument(doc);
    if (result.isBriefing) return { container, sections: sectionRanges(result) };
  } catch {
    // No segmenter: fall through.
  }
  return { container: doc.querySelector('div.text.article-content') ?? doc.body, sections: [] };
}

/** `count` random runs of 1–20 words (seeded: the same every run). */
function randomSpans(text: string, count: number): TextSpan[] {
  const words: TextSpan[] = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ start: m.index, end: m.index + m[0].length });
  let seed = 20260101;
  const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(next() * 20);
    const first = Math.floor(next() * (words.length - n));
    return { start: words[first]!.start, end: words[first + n - 1]!.end };
  });
}

export async function run(): Promise<void> {
  const { name, html } = page();
  const window = new Window({
    url: 'https://mid.ru/en/foreign_policy/news/1234567/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  // Some of dom-anchor-text-quote's helpers look for a global `document` when first loaded.
  const globals = globalThis as { document?: unknown };
  const hadDocument = 'document' in globals;
  globals.document = window.document;
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const { container, sections } = await article(doc);
    const textQuoteModule = 'dom-anchor-text-quote'; // untyped CommonJS module, dev-only
    const { toRange, toTextPosition } = (await import(textQuoteModule)) as { toRange: ToRange; toTextPosition: ToTextPosition };

    const index = TextIndex.build(container);
    const spans = randomSpans(index.text, HIGHLIGHTS);
    const anchors: HighlightAnchor[] = spans.map((s) => describe(index.text, sections, s));
    const quotes: TextQuote[] = anchors.map((a) => {
      const q = quoteSelectorOf(a)!;
      return { exact: q.exact, prefix: q.prefix, suffix: q.suffix };
    });
    const quoteOnly: HighlightAnchor[] = anchors.map((a) => ({ selectors: [quoteSelectorOf(a)!], section: null }));

    /** Ours, as the content script runs it: index the container once, then anchor and make Ranges. */
    const ours = (list: HighlightAnchor[]) => (): (TextSpan | null)[] => {
      const idx = TextIndex.build(container);
      return list.map((a) => {
        const r = anchor(idx.text, sections, a);
        if (r.status !== 'anchored') return null;
        idx.rangeFromSpan(r);
        return { start: r.start, end: r.end };
      });
    };
    const theirs = (): (TextSpan | null)[] =>
      quotes.map((q) => {
        const range = toRange(container, q);
        return range ? index.spanFromRange(range) : null;
      });

    const same = (a: (TextSpan | null)[], b: (TextSpan | null)[]): number =>
      a.filter((x, i) => x !== null && b[i] !== null && x.start === b[i]!.start && x.end === b[i]!.end).length;
    const oursFull = ours(anchors)();
    const oursQuote = ours(quoteOnly)();
    const theirResult = theirs();
    const right = (list: (TextSpan | null)[]): number =>
      list.filter((x, i) => x !== null && x.start === spans[i]!.start && x.end === spans[i]!.end).length;

    // The same work without DOM Ranges (happy-dom's Range.setStart walks the document, which
    // dominates both sides above): our anchor() on the text against their toTextPosition().
    const oursText = (list: HighlightAnchor[]) => () => list.map((a) => anchor(index.text, sections, a));
    const theirsText = () => quotes.map((q) => toTextPosition(container, q));

    const tFull = timeMedian(ours(anchors), 21, 3);
    const tQuote = timeMedian(ours(quoteOnly), 11, 2);
    const tTheirs = timeMedian(theirs, 5, 1);
    const tFullText = timeMedian(oursText(anchors), 21, 3);
    const tQuoteText = timeMedian(oursText(quoteOnly), 11, 2);
    const tTheirsText = timeMedian(theirsText, 5, 1);

    console.log(`anchoring: re-anchor ${HIGHLIGHTS} highlights on ${name} (${index.text.length} characters), happy-dom`);
    console.log(
      table([
        ['', 'to DOM Ranges', 'ratio', 'offsets only', 'ratio', 'on the highlighted text'],
        [
          'ours, stored anchor',
          ms(tFull),
          ratio(tTheirs, tFull),
          ms(tFullText),
          ratio(tTheirsText, tFullText),
          `${right(oursFull)}/${HIGHLIGHTS}`,
        ],
        [
          'ours, quote only',
          ms(tQuote),
          ratio(tTheirs, tQuote),
          ms(tQuoteText),
          ratio(tTheirsText, tQuoteText),
          `${right(oursQuote)}/${HIGHLIGHTS}`,
        ],
        ['dom-anchor-text-quote', ms(tTheirs), '1.0×', ms(tTheirsText), '1.0×', `${right(theirResult)}/${HIGHLIGHTS}`],
      ]),
    );
    console.log('(medians for all 200; ratio = how many times faster than dom-anchor-text-quote: toRange, then toTextPosition)');
    const identical = same(oursFull, theirResult);
    console.log(
      `identical results on the unchanged page: ${identical === HIGHLIGHTS ? 'yes' : 'no'} ` +
        `(${identical}/${HIGHLIGHTS} the same; ours quote-only vs theirs: ${same(oursQuote, theirResult)}/${HIGHLIGHTS})`,
    );
    const show = (x: TextSpan | null): string =>
      x ? JSON.stringify(index.text.slice(x.start, x.end)).slice(0, 60) + ` @${x.start}` : 'not found';
    spans.forEach((span, i) => {
      const differs = [oursFull[i], oursQuote[i], theirResult[i]].some((x) => !x || x.start !== span.start || x.end !== span.end);
      if (!differs) return;
      console.log(
        `  highlight ${i} ${show(span)}: ours ${show(oursFull[i]!)}; ours quote-only ${show(oursQuote[i]!)}; theirs ${show(theirResult[i]!)}`,
      );
    });
  } finally {
    if (hadDocument) globals.document = window.document;
    else delete globals.document;
    await window.happyDOM.close();
  }
}
