/**
 * The filter box: typing narrows the contents; Enter jumps to the first hit; arrows (or the
 * previous / next buttons) walk the hits. It stays at the top while the list scrolls.
 */
import type { Strings } from '../i18n';

export interface SearchBoxProps {
  strings: Strings;
  query: string;
  summary: string;
  position: string;
  /** Previous / next buttons are offered when there is something to walk. */
  hasHits: boolean;
  onQuery: (q: string) => void;
  onEnter: () => void;
  onNext: () => void;
  onPrev: () => void;
}

export function SearchBox({ strings, query, summary, position, hasHits, onQuery, onEnter, onNext, onPrev }: SearchBoxProps) {
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
      <p id="bl-search-help" class="bl-visually-hidden">
        {strings.searchHelp}
      </p>
      <div class="bl-search-bar">
        <p class="bl-search-summary" aria-live="polite">
          {summary}
          {position && <span class="bl-search-position"> · {position}</span>}
        </p>
        {hasHits && (
          <span class="bl-search-steps">
            <button type="button" class="bl-mini bl-step" aria-label={strings.prevHit} title={strings.prevHit} onClick={onPrev}>
              <span aria-hidden="true">↑</span>
            </button>
            <button type="button" class="bl-mini bl-step" aria-label={strings.nextHit} title={strings.nextHit} onClick={onNext}>
              <span aria-hidden="true">↓</span>
            </button>
          </span>
        )}
      </div>
    </div>
  );
}
