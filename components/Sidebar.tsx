/** The reading sidebar: header card and the two-part table of contents. */
import type { Briefing, Section } from '../lib/briefing/model';
import { displayTitle } from '../lib/briefing/sections';
import type { Strings } from './i18n';

export interface SidebarProps {
  briefing: Briefing;
  strings: Strings;
  onJump: (sectionIndex: number) => void;
}

function HeaderCard({ briefing, strings }: { briefing: Briefing; strings: Strings }) {
  const h = briefing.header;
  const facts: [string, string | null][] = [
    [strings.speaker, h.speaker],
    [strings.place, h.place],
    [strings.date, h.date],
    [strings.time, h.time],
    [strings.docNumber, h.docNumber],
  ];
  return (
    <header class="bl-card">
      <p class="bl-title">
        <span class="bl-badge" title={strings.language}>{h.language.toUpperCase()}</span> {h.title ?? strings.appName}
      </p>
      <dl class="bl-facts">
        {facts.filter(([, v]) => v).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

interface Item {
  index: number;
  section: Section;
}

function TocGroup({ id, heading, items, strings, onJump }: { id: string; heading: string; items: Item[]; strings: Strings; onJump: (i: number) => void }) {
  if (items.length === 0) return null;
  return (
    <section class="bl-toc-group" aria-labelledby={id}>
      <h2 id={id} class="bl-toc-heading">
        {heading} <span class="bl-count">{items.length}</span>
      </h2>
      <ol class="bl-toc-list">
        {items.map(({ index, section }) => (
          <li key={section.id}>
            <button type="button" class="bl-toc-entry" onClick={() => onJump(index)}>
              {displayTitle(section, section.kind === 'qa' ? strings.untitledPair : strings.untitledOpening)}
            </button>
            {section.kind === 'qa' && section.followUps.length > 0 && (
              <span class="bl-meta">{strings.followUps(section.followUps.length)}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Sidebar({ briefing, strings, onJump }: SidebarProps) {
  const items = briefing.sections.map((section, index) => ({ index, section }));
  const missing = briefing.toc.filter((e) => e.section === null);
  return (
    <aside class="bl-sidebar" role="complementary" aria-label={strings.appName}>
      <HeaderCard briefing={briefing} strings={strings} />
      <nav class="bl-toc" aria-label={strings.toc}>
        <TocGroup id="bl-statements" heading={strings.statements} items={items.filter((i) => i.section.kind === 'statement')} strings={strings} onJump={onJump} />
        <TocGroup id="bl-answers" heading={strings.answers} items={items.filter((i) => i.section.kind === 'qa')} strings={strings} onJump={onJump} />
        {missing.length > 0 && (
          <ul class="bl-missing">
            {missing.map((e) => (
              <li key={e.block}>
                {e.title} <span class="bl-meta">({strings.notOnPage})</span>
              </li>
            ))}
          </ul>
        )}
      </nav>
    </aside>
  );
}
