/** Title, kind (briefing, remarks, interview), speaker, place, date, time, document number and the article's language. */
import type { BriefingHeader, TranscriptKind } from '../lib/briefing/model';
import type { Strings } from './i18n';

export function HeaderCard({ header: h, strings, kind = 'briefing' }: { header: BriefingHeader; strings: Strings; kind?: TranscriptKind }) {
  const facts: [string, string | null][] = [
    [strings.kind, strings.kinds[kind]],
    [strings.speaker, h.speaker],
    [strings.place, h.place],
    [strings.date, h.date],
    [strings.time, h.time],
    [strings.docNumber, h.docNumber],
  ];
  return (
    <header class="bl-card">
      <p class="bl-title">
        <span class="bl-badge" title={strings.language}>
          <span class="bl-visually-hidden">{strings.language}: </span>
          {h.language.toUpperCase()}
        </span>{' '}
        {h.title ?? strings.appName}
      </p>
      <dl class="bl-facts">
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
