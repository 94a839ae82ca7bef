import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, storeConnection, type Store } from '../../../lib/store/db';
import {
  countHighlights,
  deleteHighlight,
  getHighlight,
  listAllHighlights,
  listHighlightsByBriefing,
  putHighlight,
  undeleteHighlight,
} from '../../../lib/store/highlights';
import { getBriefing, listBriefings, upsertBriefing } from '../../../lib/store/briefings';
import { openDB } from 'idb';
import { DB_VERSION } from '../../../lib/store/schema';
import { briefingInput, highlight } from './sample-records';

let open: Store[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

async function fresh(): Promise<Store> {
  const db = await openStore(`test-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}

describe('store: highlights', () => {
  it('opens at the current version with its stores and their indexes', async () => {
    const db = await fresh();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['briefings', 'highlights', 'transcripts']);
    const tx = db.transaction(['highlights', 'briefings', 'transcripts']);
    expect([...tx.objectStore('highlights').indexNames].sort()).toEqual(['briefingKey', 'updated']);
    expect([...tx.objectStore('briefings').indexNames].sort()).toEqual(['lastSeen']);
    expect([...tx.objectStore('transcripts').indexNames].sort()).toEqual(['keptAt']);
  });

  it('puts, gets, lists by briefing, lists all (newest first) and counts', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { created: 3, updated: 30 }));
    await putHighlight(db, highlight('b', 'mid.ru/1111111', { created: 1, updated: 10 }));
    await putHighlight(db, highlight('c', 'mid.ru/2222222', { created: 2, updated: 20 }));
    expect(await getHighlight(db, 'a')).toEqual(highlight('a', 'mid.ru/1111111', { created: 3, updated: 30 }));
    expect(await getHighlight(db, 'nope')).toBeNull();
    expect((await listHighlightsByBriefing(db, 'mid.ru/1111111')).map((h) => h.id)).toEqual(['b', 'a']);
    expect(await listHighlightsByBriefing(db, 'mid.ru/3333333')).toEqual([]);
    expect((await listAllHighlights(db)).map((h) => h.id)).toEqual(['a', 'c', 'b']);
    expect(await countHighlights(db)).toBe(3);
    expect(await countHighlights(db, 'mid.ru/1111111')).toBe(2);
  });

  it('updates in place and keeps the first creation time', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { created: 100, updated: 100 }));
    const stored = await putHighlight(db, highlight('a', 'mid.ru/1111111', { note: 'edited', created: 999, updated: 200 }));
    expect(stored.created).toBe(100);
    expect(await getHighlight(db, 'a')).toMatchObject({ note: 'edited', created: 100, updated: 200 });
    expect(await countHighlights(db)).toBe(1);
  });

  it('delete returns the deleted record, restore puts it back exactly (undo)', async () => {
    const db = await fresh();
    const original = highlight('a', 'mid.ru/1111111', { note: 'my note', tags: ['budget'], color: 'green' });
    await putHighlight(db, original);
    const deleted = await deleteHighlight(db, 'a');
    expect(deleted).toEqual(original);
    expect(await getHighlight(db, 'a')).toBeNull();
    expect(await deleteHighlight(db, 'a')).toBeNull();
    expect(await undeleteHighlight(db, deleted!)).toBe(true);
    expect(await getHighlight(db, 'a')).toEqual(original);
  });

  it('keeps tags on the record for the library (which filters in memory: no tags index since v3)', async () => {
    const db = await fresh();
    await putHighlight(db, highlight('a', 'mid.ru/1111111', { tags: ['budget', 'nato'] }));
    await putHighlight(db, highlight('b', 'mid.ru/1111111', { tags: ['nato'] }));
    expect(
      (await db.getAll('highlights'))
        .filter((h) => h.tags.includes('nato'))
        .map((h) => h.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });
});

describe('store: briefing index', () => {
  it('upserts: derives entity keys, keeps firstSeen, moves lastSeen; lists newest first', async () => {
    const db = await fresh();
    const input = briefingInput('mid.ru/1836563');
    const first = await upsertBriefing(db, input, 100);
    expect(first).toMatchObject({ firstSeen: 100, lastSeen: 100, entityKeys: ['place:afghanistan', 'person:sergey-lavrov'] });
    await upsertBriefing(db, briefingInput('mid.ru/1835524'), 150);
    const again = await upsertBriefing(db, { ...input, title: 'Renamed' }, 200);
    expect(again).toMatchObject({ title: 'Renamed', firstSeen: 100, lastSeen: 200 });
    expect(await getBriefing(db, 'mid.ru/1836563')).toEqual(again);
    expect(await getBriefing(db, 'mid.ru/0000000')).toBeNull();
    expect((await listBriefings(db)).map((b) => b.key)).toEqual(['mid.ru/1836563', 'mid.ru/1835524']);
    expect((await db.getAll('briefings')).filter((b) => b.entityKeys.includes('person:sergey-lavrov')).map((b) => b.key)).toEqual([
      'mid.ru/1835524',
      'mid.ru/1836563',
    ]);
  });
});

describe('storeConnection', () => {
  it('opens once and shares the connection', async () => {
    const get = storeConnection(`test-${crypto.randomUUID()}`);
    const a = await get();
    expect(await get()).toBe(a);
    a.close();
  });

  it('steps aside for a newer version (no deadlock), then reports the version clash and retries', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const get = storeConnection(name);
    await get();
    // A newer extension version opening the database: our connection must close, or this hangs.
    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();
    await expect(get()).rejects.toThrow();
    await expect(get()).rejects.toThrow(); // a new attempt each time, not a cached failure
  });
});
