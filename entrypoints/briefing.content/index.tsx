import { render } from 'preact';
import { MID_MATCHES } from '../../lib/detect/hosts';
import { Sidebar } from '../../components/Sidebar';
import { stringsFor } from '../../components/i18n';
import '../../components/sidebar.css';
import type { DomBlockRef } from '../../lib/adapters/dom';
import type { Briefing } from '../../lib/briefing/model';
import { landingBlock } from '../../lib/briefing/sections';
import { watchForBriefing } from '../../lib/detect/watch';

export default defineContentScript({
  matches: MID_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    // Nothing may escape into the page: every failure ends here, quietly.
    try {
      const stop = watchForBriefing(document, () => location.href, (verdict) => {
        if (verdict.status === 'briefing') void mountSidebar(ctx, verdict.result).catch(() => undefined);
      });
      ctx.onInvalidated(stop);
    } catch {
      /* a page we cannot read is left as it is */
    }
  },
});

async function mountSidebar(ctx: InstanceType<typeof ContentScriptContext>, briefing: Briefing<DomBlockRef>) {
  const strings = stringsFor(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const jump = (index: number) => {
    const section = briefing.sections[index];
    const el = briefing.blocks[landingBlock(section)]?.ref.element;
    el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const ui = await createShadowRootUi(ctx, {
    name: 'briefing-lens',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(<Sidebar briefing={briefing} strings={strings} onJump={jump} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
