/** The keyboard shortcuts, as the README lists them, in a small panel opened with `?` or its button. */
import { Panel } from './Panel';
import type { Strings } from './i18n';

export function Shortcuts({ strings, onClose }: { strings: Strings; onClose: () => void }) {
  // Focus moves into the panel and back where it was when the panel closes.
  return (
    <Panel
      id="bl-shortcuts-title"
      title={strings.shortcuts}
      closeLabel={strings.dismiss}
      onClose={onClose}
      closeKeys={['Escape', '?']}
      restoreFocus
    >
      <dl class="bl-keys">
        {strings.shortcutList.map(([keys, what]) => (
          <div key={keys + what}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
