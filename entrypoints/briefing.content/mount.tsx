/** Mounts the sidebar on a detected briefing: page services, the Preact app, deep links. */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { Root } from '../../components/Root';
import { stringsFor } from '../../components/i18n';
import { sidebarCss } from '../../components/sidebar.styles';
import { blocksOf, HOST_TAG, type DomBlockRef } from '../../lib/adapters/dom';
import type { Briefing } from '../../lib/briefing/model';
import type { NotesApi, PageApi, PageCommand } from '../../lib/page/api';
import { createNotesApi } from '../../lib/page/notes-api';
import { briefingRecord } from '../../lib/page/briefing-record';
import { storeClient } from '../../lib/messages/client';
import type { EntityFinder } from '../../lib/page/entity-layer';
import type { FindEntitiesResponse } from '../../lib/background/entity-service';
import { OPEN_LIBRARY } from '../../lib/background/open-library';
import { NotesLayer, type NotesClient } from '../../lib/page/notes-layer';
import { watchArticleChanges } from '../../lib/page/article-changes';
import { segment } from '../../lib/segment';
import { Dock } from '../../lib/page/dock';
import { createPageApi, HIGHLIGHT_FRAGMENT, openDeepLink } from '../../lib/page/page-api';
import { PageStyle } from '../../lib/page/page-style';
import { Painter } from '../../lib/page/painter';
import type { SettingsStore, SidebarSettings } from '../../lib/page/settings';

export interface MountOptions {
  settings: SettingsStore;
  loading: Promise<SidebarSettings>;
  /** Storage for the reader's highlights (through the background); null when unavailable. */
  notesClient: NotesClient | null;
  briefingKey: string | null;
}

export async function mountSidebar(
  ctx: ContentScriptContext,
  briefing: Briefing<DomBlockRef>,
  container: Element,
  { settings, loading, notesClient, briefingKey }: MountOptions,
): Promise<PageApi & { dispatch(c: PageCommand): void }> {
  const strings = stringsFor(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const initial = await loading;
  performance.mark('bl:settings');
  const style = new PageStyle(document);
  const painter = new Painter(style);
  const dock = new Dock(style, window, () => briefing.blocks.map((b) => b.ref.element));
  const findEntities: EntityFinder = async (blocks, language) => {
    const res = (await browser.runtime.sendMessage({ type: 'entities/find', blocks, language })) as FindEntitiesResponse | undefined;
    if (!res?.ok) throw new Error(res?.error ?? 'no answer from the extension');
    return { spans: res.spans, groups: res.groups };
  };
  const page = createPageApi({
    doc: document, win: window, briefing, container, painter, dock, findEntities,
    openLibrary: () => void browser.runtime.sendMessage({ type: OPEN_LIBRARY }).catch(() => undefined),
  });

  // Notes load after the sidebar's first paint; the article may change later (re-anchor then).
  const notes: Promise<NotesApi | null> =
    notesClient && briefingKey
      ? (async () => {
          const layer = new NotesLayer(container, briefing, notesClient, painter, briefingKey, () => page.pageUrl());
          await layer.load();
          const stopWatching = watchArticleChanges(container, () => {
            const fresh = segment(blocksOf(container, 'body'));
            if (fresh.isBriefing) layer.refresh(fresh);
          });
          ctx.onInvalidated(stopWatching);
          const api = createNotesApi(layer, document, window, container);
          page.notes = api;
          // A `#bl-h-<id>` link (from the notes library) can only be followed once notes are in.
          if (location.hash.startsWith(HIGHLIGHT_FRAGMENT)) openDeepLink(page, location.hash);
          return api;
        })()
      : Promise.resolve(null);

  // The library's briefing index: one small record per briefing read, with its entities.
  if (briefingKey) {
    void page.entities
      .index()
      .then((index) => storeClient().briefings.upsert(briefingRecord(briefing, briefingKey, page.pageUrl(), index.groups, Date.now())))
      .catch(() => undefined); // the sidebar works without it; the library just won't list this one
  }

  const onHash = () => openDeepLink(page, location.hash);
  window.addEventListener('hashchange', onHash);

  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    css: sidebarCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(root) {
      render(<Root page={page} strings={strings} initial={initial} settings={settings} notes={notes} win={window} />, root);
      requestAnimationFrame(() => performance.mark('bl:first-paint'));
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
      window.removeEventListener('hashchange', onHash);
      painter.clearAll();
      style.dispose();
    },
  });
  ui.mount();
  performance.mark('bl:mounted');
  ctx.onInvalidated(() => ui.remove());
  onHash();
  return page;
}
