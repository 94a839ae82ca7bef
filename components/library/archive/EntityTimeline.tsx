/**
 * An entity's timeline: for a person, place or organisation picked from the archive's entities,
 * the kept sections that mention it per month, as a small SVG bar chart. Each bar is a focusable
 * button named "<month>: N sections"; choosing one lists those sections as hits (Open / Read here).
 */
import { useMemo, useState } from 'preact/hooks';
import { scanSearch, type ArchiveHit } from '../../../lib/archive/search';
import { entityTimeline, type TimelineMonth } from '../../../lib/archive/timeline';
import { archiveEntities, sectionLabel } from '../../../lib/library/archive-data';
import type { HighlightRecord, TranscriptVersionRecord } from '../../../lib/store/schema';
import type { ArchiveStrings } from '../archive-strings';
import { ArchiveHitList } from './ArchiveHit';
import { Part } from '../Part';
import { SelectField } from '../SelectField';

interface Props {
  strings: ArchiveStrings;
  list: readonly TranscriptVersionRecord[];
  highlights: ReadonlyMap<string, readonly HighlightRecord[]>;
  openUrl: (url: string) => void;
  onReadHere: (hit: ArchiveHit) => void;
}

const BAR_W = 18;
const GAP = 4;
const CHART_H = 80;

export function monthName(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 15));
}

export function EntityTimeline({ strings: s, list, highlights, openUrl, onReadHere }: Props) {
  const entities = useMemo(() => archiveEntities(list, s.lang, ['person', 'place', 'organization']), [list, s.lang]);
  const [key, setKey] = useState('');
  const [month, setMonth] = useState<string | null>(null);
  const months = useMemo(() => (key ? entityTimeline(list, key) : []), [list, key]);
  const label = entities.find((e) => e.key === key)?.label ?? key;
  const chosen = months.find((m) => m.month === month) ?? null;
  const hits = useMemo(() => (chosen ? monthHits(list, key, chosen) : []), [list, key, chosen]);
  const max = Math.max(1, ...months.map((m) => m.count));
  // Room for the last month's label (about 7 characters) past the last bar.
  const width = months.length * (BAR_W + GAP) + 40;

  return (
    <Part id="bl-ar-tl-h" class="bl-ar-part" heading={s.timelineHeading}>
      <SelectField
        id="bl-ar-tl-entity"
        class="bl-field-wide"
        label={s.timelineEntity}
        value={key}
        options={[
          { value: '', label: s.timelineChoose },
          ...entities.map((e) => ({ value: e.key, label: `${e.label} (${e.transcripts})` })),
        ]}
        onChange={(v) => {
          setKey(v);
          setMonth(null);
        }}
      />
      {key && months.length === 0 && <p class="bl-meta">{s.timelineNone}</p>}
      {months.length > 0 && (
        <div class="bl-ar-chart">
          <svg
            role="group"
            aria-label={s.timelineChart(label)}
            width={width}
            height={CHART_H + 20}
            viewBox={`0 0 ${width} ${CHART_H + 20}`}
          >
            {months.map((m, i) => {
              const h = m.count === 0 ? 1 : Math.max(4, Math.round((m.count / max) * CHART_H));
              const name = s.barLabel(monthName(m.month, s.lang), m.count);
              const choose = () => m.count > 0 && setMonth(m.month);
              return (
                <g
                  key={m.month}
                  role="button"
                  // Lower case: on an SVG element Preact sets the attribute as written, and only `tabindex` counts.
                  tabindex={m.count > 0 ? 0 : -1}
                  aria-label={name}
                  aria-pressed={month === m.month}
                  aria-disabled={m.count === 0 ? true : undefined}
                  class={month === m.month ? 'bl-ar-bar bl-ar-bar-on' : 'bl-ar-bar'}
                  onClick={choose}
                  onKeyDown={(e) => {
                    if (e.key !== 'Enter' && e.key !== ' ') return;
                    e.preventDefault();
                    choose();
                  }}
                >
                  <title>{name}</title>
                  <rect x={i * (BAR_W + GAP)} y={CHART_H - h} width={BAR_W} height={h} />
                </g>
              );
            })}
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a group of text labels, nothing focusable; the bars carry the months in their names */}
            <g aria-hidden="true" class="bl-ar-axis">
              {months.map((m, i) =>
                i === 0 || i === months.length - 1 || (m.month.endsWith('-01') && i > 2 && i < months.length - 3) ? (
                  <text key={m.month} x={i * (BAR_W + GAP)} y={CHART_H + 14}>
                    {m.month}
                  </text>
                ) : null,
              )}
            </g>
          </svg>
        </div>
      )}
      {chosen && (
        <section aria-labelledby="bl-ar-tl-month">
          <h3 class="bl-h3" id="bl-ar-tl-month">
            {s.monthSections(monthName(chosen.month, s.lang), label)}
          </h3>
          <ArchiveHitList
            strings={s}
            hits={hits}
            idPrefix="bl-ar-tl"
            highlights={highlights}
            fallbackTitle={(hit) =>
              hit.sectionTitle
                ? null
                : sectionLabel(list.find((t) => t.key === hit.key && t.version === hit.version)!.sections[hit.sectionIndex]!)
            }
            openUrl={openUrl}
            onReadHere={onReadHere}
          />
        </section>
      )}
    </Part>
  );
}

/** The month's sections as hits (title, transcript, date, the start of the text). */
function monthHits(list: readonly TranscriptVersionRecord[], entityKey: string, m: TimelineMonth): ArchiveHit[] {
  const wanted = new Set(m.sections.map((x) => `${x.key}\u0000${x.version}\u0000${x.sectionIndex}`));
  const transcripts = list.filter((t) => t.header.date?.startsWith(m.month));
  const { hits } = scanSearch(
    transcripts,
    '',
    { entity: entityKey },
    { limit: Number.MAX_SAFE_INTEGER, budgetMs: Number.POSITIVE_INFINITY },
  );
  return hits.filter((h) => wanted.has(`${h.key}\u0000${h.version}\u0000${h.sectionIndex}`));
}
