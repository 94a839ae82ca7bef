// @vitest-environment happy-dom
/**
 * The sidebar shell under happy-dom over fake services: the copy toast (role=status, at the top,
 * outside the scrolling list), the first-run hint (dismissed for good), the shortcuts panel
 * (`?` and its button), the folding header card (remembered) with its date in the UI language,
 * all-words search with previous / next and "N of M", and the collapsed strip's note count.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../components/App';
import { stringsFor, type Strings } from '../../../components/i18n';
import { textToBlocks } from '../../../lib/adapters/text';
import type { Briefing } from '../../../lib/briefing/model';
import type { SearchHit } from '../../../lib/briefing/search';
import { DEFAULT_SETTINGS, type SettingsStore, type SidebarSettings } from '../../../lib/page/settings';
import type { NotesService, NotesSnapshot } from '../../../lib/sidebar/notes-service';
import type { SidebarServices } from '../../../lib/sidebar/services';
import { memoryDrafts } from '../../../lib/store/drafts';
import { segment } from '../../../lib/segment';
import { highlight } from '../store/sample-records';

const TEXT = [
  'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 14, 2024',
  'Table of contents',
  '1. Visit of the Kazakh minister',
  'Answers to media questions:',
  '1. Grain corridor',
  'Visit of the Kazakh minister',
  'Foreign Minister Sergey Lavrov will hold talks in Moscow with the Foreign Minister of Kazakhstan.',
  'Back to top',
  'Answers to media questions:',
  'Question: What is the status of the grain corridor?',
  'Maria Zakharova: Moscow has said everything about the grain corridor already.',
  'Back to top',
].join('\n');

function briefing(): Briefing<null> {
  const r = segment(textToBlocks(TEXT));
  if (!r.isBriefing) throw new Error('not recognised');
  return { ...r, blocks: r.blocks.map((b) => ({ ...b, node: null })) } as unknown as Briefing<null>;
}

let host: HTMLElement;
let saved: Partial<SidebarSettings>[];
let copied: string[];
let painted: { hits: SearchHit[]; active: number | null }[];

function fakeNotes(count: number): NotesService {
  const snap: NotesSnapshot = {
    anchored: Array.from({ length: count }, (_, i) => ({ record: highlight(`h${i}`, 'mid.ru/1'), anchored: true, at: i, section: 0 })),
    orphans: [],
    pending: false,
    error: null,
  };
  const subscribe: NotesService['subscribe'] = (fn) => {
    fn(snap);
    return () => true;
  };
  return { subscribe } as unknown as NotesService;
}

function services(notes: NotesService | null): SidebarServices {
  const none = () => () => undefined;
  return {
    briefing: briefing(),
    pageUrl: 'https://mid.ru/en/press_service/spokesman/briefings/1/',
    nav: { jump: () => undefined, onSection: none, onCommand: none },
    search: { paint: (hits, active) => void painted.push({ hits, active }) },
    entities: { canPaint: true, index: () => new Promise(() => undefined), show: () => undefined, walk: () => undefined },
    notes,
    drafts: memoryDrafts(),
    onNotesRequest: none,
    watchNotesRequests: none,
    shell: {
      dock: () => undefined,
      startResize: () => undefined,
      copy: async (t) => (copied.push(t), true),
      savePage: () => undefined,
      openLibrary: () => undefined,
      focusPage: () => undefined,
    },
  };
}

const settings: SettingsStore = {
  load: async () => DEFAULT_SETTINGS,
  save: async (p) => void saved.push(p),
};

async function mount(opts: { initial?: Partial<SidebarSettings>; strings?: Strings; notes?: NotesService | null } = {}): Promise<void> {
  await act(() => {
    render(
      <App
        services={services(opts.notes ?? null)}
        strings={opts.strings ?? stringsFor('en')}
        initial={{ ...DEFAULT_SETTINGS, ...opts.initial }}
        settings={settings}
      />,
      host,
    );
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20)); // the contents' second pass (actions)
  });
}

const byLabel = (label: string) => host.querySelector<HTMLElement>(`[aria-label="${label}"]`);
const byText = (text: string) => [...host.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === text);
const click = (el: HTMLElement | null | undefined) => act(() => el!.click());

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  saved = [];
  copied = [];
  painted = [];
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('sidebar shell', () => {
  it('confirms a copy in a status at the top of the sidebar, outside the scrolling list', async () => {
    await mount();
    const cite = host.querySelector<HTMLElement>('[aria-label^="Copy citation of "]');
    await click(cite);
    await act(async () => undefined);
    expect(copied).toHaveLength(1);
    const status = [...host.querySelectorAll('[role="status"]')].find((s) => s.textContent?.includes('Copied to the clipboard'));
    expect(status).toBeTruthy();
    expect(status!.closest('.bl-head')).not.toBeNull();
    expect(status!.closest('.bl-body')).toBeNull();
  });

  it('shows the first-run hint until dismissed, and remembers the dismissal', async () => {
    await mount();
    expect(host.textContent).toContain('Select text on the page to highlight it · press ? for shortcuts');
    await click(byLabel('Dismiss this hint'));
    expect(host.textContent).not.toContain('Select text on the page');
    expect(saved).toContainEqual({ hintDismissed: true });
    render(null, host);
    await mount({ initial: { hintDismissed: true } });
    expect(host.textContent).not.toContain('Select text on the page');
  });

  it('opens the shortcuts panel with ? and with its button', async () => {
    await mount();
    const entry = host.querySelector<HTMLElement>('.bl-toc-entry')!;
    await act(() => void entry.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true })));
    const dialog = host.querySelector('[role="dialog"]');
    expect(dialog?.textContent).toContain('Alt+Shift+B');
    expect(dialog?.textContent).toContain('Ctrl+Enter / Esc');
    await act(() => void dialog!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(host.querySelector('[role="dialog"]')).toBeNull();
    await click(byLabel('Keyboard shortcuts'));
    expect(host.querySelector('[role="dialog"]')).not.toBeNull();
  });

  it('folds the header card (remembered) and writes its date in the UI language', async () => {
    await mount();
    expect(host.querySelector('.bl-facts')?.textContent).toContain('14 March 2024');
    await click(byLabel('Hide briefing details'));
    expect(host.querySelector<HTMLElement>('.bl-facts')!.hidden).toBe(true);
    expect(saved).toContainEqual({ headerFolded: true });
    render(null, host);
    await mount({ strings: stringsFor('ru'), initial: { headerFolded: false } });
    expect(host.querySelector('.bl-facts')?.textContent).toContain('14 марта 2024 г.');
  });

  it('searches all words in any order, with previous / next and "N of M"', async () => {
    await mount();
    const box = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(() => {
      box.value = 'talks Moscow';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const marks = [...host.querySelectorAll('.bl-snippet mark')].map((m) => m.textContent);
    expect(marks).toEqual(['talks', 'Moscow']);
    await click(byLabel('Next match'));
    expect(host.querySelector('.bl-search-summary')?.textContent).toContain('Match 1 of');
    await click(byLabel('Previous match'));
    const last = painted[painted.length - 1];
    expect(last.active).toBe(last.hits.length - 1);
    expect(host.querySelector('.bl-search-summary')?.textContent).toContain(`Match ${last.hits.length} of ${last.hits.length}`);
  });

  it('the collapsed strip shows its label and this page’s highlight count', async () => {
    await mount({ initial: { open: false }, notes: fakeNotes(3) });
    expect(byLabel('Open Briefing Lens')).not.toBeNull();
    expect(host.querySelector('.bl-strip')?.textContent).toBe('Briefing Lens3');
    expect(host.textContent).toContain('3 highlights on this page');
  });
});
