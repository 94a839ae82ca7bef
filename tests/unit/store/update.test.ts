import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../lib/store/db';
import { deleteHighlight, getHighlight, parseTags, putHighlight, undeleteHighlight, updateHighlight } from '../../../lib/store/highlights';
import {
  announceHighlightsChanged,
  highlightsBroadcast,
  isHighlightsChanged,
  onHighlightsChanged,
  type ChannelLike,
} from '../../../lib/store/broadcast';
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
    const r = await updateHighlight(db, 'a', { note: 'new', tags: ['x'], color: 'yellow' }, { now: 9000 });
    expect(r).toMatchObject({ ok: true, changed: ['note'] });
    const stored = await getHighlight(db, 'a');
    expect(stored).toEqual(highlight('a', 'mid.ru/1111111', { note: 'new', tags: ['x'], updated: 9000, version: 2 }));
  });

  it('refuses an edit made from a version that is no longer stored (another tab saved first)', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { note: 'old' }));
    expect(await updateHighlight(db, 'a', { note: 'first' }, { baseVersion: 1 })).toMatchObject({ ok: true, record: { version: 2 } });
    expect(await updateHighlight(db, 'a', { note: 'second' }, { baseVersion: 1 })).toEqual({ ok: false, reason: 'stale' });
    expect((await getHighlight(db, 'a'))?.note).toBe('first');
  });

  it('keeps a field changed meanwhile by another writer', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111'));
    // Another tab recolours it after the library read it; the library then edits the note.
    await updateHighlight(db, 'a', { color: 'green' }, { now: 2000 });
    await updateHighlight(db, 'a', { note: 'from the library' }, { now: 3000 });
    expect(await getHighlight(db, 'a')).toMatchObject({ color: 'green', note: 'from the library', updated: 3000 });
  });

  it('changes nothing, not even `updated`, for a patch that changes nothing', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { tags: ['p', 'q'] }));
    const r = await updateHighlight(db, 'a', { tags: ['p', 'q'] }, { now: 99_000 });
    expect(r).toMatchObject({ ok: true, changed: [] });
    expect((await getHighlight(db, 'a'))!.updated).toBe(1000);
  });

  it('never moves `updated` back (a clock set back)', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { updated: 50_000 }));
    const r = await updateHighlight(db, 'a', { note: 'n' }, { now: 10 });
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
  /** Fake channels of one name: each `make()` is another object (another context). */
  function bus() {
    const all = new Set<{ listeners: Set<(e: MessageEvent) => void> }>();
    return () => {
      const me = { listeners: new Set<(e: MessageEvent) => void>() };
      all.add(me);
      const ch: ChannelLike = {
        postMessage: (m) => all.forEach((o) => o !== me && o.listeners.forEach((l) => l({ data: structuredClone(m) } as MessageEvent))),
        addEventListener: (_t, l) => void me.listeners.add(l),
        removeEventListener: (_t, l) => void me.listeners.delete(l),
        close: () => void all.delete(me),
      };
      return ch;
    };
  }
  it('announces a change to the other contexts, not to its own, and stops when asked', () => {
    const open = bus();
    const a = highlightsBroadcast(open);
    const b = highlightsBroadcast(open);
    const heardA: unknown[] = [];
    const heardB: unknown[] = [];
    a.listen((m) => heardA.push(m));
    const stop = b.listen((m) => heardB.push(m));
    a.announce('mid.ru/1111111', ['x', 'y']);
    expect(heardB).toEqual([{ type: 'highlights-changed', briefingKey: 'mid.ru/1111111', ids: ['x', 'y'] }]);
    expect(heardA).toEqual([]);
    stop();
    a.announce('mid.ru/1111111', ['z']);
    expect(heardB).toHaveLength(1);
  });
  it('works over real BroadcastChannels, without hearing its own posts', async () => {
    const a = highlightsBroadcast();
    const b = highlightsBroadcast();
    const own: unknown[] = [];
    a.listen((m) => own.push(m));
    const heard = new Promise((resolve) => b.listen(resolve));
    a.announce('mid.ru/2222222', ['id-1']);
    expect(await heard).toEqual({ type: 'highlights-changed', briefingKey: 'mid.ru/2222222', ids: ['id-1'] });
    await new Promise((r) => setTimeout(r, 20));
    expect(own).toEqual([]);
    a.close();
    b.close();
  });
  it('the module-level pair reaches another context', async () => {
    const other = highlightsBroadcast();
    const heard = new Promise((resolve) => other.listen(resolve));
    announceHighlightsChanged('mid.ru/3333333', ['q']);
    expect(await heard).toMatchObject({ briefingKey: 'mid.ru/3333333', ids: ['q'] });
    other.close();
    expect(typeof onHighlightsChanged(() => {})).toBe('function');
  });
  it('ignores other messages', () => {
    expect(isHighlightsChanged({ type: 'highlights-changed', briefingKey: 'k', ids: [1] })).toBe(false);
    expect(isHighlightsChanged({ type: 'other' })).toBe(false);
    expect(isHighlightsChanged(null)).toBe(false);
  });
});
