/** The sidebar's archive service: keeps when allowed, holds the outcome across re-mounts, forgets for the visit. */
import { describe, expect, it, vi } from 'vitest';
import type { KeptTranscript } from '../../../lib/archive/transcript';
import type { BackgroundClient } from '../../../lib/messages/client';
import { createArchiveService } from '../../../lib/sidebar/archive-service';
import type { KeepOutcome } from '../../../lib/store/transcripts';
import { SAMPLE_KEY, sampleKept } from '../archive/sample';

type ArchiveClient = Pick<BackgroundClient, 'archive'>;

function fakeClient(outcomes: KeepOutcome[] = []) {
  const keep = vi.fn(async (t: KeptTranscript): Promise<KeepOutcome> => {
    const next = outcomes.shift();
    return next ?? { status: 'unchanged', record: { ...t, version: 1, lastSeen: 0 } };
  });
  const forget = vi.fn(async (_key: string) => 2);
  const versions = vi.fn(async (_key: string) => []);
  const client = { archive: { keep, forget, versions } } as unknown as ArchiveClient;
  return { client, keep, forget };
}

const kept = sampleKept();
const source = () => async () => kept;
const rec = (version: number, lastSeen = 1) => ({ ...kept, version, lastSeen });

describe('createArchiveService', () => {
  it('keeps the page and reports the outcome', async () => {
    const { client, keep } = fakeClient([{ status: 'new', record: rec(1) }]);
    const archive = createArchiveService(client, true);
    const seen: string[] = [];
    archive.subscribe((s) => seen.push(s.status.kind));
    await archive.keep(SAMPLE_KEY, source());
    expect(keep).toHaveBeenCalledWith(kept);
    expect(archive.state()).toEqual({ enabled: true, forgotten: false, status: { kind: 'kept', version: 1, isNew: true } });
    expect(seen).toEqual(['idle', 'pending', 'kept']);
  });

  it('with the setting off sends nothing, and keeps the page once the reader turns it on', async () => {
    const { client, keep } = fakeClient();
    const archive = createArchiveService(client, false);
    await archive.keep(SAMPLE_KEY, source());
    expect(keep).not.toHaveBeenCalled();
    expect(archive.state().status).toEqual({ kind: 'idle' });
    await archive.setEnabled(true);
    expect(keep).toHaveBeenCalledTimes(1);
    expect(archive.state().status.kind).toBe('kept');
  });

  it('"Changed since…" survives the same text kept again (the views re-mounted)', async () => {
    const { client } = fakeClient([
      { status: 'changed', record: rec(2), previous: rec(1, 5) },
      { status: 'unchanged', record: rec(2) },
    ]);
    const archive = createArchiveService(client, true);
    await archive.keep(SAMPLE_KEY, source());
    expect(archive.state().status).toMatchObject({ kind: 'changed', version: 2, since: 5 });
    await archive.keep(SAMPLE_KEY, source());
    expect(archive.state().status).toMatchObject({ kind: 'changed', version: 2, since: 5 });
  });

  it('two keeps in quick succession (init, then a fresh model): the first one\'s "changed" is not lost', async () => {
    const { client, keep } = fakeClient([
      { status: 'changed', record: rec(2), previous: rec(1, 5) },
      { status: 'unchanged', record: rec(2) },
    ]);
    const archive = createArchiveService(client, true);
    const first = archive.keep(SAMPLE_KEY, source());
    const second = archive.keep(SAMPLE_KEY, source());
    await Promise.all([first, second]);
    expect(keep).toHaveBeenCalledTimes(2);
    expect(archive.state().status).toMatchObject({ kind: 'changed', version: 2, since: 5 });
  });

  it('forget deletes every version and the transcript is not kept again on this visit', async () => {
    const { client, keep, forget } = fakeClient([{ status: 'changed', record: rec(2), previous: rec(1) }]);
    const archive = createArchiveService(client, true);
    await archive.keep(SAMPLE_KEY, source());
    expect(await archive.forget()).toBe(2);
    expect(forget).toHaveBeenCalledWith(SAMPLE_KEY);
    expect(archive.state()).toEqual({ enabled: true, forgotten: true, status: { kind: 'idle' } });
    await archive.keep(SAMPLE_KEY, source()); // the page sent a fresh model
    await archive.setEnabled(true);
    expect(keep).toHaveBeenCalledTimes(1);
    // Another transcript in the same frame (the page navigated) is kept as usual.
    await archive.keep('mid.ru/1900002', async () => ({ ...kept, key: 'mid.ru/1900002' }));
    expect(keep).toHaveBeenCalledTimes(2);
    expect(archive.state().forgotten).toBe(false);
  });

  it('a keep still waiting for the entity index is dropped by a forget or by switching keeping off', async () => {
    const { client, keep } = fakeClient();
    const archive = createArchiveService(client, true);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const pending = archive.keep(SAMPLE_KEY, async () => {
      await gate;
      return kept;
    });
    expect(archive.state().status.kind).toBe('pending');
    await archive.setEnabled(false);
    release();
    await pending;
    expect(keep).not.toHaveBeenCalled();
    expect(archive.state().status).toEqual({ kind: 'idle' });

    const again = createArchiveService(client, true);
    let release2!: () => void;
    const gate2 = new Promise<void>((r) => (release2 = r));
    const pending2 = again.keep(SAMPLE_KEY, async () => {
      await gate2;
      return kept;
    });
    await again.forget();
    release2();
    await pending2;
    expect(keep).not.toHaveBeenCalled();
  });

  it('a failed keep is reported with its reason', async () => {
    const { client, keep } = fakeClient();
    keep.mockRejectedValueOnce(new Error('disk full'));
    const archive = createArchiveService(client, true);
    await archive.keep(SAMPLE_KEY, source());
    expect(archive.state().status).toEqual({ kind: 'failed', reason: 'disk full' });
  });
});
