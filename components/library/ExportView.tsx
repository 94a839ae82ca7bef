/** The Export part of "Export and import": what (everything, the current results, one briefing) and how (W3C JSON, Markdown). */
import { useState } from 'preact/hooks';
import { formatDate } from '../../lib/format/date';
import { toMarkdown } from '../../lib/library/markdown';
import type { BriefingGroup, LibraryData, LibraryFilters, LibraryIndex, LibraryResult } from '../../lib/library/search';
import { briefingsOf, exportJson } from '../../lib/library/w3c';
import type { BriefingRecord } from '../../lib/store/schema';
import type { LibraryStrings } from './strings';
import { Part } from './Part';

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

type Scope = 'all' | 'results' | 'briefing';
type Format = 'json' | 'markdown';

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function ExportView({
  strings: s,
  data,
  index,
  result,
  filters,
  complete,
  download,
  now,
}: {
  strings: LibraryStrings;
  data: LibraryData;
  index: LibraryIndex;
  result: LibraryResult;
  filters: LibraryFilters;
  complete: boolean;
  download: (f: DownloadFile) => void;
  now?: () => number;
}) {
  const [scope, setScope] = useState<Scope>('all');
  const [format, setFormat] = useState<Format>('json');
  const [briefingKey, setBriefingKey] = useState<string>('');
  const [message, setMessage] = useState('');
  const chosenKey = briefingKey || filters.briefingKey || index.groups[0]?.key || '';
  const count =
    scope === 'all'
      ? index.total
      : scope === 'results'
        ? result.total
        : (index.groups.find((g) => g.key === chosenKey)?.highlights.length ?? 0);
  // Nothing selected: the button is disabled and says why, rather than writing an empty file.
  const none = count === 0 ? s.exportNone[index.total === 0 ? 'empty' : scope === 'results' ? 'results' : 'briefing'] : '';

  const doExport = () => {
    const t = now?.() ?? Date.now();
    let groups: BriefingGroup[];
    let briefings: BriefingRecord[] | null = null;
    let slug: string;
    if (scope === 'all') {
      groups = index.groups;
      briefings = data.briefings; // the whole index, briefings without highlights included
      slug = 'all';
    } else if (scope === 'results') {
      groups = result.groups;
      slug = 'search';
    } else {
      groups = index.groups.filter((g) => g.key === chosenKey);
      slug = chosenKey.replace(/[^a-z0-9]+/gi, '-');
    }
    const highlights = groups.flatMap((g) => g.highlights);
    if (highlights.length === 0) return;
    const name = `briefing-lens-${slug}-${stamp(t)}.${format === 'json' ? 'json' : 'md'}`;
    const text =
      format === 'json'
        ? exportJson(highlights, briefings ?? briefingsOf(highlights, data.briefings), { now: t })
        : toMarkdown(groups, { labels: s.markdown });
    download({ name, type: format === 'json' ? 'application/json' : 'text/markdown', text });
    setMessage(s.exported(highlights.length, name));
  };

  return (
    <Part id="bl-export-h" class="bl-transfer" heading={s.exportHeading}>
      <fieldset>
        <legend>{s.exportWhat}</legend>
        <label class="bl-radio">
          <input type="radio" name="bl-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {s.exportAll(index.total)}
        </label>
        <label class="bl-radio">
          <input type="radio" name="bl-scope" checked={scope === 'results'} onChange={() => setScope('results')} />
          {s.exportResults(result.total)}
        </label>
        <label class="bl-radio">
          <input
            type="radio"
            name="bl-scope"
            checked={scope === 'briefing'}
            onChange={() => setScope('briefing')}
            disabled={index.groups.length === 0}
          />
          {s.exportBriefing}
        </label>
        {scope === 'briefing' && (
          <div class="bl-field bl-field-wide">
            <label for="bl-x-briefing">{s.exportWhichBriefing}</label>
            <select id="bl-x-briefing" value={chosenKey} onChange={(e) => setBriefingKey(e.currentTarget.value)}>
              {index.groups.map((g) => (
                <option key={g.key} value={g.key}>
                  {`${[formatDate(g.date, s.lang), g.title ?? s.untitledBriefing].filter(Boolean).join(' — ')} (${g.highlights.length})`}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{s.exportFormat}</legend>
        <label class="bl-radio">
          <input type="radio" name="bl-format" checked={format === 'json'} onChange={() => setFormat('json')} />
          {s.formatJson}
        </label>
        <label class="bl-radio">
          <input type="radio" name="bl-format" checked={format === 'markdown'} onChange={() => setFormat('markdown')} />
          {s.formatMarkdown}
        </label>
      </fieldset>
      <button
        type="button"
        class="bl-button"
        disabled={!complete || count === 0}
        aria-describedby={none ? 'bl-export-why' : undefined}
        onClick={doExport}
      >
        {s.exportButton}
      </button>
      {none && (
        <p id="bl-export-why" class="bl-meta">
          {none}
        </p>
      )}
      <p role="status" class="bl-status">
        {message}
      </p>
    </Part>
  );
}
