import { browser } from 'wxt/browser';
import { forwardCommandsToTabs } from '../lib/background/commands';
import { entityListener } from '../lib/background/entity-service';

export default defineBackground(() => {
  forwardCommandsToTabs(browser);
  browser.runtime.onMessage.addListener(entityListener(browser.runtime.id) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  // Storage of highlights is wired here by the notes feature.
});
