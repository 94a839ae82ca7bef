// @vitest-environment happy-dom
/** The toolbar popup: what it says about the tab, with and without the sidebar's state and note count. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup, type PopupTab, type PopupTabStatus } from '../../../components/Popup';
import { popupStringsFor } from '../../../components/popup-strings';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

async function show(tab: PopupTab, counted: number | null = null, lang = 'en'): Promise<{ toggled: number; saved: number }> {
  host = document.createElement('div');
  document.body.append(host);
  const calls = { toggled: 0, saved: 0 };
  await act(async () => {
    render(
      <Popup
        strings={popupStringsFor(lang)}
        loadTab={async () => tab}
        countNotes={async () => counted}
        toggleSidebar={async () => void calls.toggled++}
        savePage={async () => void calls.saved++}
      />,
      host,
    );
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return calls;
}

const briefing = (extra: Partial<PopupTabStatus & { detected: true }> = {}): PopupTab => ({
  kind: 'ministry',
  status: { detected: true, title: 'Briefing by Maria Zakharova', statements: 4, pairs: 9, language: 'en', ...extra } as PopupTabStatus,
});
const buttons = () => [...host.querySelectorAll('button')].map((b) => b.textContent);

describe('popup', () => {
  it('says what the toggle will do, from the sidebar’s reported state', async () => {
    await show(briefing({ sidebarOpen: false, noteCount: 3, date: '2024-03-14' }));
    expect(buttons()[0]).toBe('Open the sidebar');
    expect(host.textContent).toContain('The sidebar is closed.');
    expect(host.textContent).toContain('3 highlights and notes on this briefing');
    expect(host.textContent).toContain('14 March 2024');
    render(null, host);
    host.remove();
    await show(briefing({ sidebarOpen: true, noteCount: 1 }));
    expect(buttons()[0]).toBe('Close the sidebar');
    expect(host.textContent).toContain('1 highlight or note on this briefing');
  });

  it('renders gracefully when the page reports neither, counting notes from the database', async () => {
    const calls = await show(briefing(), 2);
    expect(buttons()[0]).toBe('Open or close the sidebar');
    expect(host.textContent).toContain('2 highlights and notes on this briefing');
    expect(host.textContent).not.toMatch(/sidebar is (open|closed)/);
    await act(() => host.querySelector<HTMLButtonElement>('.bl-popup-primary')!.click());
    expect(calls.toggled).toBe(1);
  });

  it('offers "Save this page for a report" as a secondary link, never the main button', async () => {
    const calls = await show({ kind: 'ministry', status: { detected: false, state: 'not-briefing' } });
    expect(host.querySelector('.bl-popup-primary')).toBeNull();
    const save = host.querySelector<HTMLButtonElement>('.bl-popup-link')!;
    expect(save.textContent).toBe('Save this page for a report');
    await act(async () => save.click());
    expect(calls.saved).toBe(1);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Saved to your downloads.');
  });

  it('speaks Russian in a Russian browser', async () => {
    await show(briefing({ sidebarOpen: false, date: '2024-03-14' }), 0, 'ru-RU');
    expect(buttons()[0]).toBe('Открыть панель');
    expect(host.textContent).toContain('14 марта 2024 г.');
    expect(host.textContent).toContain('На этом брифинге пока нет выделений и заметок.');
  });

  it('says what the extension is for elsewhere', async () => {
    await show({ kind: 'elsewhere' });
    expect(host.textContent).toContain('works on the Russian Foreign Ministry’s briefing pages');
    expect(host.querySelector('.bl-popup-link')).toBeNull();
  });
});
