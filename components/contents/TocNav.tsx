/**
 * The two-part table of contents. Statements are a list of jump buttons; answers are a Q&A
 * browser: title (from the TOC, or derived from the question), speaker, the question's first
 * words, follow-ups, and a disclosure to read the whole question here.
 */
import { useEffect, useState } from 'preact/hooks';
import { citation, sectionLink, sectionQuote } from '../../lib/briefing/citation';
import type { Section } from '../../lib/briefing/model';
import { displayTitle, tocTitles } from '../../lib/briefing/sections';
import type { ComponentChildren } from 'preact';
import type { Strings } from '../i18n';
import { LinkIcon, MarkdownIcon, QuoteIcon } from '../icons';
import type { SidebarServices } from '../../lib/sidebar/services';

interface EntryProps {
  services: SidebarServices;
  strings: Strings;
  index: number;
  section: Section;
  tocTitle: string | null;
  current: boolean;
  /** Actions and question previews come in a second pass, after the sidebar's first paint. */
  detailed: boolean;
  onCopy: (text: string) => void;
}

function SectionActions({ services, strings, section, title, onCopy }: EntryProps & { title: string }) {
  const link = () => sectionLink(services.pageUrl, section.id);
  const cite = (format: 'text' | 'markdown') =>
    citation({ briefing: services.briefing, section, quote: sectionQuote(services.briefing, section), url: link(), format });
  return (
    <span class="bl-actions" role="group" aria-label={strings.actions}>
      {(
        [
          [strings.copyLink(title), link, LinkIcon],
          [strings.copyCitation(title), () => cite('text'), QuoteIcon],
          [strings.copyCitationMd(title), () => cite('markdown'), MarkdownIcon],
        ] as const
      ).map(([label, text, Icon]) => (
        <button key={label} type="button" class="bl-mini" aria-label={label} title={label} onClick={() => onCopy(text())}>
          <Icon />
        </button>
      ))}
    </span>
  );
}

function StatementEntry(props: EntryProps) {
  const { services, strings, index, section, current, tocTitle } = props;
  const title = displayTitle(section, strings.untitledOpening, tocTitle);
  return (
    <li class={current ? 'bl-entry bl-current' : 'bl-entry'}>
      <EntryRow {...props} title={title} />
    </li>
  );
}

/** The entry's jump button (named by its title) and, once detailed, its copy actions. */
function EntryRow(props: EntryProps & { title: string; describedBy?: string }) {
  const { services, index, current, title, describedBy } = props;
  return (
    <div class="bl-entry-row">
      <button
        type="button"
        class="bl-toc-entry"
        aria-current={current ? 'location' : undefined}
        aria-describedby={describedBy}
        onClick={() => services.nav.jump(index, { focus: true })}
      >
        {title}
      </button>
      {props.detailed && <SectionActions {...props} title={title} />}
    </div>
  );
}

const PREVIEW_WORDS = 12;

function QaEntry(props: EntryProps) {
  const { services, strings, index, section, current, tocTitle } = props;
  const [expanded, setExpanded] = useState(false);
  if (section.kind !== 'qa') return null;
  const title = displayTitle(section, strings.untitledPair, tocTitle);
  const words = section.question?.split(' ') ?? [];
  const preview = words.length > PREVIEW_WORDS ? `${words.slice(0, PREVIEW_WORDS).join(' ')}…` : section.question;
  const detailsId = `bl-q-${section.id}`;
  return (
    <li class={current ? 'bl-entry bl-current' : 'bl-entry'}>
      <EntryRow {...props} title={title} describedBy={`${detailsId}-meta`} />
      <p id={`${detailsId}-meta`} class="bl-qa-meta">
        {section.asker ? (
          <span class="bl-speaker bl-asker" title={strings.askedBy(section.asker)}>
            {section.asker}
          </span>
        ) : (
          section.speaker && <span class="bl-speaker">{section.speaker}</span>
        )}
        {section.followUps.length > 0 && <span class="bl-meta"> · {strings.followUps(section.followUps.length)}</span>}
      </p>
      {!props.detailed ? null : section.question ? (
        <div class="bl-question">
          {!expanded && <p class="bl-preview">{preview}</p>}
          {words.length > PREVIEW_WORDS && (
            <button
              type="button"
              class="bl-link-button"
              aria-expanded={expanded}
              aria-controls={detailsId}
              aria-label={expanded ? strings.hideQuestion(title) : strings.showQuestion(title)}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? '▾' : '▸'}
            </button>
          )}
          <div id={detailsId} hidden={!expanded}>
            <p class="bl-full-question">{section.question}</p>
            {section.followUps.map((f) => (
              <p key={f.block} class="bl-full-question bl-followup">
                {f.question}
              </p>
            ))}
          </div>
        </div>
      ) : (
        <p class="bl-preview bl-meta">{strings.noQuestion}</p>
      )}
    </li>
  );
}

export function TocNav({
  services,
  strings,
  current,
  onCopy,
  only,
}: {
  services: SidebarServices;
  strings: Strings;
  current: number;
  onCopy: (t: string) => void;
  only: Set<number> | null;
}) {
  const { sections, toc } = services.briefing;
  const titles = tocTitles(services.briefing);
  // Titles first, so the sidebar paints fast on a long briefing; the rest on the next frame.
  const [detailed, setDetailed] = useState(false);
  useEffect(() => {
    const id = requestAnimationFrame(() => setDetailed(true));
    return () => cancelAnimationFrame(id);
  }, []);
  const items = sections.map((section, index) => ({ section, index })).filter(({ index }) => !only || only.has(index));
  const statements = items.filter((i) => i.section.kind === 'statement');
  const pairs = items.filter((i) => i.section.kind === 'qa');
  const missing = only ? [] : toc.filter((e) => e.section === null);
  const shared = { services, strings, titles, current, detailed, onCopy };
  return (
    <nav class="bl-toc" aria-label={strings.toc}>
      <TocGroup id="bl-statements" heading={strings.statements} items={statements} entry={(p) => <StatementEntry {...p} />} {...shared} />
      <TocGroup id="bl-answers" heading={strings.answers} items={pairs} entry={(p) => <QaEntry {...p} />} {...shared} />
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
  );
}

interface TocGroupProps extends Omit<EntryProps, 'index' | 'section' | 'tocTitle' | 'current'> {
  id: string;
  heading: string;
  items: { section: Section; index: number }[];
  entry: (p: EntryProps & { key: string }) => ComponentChildren;
  titles: (string | null)[];
  current: number;
}

/** One part of the contents (statements, or answers to questions), under its heading. */
function TocGroup({ id, heading, items, entry, services, strings, titles, current, detailed, onCopy }: TocGroupProps) {
  if (items.length === 0) return null;
  return (
    <section class="bl-toc-group" aria-labelledby={id}>
      <h2 id={id} class="bl-toc-heading">
        {heading} <span class="bl-count">{items.length}</span>
      </h2>
      <ol class="bl-toc-list">
        {items.map(({ section, index }) =>
          entry({
            key: section.id,
            services,
            strings,
            index,
            section,
            tocTitle: titles[index],
            current: index === current,
            detailed,
            onCopy,
          }),
        )}
      </ol>
    </section>
  );
}
