import { browser } from 'wxt/browser';
import { installContextMenu } from '../lib/background/context-menu';
import { forwardCommandsToTabs } from '../lib/background/commands';
import { entityListener } from '../lib/background/entity-service';
import { openLibraryListener } from '../lib/background/open-library';
import { createBackgroundHandler } from '../lib/messages/handler';
import { storeConnection } from '../lib/store/db';

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

export default defineBackground(() => {
  forwardCommandsToTabs(browser);
  installContextMenu(browser, browser.i18n.getUILanguage().startsWith('ru') ? 'Выделить в Briefing Lens' : 'Highlight with Briefing Lens');
  browser.runtime.onMessage.addListener(entityListener(browser.runtime.id) as Listener);
  browser.runtime.onMessage.addListener(openLibraryListener(browser) as Listener);
  // The notes store lives here, in the extension's origin; pages reach it by messages. The
  // listener is added synchronously at start-up: a worker woken by a message must have it
  // before the message is dispatched. The database itself is opened on first use.
  browser.runtime.onMessage.addListener(createBackgroundHandler(storeConnection()) as Listener);
});
