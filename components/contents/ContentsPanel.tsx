/**
 * The contents view: search box, then either the search results or the two-part table of
 * contents with the Q&A browser. Keeps track of the section being read (scroll-spy) and offers
 * next/previous section navigation to the shell.
 */
import type { Ref } from 'preact';
import { useEffect, useImperativeHandle, useMemo, useState } from 'preact/hooks';
import { searchBriefing, type SearchHit } from '../../lib/briefing/search';
import type { SectionFilter } from '../entities/EntitiesPanel';
import type { Strings } from '../i18n';
import type { Notify } from '../Toast';
import type { SidebarServices } from '../../lib/sidebar/services';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { TocNav } from './TocNav';

export interface ContentsHandle {
  step(direction: 1 | -1): void;
}

export interface ContentsPanelProps {
  services: SidebarServices;
  strings: Strings;
  handle: Ref<ContentsHandle>;
  /** Narrow the table of contents to these sections (chosen in the entity index). */
  filter: SectionFilter | null;
  onClearFilter: () => void;
  /** The sidebar's toast (copy feedback, shown at the top whatever is scrolled). */
  notify: Notify;
}

export function ContentsPanel({ services, strings, handle, filter, onClearFilter, notify }: ContentsPanelProps) {
  const [current, setCurrent] = useState(-1);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<number | null>(null);
  const sections = services.briefing.sections;

  useEffect(() => services.nav.onSection(setCurrent), []);

  const step = (direction: 1 | -1) => {
    const next = Math.min(sections.length - 1, Math.max(0, (current < 0 ? (direction === 1 ? -1 : 0) : current) + direction));
    services.nav.jump(next, { focus: false });
    setCurrent(next);
  };
  useImperativeHandle(handle, () => ({ step }), [current]);
  useEffect(() => services.nav.onCommand((c) => (c === 'next-section' ? step(1) : c === 'prev-section' ? step(-1) : undefined)), [current]);

  const matches = useMemo(() => (query.trim() ? searchBriefing(services.briefing, query) : []), [query]);
  const hits: SearchHit[] = useMemo(() => matches.flatMap((m) => m.hits), [matches]);

  useEffect(() => {
    setActive(null);
    services.search.paint(hits, null);
  }, [hits]);

  const walk = (to: number) => {
    if (!hits.length) return;
    const k = ((to % hits.length) + hits.length) % hits.length;
    setActive(k);
    services.search.paint(hits, k);
  };

  const copy = async (text: string) => {
    const ok = await services.shell.copy(text);
    notify(ok ? { text: strings.copied } : { text: strings.copyFailed, error: true });
  };

  return (
    <div class="bl-contents">
      <SearchBox
        strings={strings}
        query={query}
        onQuery={setQuery}
        summary={query.trim() ? strings.results(hits.length, matches.length) : ''}
        position={active !== null ? strings.hitOf(active + 1, hits.length) : ''}
        hasHits={hits.length > 0}
        onEnter={() => walk(0)}
        onNext={() => walk(active === null ? 0 : active + 1)}
        onPrev={() => walk(active === null ? hits.length - 1 : active - 1)}
      />
      {query.trim() ? (
        <SearchResults
          services={services}
          strings={strings}
          matches={matches}
          onPick={(section) => walk(hits.findIndex((h) => h.section === section))}
          onJump={(s) => services.nav.jump(s, { focus: true })}
        />
      ) : (
        <>
          {filter && (
            <p class="bl-filter">
              {strings.filteredBy(filter.label, filter.sections.length)}{' '}
              <button type="button" class="bl-link-button" onClick={onClearFilter}>
                {strings.clearFilter}
              </button>
            </p>
          )}
          <TocNav services={services} strings={strings} current={current} onCopy={copy} only={filter ? new Set(filter.sections) : null} />
        </>
      )}
    </div>
  );
}
