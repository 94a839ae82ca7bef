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
      ? { browser_specific_settings: { gecko: { id: 'briefing-lens@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
