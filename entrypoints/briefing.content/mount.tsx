/** Mounts the sidebar on a detected briefing: page services, the Preact app, deep links. */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { stringsFor } from '../../components/i18n';
import { sidebarCss } from '../../components/sidebar.styles';
import { HOST_TAG, type DomBlockRef } from '../../lib/adapters/dom';
import type { Briefing } from '../../lib/briefing/model';
import type { PageApi, PageCommand } from '../../lib/page/api';
import { Dock } from '../../lib/page/dock';
import { createPageApi, openDeepLink } from '../../lib/page/page-api';
import { PageStyle } from '../../lib/page/page-style';
import { Painter } from '../../lib/page/painter';
import type { SettingsStore, SidebarSettings } from '../../lib/page/settings';

export async function mountSidebar(ctx: ContentScriptContext, briefing: Briefing<DomBlockRef>, container: Element, settings: SettingsStore, loading: Promise<SidebarSettings>): Promise<PageApi & { dispatch(c: PageCommand): void }> {
  const strings = stringsFor(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const initial = await loading;
  performance.mark('bl:settings');
  const style = new PageStyle(document);
  const painter = new Painter(style);
  const dock = new Dock(style, window, () => briefing.blocks.map((b) => b.ref.element));
  const page = createPageApi({ doc: document, win: window, briefing, container, painter, dock });

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
