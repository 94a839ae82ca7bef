import { describe, expect, it } from 'vitest';
import { ArchiveIndex, scanSearch, sectionSearchText, snippetOf, type ArchiveFilters } from '../../../lib/archive/search';
import { buildWordIndex, prefixRange } from '../../../lib/archive/word-index';
import { matchesAllWords, queryWords } from '../../../lib/search/words';
import { generateArchive } from './generate';
import { sampleKept } from './sample';

const corpus = generateArchive(12, 3);

/** Brute force: the same rule, one section at a time. */
function naive(query: string, f: ArchiveFilters = {}): string[] {
  const out: string[] = [];
  for (const t of corpus)
    for (const s of t.sections) {
      if (!matchesAllWords(sectionSearchText(s), query)) continue;
      if (f.kind && t.kind !== f.kind) continue;
      if (f.dateFrom && !(t.header.date && t.header.date >= f.dateFrom)) continue;
      if (f.dateTo && !(t.header.date && t.header.date <= f.dateTo)) continue;
      if (f.entity && !s.entities.includes(f.entity)) continue;
      if (f.speaker && !matchesAllWords(s.speaker ?? t.header.speaker ?? '', f.speaker)) continue;
      if (f.asker && !(s.asker && matchesAllWords(s.asker, f.asker))) continue;
      out.push(`${t.key}#${s.id}`);
    }
  return out;
}

describe('archive search', () => {
  it('finds exactly what matchesAllWords finds, in Russian and English, with every filter', async () => {
    const { index } = await ArchiveIndex.build(corpus);
    const queries = [
      'министр',
      'санкци',
      'МОСКВ',
      'переговор казахстан',
      'ё',
      'sanction',
      'secur trade',
      'the',
      'zzz',
      'минист безопасн коридор',
      '',
    ];
    const filters: ArchiveFilters[] = [
      {},
      { kind: 'remarks' },
      { speaker: 'Захарова' },
      { asker: 'RIA' },
      { dateFrom: '2015-01-10', dateTo: '2015-01-20' },
      { entity: 'organization:osce' },
      { speaker: 'lavrov', entity: 'place:moscow', kind: 'briefing' },
    ];
    let nonEmpty = 0;
    for (const q of queries)
      for (const f of filters) {
        const want = naive(q, f);
        const got = index.search(q, f, 100_000);
        expect(
          got.hits.map((h) => `${h.key}#${h.sectionId}`),
          `${q} ${JSON.stringify(f)}`,
        ).toEqual(want);
        expect(got.total).toBe(want.length);
        if (want.length) nonEmpty++;
      }
    expect(nonEmpty).toBeGreaterThan(30); // the comparison is not between two empty lists
  });

  it('a hit carries its section, transcript, date, link and a marked snippet; the limit caps hits, not the total', async () => {
    const kept = [sampleKept(), sampleKept({}, 1, 'mid.ru/1900002', 'https://mid.ru/en/foreign_policy/news/1900002/')];
    const { index } = await ArchiveIndex.build(kept);
    const r = index.search('grain corrid', {}, 1);
    expect(r.total).toBe(2);
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0]).toMatchObject({
      key: 'mid.ru/1900001',
      sectionId: 'bl-grain-corridor',
      sectionTitle: 'Grain corridor',
      transcriptTitle: 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 3, 2023',
      date: '2023-03-03',
      kind: 'briefing',
      asker: 'RIA Novosti',
      link: 'https://mid.ru/en/foreign_policy/news/1900001/#bl-grain-corridor',
    });
    const snippet = r.hits[0]!.snippet;
    expect(snippet.map((p) => p.match)).toEqual(['Grain', 'corridor']);
    expect(snippet.map((p) => p.before + p.match + p.after).join('')).toContain('Grain corridor');
  });

  it('snippets: context cut at words with ellipses, nearby words joined into one passage, plain strings', () => {
    const text = `${'Долгое вступление без особого смысла, '.repeat(4)}министр провёл переговоры в Москве. ${'Затем снова длинный текст. '.repeat(6)}Санкции обсуждались.`;
    const parts = snippetOf(text, queryWords('москв министр санкци'));
    expect(parts.map((p) => p.match)).toEqual(['министр', 'Москве', 'Санкции']);
    expect(parts[0]!.before.startsWith('…')).toBe(true);
    expect(parts[0]!.after).toBe(' провёл переговоры в '); // joined with the next piece
    expect(parts[1]!.before).toBe('');
    expect(parts[2]!.before.startsWith('…')).toBe(true);
    expect(parts[2]!.after).toBe(' обсуждались.'); // the end of the text: no ellipsis
    for (const p of parts) expect(`${p.before}${p.after}`).not.toMatch(/[<>]/);
    expect(snippetOf('Короткий текст.', [])).toEqual([{ before: '', match: '', after: 'Короткий текст.' }]);
  });

  it('the index builds in slices: a yield between slices, each slice within its budget (on a fake clock)', async () => {
    let yields = 0;
    let clock = 0;
    // Each look at the clock is 1 ms of work: the driver must stop a slice at its budget.
    const report = await buildWordIndex(
      corpus.flatMap((t) => t.sections.map(sectionSearchText)),
      { sliceMs: 5, now: () => clock++, yieldTo: async () => void yields++ },
    );
    expect(report.slices).toBeGreaterThan(10);
    expect(yields).toBe(report.slices - 1);
    expect(report.longestSliceMs).toBeLessThanOrEqual(6);
    const { terms } = report.data;
    expect([...terms].sort()).toEqual(terms);
    const [a, b] = prefixRange(report.data, 'министр');
    expect(terms.slice(a, b).every((t) => t.startsWith('министр'))).toBe(true);
    expect(b - a).toBeGreaterThan(1);
    // Every posting list ascends and lists each document once.
    for (let i = 0; i < terms.length; i++)
      for (let p = report.data.starts[i]! + 1; p < report.data.starts[i + 1]!; p++)
        expect(report.data.postings[p]!).toBeGreaterThan(report.data.postings[p - 1]!);
  });

  it('an index built elsewhere (a Worker) is taken as it is; a mismatched one is refused', async () => {
    const texts = corpus.flatMap((t) => t.sections.map(sectionSearchText));
    const { data } = await buildWordIndex(texts);
    const copy = structuredClone(data); // what postMessage does
    const index = ArchiveIndex.fromData(corpus, copy);
    expect(index.search('санкци').total).toBe(naive('санкци').length);
    expect(() => ArchiveIndex.fromData(corpus.slice(1), copy)).toThrow(/documents/);
  });
});

describe('archive search before the index is ready', () => {
  it('a scan finds the same first hits as the index, stops at the limit, and says when it stopped early', async () => {
    const { index } = await ArchiveIndex.build(corpus);
    for (const [q, f] of [
      ['министр', {}],
      ['sanction', { kind: 'briefing' }],
      ['переговор казахстан', { speaker: 'Захарова' }],
    ] as const) {
      const scan = scanSearch(corpus, q, f, { limit: 5, budgetMs: Number.POSITIVE_INFINITY });
      expect(scan.hits).toEqual(index.search(q, f, 5).hits);
    }
    const all = scanSearch(corpus, 'zzzz', {}, { budgetMs: Number.POSITIVE_INFINITY });
    expect(all).toEqual({ hits: [], total: 0, complete: true });
    let clock = 0;
    const cut = scanSearch(corpus, 'zzzz', {}, { budgetMs: 3, now: () => clock++ });
    expect(cut.complete).toBe(false);
  });
});
