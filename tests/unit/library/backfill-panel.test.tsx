// @vitest-environment happy-dom
/** The backfill panel: progress bar, "N of M", the buttons each state offers, the stop message, in English and Russian. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { BackfillPanel } from '../../../components/library/BackfillPanel';
import { backfillStringsFor } from '../../../components/library/backfill-strings';
import { newJob, type BackfillJob } from '../../../lib/library/backfill-job';
import type { BackfillController, JobView } from '../../../lib/library/backfill-runner';

const URLS = [1, 2, 3].map((i) => `https://mid.ru/en/press_service/spokesman/briefings/190020${i}/`);

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

/** A controller whose view the test sets, recording the buttons pressed. */
function fakeController(view: JobView) {
  let current = view;
  const listeners = new Set<() => void>();
  const pressed: string[] = [];
  const c: Pick<BackfillController, 'view' | 'subscribe' | 'pause' | 'resume' | 'cancel' | 'dismiss'> = {
    view: () => current,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    pause: () => void pressed.push('pause'),
    resume: () => void pressed.push('resume'),
    cancel: () => void pressed.push('cancel'),
    dismiss: () => void pressed.push('dismiss'),
  };
  return {
    c,
    pressed,
    set(v: JobView) {
      current = v;
      act(() => {
        for (const l of listeners) l();
      });
    },
  };
}

function show(view: JobView, lang = 'en') {
  host = document.createElement('div');
  document.body.append(host);
  const fake = fakeController(view);
  act(() => render(<BackfillPanel strings={backfillStringsFor(lang)} controller={fake.c} />, host));
  return fake;
}

const job = (patch: Partial<BackfillJob>): JobView => ({ job: { ...newJob(URLS, 'j', 0), ...patch }, elsewhere: false });
const buttons = () => [...host.querySelectorAll('button')].map((b) => b.textContent);
const bar = () => host.querySelector('[role="progressbar"]')!;

describe('backfill panel', () => {
  it('shows nothing without a job', () => {
    show({ job: null, elsewhere: false });
    expect(host.innerHTML).toBe('');
  });

  it('running: the bar at N of M, Pause and Cancel; it follows the controller', () => {
    const fake = show(job({ status: 'running', next: 1, kept: 1 }));
    expect(bar().getAttribute('aria-valuenow')).toBe('1');
    expect(bar().getAttribute('aria-valuemax')).toBe('3');
    expect(bar().getAttribute('aria-label')).toBe('Transcripts fetched');
    expect(host.querySelector('.bl-backfill-count')!.textContent).toBe('1 of 3');
    expect(buttons()).toEqual(['Pause', 'Cancel']);
    (host.querySelector('button') as HTMLButtonElement).click();
    expect(fake.pressed).toEqual(['pause']);
    fake.set(job({ status: 'running', next: 2, kept: 2 }));
    expect(host.querySelector('.bl-backfill-count')!.textContent).toBe('2 of 3');
  });

  it('stopped on the interstitial: the reason as an alert, Resume and Cancel', () => {
    const fake = show(
      job({ status: 'stopped', next: 1, kept: 1, stop: { kind: 'interstitial', at: 2, total: 3, url: URLS[1]! }, message: 'x' }),
    );
    const alert = host.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(
      /^Stopped at 2 of 3: the site showed its “Data processing… Please, wait” check instead of the transcript\. Open the site in a tab until it passes, then resume\. 1 added\.$/,
    );
    expect(buttons()).toEqual(['Resume', 'Cancel']);
    for (const b of host.querySelectorAll('button')) b.click();
    expect(fake.pressed).toEqual(['resume', 'cancel']);
  });

  it('an HTTP stop names the status; done sums up and offers Close', () => {
    const fake = show(job({ status: 'stopped', next: 0, stop: { kind: 'http', at: 1, total: 3, url: URLS[0]!, status: 503 } }));
    expect(host.querySelector('[role="alert"]')!.textContent).toBe(
      'Stopped at 1 of 3: the site answered 503 for this page. Resume to try it again.',
    );
    fake.set(job({ status: 'done', next: 3, kept: 2, unchanged: 1 }));
    expect(host.querySelector('[role="status"]')!.textContent).toBe('2 added, 1 already in the archive.');
    expect(buttons()).toEqual(['Close']);
  });

  it('running in another tab: said so, buttons disabled', () => {
    show({ ...job({ status: 'running', next: 1 }), elsewhere: true });
    expect(host.textContent).toContain('Running in another library tab.');
    expect([...host.querySelectorAll('button')].every((b) => b.disabled)).toBe(true);
  });

  it('in Russian', () => {
    show(job({ status: 'stopped', next: 1, kept: 1, stop: { kind: 'interstitial', at: 2, total: 3, url: URLS[1]! } }), 'ru');
    expect(host.querySelector('.bl-backfill-count')!.textContent).toBe('1 из 3');
    expect(host.querySelector('[role="alert"]')!.textContent).toMatch(/^Остановлено на 2 из 3: вместо стенограммы сайт показал проверку/);
    expect(buttons()).toEqual(['Продолжить', 'Отменить']);
  });
});
