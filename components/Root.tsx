/**
 * The sidebar frame's whole UI: the sidebar shell with its views; the notes view once the
 * briefing has a key (an https article address) to keep notes under.
 */
import type { SettingsStore, SidebarSettings } from '../lib/page/settings';
import type { SidebarServices } from '../lib/sidebar/services';
import { App } from './App';
import type { Strings } from './i18n';
import { NotesPanel } from './notes/NotesPanel';

export interface RootProps {
  services: SidebarServices;
  strings: Strings;
  initial: SidebarSettings;
  settings: SettingsStore;
}

export function Root({ services, strings, initial, settings }: RootProps) {
  const notes = services.notes;
  return (
    <App
      {...{ services, strings, initial, settings }}
      notesView={
        notes ? (showNotes) => <NotesPanel {...{ notes, services, strings, settings, initial }} onWantFocus={showNotes} /> : undefined
      }
    />
  );
}
