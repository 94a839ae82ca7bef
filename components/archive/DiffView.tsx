/**
 * The changes since the version the reader read: one part per changed section, with its title,
 * what happened to it, the words added and removed (text nodes in <ins> and <del>, never HTML),
 * and a button to go to the section on the page. A non-modal panel over the sidebar, like the
 * shortcuts list: focus moves in when it opens; whoever opens it takes focus back when it closes (Esc or ×).
 */
import { Panel } from '../Panel';
import type { DiffPart } from '../../lib/archive/diff';
import type { ChangedSection } from '../../lib/sidebar/archive-status';
import { condenseParts } from '../../lib/sidebar/diff-parts';
import type { Strings } from '../i18n';

export interface DiffViewProps {
  title: string;
  sections: ChangedSection[];
  strings: Strings;
  /** The section's index on the page now, or -1 when the page has no such section. */
  sectionIndex: (id: string) => number;
  onJump: (index: number) => void;
  onClose: () => void;
}

export function DiffView({ title, sections, strings, sectionIndex, onJump, onClose }: DiffViewProps) {
  return (
    <Panel id="bl-changes-title" class="bl-changes" title={title} closeLabel={strings.hideChanges} onClose={onClose}>
      {sections.map((s, k) => {
        const name = s.title ?? (s.kind === 'qa' ? strings.untitledPair : strings.untitledOpening);
        const index = s.sectionId === null ? -1 : sectionIndex(s.sectionId);
        return (
          <section key={k} class="bl-diff-section" aria-labelledby={`bl-diff-${k}`}>
            <h3 id={`bl-diff-${k}`} class="bl-diff-title">
              <span class={`bl-diff-kind bl-diff-${s.change}`}>{strings.changeKind[s.change]}</span> {name}
            </h3>
            <p class="bl-diff">
              <DiffText parts={condenseParts(s.parts)} strings={strings} />
            </p>
            {index >= 0 ? (
              <button type="button" class="bl-link-button" aria-label={strings.goToSection(name)} onClick={() => onJump(index)}>
                {strings.goToSectionShort}
              </button>
            ) : (
              s.change === 'removed' && <p class="bl-meta">{strings.removedSection}</p>
            )}
          </section>
        );
      })}
    </Panel>
  );
}

/** The words of a diff: plain text as text nodes; screen readers hear "added:"/"removed:" before a change. */
export function DiffText({ parts, strings }: { parts: readonly DiffPart[]; strings: Strings }) {
  return (
    <>
      {parts.map((p, i) =>
        p.change === 'same' ? (
          p.text
        ) : (
          <span key={i} class="bl-diff-change">
            <span class="bl-visually-hidden">{p.change === 'added' ? strings.diffAdded : strings.diffRemoved} </span>
            {p.change === 'added' ? <ins>{p.text}</ins> : <del>{p.text}</del>}
          </span>
        ),
      )}
    </>
  );
}
