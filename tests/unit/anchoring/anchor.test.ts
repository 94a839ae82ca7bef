/**
 * Describe and re-anchor on an invented briefing (always runs, needs no shared fixtures): the
 * cascade's steps, what it must refuse, and its robustness to odd input.
 */
import { describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describe, positionSelectorOf, quoteSelectorOf, sectionRefAt, trimSpan } from '../../../lib/anchoring/describe';
import { sectionRanges } from '../../../lib/anchoring/sections';
import type { HighlightAnchor, SectionRange } from '../../../lib/anchoring/types';

const TOC = 'Table of contents\n  Talks with the Foreign Minister of Kazakhstan\n  Humanitarian aid to Afghanistan\n';
const S1 =
  'Talks with the Foreign Minister of Kazakhstan\n' +
  '  On November 22, Sergey Lavrov will hold talks with the Foreign Minister of Kazakhstan in Moscow. ' +
  'The ministers will discuss bilateral trade, transport corridors and regional security.\n  Back to top\n';
const S2 =
  'Humanitarian aid to Afghanistan\n' +
  '  Russia will deliver about 36 tonnes of food and medicine to Kabul in the coming days. ' +
  'The cargo will be distributed with the help of the World Food Programme.\n  Back to top\n';
const TEXT = TOC + S1 + S2;

/** Sections as the segmenter gives them: the TOC belongs to none. */
function sectionsOf(text: string): SectionRange[] {
  const s1 = text.indexOf('Talks with the Foreign Minister of Kazakhstan\n  On');
  const s2 = text.indexOf('Humanitarian aid to Afghanistan\n  Russia');
  return [
    { id: 'bl-talks', title: 'Talks with the Foreign Minister of Kazakhstan', start: s1, end: s2 },
    { id: 'bl-aid', title: 'Humanitarian aid to Afghanistan', start: s2, end: text.length },
  ];
}

const SECTIONS = sectionsOf(TEXT);

