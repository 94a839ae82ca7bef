// @vitest-environment happy-dom
/**
 * The library's Archive tab under happy-dom over a fake-indexeddb store holding a small invented
 * archive: search (all words, marks in the snippet), filters, highlights in a hit, Open and Read
 * here, the version picker's word diff, the entity timeline's bars, export (JSONL re-read,
 * CSV, references), first results while the index is built by a (fake) Worker, refresh on an
 * announcement, and the tab in the library (keyboard, `#archive`).
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveView } from '../../../components/library/archive/ArchiveView';
import { archiveStringsFor } from '../../../components/library/archive-strings';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { libraryStringsFor } from '../../../components/library/strings';
import { parseJsonl } from '../../../lib/archive/export';
import { searchTexts } from '../../../lib/archive/search';
import { buildWordIndex } from '../../../lib/archive/word-index';
import { storeBackend } from '../../../lib/library/apply';
import { storeArchiveSource, versionId, type ArchiveSource } from '../../../lib/library/archive-data';
import type { ExportFile } from '../../../lib/library/archive-export';
import type { WorkerFactory, WorkerReply } from '../../../lib/library/archive-index-client';
import { ARCHIVE_CHANNEL_NAME } from '../../../lib/store/archive-broadcast';
import { openStore, type Store } from '../../../lib/store/db';
import type { HighlightRecord } from '../../../lib/store/schema';
import { keepTranscript, listLatestTranscripts, listVersions } from '../../../lib/store/transcripts';
import { BRIEFING_V1, BRIEFING_V2, INTERVIEW, NOTED, QUADCOPTERS, REMARKS_RU, TALKS } from './archive-fixtures';
import { freshDbName } from './generate';

const s = archiveStringsFor('en');
let host: HTMLElement;
let mounted = false;

afterEach(() => {
  if (!mounted) return;
  render(null, host);
  host.remove();
  mounted = false;
  history.replaceState(null, '', '/');
});

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out; status: ${status()}`);
    await settle(10);
  }
}

const status = () => host.querySelector('#bl-ar-results')?.textContent ?? '';
const hits = () => [...host.querySelectorAll<HTMLElement>('ol[aria-label="Matching sections"] > li')];
const hitTitles = () => hits().map((h) => h.querySelector('h3')!.textContent);

function byText<T extends HTMLElement>(root: ParentNode, selector: string, text: string): T {
  const el = [...root.querySelectorAll<T>(selector)].find((e) => e.textContent === text);
  if (!el) throw new Error(`no ${selector} with text ${text}`);
  return el;
}

async function setValue(el: HTMLInputElement | HTMLSelectElement, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

interface Mounted {
  opened: string[];
  downloads: ExportFile[];
}

async function mount(
  source: ArchiveSource,
  opts: { highlights?: HighlightRecord[]; makeWorker?: WorkerFactory | null } = {},
): Promise<Mounted> {
  host = document.createElement('div');
  document.body.append(host);
  mounted = true;
  const m: Mounted = { opened: [], downloads: [] };
  await act(() => {
    render(
      <ArchiveView
        strings={s}
        source={source}
        highlights={opts.highlights ?? []}
        openUrl={(u) => m.opened.push(u)}
        download={(f) => m.downloads.push(f)}
        now={() => Date.UTC(2026, 5, 1)}
        makeWorker={opts.makeWorker ?? null}
        top={<p id="top-slot">backfill here</p>}
      />,
      host,
    );
  });
  return m;
}

const ready = () => until(() => /kept transcripts?\.$/.test(status()));
const search = async (q: string) => setValue(host.querySelector<HTMLInputElement>('#bl-ar-q')!, q);

describe('the Archive tab over a small archive', () => {
  let db: Store;
  let source: ArchiveSource;
  beforeAll(async () => {
    db = await openStore(freshDbName('archive-view'));
    for (const t of [BRIEFING_V1, INTERVIEW, REMARKS_RU, BRIEFING_V2]) await keepTranscript(db, t);
    source = storeArchiveSource(async () => db);
  });

  it('has a searchbox named "Search all kept transcripts", the top slot above it, and every section when the query is empty', async () => {
    await mount(source);
    await ready();
    const box = host.querySelector<HTMLInputElement>('#bl-ar-q')!;
    expect(box.type).toBe('search');
    expect(host.querySelector(`label[for="${box.id}"]`)!.textContent).toBe('Search all kept transcripts');
    const top = host.querySelector('#top-slot')!;
    expect(top.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Newest date first, sections in page order; the newest version of the briefing (3 sections).
    expect(status()).toBe('6 sections match in 3 kept transcripts.');
    expect(hitTitles()).toEqual([
      'Санкции',
      'Arctic shipping',
      'Vienna consultations',
      'Talks in Vienna',
      'Question on quadcopters',
      'Baikonur',
    ]);
  });

  it('finds sections having every word, with the words marked as text', async () => {
    await mount(source);
    await ready();
    await search('quadcopter investigation');
    expect(status()).toBe('1 section matches in 3 kept transcripts.');
    const [hit] = hits();
    expect(hit!.querySelector('h3')!.textContent).toBe('Question on quadcopters');
    expect(hit!.querySelector('.bl-ar-hit-meta')!.textContent).toBe(
      'Briefing by Maria Zakharova, March 12, 2026 · 12 March 2026 · Briefing · asked by Question (RIA Novosti):',
    );
    expect([...hit!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['quadcopters', 'investigation']);
    await search('quadcopter geneva');
    expect(hits()).toHaveLength(0);
    expect(status()).toBe('No section matches in 3 kept transcripts.');
    await search('санкци');
    expect(hitTitles()).toEqual(['Санкции']);
    expect(hits()[0]!.querySelector('mark')!.textContent).toBe('Санкции');
  });

  it('filters by kind, speaker, asker, dates and entity', async () => {
    await mount(source);
    await ready();
    await search('vienna');
    expect(hitTitles()).toEqual(['Vienna consultations', 'Talks in Vienna', 'Question on quadcopters']);
    const kind = host.querySelector<HTMLSelectElement>('#bl-ar-kind')!;
    await setValue(kind, 'interview', 'change');
    expect(hitTitles()).toEqual(['Vienna consultations']);
    await setValue(kind, '', 'change');
    await setValue(host.querySelector<HTMLInputElement>('#bl-ar-speaker')!, 'zakharova', 'change');
    expect(hitTitles()).toEqual(['Talks in Vienna', 'Question on quadcopters']);
    await setValue(host.querySelector<HTMLInputElement>('#bl-ar-asker')!, 'ria', 'change');
    expect(hitTitles()).toEqual(['Question on quadcopters']);
    await act(() => byText<HTMLButtonElement>(host, 'button', 'Clear filters').click());
    await setValue(host.querySelector<HTMLInputElement>('#bl-ar-from')!, '2026-04-01', 'change');
    expect(hitTitles()).toEqual(['Vienna consultations']);
    await setValue(host.querySelector<HTMLInputElement>('#bl-ar-from')!, '', 'change');
    await setValue(host.querySelector<HTMLInputElement>('#bl-ar-to')!, '2026-03-31', 'change');
    expect(hitTitles()).toEqual(['Talks in Vienna', 'Question on quadcopters']);
    await act(() => byText<HTMLButtonElement>(host, 'button', 'Clear filters').click());
    await search('');
    const entity = host.querySelector<HTMLSelectElement>('#bl-ar-entity')!;
    // The picker lists the archive's entities by label, most mentioned first.
    expect([...entity.options].map((o) => o.textContent)).toEqual(['Anyone or anything', 'OSCE (2)', 'Vienna (2)', 'Arctic (1)']);
    await setValue(entity, 'organization:osce', 'change');
    expect(hitTitles()).toEqual(['Санкции', 'Question on quadcopters']);
  });

  it('shows the highlights and notes of a section in its hit, as text', async () => {
    await mount(source, { highlights: [NOTED] });
    await ready();
    await search('quadcopter');
    const marks = hits()[0]!.querySelector('.bl-ar-marks')!;
    expect(marks.querySelector('q')!.textContent).toBe('under investigation');
    expect(marks.textContent).toContain('Ask again <b>next week</b>');
    expect(marks.querySelector('b')).toBeNull();
    await search('talks');
    expect(hits()[0]!.querySelector('.bl-ar-marks')).toBeNull();
  });

  it('"Open" opens the section on the site; "Read here" shows the kept text with its version, and the other sections', async () => {
    const m = await mount(source);
    await ready();
    await search('grain corridors');
    const hit = hits()[0]!;
    expect(hit.querySelector('h3')!.textContent).toBe('Talks in Vienna');
    await act(() => byText<HTMLButtonElement>(hit, 'button', 'Open').click());
    expect(m.opened).toEqual([`${BRIEFING_V1.url}#${TALKS.id}`]);
    const readButton = byText<HTMLButtonElement>(hit, 'button', 'Read here');
    readButton.focus();
    await act(() => readButton.click());
    await until(() => host.querySelector('.bl-ar-read') !== null);
    expect(document.activeElement).toBe(host.querySelector('.bl-ar-read h3'));
    const read = host.querySelector<HTMLElement>('.bl-ar-read')!;
    expect(read.querySelector('h3')!.textContent).toBe('Talks in Vienna');
    expect([...read.querySelectorAll('article > p:not(.bl-meta)')].map((p) => p.textContent)).toEqual([
      'The delegation will hold talks in Vienna on grain corridors.',
      'The talks begin on Tuesday.',
    ]);
    expect(read.querySelector('.bl-ar-version-note')!.textContent).toBe(
      'Version 2, kept on 20 March 2026; the site last showed this text on 20 March 2026. The site may have changed it since.',
    );
    await act(() => byText<HTMLButtonElement>(read, 'button', 'Next section').click());
    expect(read.querySelector('h3')!.textContent).toBe('Question on quadcopters');
    expect(read.querySelector('.bl-ar-question')!.textContent).toBe(
      'Question (RIA Novosti): What about the quadcopter incident near the border?',
    );
    await act(() => byText<HTMLButtonElement>(read, 'button', 'Open on the site').click());
    expect(m.opened.at(-1)).toBe(`${BRIEFING_V1.url}#${QUADCOPTERS.id}`);
    await act(() => byText<HTMLButtonElement>(read, 'button', 'RIS').click());
    expect(m.downloads.at(-1)!.name).toBe('briefing-lens-mid-ru-2000001-2026-06-01.ris');
    expect(m.downloads.at(-1)!.text).toContain('TI  - Briefing by Maria Zakharova, March 12, 2026');
    await act(() => byText<HTMLButtonElement>(read, 'button', 'Back to the results').click());
    expect(hitTitles()).toEqual(['Talks in Vienna']);
    await settle(5);
    expect(document.activeElement).toBe(byText<HTMLButtonElement>(hits()[0]!, 'button', 'Read here'));
  });

  it('lists changed transcripts and shows two versions side by side with the words marked', async () => {
    await mount(source);
    await ready();
    const changed = host.querySelector<HTMLElement>('.bl-ar-changed')!;
    expect(changed.querySelectorAll('li')).toHaveLength(1);
    expect(changed.querySelector('.bl-ar-changed-title')!.textContent).toBe('Briefing by Maria Zakharova, March 12, 2026 — 12 March 2026');
    await act(() => byText<HTMLButtonElement>(changed, 'button', 'Compare versions').click());
    await until(() => changed.querySelector('table') !== null);
    expect(changed.querySelector('[role="status"]')!.textContent).toBe('1 section edited, 1 added, 0 removed.');
    const rows = [...changed.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.className)).toEqual(['bl-ar-diff-edited', 'bl-ar-diff-added']);
    const [older, newer] = [...rows[0]!.querySelectorAll('td')];
    expect([...older!.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['Monday']);
    expect(older!.querySelector('ins')).toBeNull();
    expect([...newer!.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['Tuesday']);
    expect(rows[1]!.querySelectorAll('td')[1]!.querySelector('ins')!.textContent).toContain('Baikonur agreement');
    // Any two versions: the same one on both sides has no change.
    const pickers = [...changed.querySelectorAll<HTMLSelectElement>('select')];
    expect([...pickers[0]!.options].map((o) => o.textContent)).toEqual(['Version 1, kept 12 March 2026', 'Version 2, kept 20 March 2026']);
    await setValue(pickers[0]!, '2', 'change');
    expect(changed.querySelector('[role="status"]')!.textContent).toBe('The two versions have the same text.');
  });

  it("draws an entity timeline whose bars are buttons opening the month's sections", async () => {
    const m = await mount(source);
    await ready();
    await setValue(host.querySelector<HTMLSelectElement>('#bl-ar-tl-entity')!, 'place:vienna', 'change');
    const svg = host.querySelector('svg[role="group"]')!;
    expect(svg.getAttribute('aria-label')).toBe('Sections mentioning Vienna, per month');
    const bars = [...svg.querySelectorAll<SVGElement>('[role="button"]')];
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'March 2026: 2 sections',
      'April 2026: 0 sections',
      'May 2026: 1 section',
    ]);
    expect(bars.map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1', '0']);
    const heights = bars.map((b) => Number(b.querySelector('rect')!.getAttribute('height')));
    expect(heights[0]).toBeGreaterThan(heights[2]!);
    await act(() => {
      bars[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    const month = host.querySelector<HTMLElement>('section[aria-labelledby="bl-ar-tl-month"]')!;
    expect(month.querySelector('h3')!.textContent).toBe('March 2026: sections mentioning Vienna');
    const titles = [...month.querySelectorAll('li h3')].map((h) => h.textContent);
    expect(titles).toEqual(['Talks in Vienna', 'Question on quadcopters']);
    await act(() => byText<HTMLButtonElement>(month, 'button', 'Open').click());
    expect(m.opened).toEqual([`${BRIEFING_V1.url}#${TALKS.id}`]);
  });

  it('exports the whole archive as JSONL that re-reads to the kept sections, and as CSV', async () => {
    const m = await mount(source);
    await ready();
    const exportPart = host.querySelector<HTMLElement>('section[aria-labelledby="bl-ar-export-h"]')!;
    expect(exportPart.querySelector('p')!.textContent).toBe(
      'The whole archive: 6 sections of 3 transcripts, one row per section (newest version of each).',
    );
    await act(() => byText<HTMLButtonElement>(exportPart, 'button', 'Download JSONL').click());
    await until(() => m.downloads.length === 1);
    const file = m.downloads[0]!;
    expect(file.name).toBe('briefing-lens-archive-2026-06-01.jsonl');
    const rows = parseJsonl(file.text);
    const latest = await listLatestTranscripts(db);
    expect(rows.map((r) => [r.key, r.version, r.section_id, r.text])).toEqual(
      latest.flatMap((t) => t.sections.map((sec) => [t.key, t.version, sec.id, sec.text])),
    );
    expect(rows.filter((r) => r.key === BRIEFING_V1.key).every((r) => r.versions === 2)).toBe(true);
    expect(rows.find((r) => r.key === INTERVIEW.key)!.versions).toBe(1);
    await act(() => byText<HTMLButtonElement>(exportPart, 'button', 'Download CSV').click());
    await until(() => m.downloads.length === 2);
    expect(m.downloads[1]!.text.split('\r\n')[0]!.startsWith('key,url,link,title,kind,date')).toBe(true);
    expect(exportPart.querySelector('[role="status"]')!.textContent).toBe('Saved briefing-lens-archive-2026-06-01.csv.');
  });

  it('exports the ticked transcripts as CSL-JSON and RIS', async () => {
    const m = await mount(source);
    await ready();
    const exportPart = host.querySelector<HTMLElement>('section[aria-labelledby="bl-ar-export-h"]')!;
    const csl = byText<HTMLButtonElement>(exportPart, 'button', 'CSL-JSON');
    expect(csl.disabled).toBe(true);
    await search('vienna');
    const boxes = hits().map((h) => h.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    expect(hits()[0]!.querySelector('label.bl-ar-select')!.textContent).toContain(
      'Select for references: Interview of Sergey Lavrov to TASS',
    );
    await act(() => boxes[0]!.click());
    await act(() => boxes[1]!.click());
    expect(exportPart.textContent).toContain('2 transcripts selected');
    await act(() => csl.click());
    await until(() => m.downloads.length === 1);
    const items = JSON.parse(m.downloads[0]!.text) as { title: string; type: string }[];
    expect(items.map((i) => [i.title, i.type]).sort()).toEqual([
      ['Briefing by Maria Zakharova, March 12, 2026', 'speech'],
      ['Interview of Sergey Lavrov to TASS', 'interview'],
    ]);
    expect(m.downloads[0]!.name).toBe('briefing-lens-2-transcripts-2026-06-01.csl.json');
  });
});

describe('first results and refresh', () => {
  it('shows first results and "still indexing…" while the Worker builds, then the full count', async () => {
    const db = await openStore(freshDbName('archive-worker'));
    for (const t of [BRIEFING_V1, INTERVIEW]) await keepTranscript(db, t);
    const asked: unknown[] = [];
    let reply: (() => Promise<void>) | null = null;
    // A Worker stand-in that does what archive-index.worker.ts does, when the test says so.
    const makeWorker: WorkerFactory = () => {
      const w = {
        onmessage: null as ((e: MessageEvent<WorkerReply>) => void) | null,
        onerror: null,
        terminate() {},
        postMessage(m: unknown) {
          asked.push(m);
          reply = async () => {
            const list = await listLatestTranscripts(db);
            const { data } = await buildWordIndex(searchTexts(list), { sliceMs: Number.POSITIVE_INFINITY });
            w.onmessage?.({ data: { ok: true, ids: list.map(versionId), data } } as MessageEvent<WorkerReply>);
          };
        },
      };
      return w as unknown as Worker;
    };
    await mount({ ...storeArchiveSource(async () => db), dbName: 'the-db' }, { makeWorker });
    await until(() => reply !== null && hits().length > 0);
    expect(asked).toEqual([{ dbName: 'the-db' }]);
    expect(status()).toBe('Still indexing… the first matches are shown; more may follow.');
    await search('quadcopter');
    expect(hitTitles()).toEqual(['Question on quadcopters']);
    await act(async () => reply!());
    await until(() => status() === '1 section matches in 2 kept transcripts.');
    expect(hitTitles()).toEqual(['Question on quadcopters']);
  });

  it('reads the archive again when another context announces a change', async () => {
    const db = await openStore(freshDbName('archive-refresh'));
    await keepTranscript(db, INTERVIEW);
    await mount(storeArchiveSource(async () => db));
    await ready();
    await search('sanctions санкции');
    await search('санкции');
    expect(hits()).toHaveLength(0);
    await keepTranscript(db, REMARKS_RU);
    const other = new BroadcastChannel(ARCHIVE_CHANNEL_NAME);
    other.postMessage({ type: 'transcripts-changed', key: REMARKS_RU.key });
    other.close();
    await until(() => hitTitles().join() === 'Санкции');
    expect(status()).toBe('1 section matches in 2 kept transcripts.');
  });

  it('says when nothing is kept yet', async () => {
    const db = await openStore(freshDbName('archive-empty'));
    await mount(storeArchiveSource(async () => db));
    await until(() => status() === s.empty);
    const jsonl = byText<HTMLButtonElement>(host, 'button', 'Download JSONL');
    expect(jsonl.disabled).toBe(true);
    expect((await listVersions(db, 'x')).length).toBe(0);
  });
});

describe('the Archive tab in the library', () => {
  it('is a tab after the others, reached by the keyboard and by #archive', async () => {
    const db = await openStore(freshDbName('archive-lib'));
    await keepTranscript(db, INTERVIEW);
    const strings = libraryStringsFor('en');
    const app = () => (
      <LibraryApp
        strings={strings}
        backend={storeBackend(async () => db)}
        archive={storeArchiveSource(async () => db)}
        openUrl={() => {}}
        download={() => {}}
        listHeight={600}
      />
    );
    history.replaceState(null, '', '/library.html#archive');
    host = document.createElement('div');
    document.body.append(host);
    mounted = true;
    await act(() => render(app(), host));
    const tab = host.querySelector<HTMLElement>('#bl-tab-archive')!;
    expect(tab.textContent).toBe('Archive');
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(host.querySelector<HTMLElement>('#bl-panel-archive')!.hidden).toBe(false);
    await ready();
    // Home, then End again, by the keyboard; the address follows the tab.
    await act(() => {
      tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    });
    expect(host.querySelector('#bl-tab-highlights')!.getAttribute('aria-selected')).toBe('true');
    expect(location.hash).toBe('');
    await act(() => {
      host.querySelector('#bl-tab-highlights')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(location.hash).toBe('#archive');
  });

  it('has Russian strings for every English one', () => {
    const en = archiveStringsFor('en');
    const ru = archiveStringsFor('ru-RU');
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    expect(ru.searchLabel).toBe('Поиск по всем сохранённым стенограммам');
  });
});
