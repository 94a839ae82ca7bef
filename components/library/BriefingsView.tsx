/**
 * The Briefings view: every briefing the reader has read (with or without highlights), newest
 * first, narrowed on demand to those that mention a person, place or organisation — "which
 * briefings I have read mention OSCE". One name per entity across languages (entity-names.ts).
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../lib/format/date';
import { entityNames, namesMatch } from '../../lib/library/entity-names';
import { parseEntityKey } from '../../lib/library/labels';
import { briefingLink } from '../../lib/library/links';
import { briefingsMentioning, entityTotals, type LibraryData, type LibraryIndex } from '../../lib/library/search';
import type { BriefingRecord } from '../../lib/store/schema';
import { SelectField } from './SelectField';
import type { LibraryStrings } from './strings';
import { SearchField } from './SearchField';

const ENTITY_TYPES = ['all', 'person', 'place', 'organization', 'date'] as const;
const MAX_ENTITY_BUTTONS = 100;
const MAX_BRIEFINGS_SHOWN = 300;

interface Props {
  strings: LibraryStrings;
  data: LibraryData;
  index: LibraryIndex;
  openUrl: (url: string) => void;
  showBriefing: (key: string) => void;
}

export function BriefingsView({ strings: s, data, index, openUrl, showBriefing }: Props) {
  const [q, setQ] = useState('');
  const [type, setType] = useState<(typeof ENTITY_TYPES)[number]>('all');
  const [chosen, setChosen] = useState<string | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const totals = useMemo(() => entityTotals(data.briefings), [data]);
  const names = useMemo(() => entityNames(data.briefings, s.lang), [data, s.lang]);
  const counts = useMemo(() => new Map(index.groups.map((g) => [g.key, g.highlights.length])), [index]);
  const labelOf = (key: string) => names.get(key)?.label ?? key;
  const matches = useMemo(
    () => totals.filter((t) => (type === 'all' || parseEntityKey(t.key).kind === type) && namesMatch(names.get(t.key), t.key, q)),
    [totals, names, q, type],
  );
  const all = useMemo(
    () =>
      [...data.briefings]
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.lastSeen - a.lastSeen)
        .map((briefing) => ({ briefing, count: 0 })),
    [data],
  );
  const listed = useMemo(() => (chosen ? briefingsMentioning(data.briefings, chosen) : all), [data, chosen, all]);
  const choose = (key: string | null) => {
    setChosen(key);
    setTimeout(() => resultsHeading.current?.focus(), 0);
  };

  if (data.briefings.length === 0) return <p class="bl-meta">{s.noBriefingsRead}</p>;
  return (
    <div class="bl-entity-columns">
      <section aria-labelledby="bl-e-res-h" class="bl-briefing-list">
        <h2 id="bl-e-res-h" class="bl-h2" tabIndex={-1} ref={resultsHeading}>
          {chosen ? s.mentioningHeading(labelOf(chosen), listed.length) : s.briefingsRead(listed.length)}
        </h2>
        {chosen && (
          <button type="button" class="bl-link-button" onClick={() => choose(null)}>
            {s.showAllBriefings}
          </button>
        )}
        <ul class="bl-plain-list bl-mentions">
          {listed.slice(0, MAX_BRIEFINGS_SHOWN).map(({ briefing: b, count }) => (
            <BriefingItem
              key={b.key}
              strings={s}
              b={b}
              speaker={index.speakerName(b.speaker, s.lang)}
              mentions={chosen ? count : null}
              highlights={counts.get(b.key) ?? 0}
              openUrl={openUrl}
              showBriefing={showBriefing}
            />
          ))}
        </ul>
        {listed.length > MAX_BRIEFINGS_SHOWN && <p class="bl-meta">{s.moreEntities(listed.length - MAX_BRIEFINGS_SHOWN)}</p>}
      </section>
      <section aria-labelledby="bl-e-list-h" class="bl-entity-list">
        <h2 id="bl-e-list-h" class="bl-h2">
          {s.filterByEntity}
        </h2>
        <form
          role="search"
          aria-label={s.entityRegion}
          class="bl-search bl-entity-search"
          onSubmit={(e) => {
            e.preventDefault();
            if (matches[0]) choose(matches[0].key);
          }}
        >
          <SearchField id="bl-e-q" label={s.entityLabel} value={q} placeholder={s.entityPlaceholder} onInput={setQ} />
          <SelectField
            id="bl-e-type"
            label={s.entityType}
            value={type}
            options={ENTITY_TYPES.map((t) => ({ value: t, label: s.entityTypes[t] ?? t }))}
            onChange={(v) => setType(v as (typeof ENTITY_TYPES)[number])}
          />
        </form>
        <p class="bl-meta">{s.entitiesHeading(matches.length, totals.length)}</p>
        {totals.length === 0 && <p class="bl-meta">{s.noEntities}</p>}
        {totals.length > 0 && matches.length === 0 && <p class="bl-meta">{s.noEntityMatch}</p>}
        <ul class="bl-plain-list">
          {matches.slice(0, MAX_ENTITY_BUTTONS).map((t) => (
            <li key={t.key}>
              <button type="button" class="bl-entity" aria-pressed={chosen === t.key} onClick={() => choose(t.key)}>
                <span class="bl-entity-label">
                  <span class="bl-visually-hidden">{s.chooseEntityPrefix}</span>
                  {labelOf(t.key)}
                </span>
                <span class="bl-entity-kind">
                  <span class="bl-visually-hidden">, </span>
                  {s.entityKind[parseEntityKey(t.key).kind]}
                </span>
                <span class="bl-entity-stats">
                  <span class="bl-visually-hidden">, </span>
                  {s.entityStats(t.briefings, t.mentions)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {matches.length > MAX_ENTITY_BUTTONS && <p class="bl-meta">{s.moreEntities(matches.length - MAX_ENTITY_BUTTONS)}</p>}
      </section>
    </div>
  );
}

/** Opens in a tab through `openUrl`, but lets modified clicks (new window, copy) do their own thing. */
function linkClick(openUrl: (url: string) => void, url: string) {
  return (e: MouseEvent) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    openUrl(url);
  };
}

function BriefingItem({
  strings: s,
  b,
  speaker,
  mentions,
  highlights,
  openUrl,
  showBriefing,
}: {
  strings: LibraryStrings;
  b: BriefingRecord;
  speaker: string | null;
  mentions: number | null;
  highlights: number;
  openUrl: (url: string) => void;
  showBriefing: (key: string) => void;
}) {
  const href = briefingLink(b.url);
  const title = b.title ?? s.untitledBriefing;
  return (
    <li class="bl-mention">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" class="bl-mention-title" onClick={linkClick(openUrl, href)}>
          {title}
        </a>
      ) : (
        <span class="bl-mention-title">{title}</span>
      )}
      <p class="bl-meta">
        {[speaker, formatDate(b.date, s.lang), mentions !== null ? s.mentions(mentions) : null].filter(Boolean).join(' · ')}
      </p>
      {highlights > 0 ? (
        <button type="button" class="bl-link-button" onClick={() => showBriefing(b.key)}>
          {s.showHighlights(highlights)}
        </button>
      ) : (
        <p class="bl-meta">{s.noHighlightsHere}</p>
      )}
    </li>
  );
}
