import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { openStore } from '../../../lib/store/db';
import { listHighlightsByBriefing } from '../../../lib/store/highlights';
import { DB_VERSION, upgradeDatabase, upgradeToV1, type BriefingLensDBv1, type HighlightV1 } from '../../../lib/store/schema';

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
  it('migrates a v1 database with data to v2, keeping every record', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await v1Database(name, v1Records);
    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['briefings', 'highlights']);
    expect([...db.transaction('highlights').store.indexNames].sort()).toEqual(['briefingKey', 'tags', 'updated']);

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

  it('creates v2 directly on a fresh profile', async () => {
    const db = await openStore(`test-${crypto.randomUUID()}`);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('highlights')).toBe(0);
    db.close();
  });

  it('a failing upgrade aborts: the open fails and the database keeps its version and data', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await v1Database(name, v1Records);
    // Version 3 has no step yet: the upgrade must abort rather than leave a half-built database.
    await expect(openDB(name, 3, { upgrade: upgradeDatabase as never })).rejects.toThrow();
    const db = await openDB(name);
    expect(db.version).toBe(1);
    expect(await db.count('highlights')).toBe(3);
    db.close();
    const upgraded = await openStore(name);
    expect(await upgraded.count('highlights')).toBe(3);
    upgraded.close();
  });
});
