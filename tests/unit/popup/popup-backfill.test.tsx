// @vitest-environment happy-dom
/** The popup's backfill offer on a listing page: the count in the button, the addresses handed over, in English and Russian. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup, type BackfillProgress, type PopupProps, type PopupTab } from '../../../components/Popup';
import { popupStringsFor } from '../../../components/popup-strings';

const URLS = [1, 2, 3].map((i) => `https://mid.ru/en/press_service/spokesman/briefings/190020${i}/`);
const LISTING: PopupTab = { kind: 'ministry', status: { detected: false, state: 'not-briefing' } };

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

async function show(listed: string[], lang = 'en', addListed = async (_urls: string[]) => {}, watchBackfill?: PopupProps['watchBackfill']) {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    render(
      <Popup
        strings={popupStringsFor(lang)}
        loadTab={async () => LISTING}
        toggleSidebar={async () => {}}
        savePage={async () => {}}
        loadListing={async () => listed}
        addListed={addListed}
        watchBackfill={watchBackfill}
      />,
      host,
    );
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}
const offer = () => [...host.querySelectorAll('button')].find((b) => /archive|архив/.test(b.textContent ?? ''));

describe('popup: add the listed transcripts', () => {
  it('offers the N listed transcripts and hands their addresses over', async () => {
    const handed: string[][] = [];
    await show(URLS, 'en', async (urls) => void handed.push(urls));
    expect(offer()?.textContent).toBe('Add the 3 transcripts listed here to the archive');
    await act(async () => {
      offer()!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(handed).toEqual([URLS]);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('The library adds them now, one page every 2 seconds.');
  });

  it('says why when the extension refuses', async () => {
    await show(URLS, 'en', async () => {
      throw new Error('A backfill is already under way (1 of 3): finish or cancel it in the library first');
    });
    await act(async () => {
      offer()!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(host.querySelector('[role="status"]')!.textContent).toMatch(/^Not started: A backfill is already under way/);
  });

  it('offers nothing on a page that lists no transcripts', async () => {
    await show([]);
    expect(offer()).toBeUndefined();
  });

  it('in Russian, with the noun agreeing with the number', async () => {
    await show(URLS, 'ru');
    expect(offer()?.textContent).toBe('Добавить в архив 3 стенограммы из этого списка');
    render(null, host);
    host.remove();
    await show(URLS.slice(0, 1), 'ru');
    expect(offer()?.textContent).toBe('Добавить в архив 1 стенограмму из этого списка');
    render(null, host);
    host.remove();
    await show(
      Array.from({ length: 5 }, (_, i) => `https://mid.ru/en/foreign_policy/news/190030${i}/`),
      'ru',
    );
    expect(offer()?.textContent).toBe('Добавить в архив 5 стенограмм из этого списка');
  });

  it('follows an open backfill job', async () => {
    let tell!: (p: BackfillProgress | null) => void;
    let stopped = false;
    await show(URLS, 'en', undefined, (listener) => {
      tell = listener;
      return () => void (stopped = true);
    });
    const meta = () => [...host.querySelectorAll('.bl-popup-meta')].map((p) => p.textContent);
    expect(meta()).toEqual([]);
    act(() => tell({ next: 1, total: 3, status: 'running' }));
    expect(meta()).toEqual(['Adding listed transcripts to the archive: 1 of 3']);
    act(() => tell({ next: 1, total: 3, status: 'stopped' }));
    expect(meta()).toEqual(['Adding listed transcripts to the archive: 1 of 3 (stopped; see the library)']);
    act(() => tell(null));
    expect(meta()).toEqual([]);
    act(() => render(null, host));
    expect(stopped).toBe(true);
    host.remove();
    await show(URLS, 'ru', undefined, (listener) => {
      listener({ next: 2, total: 3, status: 'paused' });
      return () => {};
    });
    expect(meta()).toEqual(['Стенограммы из списка добавляются в архив: 2 из 3 (пауза; продолжить можно в библиотеке)']);
  });
});
