import { browser } from 'wxt/browser';
import { installContextMenu } from '../lib/background/context-menu';
import { forwardCommandsToTabs } from '../lib/background/commands';
import { createBackgroundHandler } from '../lib/background/router';
import { relaySidebarPorts } from '../lib/background/sidebar-relay';
import { storeConnection } from '../lib/store/db';

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

export default defineBackground(() => {
  forwardCommandsToTabs(browser);
  installContextMenu(browser, browser.i18n.getUILanguage().startsWith('ru') ? 'Выделить в Briefing Lens' : 'Highlight with Briefing Lens');
  // One listener for every message: the store (the database lives here, in the extension's
  // origin), the entity engine, opening the library. Added synchronously at start-up: a worker
  // woken by a message must have it before the message is dispatched. The database itself is
  // opened on first use.
  browser.runtime.onMessage.addListener(createBackgroundHandler(storeConnection()) as Listener);
  relaySidebarPorts(browser);
});
