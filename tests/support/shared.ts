/** Locating ../shared (read-only material CI has; a user's fresh clone does not). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(repoRoot, '../shared');
export const hasShared = existsSync(join(sharedDir, 'expected'));
export const SKIP_SHARED = 'skipped: ../shared is absent (it is read-only material CI has)';

export function sharedPath(...parts: string[]): string {
  return join(sharedDir, ...parts);
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

/** Every expected outline, with the input it belongs to (fixture page or seed transcript). */
export function expectedCases(): { name: string; input: string; expected: unknown }[] {
  if (!hasShared) return [];
  return readdirSync(sharedPath('expected'))
    .filter((f) => f.endsWith('.outline.json'))
    .map((f) => {
      const name = f.replace('.outline.json', '');
      const html = sharedPath('fixtures', `${name}.html`);
      const input = existsSync(html) ? html : sharedPath('seeds', `${name}.txt`);
      return { name, input, expected: JSON.parse(readShared('expected', f)) };
    });
}

export function readProject(...parts: string[]): string {
  return readFileSync(join(repoRoot, ...parts), 'utf8');
}
