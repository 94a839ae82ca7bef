/**
 * "Read here": the kept text of a section, with its transcript's other sections a step away, and
 * a note of which version it is and when the site last showed it (the site may have changed it,
 * or be unreachable). Text only: paragraphs are text nodes.
 */
import { useEffect, useRef } from 'preact/hooks';
import { formatDate, formatDay } from '../../../lib/format/date';
import { highlightsOf, sectionLabel } from '../../../lib/library/archive-data';
import { referenceFile, type ExportFile } from '../../../lib/library/archive-export';
import type { HighlightRecord, TranscriptVersionRecord } from '../../../lib/store/schema';
import type { ArchiveStrings } from '../archive-strings';
import { HighlightMarks } from './ArchiveHit';

interface Props {
  strings: ArchiveStrings;
  record: TranscriptVersionRecord;
  sectionIndex: number;
  setSectionIndex: (i: number) => void;
  onBack: () => void;
  openUrl: (url: string) => void;
  highlights: ReadonlyMap<string, readonly HighlightRecord[]>;
  download: (f: ExportFile) => void;
  now: () => number;
}

export function ReadHere({ strings: s, record: t, sectionIndex, setSectionIndex, onBack, openUrl, highlights, download, now }: Props) {
  const i = Math.min(Math.max(0, sectionIndex), t.sections.length - 1);
  const section = t.sections[i];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [t.key, t.version, i]);
  if (!section) return null;
  const marks = highlightsOf(highlights, t.key, section.id);
  const link = `${t.url.replace(/#.*$/, '')}#${section.id}`;
  const day = (ms: number) => formatDay(ms, s.lang) ?? '';
  const title = t.header.title ?? s.untitledTranscript;
  return (
    <section class="bl-ar-read" aria-labelledby="bl-ar-read-h">
      <div class="bl-row">
        <button type="button" class="bl-button-secondary" onClick={onBack}>
          {s.back}
        </button>
      </div>
      <h2 class="bl-h2" id="bl-ar-read-h">
        {s.readHeading}: {title}
      </h2>
      <p class="bl-meta">{[formatDate(t.header.date, s.lang), s.kinds[t.kind], t.header.speaker].filter(Boolean).join(' · ')}</p>
      <p class="bl-ar-version-note">{s.keptNote(t.version, day(t.keptAt), day(t.lastSeen))}</p>
      <div class="bl-row">
        <span class="bl-meta">{s.referencesFor}</span>
        <button type="button" class="bl-button-secondary" onClick={() => download(referenceFile([t], 'csl', now()))}>
          {s.exportCsl}
        </button>
        <button type="button" class="bl-button-secondary" onClick={() => download(referenceFile([t], 'ris', now()))}>
          {s.exportRis}
        </button>
      </div>
      <nav class="bl-row bl-ar-nav" aria-label={s.sectionsOf}>
        <label class="bl-visually-hidden" for="bl-ar-read-section">
          {s.sectionsOf}
        </label>
        <select id="bl-ar-read-section" value={String(i)} onChange={(e) => setSectionIndex(Number(e.currentTarget.value))}>
          {t.sections.map((sec, k) => (
            <option key={sec.id} value={String(k)}>
              {`${k + 1}. ${sectionLabel(sec) ?? s.untitledSection}`}
            </option>
          ))}
        </select>
        <button type="button" class="bl-button-secondary" disabled={i === 0} onClick={() => setSectionIndex(i - 1)}>
          {s.previousSection}
        </button>
        <button type="button" class="bl-button-secondary" disabled={i === t.sections.length - 1} onClick={() => setSectionIndex(i + 1)}>
          {s.nextSection}
        </button>
      </nav>
      <article class="bl-ar-text" aria-labelledby="bl-ar-read-sec">
        <h3 class="bl-h3" id="bl-ar-read-sec" tabIndex={-1} ref={heading}>
          {sectionLabel(section) ?? s.untitledSection}
        </h3>
        <p class="bl-meta">{s.sectionOf(i + 1, t.sections.length)}</p>
        {section.question && (
          <p class="bl-ar-question">
            <strong>{section.asker ?? `${s.question}:`}</strong> {section.question}
          </p>
        )}
        {section.text.split('\n').map((para, k) => (
          <p key={k}>{para}</p>
        ))}
        <HighlightMarks strings={s} highlights={marks} />
        <button type="button" class="bl-button-secondary" onClick={() => openUrl(link)}>
          {s.openOnSite}
        </button>
      </article>
    </section>
  );
}
