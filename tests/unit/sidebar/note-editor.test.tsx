// @vitest-environment happy-dom
/**
 * The note editor keeps what is typed: a draft is written after a pause in typing and at once
 * when the editor goes away; a draft newer than the record comes back, an older one is dropped;
 * a note over the limit is refused with a message and kept whole; closing reports whether
 * anything is there ("Add note" then Close with nothing typed keeps a plain highlight).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringsFor } from '../../../components/i18n';
import { DRAFT_DELAY_MS, NoteEditor } from '../../../components/notes/NoteEditor';
import { MAX_NOTE_CHARS } from '../../../lib/store/limits';
import { memoryDrafts, type DraftStore } from '../../../lib/store/drafts';
import { highlight } from '../store/sample-records';

const strings = stringsFor('en');
let host: HTMLElement;
let drafts: DraftStore;
let closed: { empty: boolean; dirty: boolean }[];
let saved: unknown[];
const record = highlight('h1', 'mid.ru/1', { updated: 5_000 });

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  drafts = memoryDrafts();
  closed = [];
  saved = [];
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.useRealTimers();
});

async function flush(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

async function mount(r = record): Promise<void> {
  await act(() => {
    render(
      <NoteEditor
        record={r}
        strings={strings}
        focus="note"
        drafts={drafts}
        onSave={async (p) => void saved.push(p)}
        onDelete={() => undefined}
        onClose={(how) => closed.push(how)}
      />,
      host,
    );
  });
  await flush();
}

const textarea = () => host.querySelector('textarea')!;
async function type(text: string): Promise<void> {
  await act(() => {
    textarea().value = text;
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('note editor drafts', () => {
  it('writes a draft after a pause in typing, not on every key', async () => {
    await mount();
    await type('half');
    await type('half a thought');
    expect(await drafts.get('h1')).toBeNull();
    await flush(DRAFT_DELAY_MS + 50);
    expect(await drafts.get('h1')).toMatchObject({ note: 'half a thought', color: 'yellow' });
  });

  it('writes what is pending at once when closed with Esc, and says the text is there', async () => {
    await mount();
    await type('typed just before Esc');
    await act(() => {
      textarea().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(closed).toEqual([{ empty: false, dirty: true }]);
    render(null, host); // the panel closes the editor
    await flush();
    expect((await drafts.get('h1'))?.note).toBe('typed just before Esc');
  });

  it('restores a draft newer than the record, drops an older one', async () => {
    await drafts.put({ highlightId: 'h1', note: 'newer draft', tags: 'a, b', color: 'green', written: 6_000 });
    await mount();
    expect(textarea().value).toBe('newer draft');
    expect(host.textContent).toContain(strings.draftRestored);
    expect(host.querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe('a, b');
    render(null, host);
    await drafts.put({ highlightId: 'h1', note: 'older draft', tags: '', color: 'green', written: 4_000 });
    await mount();
    expect(textarea().value).toBe('');
    await flush();
    expect(await drafts.get('h1')).toBeNull();
  });

  it('drops the draft once saved', async () => {
    await mount();
    await type('keep me');
    await flush(DRAFT_DELAY_MS + 50);
    await act(() => button(strings.saveNote).click());
    await flush();
    expect(saved).toEqual([{ note: 'keep me', tags: [], color: 'yellow' }]);
    expect(await drafts.get('h1')).toBeNull();
  });

  it('refuses an over-long note with a message, keeping it whole (never cut)', async () => {
    await mount();
    const long = 'x'.repeat(MAX_NOTE_CHARS + 1);
    await type(long);
    await act(() => button(strings.saveNote).click());
    expect(saved).toEqual([]);
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(strings.noteTooLong(MAX_NOTE_CHARS + 1, MAX_NOTE_CHARS));
    expect(textarea().value.length).toBe(MAX_NOTE_CHARS + 1);
  });

  it('reports an untouched, empty editor as empty (a plain highlight stays)', async () => {
    await mount();
    await act(() => button(strings.closeNote).click());
    expect(closed).toEqual([{ empty: true, dirty: false }]);
  });
});
