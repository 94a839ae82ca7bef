import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../lib/store/db';
import { deleteHighlight, getHighlight, parseTags, putHighlight, undeleteHighlight, updateHighlight } from '../../../lib/store/highlights';
import { announceHighlightsChanged, isHighlightsChanged, onHighlightsChanged, type ChannelLike } from '../../../lib/store/broadcast';
import { MAX_NOTE_CHARS } from '../../../lib/store/limits';
import { highlight } from './sample-records';

let open: Store[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
async function fresh(): Promise<Store> {
  const db = await openStore(`update-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}

describe('updateHighlight', () => {
  it('writes only the changed fields and moves `updated` forward', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { note: 'old', tags: ['x'], updated: 5000 }));
    const r = await updateHighlight(db, 'a', { note: 'new', tags: ['x'], color: 'yellow' }, 9000);
    expect(r).toMatchObject({ ok: true, changed: ['note'] });
    const stored = await getHighlight(db, 'a');
    expect(stored).toEqual(highlight('a', 'mid.ru/1111111', { note: 'new', tags: ['x'], updated: 9000 }));
  });

  it('keeps a field changed meanwhile by another writer', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111'));
    // Another tab recolours it after the library read it; the library then edits the note.
    await updateHighlight(db, 'a', { color: 'green' }, 2000);
    await updateHighlight(db, 'a', { note: 'from the library' }, 3000);
    expect(await getHighlight(db, 'a')).toMatchObject({ color: 'green', note: 'from the library', updated: 3000 });
  });

  it('changes nothing, not even `updated`, for a patch that changes nothing', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { tags: ['p', 'q'] }));
    const r = await updateHighlight(db, 'a', { tags: ['p', 'q'] }, 99_000);
    expect(r).toMatchObject({ ok: true, changed: [] });
    expect((await getHighlight(db, 'a'))!.updated).toBe(1000);
  });

  it('never moves `updated` back (a clock set back)', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { updated: 50_000 }));
    const r = await updateHighlight(db, 'a', { note: 'n' }, 10);
    expect(r.ok && r.record.updated).toBe(50_001);
  });

  it('refuses an over-long note without writing or shortening it', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { note: 'kept' }));
    const r = await updateHighlight(db, 'a', { note: 'x'.repeat(MAX_NOTE_CHARS + 1) });
    expect(r).toMatchObject({ ok: false, reason: 'limit', problem: { code: 'note-too-long' } });
    expect((await getHighlight(db, 'a'))!.note).toBe('kept');
  });

  it('does not bring back a highlight deleted meanwhile', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111'));
    await deleteHighlight(db, 'a');
    expect(await updateHighlight(db, 'a', { note: 'late edit' })).toEqual({ ok: false, reason: 'missing' });
    expect(await getHighlight(db, 'a')).toBeNull();
  });
});

describe('delete and undo', () => {
  it('puts a deleted highlight back exactly as it was', async () => {
    const db = await fresh();
    const h = highlight('a', 'mid.ru/1111111', { note: 'n', tags: ['t'], color: 'pink', updated: 7000 });
    await putHighlight(db, h);
    const gone = await deleteHighlight(db, 'a');
    expect(await getHighlight(db, 'a')).toBeNull();
    expect(await undeleteHighlight(db, gone!)).toBe(true);
    expect(await getHighlight(db, 'a')).toEqual(h);
  });
  it('keeps a highlight made again with the same id rather than overwrite it', async () => {
    const db = await fresh();
    const h = highlight('a', 'mid.ru/1111111', { note: 'first' });
    await putHighlight(db, h);
    await deleteHighlight(db, 'a');
    await putHighlight(db, { ...h, note: 'second' });
    expect(await undeleteHighlight(db, h)).toBe(false);
    expect((await getHighlight(db, 'a'))!.note).toBe('second');
  });
});

describe('parseTags', () => {
  it('splits on commas, trims, drops empty ones and repeats', () => {
    expect(parseTags(' osce,  vienna talks ,, osce ,')).toEqual(['osce', 'vienna talks']);
    expect(parseTags('')).toEqual([]);
  });
});

describe('broadcast', () => {
  function pair(): { a: () => ChannelLike; b: () => ChannelLike; closed: number[] } {
    const listeners = new Set<(e: MessageEvent) => void>();
    const closed: number[] = [];
    const make = (n: number): ChannelLike => {
      const mine = new Set<(e: MessageEvent) => void>();
      return {
        postMessage: (m) => listeners.forEach((l) => !mine.has(l) && l({ data: structuredClone(m) } as MessageEvent)),
        addEventListener: (_t, l) => (listeners.add(l), mine.add(l)),
        removeEventListener: (_t, l) => (listeners.delete(l), mine.delete(l)),
        close: () => closed.push(n),
      };
    };
    return { a: () => make(1), b: () => make(2), closed };
  }
  it('announces a change to listeners of other contexts, and stops when asked', () => {
    const { a, b, closed } = pair();
    const heard: unknown[] = [];
    const stop = onHighlightsChanged((m) => heard.push(m), b);
    announceHighlightsChanged('mid.ru/1111111', ['x', 'y'], a);
    expect(heard).toEqual([{ type: 'highlights-changed', briefingKey: 'mid.ru/1111111', ids: ['x', 'y'] }]);
    stop();
    announceHighlightsChanged('mid.ru/1111111', ['z'], a);
    expect(heard).toHaveLength(1);
    expect(closed).toEqual([1, 2, 1]);
  });
  it('works over a real BroadcastChannel', async () => {
    const heard = new Promise((resolve) => {
      const stop = onHighlightsChanged((m) => {
        stop();
        resolve(m);
      });
    });
    announceHighlightsChanged('mid.ru/2222222', ['id-1']);
    expect(await heard).toEqual({ type: 'highlights-changed', briefingKey: 'mid.ru/2222222', ids: ['id-1'] });
  });
  it('ignores other messages', () => {
    expect(isHighlightsChanged({ type: 'highlights-changed', briefingKey: 'k', ids: [1] })).toBe(false);
    expect(isHighlightsChanged({ type: 'other' })).toBe(false);
    expect(isHighlightsChanged(null)).toBe(false);
  });
});
