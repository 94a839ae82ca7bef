// @vitest-environment happy-dom
/**
 * Working in the library: edit a note and tags in place, over-long notes refused, delete with
 * undo, copy with citation, sort, export disabled with a reason — against a fake-indexeddb store,
 * so every change is checked in the database too.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../../components/library/LibraryApp';
import { libraryStringsFor } from '../../../components/library/strings';
import { readAll, storeBackend } from '../../../lib/library/apply';
import { openStore, type Store } from '../../../lib/store/db';
import { getHighlight, updateHighlight } from '../../../lib/store/highlights';
import { highlightsBroadcast } from '../../../lib/store/broadcast';
import { MAX_NOTE_CHARS } from '../../../lib/store/limits';
import type { BriefingRecord, HighlightRecord } from '../../../lib/store/schema';
import { freshDbName, seedStore } from './generate';

const strings = libraryStringsFor('en');
let host: HTMLElement;
let db: Store;
let copied: string[];

const briefing = (n: number): BriefingRecord => ({
  key: `mid.ru/${n}`,
  url: `https://mid.ru/en/foreign_policy/news/${n}/`,
  title: `Briefing by Foreign Ministry Spokeswoman Maria Zakharova ${n}`,
  speaker: 'Maria Zakharova',
  date: `2024-03-1${n}`,
  language: 'en',
  sections: [{ id: 's', title: 'Talks in Moscow' }],
  entities: [],
  entityKeys: [],
  firstSeen: n,
  lastSeen: n,
});
const hl = (id: string, n: number, quote: string, color: HighlightRecord['color'], created: number): HighlightRecord => ({
  id,
  briefingKey: `mid.ru/${n}`,
  url: `https://mid.ru/en/foreign_policy/news/${n}/`,
  selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
  section: { id: 's', title: 'Talks in Moscow', offset: 0 },
  quote,
  color,
  note: 'first thoughts',
  tags: ['osce'],
  created,
  updated: created,
});

beforeEach(async () => {
  db = await openStore(freshDbName('library-edit'));
  await seedStore(db, {
    briefings: [briefing(1), briefing(2)],
    highlights: [hl('a', 1, 'Quote one', 'yellow', 10), hl('b', 2, 'Quote two', 'green', 5)],
  });
  host = document.createElement('div');
  document.body.append(host);
  copied = [];
  await act(() => {
    render(
      <LibraryApp
        strings={strings}
        backend={storeBackend(async () => db)}
        openUrl={() => {}}
        download={() => {}}
        copyText={async (t) => void copied.push(t)}
        listHeight={600}
      />,
      host,
    );
  });
  await until(() => status() === '2 highlights in 2 briefings');
});
afterEach(() => {
  render(null, host);
  host.remove();
  db.close();
});

async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}
async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the page');
    await settle(10);
  }
}
const status = () => host.querySelector('#bl-results')?.textContent ?? '';
const toast = () => host.querySelector('#bl-toast')?.textContent ?? '';
const rowOf = (quote: string) =>
  [...host.querySelectorAll('[role="listitem"]')].find((r) => r.querySelector('.bl-item-open')?.textContent?.endsWith(quote))!;
const button = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
async function fill(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('editing in place', () => {
  it('edits the note and tags, saves only to that record, and shows them', async () => {
    await act(() => button(rowOf('Quote one'), 'Edit').click());
    const form = rowOf('Quote one').querySelector('form')!;
    expect(document.activeElement).toBe(form.querySelector('textarea'));
    await fill(form.querySelector('textarea')!, 'second thoughts');
    await fill(form.querySelector<HTMLInputElement>('input[type="text"]')!, 'osce, vienna,  osce');
    await act(() => button(form, 'Save').click());
    await until(() => toast() === 'Saved.');
    // Focus goes back to the row, not to the page's start.
    expect(document.activeElement).toBe(rowOf('Quote one').querySelector('.bl-item-open'));
    const stored = await getHighlight(db, 'a');
    expect(stored).toMatchObject({ note: 'second thoughts', tags: ['osce', 'vienna'], color: 'yellow' });
    expect(stored!.updated).toBeGreaterThan(10);
    expect((await getHighlight(db, 'b'))!.note).toBe('first thoughts');
    expect(rowOf('Quote one').querySelector('.bl-item-note')!.textContent).toBe('Note: second thoughts');
    expect([...rowOf('Quote one').querySelectorAll('.bl-tag')].map((t) => t.textContent)).toEqual(['osce', 'vienna']);
  });

  it('refuses an over-long note with a message and keeps every character typed', async () => {
    await act(() => button(rowOf('Quote two'), 'Edit').click());
    const long = 'x'.repeat(MAX_NOTE_CHARS + 1);
    await fill(rowOf('Quote two').querySelector('textarea')!, long);
    await act(() => button(rowOf('Quote two').querySelector('form')!, 'Save').click());
    await until(() => rowOf('Quote two').querySelector('[role="alert"]') !== null);
    expect(rowOf('Quote two').querySelector('[role="alert"]')!.textContent).toMatch(
      /^The note is 100,001 characters long; at most 100,000 can be kept\. Nothing was cut/,
    );
    expect(rowOf('Quote two').querySelector('textarea')!.value).toBe(long);
    expect((await getHighlight(db, 'b'))!.note).toBe('first thoughts');
  });

  it('Esc closes the editor but keeps what was typed for the next Edit; Cancel drops it', async () => {
    await act(() => button(rowOf('Quote one'), 'Edit').click());
    await fill(rowOf('Quote one').querySelector('textarea')!, 'draft in progress');
    await act(() => {
      rowOf('Quote one')
        .querySelector('textarea')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(rowOf('Quote one').querySelector('form')).toBeNull();
    await act(() => button(rowOf('Quote one'), 'Edit').click());
    expect(rowOf('Quote one').querySelector('textarea')!.value).toBe('draft in progress');
    await act(() => button(rowOf('Quote one').querySelector('form')!, 'Cancel').click());
    await act(() => button(rowOf('Quote one'), 'Edit').click());
    expect(rowOf('Quote one').querySelector('textarea')!.value).toBe('first thoughts');
    expect((await getHighlight(db, 'a'))!.note).toBe('first thoughts');
  });
});

describe('delete with undo', () => {
  it('deletes from the database and the list, and Undo puts it back as it was', async () => {
    const before = await getHighlight(db, 'b');
    await act(() => button(rowOf('Quote two'), 'Delete').click());
    await until(() => status() === '1 highlight in 1 briefing');
    expect(await getHighlight(db, 'b')).toBeNull();
    expect(toast()).toBe('Highlight deleted.Undo');
    expect(document.activeElement?.textContent).toBe('Undo');
    await act(() => button(host.querySelector('#bl-toast')!, 'Undo').click());
    await until(() => status() === '2 highlights in 2 briefings');
    expect(await getHighlight(db, 'b')).toEqual(before);
    expect(toast()).toBe('Highlight restored.');
    expect(document.activeElement).toBe(rowOf('Quote two').querySelector('.bl-item-open'));
  });
});

describe('copy with citation', () => {
  it('copies the quote with speaker, briefing, date, section and link, plain and Markdown', async () => {
    await act(() => button(rowOf('Quote one'), 'Copy with citation').click());
    await until(() => toast() === strings.copied);
    expect(copied[0]).toBe(
      '“Quote one”\n— Maria Zakharova, Briefing by Foreign Ministry Spokeswoman Maria Zakharova 1, 11 March 2024. Section: “Talks in Moscow”.\nhttps://mid.ru/en/foreign_policy/news/1/#bl-h-a\n',
    );
    await act(() => button(rowOf('Quote one'), 'Copy as Markdown').click());
    await until(() => copied.length === 2);
    expect(copied[1]).toMatch(
      /^> Quote one\n>\n> — \*\*Maria Zakharova\*\*, \[Briefing by .+ 1\]\(<https:\/\/mid\.ru\/en\/foreign_policy\/news\/1\/#bl-h-a>\), 11 March 2024\./,
    );
  });
});

describe('sort', () => {
  it('orders by briefing, newest highlight, or colour, and names the list for it', async () => {
    const order = () =>
      [...host.querySelectorAll('[role="listitem"]')].map(
        (r) => r.querySelector('.bl-item-open, .bl-group-open, .bl-colour-heading')!.textContent,
      );
    expect(order()).toEqual([
      'Open briefing: Briefing by Foreign Ministry Spokeswoman Maria Zakharova 2',
      'Open in its briefing: Quote two',
      'Open briefing: Briefing by Foreign Ministry Spokeswoman Maria Zakharova 1',
      'Open in its briefing: Quote one',
    ]);
    const sort = host.querySelector<HTMLSelectElement>('#bl-sort')!;
    await act(() => {
      sort.value = 'newest';
      sort.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(order()).toEqual(['Open in its briefing: Quote one', 'Open in its briefing: Quote two']);
    expect(host.querySelector('[role="list"]')!.getAttribute('aria-label')).toBe('Highlights, newest first');
    await act(() => {
      sort.value = 'colour';
      sort.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(order()).toEqual(['Yellow (1)', 'Open in its briefing: Quote one', 'Green (1)', 'Open in its briefing: Quote two']);
  });
});

describe('export', () => {
  it('is disabled with a reason when the choice holds no highlight', async () => {
    const q = host.querySelector<HTMLInputElement>('#bl-q')!;
    await fill(q, 'zzzzzz');
    await settle();
    await act(() =>
      [...host.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent === 'Export and import')!.click(),
    );
    const exportButton = () => button(host.querySelector('#bl-panel-transfer')!, 'Export');
    expect(exportButton().disabled).toBe(false); // everything: 2 highlights
    const results = [...host.querySelectorAll<HTMLInputElement>('input[name="bl-scope"]')][1]!;
    await act(() => {
      results.checked = true;
      results.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(exportButton().disabled).toBe(true);
    const why = host.querySelector(`#${exportButton().getAttribute('aria-describedby')}`)!;
    expect(why.textContent).toBe('Nothing to export: no highlight matches the current search and filters.');
    expect((await readAll(db)).highlights).toHaveLength(2);
  });
});

describe('changes made elsewhere', () => {
  it('reloads when another extension context announces a change, and shows it', async () => {
    // Another context (the sidebar frame) edits a note and announces it on the channel.
    await updateHighlight(db, 'b', { note: 'edited in the sidebar' });
    const sidebar = highlightsBroadcast();
    sidebar.announce('mid.ru/2', ['b']);
    await until(() => rowOf('Quote two').querySelector('.bl-item-note')?.textContent === 'Note: edited in the sidebar');
    sidebar.close();
  });
});
