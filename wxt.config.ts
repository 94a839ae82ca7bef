import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MID_MATCHES } from './lib/detect/hosts';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Briefing Lens',
    description:
      'Outline, entities, highlights and notes for the Russian Foreign Ministry briefing transcripts on mid.ru.',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: 'Briefing Lens' },
    // The sidebar frame is the one page the ministry's site may embed; Chrome serves it under a
    // per-session address (use_dynamic_url), so a page cannot load it from a guessed one.
    web_accessible_resources:
      browser === 'firefox'
        ? ['sidebar.html']
        : [{ resources: ['sidebar.html'], matches: MID_MATCHES, use_dynamic_url: true }],
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+B' }, description: 'Open or collapse the Briefing Lens sidebar' },
      'next-section': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next section of the briefing' },
      'prev-section': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous section of the briefing' },
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Highlight the selected text of the briefing' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'briefing-lens@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
