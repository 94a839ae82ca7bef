import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, csvField, exportRows, parseJsonl, toCslItems, toCsv, toJsonl, toRis } from '../../../lib/archive/export';
import { generateArchive } from './generate';
import { sampleKept } from './sample';

/** An RFC 4180 reader for the test: quoted fields with doubled quotes and line breaks, CRLF records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

/** A transcript with every awkward character a cell can hold. */
function awkward() {
  const t = sampleKept();
  t.sections[0] = {
    ...t.sections[0]!,
    title: 'Quotes "and", commas',
    text: 'Line one, with a comma\nLine two with "quotes"\r\nand a CR; =SUM(A1) 🙂',
  };
  return { ...t, version: 2, versions: 3 };
}

describe('export', () => {
  it('JSONL: one section per line, read back to the same sections with their transcript and version', () => {
    const ts = [awkward(), ...generateArchive(3, 5)];
    const text = toJsonl(ts);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(ts.reduce((n, t) => n + t.sections.length, 0));
    const rows = parseJsonl(text);
    expect(rows).toEqual(exportRows(ts));
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    const first = rows[0]!;
    expect(first).toMatchObject({
      key: 'mid.ru/1900001',
      kind: 'briefing',
      version: 2,
      versions: 3,
      section_kind: 'statement',
      section_title: 'Quotes "and", commas',
      entities: ['place:moscow'],
    });
    expect(first.text).toBe(ts[0]!.sections[0]!.text);
    expect(rows[1]).toMatchObject({
      section_kind: 'qa',
      question: 'What is the status of the grain corridor?',
      asker: 'RIA Novosti',
      speaker: 'Maria Zakharova',
      link: 'https://mid.ru/en/foreign_policy/news/1900001/#bl-grain-corridor',
    });
    // Every section of every transcript, in order.
    expect(rows.map((r) => `${r.key}#${r.section_id}`)).toEqual(ts.flatMap((t) => t.sections.map((s) => `${t.key}#${s.id}`)));
  });

  it('CSV (RFC 4180): header, one record per section, quoting that survives commas, quotes and line breaks', () => {
    const ts = [awkward(), ...generateArchive(2, 5)];
    const csv = toCsv(ts);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = readCsv(csv);
    expect(records[0]).toEqual([...EXPORT_COLUMNS]);
    const rows = exportRows(ts);
    expect(records).toHaveLength(rows.length + 1);
    records.slice(1).forEach((rec, i) => {
      expect(rec).toHaveLength(EXPORT_COLUMNS.length);
      const want = rows[i]!;
      EXPORT_COLUMNS.forEach((c, k) => {
        const v = want[c];
        expect(rec[k], c).toBe(c === 'entities' ? want.entities.join('; ') : v === null ? '' : String(v));
      });
    });
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(null)).toBe('');
  });

  it('CSL-JSON: a speech (or interview) with author, date, place, publisher and address', () => {
    const ru = sampleKept();
    ru.header = {
      ...ru.header,
      language: 'ru',
      title: 'Брифинг официального представителя МИД России М.В.Захаровой',
      speaker: 'Мария Захарова',
      place: 'Москва',
      docNumber: '1550-05-08-2021',
    };
    const [en, item] = toCslItems([sampleKept(), { ...ru, kind: 'interview' }]);
    expect(en).toEqual({
      id: 'mid.ru/1900001',
      type: 'speech',
      title: 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 3, 2023',
      author: [{ family: 'Zakharova', given: 'Maria' }],
      issued: { 'date-parts': [[2023, 3, 3]] },
      accessed: { 'date-parts': [[2023, 11, 14]] },
      URL: 'https://mid.ru/en/foreign_policy/news/1900001/',
      language: 'en',
      publisher: 'Ministry of Foreign Affairs of the Russian Federation',
      'event-place': 'Moscow',
      genre: 'Briefing transcript',
    });
    expect(item).toMatchObject({
      type: 'interview',
      author: [{ family: 'Захарова', given: 'Мария' }],
      number: '1550-05-08-2021',
      genre: 'Интервью',
    });
  });

  it('RIS: one TY…ER record per transcript, CRLF, values on one line', () => {
    const t = sampleKept();
    t.header.title = 'A title\nover two lines';
    const ris = toRis([t, sampleKept()]);
    const lines = ris.split('\r\n');
    expect(lines.filter((l) => l === 'TY  - GOVDOC')).toHaveLength(2);
    expect(lines.filter((l) => l === 'ER  - ')).toHaveLength(2);
    expect(lines.slice(0, 12)).toEqual([
      'TY  - GOVDOC',
      'TI  - A title over two lines',
      'AU  - Zakharova, Maria',
      'PY  - 2023',
      'DA  - 2023/03/03',
      'PB  - Ministry of Foreign Affairs of the Russian Federation',
      'CY  - Moscow',
      'M3  - Briefing transcript',
      'UR  - https://mid.ru/en/foreign_policy/news/1900001/',
      'Y2  - 2023/11/14',
      'LA  - en',
      'ER  - ',
    ]);
    for (const l of lines) expect(l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l)).toBe(true);
  });
});
