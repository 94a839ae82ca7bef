// @vitest-environment happy-dom
/**
 * The library page under happy-dom over a fake-indexeddb store: the windowed list, search,
 * opening a highlight, notes as text, keyboard, the briefing index, export and import.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LibraryApp, type DownloadFile } from '../../../components/library/LibraryApp';
import { libraryStringsFor } from '../../../components/library/strings';
import { readAll, readFirstScreen, readSignature, storeBackend, type LibraryBackend } from '../../../lib/library/apply';
import { groupHighlights } from '../../../lib/library/search';
import { highlightLink } from '../../../lib/library/links';
import { openStore, type Store } from '../../../lib/store/db';
import type { BriefingRecord, HighlightRecord } from '../../../lib/store/schema';
import { freshDbName, generateLibrary, seedStore } from './generate';

const strings = libraryStringsFor('en');
let host: HTMLElement;
let mounted = false;

afterEach(() => {
  if (!mounted) return;
  render(null, host);
  host.remove();
  mounted = false;
});

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the page');
    await settle(10);
  }
}

interface Mounted {
  opened: string[];
  downloads: DownloadFile[];
}

async function mount(db: Store): Promise<Mounted> {
  host = document.createElement('div');
  document.body.append(host);
  mounted = true;
  const m: Mounted = { opened: [], downloads: [] };
  await act(() => {
    render(
      <LibraryApp
        strings={strings}
        backend={storeBackend(async () => db)}
        openUrl={(u) => m.opened.push(u)}
        download={(f) => m.downloads.push(f)}
        listHeight={600}
        now={() => Date.UTC(2026, 0, 2)}
      />,
      host,
    );
  });
  await until(() => host.querySelector('[role="list"]') !== null || host.querySelector('.bl-error') !== null);
  // The first screen may hold only the newest briefings; wait for all.
  await until(() => !/^Showing the newest/.test(host.querySelector('#bl-results')?.textContent ?? ''));
  return m;
}

const rows = () => [...host.querySelectorAll('[role="listitem"]')];
const status = () => host.querySelector('#bl-results')?.textContent ?? '';

async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

function byText<T extends Element>(selector: string, text: string | RegExp): T {
  const el = [...host.querySelectorAll<T>(selector)].find((e) =>
    typeof text === 'string' ? e.textContent === text : text.test(e.textContent ?? ''),
  );
  if (!el) throw new Error(`no ${selector} with text ${text}`);
  return el;
}

describe('with 10,000 highlights', () => {
  let db: Store;
  const data = generateLibrary(10_000, 500, 11);
  const target = data.highlights[4321]!;
  target.note = 'Проверить формулировку о квадрокоптерах';
  beforeAll(async () => {
    db = await openStore(freshDbName('library-app'));
    await seedStore(db, data);
  });

  it('reads a first screen of the newest briefings without reading every highlight', async () => {
    const first = await readFirstScreen(db, 60);
    expect(first.complete).toBe(false);
    expect(first.totalHighlights).toBe(10_000);
    expect(first.snapshot.briefings).toHaveLength(500);
    expect(first.snapshot.highlights.length).toBeGreaterThanOrEqual(60);
    expect(first.snapshot.highlights.length).toBeLessThan(200);
    // Its groups are the first groups of the whole library, in the same order, complete.
    const partial = groupHighlights(first.snapshot);
    const full = groupHighlights(data).slice(0, partial.length);
    expect(partial.map((g) => [g.key, g.highlights.map((h) => h.id)])).toEqual(full.map((g) => [g.key, g.highlights.map((h) => h.id)]));
  });

  it('shows the first screen while the rest loads, with search disabled until then', async () => {
    host = document.createElement('div');
    document.body.append(host);
    mounted = true;
    await act(() => {
      render(
        <LibraryApp strings={strings} backend={storeBackend(async () => db)} openUrl={() => {}} download={() => {}} listHeight={600} />,
        host,
      );
    });
    await until(() => host.querySelector('[role="listitem"]') !== null);
    if (/^Showing the newest/.test(status())) {
      expect(host.querySelector<HTMLInputElement>('#bl-q')!.disabled).toBe(true);
      expect(status()).toBe('Showing the newest briefings; loading all 10000 highlights…');
    }
    await until(() => status() === '10000 highlights in 500 briefings');
    expect(host.querySelector<HTMLInputElement>('#bl-q')!.disabled).toBe(false);
  });

  it('renders only a window of the list, with positions in the whole list', async () => {
    await mount(db);
    const items = rows();
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(40);
    expect(items[0]!.getAttribute('aria-setsize')).toBe(String(10_000 + 500));
    expect(items[0]!.querySelector('h2')).not.toBeNull();
    expect(status()).toBe('10000 highlights in 500 briefings');
  });

  it('searches by a word of a note', async () => {
    await mount(db);
    await type(host.querySelector<HTMLInputElement>('#bl-q')!, 'квадрокоптер');
    expect(status()).toBe('1 highlight in 1 briefing');
    const names = rows().map((r) => r.querySelector('[data-primary]')!.textContent);
    expect(names).toContain(`${strings.openHighlightPrefix}${target.quote}`);
  });

  it('clears search and filters', async () => {
    await mount(db);
    await type(host.querySelector<HTMLInputElement>('#bl-q')!, 'zzzzzzzz');
    expect(status()).toBe('No highlights match.');
    await act(() => byText<HTMLButtonElement>('button', strings.clearFilters).click());
    expect(status()).toBe('10000 highlights in 500 briefings');
  });
});

describe('a small library', () => {
  let db: Store;
  const briefings: BriefingRecord[] = [1, 2, 3].map((n) => ({
    key: `mid.ru/190000${n}`,
    url: `https://mid.ru/en/press_service/spokesman/briefings/190000${n}/`,
    title: `Briefing ${n}`,
    speaker: 'Maria Zakharova',
    date: `2024-0${n}-01`,
    language: 'en',
    sections: [{ id: 's', title: 'Section' }],
    entities:
      n === 3
        ? [{ key: 'place:kazakhstan', count: 1 }]
        : [
            { key: 'organization:osce', count: n * 2 },
            { key: 'place:kazakhstan', count: 5 },
          ],
    entityKeys: n === 3 ? ['place:kazakhstan'] : ['organization:osce', 'place:kazakhstan'],
    firstSeen: n,
    lastSeen: n,
  }));
  const h = (id: string, n: number, quote: string, note: string, tags: string[] = []): HighlightRecord => ({
    id,
    briefingKey: `mid.ru/190000${n}`,
    url: `https://mid.ru/en/press_service/spokesman/briefings/190000${n}/`,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    section: { id: 's', title: 'Section', offset: 0 },
    quote,
    color: 'green',
    note,
    tags,
    created: n,
    updated: n,
  });
  const highlights = [
    h('one', 1, 'The OSCE budget', 'A note with <script>alert(1)</script> and <b>tags</b>', ['osce']),
    h('two', 2, 'Talks with Kazakhstan', 'Transport corridors note', ['kazakhstan']),
  ];
  beforeAll(async () => {
    db = await openStore(freshDbName('library-small'));
    await seedStore(db, { highlights, briefings });
  });

  it('shows notes as text, never as markup', async () => {
    await mount(db);
    const note = byText<HTMLElement>('.bl-item-note', /alert/);
    expect(note.textContent).toBe('Note: A note with <script>alert(1)</script> and <b>tags</b>');
    expect(host.querySelector('script, b')).toBeNull();
  });

  it('opens a highlight at its #bl-h- link, and a briefing at its address', async () => {
    const m = await mount(db);
    await act(() => byText<HTMLButtonElement>('.bl-item-open', 'Open in its briefing: Talks with Kazakhstan').click());
    expect(m.opened).toEqual([highlightLink(highlights[1]!)]);
    expect(m.opened[0]).toBe('https://mid.ru/en/press_service/spokesman/briefings/1900002/#bl-h-two');
    await act(() => byText<HTMLButtonElement>('.bl-group-open', 'Open briefing: Briefing 2').click());
    expect(m.opened[1]).toBe('https://mid.ru/en/press_service/spokesman/briefings/1900002/');
  });

  it('moves through the list with the arrow keys (one tab stop)', async () => {
    await mount(db);
    const primaries = () => [...host.querySelectorAll<HTMLElement>('[data-primary]')];
    expect(primaries().filter((p) => p.tabIndex === 0)).toHaveLength(1);
    primaries()[0]!.focus();
    await act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await settle();
    expect(document.activeElement).toBe(primaries()[1]);
    expect(primaries()[1]!.tabIndex).toBe(0);
    await act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    await settle();
    expect(document.activeElement).toBe(primaries()[primaries().length - 1]);
  });

  it('lists the briefings that mention an entity, with and without highlights', async () => {
    await mount(db);
    await act(() => byText<HTMLButtonElement>('[role="tab"]', 'Briefings').click());
    await type(host.querySelector<HTMLInputElement>('#bl-e-q')!, 'kazakh');
    await act(() => byText<HTMLButtonElement>('.bl-entity', /^Show briefings that mention Kazakhstan, place, /).click());
    await settle();
    expect(host.querySelector('#bl-e-res-h')!.textContent).toBe('Briefings that mention Kazakhstan (3)');
    const items = [...host.querySelectorAll('.bl-mention')].map((li) => li.textContent);
    expect(items).toEqual([
      // Same count: newest first.
      expect.stringMatching(/^Briefing 2.*5 mentions.*Show its 1 highlight$/),
      expect.stringMatching(/^Briefing 1.*5 mentions.*Show its 1 highlight$/),
      expect.stringMatching(/^Briefing 3.*1 mention.*No highlights$/),
    ]);
    // "Show highlights" filters the highlights view to that briefing.
    await act(() => byText<HTMLButtonElement>('.bl-mention button', 'Show its 1 highlight').click());
    await settle();
    expect(host.querySelector('#bl-panel-highlights')!.hasAttribute('hidden')).toBe(false);
    expect(status()).toBe('1 highlight in 1 briefing');
  });

  it('exports everything as W3C JSON and as Markdown', async () => {
    const m = await mount(db);
    await act(() => byText<HTMLButtonElement>('[role="tab"]', 'Export and import').click());
    await act(() => byText<HTMLButtonElement>('.bl-button', 'Export').click());
    expect(m.downloads[0]!.name).toBe('briefing-lens-all-2026-01-02.json');
    const json = JSON.parse(m.downloads[0]!.text);
    expect(json.type).toBe('AnnotationCollection');
    expect(json.first.items).toHaveLength(2);
    expect(json['bl:briefings']).toHaveLength(3);
    const md = byText<HTMLLabelElement>('label', /^Markdown/).querySelector('input')!;
    await act(() => md.click());
    await act(() => byText<HTMLButtonElement>('.bl-button', 'Export').click());
    expect(m.downloads[1]!.name).toBe('briefing-lens-all-2026-01-02.md');
    expect(m.downloads[1]!.text).toContain('## Briefing 2');
    expect(m.downloads[1]!.text).toContain('\\<script\\>');
  });

  it('switches views with the arrow keys on the tabs', async () => {
    await mount(db);
    const tab = (name: string) => byText<HTMLButtonElement>('[role="tab"]', name);
    tab('Highlights').focus();
    await act(() => {
      tab('Highlights').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(document.activeElement).toBe(tab('Briefings'));
    expect(tab('Briefings').getAttribute('aria-selected')).toBe('true');
    expect(host.querySelector('#bl-panel-briefings')!.hasAttribute('hidden')).toBe(false);
    expect(host.querySelector('#bl-panel-highlights')!.hasAttribute('hidden')).toBe(true);
    await act(() => {
      tab('Briefings').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(tab('Export and import').getAttribute('aria-selected')).toBe('true');
  });

  it('reloads when the page is shown again only if the database changed', async () => {
    let loads = 0;
    const base = storeBackend(async () => db);
    // Without the quick first screen, so that every read goes through `load`.
    const counting: LibraryBackend = { ...base, loadFirst: undefined, load: () => (loads++, base.load()) };
    host = document.createElement('div');
    document.body.append(host);
    mounted = true;
    await act(() => {
      render(<LibraryApp strings={strings} backend={counting} openUrl={() => {}} download={() => {}} listHeight={600} />, host);
    });
    await until(() => status() === '2 highlights in 2 briefings');
    await settle(20);
    const sig = await readSignature(db);
    expect(loads).toBe(1);
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(50);
    expect(loads).toBe(1);
    const extra = {
      ...highlights[1]!,
      id: 'three',
      quote: 'Third',
      selectors: [{ type: 'TextQuoteSelector' as const, exact: 'Third', prefix: '', suffix: '' }],
      updated: 50,
    };
    await db.put('highlights', extra);
    expect(await readSignature(db)).not.toBe(sig);
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => status() === '3 highlights in 2 briefings');
    expect(loads).toBe(2);
    await db.delete('highlights', 'three');
    expect(await readSignature(db)).toBe(sig);
  });

  it('speaks Russian in a Russian browser', async () => {
    host = document.createElement('div');
    document.body.append(host);
    mounted = true;
    const ru = libraryStringsFor('ru-RU');
    await act(() => {
      render(
        <LibraryApp strings={ru} backend={storeBackend(async () => db)} openUrl={() => {}} download={() => {}} listHeight={600} />,
        host,
      );
    });
    await until(() => status() === '2 выделения в 2 брифингах');
    expect(host.querySelector('label[for="bl-q"]')!.textContent).toBe('Поиск по выделениям');
    expect(byText<HTMLButtonElement>('[role="tab"]', 'Брифинги')).toBeTruthy();
  });

  async function chooseFile(name: string, text: string): Promise<void> {
    const input = host.querySelector<HTMLInputElement>('#bl-import-file')!;
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { configurable: true, value: [file] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => host.querySelector('.bl-preview, [role="alert"]') !== null);
  }

  it('refuses a bad file with a clear error, changing nothing', async () => {
    const before = await readAll(db);
    await mount(db);
    await act(() => byText<HTMLButtonElement>('[role="tab"]', 'Export and import').click());
    await chooseFile('bad.json', '{"oops": ');
    // Plain words first; the parser's own text only under "Technical details".
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).toBe(strings.importErrors['not-json'](''));
    expect(alert.querySelector('p')!.textContent).not.toMatch(/Unexpected|JSON\.parse|position \d/);
    expect(alert.querySelector('details')!.textContent).toMatch(/^Technical details.+/);
    expect(await readAll(db)).toStrictEqual(before);
  });

  it('previews an import (new, updated, rejected with reasons) and applies it', async () => {
    const before = await readAll(db);
    const m = await mount(db);
    await act(() => byText<HTMLButtonElement>('[role="tab"]', 'Export and import').click());
    await act(() => byText<HTMLButtonElement>('.bl-button', 'Export').click());
    const file = JSON.parse(m.downloads[0]!.text);
    // Highlight "one" has markup in its note: its own export would be rejected on import (the
    // policy in lib/library/w3c.ts); leave it out here.
    const two = file.first.items.find((a: { id: string }) => a.id.endsWith(':two'));
    two.body[0].value = 'Edited note';
    two.modified = '2030-01-01T00:00:00.000Z';
    const extra = structuredClone(two);
    extra.id = 'urn:uuid:11111111-2222-4333-8444-555555555555';
    const bad = structuredClone(two);
    bad.id = 'urn:uuid:99999999-2222-4333-8444-555555555555';
    bad.body[0].value = '<img src=x onerror=alert(1)>';
    file.first.items = [two, extra, bad];
    await chooseFile('mine.json', JSON.stringify(file));
    const table = host.querySelector('.bl-preview-table')!;
    const cells = [...table.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual(['1', '1', '0', '0', '1']); // new, updated, unchanged, older, rejected
    expect(host.querySelector('.bl-rejected')!.textContent).toBe(
      'Annotation 3 (urn:uuid:99999999-2222-4333-8444-555555555555): The note contains HTML code; notes must be plain text.',
    );
    expect(document.activeElement).toBe(host.querySelector('#bl-preview-h'));
    expect(await readAll(db)).toStrictEqual(before); // preview only
    await act(() => byText<HTMLButtonElement>('.bl-button', 'Import 2 changes').click());
    await until(() => /Imported/.test(host.querySelector('.bl-transfer:last-child [role="status"]')?.textContent ?? ''));
    const after = await readAll(db);
    expect(after.highlights).toHaveLength(3);
    expect(after.highlights.find((x) => x.id === 'two')!.note).toBe('Edited note');
    expect(after.highlights.find((x) => x.id === 'one')).toStrictEqual(before.highlights.find((x) => x.id === 'one'));
    expect(after.highlights.some((x) => x.id === '99999999-2222-4333-8444-555555555555')).toBe(false);
  });
});
