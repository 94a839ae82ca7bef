/**
 * "Changed since you read it on …": said at once, under the header card, when the page's text
 * differs from the version kept last time, with the number of sections edited, added and removed
 * and a button that shows the changes. The live region is always in the document (empty when
 * there is nothing to say) so that screen readers announce the message when it appears.
 */
import { useRef, useState } from 'preact/hooks';
import { formatDay } from '../../lib/format/date';
import type { ArchiveService } from '../../lib/sidebar/archive-service';
import type { Strings } from '../i18n';
import { DiffView } from './DiffView';
import { useArchive } from './useArchive';

export interface ChangedStatusProps {
  archive: ArchiveService;
  strings: Strings;
  sectionIndex: (id: string) => number;
  onJump: (index: number) => void;
}

export function ChangedStatus({ archive, strings, sectionIndex, onJump }: ChangedStatusProps) {
  const { status } = useArchive(archive);
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const changed = status.kind === 'changed' ? status : null;
  const date = changed ? (formatDay(changed.since, strings.uiLanguage) ?? '') : '';
  return (
    <div class={changed ? 'bl-changed bl-shown' : 'bl-changed'}>
      <span class="bl-changed-text" role="status" aria-live="polite">
        {changed ? strings.archiveChanged(date, changed.counts) : ''}
      </span>
      {changed && changed.sections.length > 0 && (
        <button ref={toggleRef} type="button" class="bl-link-button" aria-expanded={open} onClick={() => (open ? close() : setOpen(true))}>
          {open ? strings.hideChanges : strings.showChanges}
        </button>
      )}
      {changed && open && (
        <DiffView
          title={strings.changesTitle(date)}
          sections={changed.sections}
          strings={strings}
          sectionIndex={sectionIndex}
          onJump={onJump}
          onClose={close}
        />
      )}
    </div>
  );
}
