/** Sections that match the search, with the words marked in a snippet (text, never HTML). */
import { displayTitle, tocTitles } from '../../lib/briefing/sections';
import type { SectionMatch } from '../../lib/briefing/search';
import type { Strings } from '../i18n';
import type { SidebarServices } from '../../lib/sidebar/services';

export function SearchResults({
  services,
  strings,
  matches,
  onPick,
  onJump,
}: {
  services: SidebarServices;
  strings: Strings;
  matches: SectionMatch[];
  onPick: (section: number) => void;
  onJump: (section: number) => void;
}) {
  if (!matches.length) return null;
  const titles = tocTitles(services.briefing);
  return (
    <nav class="bl-results" aria-label={strings.search}>
      <ol class="bl-toc-list bl-plain">
        {matches.map((m) => {
          const s = services.briefing.sections[m.section];
          const title = displayTitle(s, s.kind === 'qa' ? strings.untitledPair : strings.untitledOpening, titles[m.section]);
          return (
            <li key={s.id} class="bl-result">
              <button type="button" class="bl-toc-entry" onClick={() => (m.hits.length ? onPick(m.section) : onJump(m.section))}>
                <span class="bl-result-title">{title}</span>
                {m.hits.length > 0 && (
                  <span class="bl-snippet">{m.snippet.map((part, k) => (part.hit ? <mark key={k}>{part.text}</mark> : part.text))}</span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
