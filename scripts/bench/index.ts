/** `npm run bench`: runs every `*.bench.ts` beside this file, in name order, and prints its figures. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(`Briefing Lens benchmarks — node ${process.version}, ${new Date().toISOString()}`);
console.log('Figures are medians measured in this one run; the machine may be shared and noisy.\n');
let failed = false;
for (const f of files) {
  try {
    const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: () => Promise<void> };
    await mod.run();
  } catch (e) {
    failed = true;
    console.error(`${f}: ${e instanceof Error ? e.message : String(e)}`);
  }
  console.log('');
}
// Exit when the figures are out: a bench's leftovers (a happy-dom window's timers, an in-memory
// database) must not keep the command waiting after it has printed everything.
process.exit(failed ? 1 : 0);
