/** A keep outcome as the sidebar's archive status: kept quietly, or changed with its sections and word diffs. */
import { describe, expect, it } from 'vitest';
import type { KeptTranscript } from '../../../lib/archive/transcript';
import { nextStatus, statusFromOutcome } from '../../../lib/sidebar/archive-status';
import { condenseParts } from '../../../lib/sidebar/diff-parts';
import type { TranscriptVersionRecord } from '../../../lib/store/schema';
import type { KeepOutcome } from '../../../lib/store/transcripts';
import { sampleKept } from '../archive/sample';

const version = (k: KeptTranscript, v: number, lastSeen: number): TranscriptVersionRecord => ({ ...k, version: v, lastSeen });
const READ_ON = Date.UTC(2026, 10, 3, 12);

function changedOutcome(): KeepOutcome {
  const before = version(sampleKept(), 1, READ_ON);
  const after = version(
    sampleKept({
      talks: [
        'Ministers will meet in Moscow to discuss trade, energy and culture at length during the visit next week.',
        'The sides will also sign an agreement on cultural exchanges between their universities.',
      ],
      withGrain: false,
    }),
    2,
    READ_ON + 86_400_000 * 27,
  );
  return { status: 'changed', record: after, previous: before };
}

describe('statusFromOutcome', () => {
  it('a first keep and an unchanged one are quiet: kept, with the version', () => {
    const rec = version(sampleKept(), 1, READ_ON);
    expect(statusFromOutcome({ status: 'new', record: rec })).toEqual({ kind: 'kept', version: 1, isNew: true });
    expect(statusFromOutcome({ status: 'unchanged', record: { ...rec, version: 3 } })).toEqual({ kind: 'kept', version: 3, isNew: false });
  });

  it('a changed text: the date the previous version was last seen, the counts, and only the changed sections', () => {
    const outcome = changedOutcome();
    const s = statusFromOutcome(outcome);
    if (s.kind !== 'changed' || outcome.status !== 'changed') throw new Error('expected a change');
    expect(s.since).toBe(READ_ON);
    expect(s.version).toBe(2);
    expect(s.previousVersion).toBe(1);
    expect(s.counts).toEqual({ edited: 1, added: 0, removed: 1 });
    expect(s.sections.map((c) => [c.change, c.title])).toEqual([
      ['edited', 'Talks with Ruritania'],
      ['removed', 'Grain corridor'],
    ]);
    const [edited, removed] = s.sections;
    // The edited section is on the page (its id); the removed one is not.
    expect(edited!.sectionId).toBe(outcome.record.sections[0]!.id);
    expect(removed!.sectionId).toBeNull();
    expect(edited!.parts.filter((p) => p.change === 'added').map((p) => p.text)).toEqual(['energy']);
    expect(edited!.parts.filter((p) => p.change === 'removed').map((p) => p.text)).toEqual(['transport']);
    // A removed section is shown as its whole text, removed.
    expect(removed!.parts).toEqual([{ change: 'removed', text: expect.stringContaining('What is the status of the grain corridor?') }]);
    expect(removed!.parts[0]!.text).toContain('We have said everything about the grain corridor already.');
  });

  it('an added section comes with its whole text added', () => {
    const before = version(sampleKept({ withGrain: false }), 1, READ_ON);
    const after = version(sampleKept(), 2, READ_ON + 1);
    const s = statusFromOutcome({ status: 'changed', record: after, previous: before });
    if (s.kind !== 'changed') throw new Error('expected a change');
    expect(s.counts).toEqual({ edited: 0, added: 1, removed: 0 });
    expect(s.sections).toHaveLength(1);
    expect(s.sections[0]).toMatchObject({ change: 'added', title: 'Grain corridor', kind: 'qa', sectionId: after.sections[1]!.id });
    expect(s.sections[0]!.parts).toEqual([{ change: 'added', text: expect.stringContaining('We have said everything') }]);
  });
});

describe('nextStatus (keeping again on the same visit)', () => {
  it('the same text kept again does not hide "Changed since…"', () => {
    const outcome = changedOutcome();
    const changed = statusFromOutcome(outcome);
    expect(nextStatus(changed, { status: 'unchanged', record: outcome.record })).toBe(changed);
  });

  it('another change, or another transcript, replaces it', () => {
    const outcome = changedOutcome();
    const changed = statusFromOutcome(outcome);
    const third = version(sampleKept({ grain: 'Nothing to add.' }), 3, READ_ON + 2);
    expect(nextStatus(changed, { status: 'changed', record: third, previous: outcome.record })).toMatchObject({
      kind: 'changed',
      version: 3,
    });
    expect(nextStatus(changed, { status: 'new', record: { ...third, key: 'mid.ru/1900002', version: 1 } })).toEqual({
      kind: 'kept',
      version: 1,
      isNew: true,
    });
  });
});

describe('condenseParts', () => {
  const words = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => `w${from + i}`)
      .join(' ')
      .concat(' ');

  it('cuts long unchanged stretches to a few words around each change; changed words stay whole', () => {
    const parts = [
      { change: 'same' as const, text: words(0, 40) },
      { change: 'removed' as const, text: 'old words here' },
      { change: 'added' as const, text: 'new' },
      { change: 'same' as const, text: ` ${words(100, 40)}`.trimEnd() },
    ];
    const out = condenseParts(parts, 3);
    expect(out[0]).toEqual({ change: 'same', text: '… w37 w38 w39 ' });
    expect(out[1]).toEqual(parts[1]);
    expect(out[2]).toEqual(parts[2]);
    expect(out[3]).toEqual({ change: 'same', text: ' w100 w101 w102 …' });
  });

  it('keeps context on both sides of a stretch between two changes, and short stretches whole', () => {
    const parts = [
      { change: 'added' as const, text: 'A' },
      { change: 'same' as const, text: ` ${words(0, 30)}` },
      { change: 'removed' as const, text: 'B' },
      { change: 'same' as const, text: ' short tail' },
    ];
    const out = condenseParts(parts, 2);
    expect(out[1]).toEqual({ change: 'same', text: ' w0 w1 … w28 w29 ' });
    expect(out[3]).toEqual(parts[3]);
  });

  it('leaves a diff without changes as it is', () => {
    const parts = [{ change: 'same' as const, text: words(0, 100) }];
    expect(condenseParts(parts, 2)).toEqual(parts);
  });
});
