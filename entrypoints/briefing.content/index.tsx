import { MID_MATCHES } from '../../lib/detect/hosts';
import { watchForBriefing } from '../../lib/detect/watch';
import type { PageCommand } from '../../lib/page/api';
import { downloadPageForReport } from '../../lib/page/save-page';
import { settingsStore } from '../../lib/page/settings';
import { parseTabRequest, type TabStatus } from '../../lib/page/tab-protocol';
import { notesClient } from '../../lib/messages/client';
import { canonicalBriefingKey } from '../../lib/store/canonical-url';
import { mountSidebar } from './mount';

export default defineContentScript({
  matches: MID_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    performance.mark('bl:start');
    // Nothing may escape into the page: every failure ends here, quietly.
    try {
      // Read the reader's settings (extension storage) while the page is segmented.
      const store = settingsStore(browser.storage.local);
      const settings = store.load();
      let status: TabStatus = { detected: false, state: 'waiting' };
      let page: { dispatch(c: PageCommand): void } | null = null;
      const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
        const req = sender.id === browser.runtime.id ? parseTabRequest(msg) : null;
        if (!req) return undefined;
        if (req.type === 'status') sendResponse(status);
        else if (req.type === 'save-page') {
          downloadPageForReport(document, window);
          sendResponse({ ok: true });
        } else {
          page?.dispatch(req.command);
          sendResponse({ ok: page !== null });
        }
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      const stop = watchForBriefing(document, () => location.href, (verdict) => {
        performance.mark('bl:detected');
        if (verdict.status !== 'briefing') {
          status = { detected: false, state: 'not-briefing' };
          return;
        }
        const { header, sections } = verdict.result;
        const pairs = sections.filter((s) => s.kind === 'qa').length;
        status = { detected: true, title: header.title, statements: sections.length - pairs, pairs, language: header.language };
        mountSidebar(ctx, verdict.result, verdict.container, { settings: store, loading: settings, notesClient: notesClient(), briefingKey: canonicalBriefingKey(location.href) })
          .then((api) => { page = api; })
          .catch(() => undefined);
      });
      ctx.onInvalidated(() => {
        stop();
        browser.runtime.onMessage.removeListener(onMessage);
      });
    } catch {
      /* a page we cannot read is left as it is */
    }
  },
});

