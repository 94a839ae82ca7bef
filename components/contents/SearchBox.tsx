/** The filter box: typing narrows the contents; Enter jumps to the first hit; arrows walk the hits. */
import type { Strings } from '../i18n';

export interface SearchBoxProps {
  strings: Strings;
  query: string;
  summary: string;
  position: string;
  onQuery: (q: string) => void;
  onEnter: () => void;
  onNext: () => void;
  onPrev: () => void;
}

export function SearchBox({ strings, query, summary, position, onQuery, onEnter, onNext, onPrev }: SearchBoxProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (e.shiftKey) onPrev();
      else onEnter();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      onNext();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      onPrev();
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      onQuery('');
    }
  };
  return (
    <div class="bl-search" role="search">
      <input
        type="search"
        class="bl-search-input"
        aria-label={strings.search}
        aria-describedby="bl-search-help"
        placeholder={strings.searchPlaceholder}
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p id="bl-search-help" class="bl-visually-hidden">{strings.searchHelp}</p>
      <p class="bl-search-summary" aria-live="polite">
        {summary}
        {position && <span class="bl-search-position"> · {position}</span>}
      </p>
    </div>
  );
}
