import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MID_MATCHES } from './lib/detect/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // Texts in public/_locales/{en,ru}: a Russian browser and store listing show Russian.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Icons drawn in scripts/icons/ (npm run icons). The toolbar button's icons and title are
    // set in entrypoints/popup/index.html (WXT builds the action from the popup).
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // The library fetches the transcripts a listing page links to (the archive's backfill): it
    // needs the site's hosts, the same ones the content script runs on, so no new warning.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? MID_MATCHES : [])],
    ...(browser === 'firefox' ? {} : { host_permissions: MID_MATCHES }),
    // The sidebar frame is the one page the ministry's site may embed; Chrome serves it under a
    // per-session address (use_dynamic_url), so a page cannot load it from a guessed one.
    web_accessible_resources:
      browser === 'firefox' ? ['sidebar.html'] : [{ resources: ['sidebar.html'], matches: MID_MATCHES, use_dynamic_url: true }],
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_cmdToggleSidebar__' },
      'next-section': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNextSection__' },
      'prev-section': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdPrevSection__' },
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdHighlightSelection__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'briefing-lens@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
