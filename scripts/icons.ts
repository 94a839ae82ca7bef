/**
 * Draws the extension's icons: the SVG sources in scripts/icons/ rasterised to the PNGs the
 * manifest names (public/icon/), with @resvg/resvg-js (deterministic, no browser needed).
 *
 *   npm run icons            write public/icon/*.png
 *   npm run icons -- --check exit 1 if a committed PNG differs from what the sources give
 *
 * The PNGs are committed, so a build never needs the renderer; run this after changing a source.
 * Two colour schemes: `onLight` (dark ground, for light toolbars: the default everywhere) and
 * `onDark` (light ground, for dark toolbars). Chrome has no per-theme icons and gets the default;
 * for Firefox, WXT turns the `light-N.png` / `dark-N.png` pairs into `theme_icons`, where
 * "light" names the light icon shown on dark themes.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'scripts/icons');
const OUT = join(ROOT, 'public/icon');

const SCHEMES = {
  onLight: { BG: '#24476b', RING: '#e8eef5', LINE: '#ffffff', MARK: '#ffd84a' },
  onDark: { BG: '#a8cdf5', RING: '#1e2a38', LINE: '#14263a', MARK: '#ffd84a' },
} as const;

/** file name → [source, size, scheme] */
export const ICONS: Record<string, [string, number, keyof typeof SCHEMES]> = {
  '16.png': ['icon-small.svg', 16, 'onLight'],
  '32.png': ['icon.svg', 32, 'onLight'],
  '48.png': ['icon.svg', 48, 'onLight'],
  '128.png': ['icon.svg', 128, 'onLight'],
  'dark-16.png': ['icon-small.svg', 16, 'onLight'],
  'dark-32.png': ['icon.svg', 32, 'onLight'],
  'light-16.png': ['icon-small.svg', 16, 'onDark'],
  'light-32.png': ['icon.svg', 32, 'onDark'],
};

function rendered(source: string, size: number, scheme: keyof typeof SCHEMES) {
  let svg = readFileSync(join(SRC, source), 'utf8');
  for (const [k, v] of Object.entries(SCHEMES[scheme])) svg = svg.replaceAll(`{{${k}}}`, v);
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
}

export function renderIcon(source: string, size: number, scheme: keyof typeof SCHEMES): Buffer {
  return rendered(source, size, scheme).asPng();
}

/** Mean luminance (0–1) of an icon's opaque pixels: what sets it apart on a toolbar. */
export function meanLuminance(source: string, size: number, scheme: keyof typeof SCHEMES): number {
  const px = rendered(source, size, scheme).pixels;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3]! < 128) continue;
    sum += (0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!) / 255;
    n++;
  }
  return n ? sum / n : 0;
}

function main(): void {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [name, [source, size, scheme]] of Object.entries(ICONS)) {
    const png = renderIcon(source, size, scheme);
    const path = join(OUT, name);
    if (check) {
      if (!existsSync(path) || !readFileSync(path).equals(png)) stale.push(name);
    } else writeFileSync(path, png);
  }
  if (check && stale.length) {
    console.error(`Icons out of date (run npm run icons): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(check ? 'Icons are up to date.' : `Wrote ${Object.keys(ICONS).length} icons to public/icon/.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
