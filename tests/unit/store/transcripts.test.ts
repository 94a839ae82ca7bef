import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../lib/store/db';
import {
  forgetTranscript,
  getVersion,
  keepTranscript,
  latestVersion,
  listChangedKeys,
  listLatestTranscripts,
  listRecentlyKept,
  listVersions,
} from '../../../lib/store/transcripts';
import { sampleKept } from '../archive/sample';

const fresh = () => openStore(`transcripts-${crypto.randomUUID()}`);

describe('store: kept transcripts and their versions', () => {
  it('keeps a first version, and identical text adds none (only lastSeen moves)', async () => {
    const db = await fresh();
    const first = await keepTranscript(db, sampleKept({}, 1000));
    expect(first.status).toBe('new');
    expect(first.record.version).toBe(1);
    const again = await keepTranscript(db, sampleKept({}, 2000));
    expect(again.status).toBe('unchanged');
    expect(again.record).toMatchObject({ version: 1, keptAt: 1000, lastSeen: 2000 });
    expect(await listVersions(db, first.record.key)).toHaveLength(1);
    db.close();
  });

  it('changed text adds a version beside the old one; nothing is overwritten', async () => {
    const db = await fresh();
    const v1 = await keepTranscript(db, sampleKept({}, 1000));
    const changed = await keepTranscript(db, sampleKept({ grain: 'We have nothing to add.' }, 2000));
    expect(changed.status).toBe('changed');
    if (changed.status !== 'changed') throw new Error('expected a change');
    expect(changed.record.version).toBe(2);
    expect(changed.previous).toEqual(v1.record);
    const back = await keepTranscript(db, sampleKept({}, 3000)); // the site reverted the edit
    expect(back).toMatchObject({ status: 'changed', record: { version: 3 } });
    const all = await listVersions(db, v1.record.key);
    expect(all.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(await getVersion(db, v1.record.key, 1)).toEqual(v1.record);
    expect((await getVersion(db, v1.record.key, 2))!.sections[1]!.text).toContain('nothing to add');
    expect((await latestVersion(db, v1.record.key))!.version).toBe(3);
    expect(await listChangedKeys(db)).toEqual([v1.record.key]);
    db.close();
  });

  it('the other language of one briefing is not an edit of it', async () => {
    const db = await fresh();
    await keepTranscript(db, sampleKept({}, 1000));
    const ru = sampleKept({ grain: 'Мы уже всё сказали о зерновом коридоре.' }, 2000);
    ru.header.language = 'ru';
    expect((await keepTranscript(db, ru)).status).toBe('new');
    expect((await keepTranscript(db, sampleKept({}, 3000))).status).toBe('unchanged');
    expect((await latestVersion(db, ru.key, 'en'))!.version).toBe(1);
    expect((await latestVersion(db, ru.key, 'ru'))!.version).toBe(2);
    expect(await listLatestTranscripts(db)).toHaveLength(2);
    expect(await listChangedKeys(db)).toEqual([]);
    db.close();
  });

  it('"forget this transcript" removes all its versions and nothing else', async () => {
    const db = await fresh();
    await keepTranscript(db, sampleKept({}, 1000));
    await keepTranscript(db, sampleKept({ grain: 'Edited.' }, 2000));
    const other = sampleKept({}, 1000, 'mid.ru/1900002', 'https://mid.ru/en/foreign_policy/news/1900002/');
    await keepTranscript(db, other);
    expect(await forgetTranscript(db, 'mid.ru/1900001')).toBe(2);
    expect(await listVersions(db, 'mid.ru/1900001')).toEqual([]);
    expect(await latestVersion(db, 'mid.ru/1900001')).toBeNull();
    expect((await listLatestTranscripts(db)).map((r) => r.key)).toEqual(['mid.ru/1900002']);
    // Kept again after forgetting: starts over at version 1.
    expect((await keepTranscript(db, sampleKept({}, 4000))).record.version).toBe(1);
    db.close();
  });

  it('lists the most recently kept versions first', async () => {
    const db = await fresh();
    await keepTranscript(db, sampleKept({}, 1000));
    await keepTranscript(db, sampleKept({}, 3000, 'mid.ru/1900002', 'https://mid.ru/en/foreign_policy/news/1900002/'));
    await keepTranscript(db, sampleKept({ grain: 'Edited.' }, 2000));
    expect((await listRecentlyKept(db, 2)).map((r) => [r.key, r.version])).toEqual([
      ['mid.ru/1900002', 1],
      ['mid.ru/1900001', 2],
    ]);
    db.close();
  });
});
