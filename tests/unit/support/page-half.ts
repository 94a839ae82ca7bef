/** Starting the page half over a loaded fixture page, as the content script does, for unit tests. */
import { startPageHalf, type PageHalf } from '../../../lib/page/page-half';
import type { ToolbarStrings } from '../../../lib/page/sidebar-host';
import { OUR_ID, type fakeOnConnect } from './fake-port';
import type { LoadedPage } from './page-fixture';

export const TOOLBAR_STRINGS: ToolbarStrings = {
  toolbar: 'Selection tools',
  highlightAs: (c: string) => `Highlight ${c}`,
  addNote: 'Add note',
  frameTitle: 'Briefing Lens',
};

export const FRAME_URL = `chrome-extension://${OUR_ID}/sidebar.html`;

export function startTestPageHalf(page: LoadedPage, onConnect: ReturnType<typeof fakeOnConnect>, briefingKey: string | null): PageHalf {
  return startPageHalf({
    doc: document,
    win: window,
    briefing: page.briefing,
    container: page.container,
    briefingKey,
    frameUrl: FRAME_URL,
    strings: TOOLBAR_STRINGS,
    onConnect,
    ourId: () => OUR_ID,
    initialWidth: Promise.resolve(360),
  });
}
