/**
 * Entity engine: median ms of findEntities per briefing against compromise on the same text
 * (people/places/organizations only: compromise-dates is not installed, so compromise does less
 * work than the engine, which also finds dates), the first (cold) call, and the gzipped size of
 * the engine with all its data and of the built background script that carries it.
 * Budgets (issue 11): background ≤ 250 KB gzipped, first call ≤ 150 ms, steady ≤ 15 ms per
 * 45K-character briefing, ≥ 10× faster than compromise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { findEntities } from '../../lib/entities';
import { median, ms, ratio, table, timeMedian } from './stats';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(repoRoot, '../shared');

/** Russian paragraphs of our gold sets, repeated to a briefing's length (no Russian seed exists). */
function russianText(): string {
  const para = (f: string): string[] =>
    (JSON.parse(readFileSync(join(repoRoot, f), 'utf8')) as { paragraphs: { id: string; text: string }[] }).paragraphs
      .filter((p) => !/^(?:en|p-e|q-e|z-e)/.test(p.id))
      .map((p) => p.text);
  const all = [...para('tests/gold/entities-new.json'), ...para('tests/gold/entities-ru.json')];
  let text = '';
  while (text.length < 45_000) text += `${all.join('\n')}\n`;
  return text.slice(0, text.lastIndexOf('\n', 45_000));
}

function inputs(): { name: string; text: string }[] {
  const seeds = join(shared, 'seeds');
  const ru = { name: 'ru gold paragraphs ×n', text: russianText() };
  if (existsSync(seeds)) {
    return [
      ...readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: `seed ${f.slice(0, 3)} (en)`, text: readFileSync(join(seeds, f), 'utf8') })),
      ru,
    ];
  }
  console.log('(../shared absent: measuring the Russian gold text only)');
  return [ru];
}

/** Milliseconds of a few runs of a slow function (compromise: ≈0.4 s a call). */
function timeSlow(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

async function gzSize(entry: string, charset?: 'utf8'): Promise<[number, number]> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset,
    write: false,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0]!.contents;
  return [code.length, gzipSync(code).length];
}

export async function run(): Promise<void> {
  console.log('Entities: findEntities vs compromise (people+places+organizations; compromise-dates not installed)');
  const nlp = (await import('compromise')).default;
  const rows: (string | number)[][] = [
    ['input', 'chars', 'engine (median of 15)', 'compromise (median of 5)', 'speed-up', 'engine first call'],
  ];
  for (const { name, text } of inputs()) {
    const c0 = performance.now();
    findEntities(text);
    const first = performance.now() - c0;
    const engine = timeMedian(() => findEntities(text), 15, 5);
    const comp = timeSlow(
      () => {
        const doc = nlp(text);
        return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
      },
      5,
      2,
    );
    rows.push([name, text.length, ms(engine), ms(comp), ratio(comp, engine), ms(first)]);
  }
  console.log(table(rows));

  console.log('(budgets: first call ≤ 150 ms — only the first input is a cold call; steady ≤ 15 ms; speed-up ≥ 10×)');

  const entry = join(repoRoot, 'lib/entities/index.ts');
  const [min, gz] = await gzSize(entry);
  const [min8, gz8] = await gzSize(entry, 'utf8');
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Engine bundle (lib/entities/index.ts: code + all gazetteers and name lists, esbuild --bundle --minify --format=esm):`);
  console.log(`  default ASCII charset (Cyrillic as \\uXXXX): ${kb(min)} min, ${kb(gz)} gzipped`);
  console.log(`  --charset=utf8:                              ${kb(min8)} min, ${kb(gz8)} gzipped`);
  // The engine runs in the background script; its budget is for that whole built file.
  const bg = join(repoRoot, '.output/chrome-mv3/background.js');
  if (existsSync(bg)) {
    const code = readFileSync(bg);
    console.log(
      `  built background script (.output/chrome-mv3/background.js): ${kb(code.length)}, ${kb(gzipSync(code).length)} gzipped (budget 250 KB)`,
    );
  } else {
    console.log('  (run `npm run build` to measure the built background script against its 250 KB budget)');
  }
  const [, cgz] = await gzSize(join(repoRoot, 'node_modules/compromise/src/three.js')).catch(() => [0, 0] as [number, number]);
  if (cgz) console.log(`  for reference, compromise: ${kb(cgz)} gzipped`);
}
