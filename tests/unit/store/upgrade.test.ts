import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { openStore } from '../../../lib/store/db';
import { listHighlightsByBriefing } from '../../../lib/store/highlights';
import { briefingInput, highlight } from './sample-records';
import {
  DB_VERSION,
  upgradeDatabase,
  upgradeToV1,
  type BriefingLensDBv1,
  type BriefingLensDBv2,
  type BriefingRecord,
  type HighlightV1,
} from '../../../lib/store/schema';

const ARTICLE = 'The Foreign Minister held talks in Moscow. Update on Afghanistan follows. Back to top';

/** A database as the first release left it: version 1, with highlights in it. */
async function v1Database(name: string, records: HighlightV1[]): Promise<void> {
  const db = await openDB<BriefingLensDBv1>(name, 1, { upgrade: (d) => upgradeToV1(d as unknown as IDBPDatabase<unknown>) });
  const tx = db.transaction('highlights', 'readwrite');
  for (const r of records) await tx.store.put(r);
  await tx.done;
  db.close();
}

const start = ARTICLE.indexOf('Update on Afghanistan');
const v1Records: HighlightV1[] = [
  {
    id: 'h1',
    url: 'https://www.mid.ru/ru/foreign_policy/news/1836563/?lang=en',
    quote: 'Update on Afghanistan',
    prefix: ARTICLE.slice(Math.max(0, start - 32), start),
    suffix: ARTICLE.slice(start + 21, start + 21 + 32),
    start,
    end: start + 21,
    color: 'green',
    note: 'check the figures',
    createdAt: 1_600_000_000_000,
  },
  {
    id: 'h2',
    url: 'http://mid.ru/en/foreign_policy/news/1836563',
    quote: 'Back to top',
    prefix: '',
    suffix: '',
    start: -1, // a bad offset in old data: dropped, the quote kept
    end: 3,
    color: 'orange', // not a colour any more: becomes yellow
    note: '',
    createdAt: 1_600_000_000_001,
  },
  {
    id: 'h3',
    url: 'https://example.org/not-an-article', // a page that is not an article: kept under its URL
    quote: 'something',
    prefix: 'x',
    suffix: 'y',
    start: 0,
    end: 9,
    color: 'yellow',
    note: 'keep me',
    createdAt: 1_600_000_000_002,
  },
];

describe('database upgrade', () => {
  it('migrates a v1 database with data to the current version, keeping every record', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await v1Database(name, v1Records);
    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['briefings', 'highlights', 'transcripts']);
    expect([...db.transaction('highlights').store.indexNames].sort()).toEqual(['briefingKey', 'updated']);

    const all = await db.getAll('highlights');
    expect(all).toHaveLength(3);
    const h1 = all.find((h) => h.id === 'h1')!;
    expect(h1).toEqual({
      id: 'h1',
      briefingKey: 'mid.ru/1836563',
      url: 'https://www.mid.ru/ru/foreign_policy/news/1836563/?lang=en',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Update on Afghanistan', prefix: v1Records[0]!.prefix, suffix: v1Records[0]!.suffix },
        { type: 'TextPositionSelector', start, end: start + 21 },
      ],
      section: null,
      quote: 'Update on Afghanistan',
      color: 'green',
      note: 'check the figures',
      tags: [],
      created: 1_600_000_000_000,
      updated: 1_600_000_000_000,
    });
    const h2 = all.find((h) => h.id === 'h2')!;
    expect(h2.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'Back to top', prefix: '', suffix: '' }]);
    expect(h2.color).toBe('yellow');
    expect(all.find((h) => h.id === 'h3')).toMatchObject({ briefingKey: 'https://example.org/not-an-article', note: 'keep me' });

    // Two addresses of one briefing now share its key, and the index finds them.
    expect((await listHighlightsByBriefing(db, 'mid.ru/1836563')).map((h) => h.id)).toEqual(['h1', 'h2']);
    // And a migrated highlight still anchors.
    expect(anchor(ARTICLE, [], { selectors: h1.selectors, section: h1.section })).toMatchObject({
      status: 'anchored',
      start,
      method: 'position',
    });
    db.close();
  });

  it('migrates a v2 database with data to v3: every highlight and briefing kept, unused indexes gone, transcripts store added', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v2 = await openDB<BriefingLensDBv2>(name, 2, { upgrade: (d, o, n, tx) => upgradeDatabase(d as never, o, n, tx as never) });
    const highlights = [
      highlight('a', 'mid.ru/1836563', { tags: ['nato', 'budget'], note: 'first' }),
      highlight('b', 'mid.ru/1836563', { color: 'green', version: 3 }),
      highlight('c', 'mid.ru/1835524', { language: 'ru' }),
    ];
    const briefings: BriefingRecord[] = ['mid.ru/1836563', 'mid.ru/1835524'].map((key, i) => ({
      ...briefingInput(key),
      entities: [{ key: 'place:afghanistan', count: 4, label: 'Afghanistan' }],
      entityKeys: ['place:afghanistan'],
      firstSeen: 100 + i,
      lastSeen: 200 + i,
    }));
    for (const h of highlights) await v2.put('highlights', h);
    for (const b of briefings) await v2.put('briefings', b);
    v2.close();

    const db = await openStore(name);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['briefings', 'highlights', 'transcripts']);
    const tx = db.transaction(['highlights', 'briefings', 'transcripts']);
    expect([...tx.objectStore('highlights').indexNames].sort()).toEqual(['briefingKey', 'updated']);
    expect([...tx.objectStore('briefings').indexNames]).toEqual(['lastSeen']);
    expect([...tx.objectStore('transcripts').indexNames]).toEqual(['keptAt']);
    await tx.done;
    // Nothing lost, nothing rewritten: the records read back exactly as written.
    expect((await db.getAll('highlights')).sort((x, y) => x.id.localeCompare(y.id))).toEqual(highlights);
    expect(await db.getAll('briefings')).toEqual([...briefings].sort((x, y) => x.key.localeCompare(y.key)));
    expect((await listHighlightsByBriefing(db, 'mid.ru/1836563')).map((h) => h.id).sort()).toEqual(['a', 'b']);
    expect(await db.count('transcripts')).toBe(0);
    db.close();
  });

  it('creates the current version directly on a fresh profile', async () => {
    const db = await openStore(`test-${crypto.randomUUID()}`);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('highlights')).toBe(0);
    db.close();
  });

  it('a failing upgrade aborts: the open fails and the database keeps its version and data', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await v1Database(name, v1Records);
    // The version after the current one has no step yet: the upgrade must abort rather than
    // leave a half-built database.
    await expect(openDB(name, DB_VERSION + 1, { upgrade: upgradeDatabase as never })).rejects.toThrow();
    const db = await openDB(name);
    expect(db.version).toBe(1);
    expect(await db.count('highlights')).toBe(3);
    db.close();
    const upgraded = await openStore(name);
    expect(await upgraded.count('highlights')).toBe(3);
    upgraded.close();
  });
});
