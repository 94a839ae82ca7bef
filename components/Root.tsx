/**
 * Everything we render in our shadow root: the sidebar, and — once the reader's notes have been
 * loaded from the extension's storage — the notes view and the overlay for highlighting.
 */
import { useEffect, useState } from 'preact/hooks';
import type { NotesApi, PageApi } from '../lib/page/api';
import type { SettingsStore, SidebarSettings } from '../lib/page/settings';
import { App } from './App';
import type { Strings } from './i18n';
import { NotesOverlay } from './notes/NotesOverlay';
import { NotesPanel } from './notes/NotesPanel';

export interface RootProps {
  page: PageApi;
  strings: Strings;
  initial: SidebarSettings;
  settings: SettingsStore;
  notes: Promise<NotesApi | null>;
  win: Window;
}

export function Root({ page, strings, initial, settings, notes, win }: RootProps) {
  const [api, setApi] = useState<NotesApi | null>(null);
  useEffect(() => {
    notes.then(setApi, () => setApi(null));
  }, []);
  return (
    <>
      <App page={page} strings={strings} initial={initial} settings={settings} notesView={api ? <NotesPanel notes={api} strings={strings} /> : undefined} />
      {api && (
        <NotesOverlay
          notes={api}
          strings={strings}
          win={win}
          onHighlightCommand={(cb) => page.onCommand((c) => c === 'highlight-selection' && cb())}
        />
      )}
    </>
  );
}
