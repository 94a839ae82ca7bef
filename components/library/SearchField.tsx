/** The library's search boxes (highlights, archive, entities): a labelled search input with optional help. */
import type { ComponentChildren } from 'preact';
export interface SearchFieldProps {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  /** A line under the box, tied to it as its description. */
  help?: string;
  disabled?: boolean;
  onInput: (value: string) => void;
  onKeyDown?: (e: KeyboardEvent) => void;
}

export function SearchField({ id, label, value, placeholder, help, disabled, onInput, onKeyDown }: SearchFieldProps) {
  return (
    <div class="bl-field bl-field-wide">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        aria-describedby={help ? `${id}-help` : undefined}
        autocomplete="off"
        disabled={disabled}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {help && (
        <span id={`${id}-help`} class="bl-help">
          {help}
        </span>
      )}
    </div>
  );
}

/** The texts of a search form: its landmark's name, the box's label, placeholder and help. */
export interface SearchTexts {
  searchRegion: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchHelp: string;
}

export interface SearchFormProps extends Pick<SearchFieldProps, 'id' | 'value' | 'disabled' | 'onInput' | 'onKeyDown'> {
  strings: SearchTexts;
  /** The filters under the box. */
  children?: ComponentChildren;
}

/** A search landmark: the search box, then its filters. Enter never submits (results follow typing). */
export function SearchForm({ strings: s, children, ...field }: SearchFormProps) {
  return (
    <form role="search" aria-label={s.searchRegion} class="bl-search" onSubmit={(e) => e.preventDefault()}>
      <SearchField {...field} label={s.searchLabel} placeholder={s.searchPlaceholder} help={s.searchHelp} />
      {children}
    </form>
  );
}
