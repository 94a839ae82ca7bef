/**
 * Title, kind (briefing, remarks, interview), speaker, place, date, time, document number and the
 * article's language. Folds to its title line (remembered), so the list gets the room.
 */
import type { BriefingHeader, TranscriptKind } from '../lib/briefing/model';
import { formatDate } from '../lib/format/date';
import type { Strings } from './i18n';

export interface HeaderCardProps {
  header: BriefingHeader;
  strings: Strings;
  kind?: TranscriptKind;
  folded?: boolean;
  onFold?: (folded: boolean) => void;
}

export function HeaderCard({ header: h, strings, kind = 'briefing', folded = false, onFold }: HeaderCardProps) {
  const facts: [string, string | null][] = [
    [strings.kind, strings.kinds[kind]],
    [strings.speaker, h.speaker],
    [strings.place, h.place],
    // One date format per UI language, as everywhere else in the extension.
    [strings.date, formatDate(h.date, strings.uiLanguage) ?? h.date],
    [strings.time, h.time],
    [strings.docNumber, h.docNumber],
  ];
  return (
    <header class={folded ? 'bl-card bl-folded' : 'bl-card'}>
      <div class="bl-card-head">
        <p class="bl-title">
          <span class="bl-badge" title={strings.language}>
            <span class="bl-visually-hidden">{strings.language}: </span>
            {h.language.toUpperCase()}
          </span>{' '}
          {h.title ?? strings.appName}
        </p>
        {onFold && (
          <button
            type="button"
            class="bl-mini bl-fold"
            aria-expanded={!folded}
            aria-controls="bl-facts"
            aria-label={folded ? strings.unfoldHeader : strings.foldHeader}
            title={folded ? strings.unfoldHeader : strings.foldHeader}
            onClick={() => onFold(!folded)}
          >
            <span aria-hidden="true">{folded ? '▸' : '▾'}</span>
          </button>
        )}
      </div>
      <dl id="bl-facts" class="bl-facts" hidden={folded}>
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
    </header>
  );
}
