/**
 * Product identity: the manifest's texts come from _locales in English and Russian, and the
 * icons it names exist at their sizes and are what the SVG sources draw.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS, meanLuminance, renderIcon } from '../../../scripts/icons';

const ROOT = resolve(import.meta.dirname, '../../..');
const messages = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8') + readFileSync(join(ROOT, 'entrypoints/popup/index.html'), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): [number, number] {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe('locales', () => {
  const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
  it('the manifest names only messages both languages define', () => {
    expect(used).toEqual(
      expect.arrayContaining([
        'extName',
        'extDescription',
        'actionTitle',
        'cmdToggleSidebar',
        'cmdNextSection',
        'cmdPrevSection',
        'cmdHighlightSelection',
      ]),
    );
    expect(config).toMatch(/default_locale: 'en'/);
    expect(readdirSync(join(ROOT, 'public/_locales')).sort()).toEqual(['en', 'ru']);
    for (const lang of ['en', 'ru']) for (const key of used) expect(messages(lang)[key]?.message, `${lang}: ${key}`).toBeTruthy();
  });
  it('Russian texts are Russian, and descriptions fit the stores (≤ 132 characters)', () => {
    const en = messages('en');
    const ru = messages('ru');
    for (const key of used.filter((k) => k !== 'extName' && k !== 'extShortName')) {
      expect(ru[key]!.message).not.toBe(en[key]!.message);
      expect(ru[key]!.message).toMatch(/[а-яё]/i);
    }
    for (const m of [en, ru]) expect(m.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('icons', () => {
  it('every icon the manifest and popup name exists at its size', () => {
    for (const [path, size] of [...config.matchAll(/'?(\d+)'?: '(icon\/\d+\.png)'/g)].map((m) => [m[2]!, Number(m[1])] as const)) {
      expect(pngSize(readFileSync(join(ROOT, 'public', path))), path).toEqual([size, size]);
    }
  });
  it('the committed PNGs are what the SVG sources draw (run npm run icons after changing them)', () => {
    for (const [name, [source, size, scheme]] of Object.entries(ICONS)) {
      const committed = readFileSync(join(ROOT, 'public/icon', name));
      expect(pngSize(committed), name).toEqual([size, size]);
      expect(committed.equals(renderIcon(source, size, scheme)), `${name} is up to date`).toBe(true);
    }
  });
  it('the icon for dark toolbars is light, the one for light toolbars dark (Firefox theme_icons)', () => {
    for (const size of [16, 32]) {
      const [source] = ICONS[`light-${size}.png`]!;
      // Measured: 0.71 / 0.40 at 16 px, 0.65 / 0.43 at 32 px (white lines and the yellow mark
      // lift the dark one).
      expect(meanLuminance(source, size, 'onDark')).toBeGreaterThan(0.6);
      expect(meanLuminance(source, size, 'onLight')).toBeLessThan(0.45);
      expect(meanLuminance(source, size, 'onDark') - meanLuminance(source, size, 'onLight')).toBeGreaterThan(0.2);
    }
  });
});
