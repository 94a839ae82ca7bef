/**
 * What the sidebar says about the archive after it kept the page: a keep outcome turned into a
 * status the views render (kept quietly, or "Changed since you read it on …" with the changed
 * sections and their word diffs). Pure: the diff is `diffTranscripts` of the archive core.
 */
import { diffTranscripts, sectionBody, type DiffPart, type SectionChange } from '../archive/diff';
import type { KeptSection } from '../archive/transcript';
import type { KeepOutcome } from '../store/transcripts';

/** One section that differs from the version read before, ready to render. */
export interface ChangedSection {
  change: 'edited' | 'added' | 'removed';
  /** The section's title, else its question; null when it has neither. */
  title: string | null;
  kind: KeptSection['kind'];
  /** The fragment id of the section on the page now; null for a removed one (it is gone). */
  sectionId: string | null;
  /** The words: an edited section's diff; all added or all removed for the others. */
  parts: DiffPart[];
}

export type ArchiveStatus =
  /** Nothing asked yet (keeping off, forgotten, or the entity index still being built). */
  | { kind: 'idle' }
  | { kind: 'pending' }
  /** Kept as a first version, or the same text as the latest one. */
  | { kind: 'kept'; version: number; isNew: boolean }
  | {
      kind: 'changed';
      version: number;
      previousVersion: number;
      /** When the reader last saw the previous version (ms since the epoch). */
      since: number;
      counts: { edited: number; added: number; removed: number };
      sections: ChangedSection[];
    }
  | { kind: 'failed'; reason: string };

function changedSection(c: Exclude<SectionChange, { status: 'same' }>): ChangedSection {
  const s = c.status === 'removed' ? c.before : c.after;
  const title = s.title ?? s.question ?? null;
  if (c.status === 'edited') return { change: 'edited', title, kind: s.kind, sectionId: s.id, parts: c.parts };
  if (c.status === 'added')
    return { change: 'added', title, kind: s.kind, sectionId: s.id, parts: [{ change: 'added', text: sectionBody(s) }] };
  return { change: 'removed', title, kind: s.kind, sectionId: null, parts: [{ change: 'removed', text: sectionBody(s) }] };
}

/** The status a keep outcome gives. */
export function statusFromOutcome(outcome: KeepOutcome): ArchiveStatus {
  if (outcome.status !== 'changed') return { kind: 'kept', version: outcome.record.version, isNew: outcome.status === 'new' };
  const diff = diffTranscripts(outcome.previous, outcome.record);
  return {
    kind: 'changed',
    version: outcome.record.version,
    previousVersion: outcome.previous.version,
    since: outcome.previous.lastSeen,
    counts: diff.counts,
    sections: diff.sections.filter((c): c is Exclude<SectionChange, { status: 'same' }> => c.status !== 'same').map(changedSection),
  };
}

/**
 * The status after another keep on the same visit (the sidebar keeps again whenever the page
 * sends a fresh model): the same text kept again must not hide "Changed since…" that the
 * reader has not dealt with yet.
 */
export function nextStatus(current: ArchiveStatus, outcome: KeepOutcome): ArchiveStatus {
  if (current.kind === 'changed' && outcome.status === 'unchanged' && outcome.record.version === current.version) return current;
  return statusFromOutcome(outcome);
}
