import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Briefing Lens',
    description:
      'Outline, entities, highlights and notes for the Russian Foreign Ministry briefing transcripts on mid.ru.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'briefing-lens@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
