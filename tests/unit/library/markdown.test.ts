// @vitest-environment happy-dom
/**
 * Markdown export of the bundled sample briefing (segmented with the DOM adapter) with a few
 * hand-made highlights, against the reviewed snapshot `__snapshots__/sample-briefing.md`.
 * Set UPDATE_LIBRARY_SNAPSHOT=1 to rewrite the snapshot, then review the diff before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../../lib/adapters';
import { describe as describeSpan } from '../../../lib/anchoring/describe';
import { sectionRanges } from '../../../lib/anchoring/sections';
import { escapeInline, escapeLine, toMarkdown } from '../../../lib/library/markdown';
import { groupHighlights } from '../../../lib/library/search';
import { canonicalBriefingKey } from '../../../lib/store/canonical-url';
import type { BriefingRecord, HighlightColor, HighlightRecord } from '../../../lib/store/schema';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '../../..');
const SNAPSHOT = join(HERE, '__snapshots__/sample-briefing.md');
const URL_ = 'https://mid.ru/en/press_service/spokesman/briefings/1900001/';

function sampleBriefing(): { record: BriefingRecord; highlights: HighlightRecord[] } {
  const html = readFileSync(join(REPO, 'tests/fixtures/sample-briefing.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { result, container } = segmentDocument(doc);
  if (!result.isBriefing) throw new Error(`sample is not a briefing: ${result.reason}`);
  const text = container.textContent ?? '';
  const sections = sectionRanges(result);
  const key = canonicalBriefingKey(URL_)!;
  const record: BriefingRecord = {
    key,
    url: URL_,
    title: result.header.title,
    speaker: result.header.speaker,
    date: result.header.date,
    language: result.header.language,
    sections: result.sections.map((s) => ({ id: s.id, title: s.title })),
    entities: [],
    entityKeys: [],
    firstSeen: Date.UTC(2024, 2, 15),
    lastSeen: Date.UTC(2024, 2, 15),
  };
  const made: [string, string, HighlightColor, string, string[]][] = [
    [
      'h-osce',
      'the budget deadlock is the direct result of attempts by a group of Western countries',
      'yellow',
      'Same line as in December.\nCompare with the 2023 statement.',
      ['osce', 'budget'],
    ],
    ['h-aktau', 'transport corridors linking the Caspian ports of Aktau and Makhachkala', 'green', '', ['kazakhstan']],
    [
      'h-lavrov',
      'Foreign Minister Sergey Lavrov will hold talks in Moscow',
      'blue',
      'Заметка по-русски: *не* Markdown, <script>alert(1)</script> — просто текст.',
      [],
    ],
    [
      'h-baikonur',
      'Is a new agreement with Kazakhstan on the use of the Baikonur Cosmodrome being prepared?',
      'pink',
      '# not a heading\n\n1. not a list',
      ['q&a', 'казахстан'],
    ],
  ];
  const highlights = made.map(([id, phrase, color, note, tags], i): HighlightRecord => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`phrase not in the sample: ${phrase}`);
    const anchor = describeSpan(text, sections, { start, end: start + phrase.length });
    const created = Date.UTC(2024, 2, 15, 10, i);
    return { id, briefingKey: key, url: URL_, ...anchor, quote: phrase, color, note, tags, created, updated: created, language: 'en' };
  });
  return { record, highlights };
}

describe('Markdown export', () => {
  it('matches the reviewed snapshot for the sample briefing', () => {
    const { record, highlights } = sampleBriefing();
    expect(highlights.every((h) => h.section !== null)).toBe(true);
    const md = toMarkdown(groupHighlights({ highlights, briefings: [record] }));
    if (process.env.UPDATE_LIBRARY_SNAPSHOT || !existsSync(SNAPSHOT)) {
      writeFileSync(SNAPSHOT, md);
      if (!process.env.UPDATE_LIBRARY_SNAPSHOT) throw new Error(`snapshot written to ${SNAPSHOT}: review it and run again`);
    }
    expect(md).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('escapes what would become Markdown or HTML', () => {
    expect(escapeInline('<script>a*b_c</script> [x](y) & `z`')).toBe('\\<script\\>a\\*b\\_c\\</script\\> \\[x\\](y) \\& \\`z\\`');
    expect(escapeLine('# h')).toBe('\\# h');
    expect(escapeLine('> q')).toBe('\\> q');
    expect(escapeLine('- item')).toBe('\\- item');
    expect(escapeLine('12. item')).toBe('12\\. item');
    expect(escapeLine('Россия — 1.')).toBe('Россия — 1.');
  });

  it('writes a briefing without record or title with its fallbacks', () => {
    const h: HighlightRecord = {
      id: 'x',
      briefingKey: 'mid.ru/1',
      url: 'https://mid.ru/ru/foreign_policy/news/1234567/',
      selectors: [{ type: 'TextQuoteSelector', exact: 'цитата', prefix: '', suffix: '' }],
      section: null,
      quote: 'цитата\nвторая строка',
      color: 'yellow',
      note: '',
      tags: [],
      created: 0,
      updated: 0,
    };
    expect(toMarkdown(groupHighlights({ highlights: [h], briefings: [] }))).toBe(
      [
        '# Briefing Lens highlights',
        '',
        '## Untitled briefing',
        '',
        '- **Link:** <https://mid.ru/ru/foreign_policy/news/1234567/>',
        '',
        '### Outside the sections',
        '',
        '> цитата',
        '> вторая строка',
        '',
        '[Open in the briefing](<https://mid.ru/ru/foreign_policy/news/1234567/#bl-h-x>)',
        '',
      ].join('\n'),
    );
  });
});
