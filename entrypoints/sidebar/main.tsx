/**
 * The sidebar frame (`sidebar.html`): an extension page the content script docks beside the
 * ministry's page. It finds its page half, waits for the briefing model, and renders the whole
 * sidebar — contents, search, entities, notes and the note editor — where the page cannot see.
 */
// First: starts connecting to the page while the rest of this code loads (see preconnect.ts).
import { firstConnection } from '../../lib/sidebar/preconnect';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Root } from '../../components/Root';
import { stringsFor } from '../../components/i18n';
import { sidebarCss } from '../../components/sidebar.styles';
import type { Briefing } from '../../lib/briefing/model';
import { backgroundClient } from '../../lib/messages/client';
import { settingsStore } from '../../lib/page/settings';
import { keptTranscriptFrom } from '../../lib/archive/transcript';
import { briefingRecord } from '../../lib/sidebar/briefing-record';
import { copyText } from '../../lib/sidebar/clipboard';
import { backgroundDrafts } from '../../lib/sidebar/drafts';
import { createNotesService, type NotesService } from '../../lib/sidebar/notes-service';
import { createArchiveService } from '../../lib/sidebar/archive-service';
import type { ToFrame } from '../../lib/messages/frame-messages';
import { connectToPage, type PagePort } from '../../lib/sidebar/page-port';
import { createServices } from '../../lib/sidebar/services';

const strings = stringsFor(browser.i18n.getUILanguage());
document.documentElement.lang = strings === stringsFor('ru') ? 'ru' : 'en';
const style = document.createElement('style');
style.textContent = sidebarCss;
document.head.append(style);

async function start(): Promise<void> {
  performance.mark('bl:frame-start');
  const client = backgroundClient();
  const store = settingsStore(browser.storage.local);
  const [{ port, init }, initial] = await Promise.all([connectUntilInit(client), store.load()]);
  let notes: NotesService | null = null;
  const drafts = backgroundDrafts(client);
  // One for the frame's life: a "Changed since…" or a forget outlives the views' re-mounts.
  const archive = createArchiveService(client, initial.keepTranscripts);
  const mount = (briefing: Briefing<null>, text: string, pageUrl: string, briefingKey: string | null, canPaint: boolean, n: number) => {
    if (briefingKey && !notes) notes = createNotesService(client, port, briefingKey, initial.paintHighlights, { text, briefing });
    else notes?.setArticle(text, briefing);
    const services = createServices({
      port,
      client,
      briefing,
      pageUrl,
      canPaint,
      notes,
      drafts,
      archive: briefingKey ? archive : null,
      copy: (t) => copyText(document, t),
    });
    render(<Root key={n} services={services} strings={strings} initial={initial} settings={store} />, document.getElementById('app')!);
    // For the first-paint benchmark: the contents are on screen at the next frame.
    requestAnimationFrame(() => performance.mark('bl:contents'));
    if (briefingKey) {
      // The library's briefing index: one small record per transcript read, with its entities.
      const index = services.entities.index();
      void index
        .then((index) => client.briefings.upsert(briefingRecord(briefing, briefingKey, pageUrl, index.groups, Date.now())))
        .catch(() => undefined); // the sidebar works without it; the library just won't list this one
      // The archive keeps the transcript itself (a new version only when its text changed), when
      // the reader lets it and did not forget it on this visit; the outcome shows in the views.
      // Without entities (the engine failed) the transcript is still worth keeping.
      const input = { url: pageUrl, key: briefingKey };
      void archive.keep(briefingKey, () =>
        index.then(
          (index) => keptTranscriptFrom(briefing, { ...input, groups: index.groups }),
          () => keptTranscriptFrom(briefing, input),
        ),
      );
    }
  };
  mount(init.briefing, init.text, init.pageUrl, init.briefingKey, init.canPaint, 0);
  listenForModel(port, mount, init);
  port.send({ type: 'ready' });
}

type Init = Extract<ToFrame, { type: 'init' }>;

/**
 * Connects to the page half and waits for its model. A fresh browser may not have its background
 * listening yet when the frame asks (Firefox relays through it): try again a few times.
 */
async function connectUntilInit(client: ReturnType<typeof backgroundClient>): Promise<{ port: PagePort; init: Init }> {
  let lastError: unknown = new Error('the page did not answer');
  for (let attempt = 1; attempt <= 8; attempt++) {
    try {
      const port = await (attempt === 1 ? firstConnection : connectToPage(client));
      const init = await new Promise<Init | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 2_000);
        const stop = port.listen((m) => {
          if (m.type !== 'init') return;
          clearTimeout(timer);
          stop();
          performance.mark('bl:init');
          resolve(m);
        });
        port.onClose(() => resolve(null));
      });
      if (init) return { port, init };
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 150 * attempt));
  }
  throw lastError;
}

type Mount = (b: Briefing<null>, text: string, url: string, key: string | null, canPaint: boolean, n: number) => void;

function listenForModel(port: PagePort, mount: Mount, first: Init): void {
  let last: { url: string; key: string | null; canPaint: boolean } | null = {
    url: first.pageUrl,
    key: first.briefingKey,
    canPaint: first.canPaint,
  };
  let n = 0;
  port.listen((m) => {
    if (m.type === 'init') {
      last = { url: m.pageUrl, key: m.briefingKey, canPaint: m.canPaint };
      mount(m.briefing, m.text, m.pageUrl, m.briefingKey, m.canPaint, ++n);
    } else if (m.type === 'article' && last) {
      mount(m.briefing, m.text, last.url, last.key, last.canPaint, ++n);
    }
  });
}

start().catch((e: unknown) => {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `Briefing Lens could not start: ${e instanceof Error ? e.message : String(e)}`;
  document.body.append(p);
});
