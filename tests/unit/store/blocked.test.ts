import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BLOCKED_MESSAGE, openStore } from '../../../lib/store/db';

/** An old-version connection that ignores requests to close (a stuck tab of the previous release). */
function holdVersion1(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => r.result.createObjectStore('highlights', { keyPath: 'id' }).createIndex('url', 'url');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

describe('a blocked upgrade', () => {
  it('fails with a clear message instead of waiting for ever, and the old data stays', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    const old = await holdVersion1(name);
    old.onversionchange = () => undefined; // does not close
    const t0 = Date.now();
    await expect(openStore(name, undefined, 150)).rejects.toThrow(BLOCKED_MESSAGE);
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(old.version).toBe(1);
    old.close();
  });

  it('goes through once the old connection closes', async () => {
    const name = `unblocked-${crypto.randomUUID()}`;
    const old = await holdVersion1(name);
    old.onversionchange = () => old.close();
    const db = await openStore(name, undefined, 150);
    expect(db.version).toBeGreaterThanOrEqual(2);
    db.close();
  });
});
