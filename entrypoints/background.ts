import { browser } from 'wxt/browser';
import { installContextMenu } from '../lib/background/context-menu';
import { forwardCommandsToTabs } from '../lib/background/commands';
import { entityListener } from '../lib/background/entity-service';

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

export default defineBackground(() => {
  forwardCommandsToTabs(browser);
  installContextMenu(browser, browser.i18n.getUILanguage().startsWith('ru') ? 'Выделить в Briefing Lens' : 'Highlight with Briefing Lens');
  browser.runtime.onMessage.addListener(entityListener(browser.runtime.id) as Listener);
  // Storage of highlights is wired here by the notes feature.
});
