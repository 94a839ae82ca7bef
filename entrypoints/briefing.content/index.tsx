import { render } from 'preact';
import { App } from '../../components/App';
import { stringsFor } from '../../components/i18n';

import { sidebarCss } from '../../components/sidebar.styles';
import { HOST_TAG, type DomBlockRef } from '../../lib/adapters/dom';
import type { Briefing } from '../../lib/briefing/model';
import { MID_MATCHES } from '../../lib/detect/hosts';
import { watchForBriefing } from '../../lib/detect/watch';
import type { PageCommand } from '../../lib/page/api';
import { Dock } from '../../lib/page/dock';
import { createPageApi, openDeepLink } from '../../lib/page/page-api';
import { PageStyle } from '../../lib/page/page-style';
import { Painter } from '../../lib/page/painter';
import { settingsStore, type SettingsStore, type SidebarSettings } from '../../lib/page/settings';

const COMMANDS: PageCommand[] = ['toggle-sidebar', 'next-section', 'prev-section'];

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
      const stop = watchForBriefing(document, () => location.href, (verdict) => {
        performance.mark('bl:detected');
        if (verdict.status === 'briefing') void mount(ctx, verdict.result, verdict.container, store, settings).catch(() => undefined);
      });
      ctx.onInvalidated(stop);
    } catch {
      /* a page we cannot read is left as it is */
    }
  },
});

async function mount(ctx: InstanceType<typeof ContentScriptContext>, briefing: Briefing<DomBlockRef>, container: Element, settings: SettingsStore, loading: Promise<SidebarSettings>) {
  const strings = stringsFor(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const initial = await loading;
  performance.mark('bl:settings');
  const style = new PageStyle(document);
  const painter = new Painter(style);
  const dock = new Dock(style, window, () => briefing.blocks.map((b) => b.ref.element));
  const page = createPageApi({ doc: document, win: window, briefing, container, painter, dock });

  const onMessage = (msg: unknown) => {
    const command = (msg as { command?: unknown } | null)?.command;
    if (typeof command === 'string' && (COMMANDS as string[]).includes(command)) page.dispatch(command as PageCommand);
  };
  browser.runtime.onMessage.addListener(onMessage);
  const onHash = () => openDeepLink(page, location.hash);
  window.addEventListener('hashchange', onHash);

  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    css: sidebarCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(root) {
      render(<App page={page} strings={strings} initial={initial} settings={settings} />, root);
      requestAnimationFrame(() => performance.mark('bl:first-paint'));
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('hashchange', onHash);
      painter.clearAll();
      style.dispose();
    },
  });
  ui.mount();
  performance.mark('bl:mounted');
  ctx.onInvalidated(() => ui.remove());
  onHash();
}
