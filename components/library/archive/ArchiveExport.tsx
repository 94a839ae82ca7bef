/**
 * Export for research: the whole archive (the newest version of every kept transcript, one row per
 * section) as JSONL or CSV, and the selected transcripts (ticked on the results) as references in
 * CSL-JSON or RIS. The whole archive rather than the current results: a researcher filters in
 * pandas or R, and a file that silently depends on the search box is easy to misread.
 */
import { useState } from 'preact/hooks';
import type { ArchiveSource } from '../../../lib/library/archive-data';
import {
  referenceFile,
  researchFile,
  withVersionCounts,
  type ExportFile,
  type ReferenceFormat,
  type ResearchFormat,
} from '../../../lib/library/archive-export';
import type { TranscriptVersionRecord } from '../../../lib/store/schema';
import type { ArchiveStrings } from '../archive-strings';
import { Part } from '../Part';

export interface SelectedVersion {
  key: string;
  version: number;
}

interface Props {
  strings: ArchiveStrings;
  source: ArchiveSource;
  list: readonly TranscriptVersionRecord[] | null;
  selected: readonly SelectedVersion[];
  clearSelection: () => void;
  download: (f: ExportFile) => void;
  now: () => number;
}

export function ArchiveExport({ strings: s, source, list, selected, clearSelection, download, now }: Props) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const save = (f: ExportFile) => {
    download(f);
    setMessage(s.exported(f.name));
  };
  const fail = (e: unknown) => setMessage(e instanceof Error ? e.message : String(e));

  const research = async (format: ResearchFormat) => {
    if (!list) return;
    setBusy(true);
    try {
      const counts = await source.versionCounts(list.map((t) => t.key));
      save(researchFile(withVersionCounts(list, counts), format, now()));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const references = async (format: ReferenceFormat) => {
    setBusy(true);
    try {
      const records = (await Promise.all(selected.map((x) => source.version(x.key, x.version)))).filter(
        (r): r is TranscriptVersionRecord => r !== null,
      );
      if (records.length > 0) save(referenceFile(records, format, now()));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const sections = list?.reduce((n, t) => n + t.sections.length, 0) ?? 0;
  const empty = !list || list.length === 0;

  return (
    <Part id="bl-ar-export-h" class="bl-ar-part" heading={s.exportHeading}>
      {list && <p class="bl-meta">{s.exportWhole(sections, list.length)}</p>}
      <div class="bl-row">
        <button type="button" class="bl-button" disabled={empty || busy} onClick={() => void research('jsonl')}>
          {s.exportJsonl}
        </button>
        <button type="button" class="bl-button" disabled={empty || busy} onClick={() => void research('csv')}>
          {s.exportCsv}
        </button>
      </div>
      <h3 class="bl-h3">{s.referencesHeading}</h3>
      <p class="bl-meta">{s.selected(selected.length)}</p>
      <div class="bl-row">
        <button type="button" class="bl-button-secondary" disabled={selected.length === 0 || busy} onClick={() => void references('csl')}>
          {s.exportCsl}
        </button>
        <button type="button" class="bl-button-secondary" disabled={selected.length === 0 || busy} onClick={() => void references('ris')}>
          {s.exportRis}
        </button>
        {selected.length > 0 && (
          <button type="button" class="bl-link-button" onClick={clearSelection}>
            {s.clearSelection}
          </button>
        )}
      </div>
      <p role="status" class="bl-status">
        {message}
      </p>
    </Part>
  );
}
