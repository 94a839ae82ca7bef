import { browser } from 'wxt/browser';
import { stringsFor } from '../../components/i18n';
import { blocksOf } from '../../lib/adapters/dom';
import { listedTranscripts } from '../../lib/archive/listing';
import { MID_MATCHES } from '../../lib/detect/hosts';
import { isInterstitial } from '../../lib/detect/page';
import { isTranscriptAddress } from '../../lib/detect/url';
import { holdConnections, type HeldConnections } from '../../lib/page/early-frame';
import { SidebarHost } from '../../lib/page/sidebar-host';
import type { HighlightColor } from '../../lib/store/schema';
import { watchForBriefing } from '../../lib/detect/watch';
import { createRouter } from '../../lib/messages/router';
import { tabProtocol, type TabRequest, type TabStatus } from '../../lib/messages/tab-messages';
import { watchArticleChanges } from '../../lib/page/article-changes';
import { startPageHalf, type PageHalf } from '../../lib/page/page-half';
import { downloadPageForReport } from '../../lib/page/save-page';
import { settingsStore } from '../../lib/page/settings';
import { segment } from '../../lib/segment';
import { httpsBriefingKey } from '../../lib/store/canonical-url';

export default defineContentScript({
  matches: MID_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would announce this script to the page with window.postMessage (and the extension id).
  noScriptStartedPostMessage: true,
  main(ctx) {
    performance.mark('bl:start');
    // Nothing may escape into the page: every failure ends here, quietly.
    try {
      const settings = settingsStore(browser.storage.local).load();
      let status: TabStatus = { detected: false, state: 'waiting' };
      let page: PageHalf | null = null;
      const cleanups: (() => void)[] = [];

      const onTabRequest = createRouter<TabRequest>(
        tabProtocol,
        () => browser.runtime.id,
        (req) => {
          if (req.type === 'tab/status') return status.detected && page ? { ...status, ...page.status() } : status;
          if (req.type === 'tab/save-page') {
            downloadPageForReport(document, window, null, page?.hostTags);
            return true;
          }
          // Read only: the popup offers to add these to the archive (it fetches them, not the page).
          if (req.type === 'tab/listing') return { items: listedTranscripts(document, location.href) };
          return page?.command(req.command) ?? false;
        },
      );
      browser.runtime.onMessage.addListener(onTabRequest as never);
      cleanups.push(() => browser.runtime.onMessage.removeListener(onTabRequest as never));

      const ui = browser.i18n?.getUILanguage?.() ?? navigator.language;
      const strings = stringsFor(ui);
      const frameUrl = browser.runtime.getURL('/sidebar.html');
      const toolbarStrings = {
        toolbar: strings.selectionTools,
        highlightAs: (c: HighlightColor) => strings.highlightAs(strings.colorName[c]),
        addNote: strings.addNote,
        frameTitle: strings.appName,
      };
      // On an address that can only be a transcript, the frame loads while we segment (early-frame.ts).
      let early: { host: SidebarHost; connections: HeldConnections } | null =
        isTranscriptAddress(location.href) && document.body && !isInterstitial(document)
          ? { connections: holdConnections(browser.runtime.onConnect), host: new SidebarHost(document, frameUrl, toolbarStrings) }
          : null;
      const dropEarly = () => {
        early?.host.remove();
        early?.connections.dispose();
        early = null;
      };

      cleanups.push(
        watchForBriefing(
          document,
          () => location.href,
          (verdict) => {
            performance.mark('bl:detected');
            if (verdict.status !== 'briefing') {
              dropEarly();
              status = { detected: false, state: 'not-briefing' };
              return;
            }
            const { header, sections } = verdict.result;
            const pairs = sections.filter((s) => s.kind === 'qa').length;
            status = {
              detected: true,
              title: header.title,
              kind: verdict.result.kind,
              statements: sections.length - pairs,
              pairs,
              language: header.language,
              sidebarOpen: true,
              noteCount: null,
            };
            // The frame starts loading at once (if it has not already); the reader's width follows when storage answers.
            page = startPageHalf({
              doc: document,
              win: window,
              briefing: verdict.result,
              container: verdict.container,
              briefingKey: httpsBriefingKey(location.href),
              frameUrl,
              strings: toolbarStrings,
              host: early?.host,
              onConnect: early?.connections ?? browser.runtime.onConnect,
              ourId: () => browser.runtime.id,
              initialWidth: settings.then((s) => (s.open ? s.width : 40)),
            });
            performance.mark('bl:mounted');
            const container = verdict.container;
            cleanups.push(
              watchArticleChanges(container, () => {
                const fresh = segment(blocksOf(container, 'body'));
                if (fresh.isBriefing) page?.articleChanged(fresh);
              }),
            );
            cleanups.push(() => page?.dispose());
          },
        ),
      );

      // The article is not there yet (it may come later, or never): the early frame goes; a
      // later verdict starts the sidebar the usual way.
      if (!page) dropEarly();
      cleanups.push(dropEarly);

      // WXT invalidates this script when a newer copy starts — an event the page can forge. While
      // our extension is alive (`runtime.id` still answers) we are the live copy: ignore it.
      ctx.onInvalidated(() => {
        if (extensionAlive()) return;
        for (const c of cleanups.splice(0)) c();
      });
    } catch {
      /* a page we cannot read is left as it is */
    }
  },
});

function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}
