/** The Archive tab's search box ("Search all kept transcripts") and its filters: kind, speaker, asker, dates, entity. */
import { useMemo } from 'preact/hooks';
import type { ArchiveFilters } from '../../../lib/archive/search';
import type { ArchiveEntity } from '../../../lib/library/archive-data';
import type { ArchiveStrings } from '../archive-strings';
import { SearchForm } from '../SearchField';
import { SelectField } from '../SelectField';

export const NO_ARCHIVE_FILTERS: Required<ArchiveFilters> = {
  kind: null,
  speaker: null,
  asker: null,
  dateFrom: null,
  dateTo: null,
  entity: null,
};

interface Props {
  strings: ArchiveStrings;
  query: string;
  setQuery: (q: string) => void;
  filters: Required<ArchiveFilters>;
  setFilters: (f: Required<ArchiveFilters>) => void;
  entities: readonly ArchiveEntity[];
  speakers: readonly string[];
}

export function ArchiveFiltersForm({ strings: s, query, setQuery, filters, setFilters, entities, speakers }: Props) {
  const set = <K extends keyof ArchiveFilters>(k: K, v: ArchiveFilters[K]) => setFilters({ ...filters, [k]: v });
  const text = (e: Event) => (e.currentTarget as HTMLInputElement).value.trim() || null;
  const filtered = Object.values(filters).some((v) => v !== null);
  // The same vnodes between keystrokes: Preact skips them, so a long list of names costs nothing per key.
  const entityOptions = useMemo(
    () =>
      entities.map((en) => (
        <option key={en.key} value={en.key}>
          {`${en.label} (${en.transcripts})`}
        </option>
      )),
    [entities],
  );
  const speakerOptions = useMemo(() => speakers.map((name) => <option key={name} value={name} />), [speakers]);
  return (
    <SearchForm id="bl-ar-q" strings={s} value={query} onInput={setQuery}>
      <fieldset class="bl-filters">
        <legend>{s.filters}</legend>
        <SelectField
          id="bl-ar-kind"
          label={s.kind}
          value={filters.kind ?? ''}
          options={[
            { value: '', label: s.anyKind },
            ...(Object.keys(s.kinds) as (keyof typeof s.kinds)[]).map((k) => ({ value: k, label: s.kinds[k] })),
          ]}
          onChange={(v) => set('kind', (v || null) as ArchiveFilters['kind'])}
        />
        <div class="bl-field">
          <label for="bl-ar-speaker">{s.speaker}</label>
          <input
            id="bl-ar-speaker"
            type="text"
            list="bl-ar-speakers"
            autocomplete="off"
            value={filters.speaker ?? ''}
            onChange={(e) => set('speaker', text(e))}
          />
          <datalist id="bl-ar-speakers">{speakerOptions}</datalist>
        </div>
        <div class="bl-field">
          <label for="bl-ar-asker">{s.asker}</label>
          <input id="bl-ar-asker" type="text" autocomplete="off" value={filters.asker ?? ''} onChange={(e) => set('asker', text(e))} />
        </div>
        <div class="bl-field">
          <label for="bl-ar-from">{s.dateFrom}</label>
          <input id="bl-ar-from" type="date" value={filters.dateFrom ?? ''} onChange={(e) => set('dateFrom', text(e))} />
        </div>
        <div class="bl-field">
          <label for="bl-ar-to">{s.dateTo}</label>
          <input id="bl-ar-to" type="date" value={filters.dateTo ?? ''} onChange={(e) => set('dateTo', text(e))} />
        </div>
        <div class="bl-field bl-field-wide">
          <label for="bl-ar-entity">{s.entity}</label>
          <select id="bl-ar-entity" value={filters.entity ?? ''} onChange={(e) => set('entity', e.currentTarget.value || null)}>
            <option value="">{s.anyEntity}</option>
            {entityOptions}
          </select>
        </div>
        {filtered && (
          <button type="button" class="bl-button-secondary" onClick={() => setFilters(NO_ARCHIVE_FILTERS)}>
            {s.clearFilters}
          </button>
        )}
      </fieldset>
    </SearchForm>
  );
}
