/** The Highlights view's search box and filters (tag, colour, speaker, dates, briefing), and the sort. */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { formatDate } from '../../lib/format/date';
import { NO_FILTERS, type LibraryFilters, type LibraryIndex } from '../../lib/library/search';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/store/schema';
import type { LibraryStrings } from './strings';
import { SelectField } from './SelectField';
import { SearchForm } from './SearchField';

export interface FiltersFormProps {
  strings: LibraryStrings;
  index: LibraryIndex;
  complete: boolean;
  query: string;
  setQuery: (q: string) => void;
  filters: LibraryFilters;
  setFilters: (f: LibraryFilters) => void;
  /** More controls in the filter box (the sort). */
  children?: ComponentChildren;
}

export function FiltersForm({ strings: s, index, complete, query, setQuery, filters, setFilters, children }: FiltersFormProps) {
  const tags = useMemo(() => index.tagCounts(), [index]);
  const speakers = useMemo(() => index.speakers(s.lang), [index, s.lang]);
  const set = <K extends keyof LibraryFilters>(k: K, v: LibraryFilters[K]) => setFilters({ ...filters, [k]: v });
  const filtered = query !== '' || JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  const focusList = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'Enter') return;
    e.preventDefault();
    document.querySelector<HTMLElement>('#bl-panel-highlights [data-primary][tabindex="0"]')?.focus();
  };

  return (
    <SearchForm id="bl-q" strings={s} value={query} disabled={!complete} onInput={setQuery} onKeyDown={focusList}>
      <fieldset class="bl-filters" disabled={!complete}>
        <legend>{s.filters}</legend>
        <SelectField
          id="bl-f-tag"
          label={s.tag}
          value={filters.tags[0] ?? ''}
          options={[{ value: '', label: s.anyTag }, ...tags.map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }))]}
          onChange={(v) => set('tags', v ? [v] : [])}
        />
        <SelectField
          id="bl-f-speaker"
          label={s.speaker}
          value={filters.speaker ?? ''}
          options={[{ value: '', label: s.anySpeaker }, ...speakers.map((sp) => ({ value: sp.key, label: sp.label }))]}
          onChange={(v) => set('speaker', v || null)}
        />
        <div class="bl-field">
          <label for="bl-f-from">{s.dateFrom}</label>
          <input
            id="bl-f-from"
            type="date"
            value={filters.dateFrom ?? ''}
            onChange={(e) => set('dateFrom', e.currentTarget.value || null)}
          />
        </div>
        <div class="bl-field">
          <label for="bl-f-to">{s.dateTo}</label>
          <input id="bl-f-to" type="date" value={filters.dateTo ?? ''} onChange={(e) => set('dateTo', e.currentTarget.value || null)} />
        </div>
        <SelectField
          id="bl-f-briefing"
          class="bl-field-briefing"
          label={s.briefing}
          value={filters.briefingKey ?? ''}
          options={[
            { value: '', label: s.allBriefings },
            ...index.groups.map((g) => ({
              value: g.key,
              label: [formatDate(g.date, s.lang), g.title ?? s.untitledBriefing].filter(Boolean).join(' — '),
            })),
          ]}
          onChange={(v) => set('briefingKey', v || null)}
        />
        {children}
        <fieldset class="bl-colours">
          <legend>{s.colour}</legend>
          {HIGHLIGHT_COLORS.map((c) => (
            <label key={c} class={`bl-colour bl-color-${c}`}>
              <input
                type="checkbox"
                checked={filters.colors.includes(c)}
                onChange={(e) =>
                  set('colors', e.currentTarget.checked ? [...filters.colors, c] : filters.colors.filter((x: HighlightColor) => x !== c))
                }
              />
              <span class="bl-swatch" aria-hidden="true" />
              {s.colorName[c]}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          class="bl-button-secondary bl-clear"
          disabled={!filtered}
          onClick={() => {
            setQuery('');
            setFilters(NO_FILTERS);
          }}
        >
          {s.clearFilters}
        </button>
      </fieldset>
    </SearchForm>
  );
}
