/** Draft helpers: the debounce that writes them, which draft is worth restoring, failures swallowed. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundDrafts, debounce, usableDraft } from '../../../lib/sidebar/drafts';

afterEach(() => vi.useRealTimers());

describe('drafts', () => {
  it('debounce calls once after the pause with the last arguments; flush runs it now; cancel drops it', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const d = debounce((s: string) => calls.push(s), 300);
    d.call('a');
    d.call('ab');
    vi.advanceTimersByTime(299);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['ab']);
    d.call('abc');
    d.flush();
    expect(calls).toEqual(['ab', 'abc']);
    d.flush();
    expect(calls).toEqual(['ab', 'abc']);
    d.call('gone');
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['ab', 'abc']);
  });

  it('a draft is restored only when written after the record was saved', () => {
    const d = { highlightId: 'x', note: 'n', tags: '', color: 'yellow', written: 10 };
    expect(usableDraft(d, 9)).toBe(d);
    expect(usableDraft(d, 10)).toBeNull();
    expect(usableDraft(null, 0)).toBeNull();
  });

  it('through the background, a failure is no draft and never an error', async () => {
    const fail = () => Promise.reject(new Error('no background'));
    const store = backgroundDrafts({ drafts: { get: fail, put: fail, remove: fail } });
    await expect(store.get('x')).resolves.toBeNull();
    await expect(store.put({ highlightId: 'x', note: '', tags: '', color: 'yellow', written: 1 })).resolves.toBeUndefined();
    await expect(store.remove('x')).resolves.toBeUndefined();
  });
});
