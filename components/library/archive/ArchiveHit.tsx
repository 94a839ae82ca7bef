/**
 * One hit of the archive: the section's title, its transcript, date and kind, a snippet with the
 * query's words marked, the reader's highlights and notes on that section, and "Open" (the
 * section on the site) / "Read here" (the kept text). Every piece of data is a text node.
 */
import type { ArchiveHit as Hit, SnippetPart } from '../../../lib/archive/search';
import { formatDate } from '../../../lib/format/date';
import { highlightsOf } from '../../../lib/library/archive-data';
import type { HighlightRecord } from '../../../lib/store/schema';
import type { ArchiveStrings } from '../archive-strings';

export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <p class="bl-ar-snippet">
      {parts.map((p, i) => (
        <span key={i}>
          {p.before}
          {p.match && <mark>{p.match}</mark>}
          {p.after}
        </span>
      ))}
    </p>
  );
}

export interface ArchiveHitProps {
  strings: ArchiveStrings;
  hit: Hit;
  /** Unique within the page: ids for the title the buttons are described by. */
  id: string;
  highlights: readonly HighlightRecord[];
  /** The name of a section without a title (its question, its first words). */
  fallbackTitle?: string | null;
  /** Checkbox "select for references" (absent: no checkbox). */
  selected?: boolean;
  onSelect?: (on: boolean) => void;
  openUrl: (url: string) => void;
  onReadHere: (hit: Hit) => void;
}

export function ArchiveHitRow({
  strings: s,
  hit,
  id,
  highlights,
  fallbackTitle,
  selected,
  onSelect,
  openUrl,
  onReadHere,
}: ArchiveHitProps) {
  const title = hit.sectionTitle ?? fallbackTitle ?? s.untitledSection;
  const transcript = hit.transcriptTitle ?? s.untitledTranscript;
  const meta = [transcript, formatDate(hit.date, s.lang), s.kinds[hit.kind], hit.asker ? s.askedBy(hit.asker) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class="bl-ar-hit" aria-labelledby={`${id}-t`}>
      <h3 class="bl-ar-hit-title" id={`${id}-t`}>
        {title}
      </h3>
      <p class="bl-meta bl-ar-hit-meta">{meta}</p>
      <Snippet parts={hit.snippet} />
      <HighlightMarks strings={s} highlights={highlights} />
      <div class="bl-row">
        <button type="button" class="bl-button-secondary" aria-describedby={`${id}-t`} onClick={() => openUrl(hit.link)}>
          {s.open}
        </button>
        <button type="button" id={`${id}-read`} class="bl-button-secondary" aria-describedby={`${id}-t`} onClick={() => onReadHere(hit)}>
          {s.readHere}
        </button>
        {onSelect && (
          <label class="bl-ar-select">
            <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
            <span class="bl-visually-hidden">{s.selectForReferences(transcript)}</span>
            <span aria-hidden="true">{s.selectShort}</span>
          </label>
        )}
      </div>
    </li>
  );
}

/** The reader's highlights (and notes) on a section, as text: in a hit and under "Read here". */
export function HighlightMarks({ strings: s, highlights }: { strings: ArchiveStrings; highlights: readonly HighlightRecord[] }) {
  if (highlights.length === 0) return null;
  return (
    <div class="bl-ar-marks">
      <p class="bl-meta">{s.highlightsHere(highlights.length)}</p>
      <ul class="bl-plain-list">
        {highlights.map((h) => (
          <li key={h.id} class={`bl-ar-mark bl-ar-mark-${h.color}`}>
            <q>{h.quote}</q>
            {h.note && (
              <span class="bl-ar-note">
                {' — '}
                <span class="bl-visually-hidden">{`${s.note}: `}</span>
                {h.note}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface ArchiveHitListProps extends Pick<ArchiveHitProps, 'strings' | 'openUrl' | 'onReadHere'> {
  hits: readonly Hit[];
  /** Ids of the rows: `<idPrefix>-<i>`. */
  idPrefix: string;
  label?: string;
  /** The reader's highlights by briefing key. */
  highlights: ReadonlyMap<string, readonly HighlightRecord[]>;
  fallbackTitle: (hit: Hit) => string | null;
  /** With both: a "select for references" checkbox on each hit. */
  isSelected?: (hit: Hit) => boolean;
  onSelect?: (hit: Hit, on: boolean) => void;
}

/** A list of hits (search results, a month of the timeline). */
export function ArchiveHitList({ hits, idPrefix, label, highlights, fallbackTitle, isSelected, onSelect, ...row }: ArchiveHitListProps) {
  return (
    <ol class="bl-plain-list bl-ar-hits" aria-label={label}>
      {hits.map((hit, i) => (
        <ArchiveHitRow
          {...row}
          key={`${hit.key}-${hit.version}-${hit.sectionId}`}
          id={`${idPrefix}-${i}`}
          hit={hit}
          highlights={highlightsOf(highlights, hit.key, hit.sectionId)}
          fallbackTitle={fallbackTitle(hit)}
          selected={isSelected?.(hit)}
          onSelect={onSelect && ((on) => onSelect(hit, on))}
        />
      ))}
    </ol>
  );
}