function describeQuote(quote: string, occurrence = 0, text = TEXT): HighlightAnchor {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote}`);
  return describe(text, sectionsOf(text), { start: at, end: at + quote.length });
}

function landed(text: string, a: HighlightAnchor): string | null {
  const r = anchor(text, sectionsOf(text), a);
  return r.status === 'anchored' ? text.slice(r.start, r.end) : null;
}

suite('describe', () => {
  it('stores W3C selectors, 32 characters of context and the section with its offset', () => {
    const start = TEXT.indexOf('bilateral trade');
    const a = describe(TEXT, SECTIONS, { start, end: start + 15 });
    expect(quoteSelectorOf(a)).toEqual({
      type: 'TextQuoteSelector',
      exact: 'bilateral trade',
      prefix: TEXT.slice(start - 32, start),
      suffix: TEXT.slice(start + 15, start + 47),
    });
    expect(positionSelectorOf(a)).toEqual({ type: 'TextPositionSelector', start, end: start + 15 });
    expect(a.section).toEqual({
      id: 'bl-talks',
      title: 'Talks with the Foreign Minister of Kazakhstan',
      offset: start - SECTIONS[0]!.start,
    });
  });

  it('has no section outside every section (the TOC), shorter context at the edges', () => {
    const a = describe(TEXT, SECTIONS, { start: 0, end: 17 });
    expect(a.section).toBeNull();
    expect(quoteSelectorOf(a)!.prefix).toBe('');
    expect(sectionRefAt(SECTIONS, TEXT.length)).toBeNull();
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => describe(TEXT, SECTIONS, { start: 5, end: 5 })).toThrow(RangeError);
    expect(() => describe(TEXT, SECTIONS, { start: -1, end: 5 })).toThrow(RangeError);
    expect(() => describe(TEXT, SECTIONS, { start: 0, end: TEXT.length + 1 })).toThrow(RangeError);
  });

  it('trims whitespace a mouse selection drags in', () => {
    const start = TEXT.indexOf('\n  Back to top');
    expect(trimSpan(TEXT, { start, end: start + 14 })).toEqual({ start: start + 3, end: start + 14 });
    expect(trimSpan(TEXT, { start: 17, end: 20 })).toBeNull();
  });
});

suite('anchor: the cascade', () => {
  it('an unchanged page: the stored position, at once', () => {
    const a = describeQuote('transport corridors');
    expect(anchor(TEXT, SECTIONS, a)).toMatchObject({ status: 'anchored', method: 'position', score: 1 });
  });

  it('text moved: the exact quote in its section, even when the quote recurs', () => {
    const a = describeQuote('Back to top', 1); // the second "Back to top", in the aid section
    const moved = 'A new introductory paragraph was added at the top of the page.\n' + TEXT;
    const r = anchor(moved, sectionsOf(moved), a);
    expect(r).toMatchObject({ status: 'anchored', method: 'section-quote' });
    const second = moved.indexOf('Back to top', moved.indexOf('Back to top') + 1);
    expect(r.status === 'anchored' && r.start).toBe(second);
  });

  it('no section recorded (the TOC): the exact quote anywhere, the TOC entry and not its heading', () => {
    const a = describeQuote('Humanitarian aid to Afghanistan', 0); // in the TOC
    const moved = 'Briefing.\n' + TEXT;
    const r = anchor(moved, sectionsOf(moved), a);
    expect(r).toMatchObject({ status: 'anchored', method: 'quote' });
    expect(r.status === 'anchored' && r.start).toBe(moved.indexOf('Humanitarian aid to Afghanistan'));
  });

  it('a word changed inside the quote: fuzzy, on the edited text', () => {
    const a = describeQuote('Russia will deliver about 36 tonnes of food and medicine to Kabul');
    const edited = TEXT.replace('about 36 tonnes', 'nearly 36 tonnes');
    const r = anchor(edited, sectionsOf(edited), a);
    expect(r).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    expect(landed(edited, a)).toBe('Russia will deliver nearly 36 tonnes of food and medicine to Kabul');
  });

  it('a word inserted inside a short quote: the words between intact context', () => {
    const a = describeQuote('bilateral trade');
    const edited = TEXT.replace('bilateral trade', 'bilateral and regional trade');
    expect(landed(edited, a)).toBe('bilateral and regional trade');
  });

  it('works without a section list or position (an imported annotation)', () => {
    const a = describeQuote('World Food Programme');
    const bare: HighlightAnchor = { selectors: [quoteSelectorOf(a)!], section: null };
    expect(anchor(TEXT, [], bare)).toMatchObject({ status: 'anchored', method: 'quote' });
  });
});

suite('anchor: what it must refuse', () => {
  it('the quote deleted: an orphan, not another place', () => {
    const a = describeQuote('transport corridors and ');
    const edited = TEXT.replace('bilateral trade, transport corridors and regional security', 'the weather');
    expect(anchor(edited, sectionsOf(edited), a).status).toBe('orphan');
  });

  it('a heading rewritten: never its twin in the TOC', () => {
    const a = describeQuote('Humanitarian aid to Afghanistan', 1); // the heading, in its section
    const edited = TEXT.replace('Humanitarian aid to Afghanistan\n  Russia', 'Food for Kabul\n  Russia');
    expect(anchor(edited, sectionsOf(edited), a).status).toBe('orphan');
  });

  it('a short quote is only ever found exactly ("top" is not "to")', () => {
    const a = describeQuote('top', 0);
    const edited = TEXT.replace('Back to top\nHumanitarian', 'Back to\nHumanitarian');
    expect(edited).not.toBe(TEXT);
    expect(anchor(edited, sectionsOf(edited), a).status).toBe('orphan');
  });

  it('a repeated phrase whose own copy is gone: not another copy of it', () => {
    const a = describeQuote('Back to top', 0); // the first one, in the talks section
    const edited = TEXT.replace('regional security.\n  Back to top\n', 'regional security.\n');
    expect(anchor(edited, sectionsOf(edited), a).status).toBe('orphan');
  });

  it('invalid anchors are orphans, odd input never throws', () => {
    expect(anchor(TEXT, SECTIONS, { selectors: [], section: null })).toEqual({ status: 'orphan', reason: 'invalid' });
    expect(
      anchor(TEXT, SECTIONS, { selectors: [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }], section: null }),
    ).toEqual({ status: 'orphan', reason: 'invalid' });
    const a = describeQuote('Kabul');
    const odd: HighlightAnchor = {
      selectors: [quoteSelectorOf(a)!, { type: 'TextPositionSelector', start: 1e9, end: -4 }],
      section: { id: 'no-such-section', title: null, offset: -7 },
    };
    expect(() => anchor(TEXT, SECTIONS, odd)).not.toThrow();
    expect(anchor('', [], a).status).toBe('orphan');
    // A nonsense position is no hint at all: a short quote is then only trusted exactly where
    // it was, so this one is an orphan; it never lands anywhere but on "Kabul".
    const r = anchor(TEXT, SECTIONS, odd);
    expect(r.status === 'orphan' || TEXT.slice(r.start, r.end) === 'Kabul').toBe(true);
  });
});

suite('sectionRanges', () => {
  it('spans each section from its first to its last block with offsets', () => {
    const blocks = [{ start: 0, end: 10 }, { start: 12, end: 30 }, {}, { start: 35, end: 50 }];
    const sections = [
      { id: 'a', title: 'A', span: { start: 0, end: 2 } },
      { id: 'b', title: null, span: { start: 2, end: 4 } },
      { id: 'c', title: 'empty', span: { start: 2, end: 3 } },
    ];
    expect(sectionRanges({ blocks, sections } as never)).toEqual([
      { id: 'a', title: 'A', start: 0, end: 30 },
      { id: 'b', title: null, start: 35, end: 50 },
    ]);
  });
});
