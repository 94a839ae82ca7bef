/**
 * The content script in real Chromium: time from script start to the sidebar's first paint on
 * the largest fixture (performance marks `bl:start` → `bl:first-paint`, median of runs), and the
 * script's size gzipped. Targets: ≤ 50 ms, ≤ 50 KB.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension, REPO_ROOT } from '../lib/launch';
import { startMidruServer } from '../lib/midru-server';
import { findBrowser } from '../find-browser';
import { hasShared, sharedPath } from '../../tests/support/shared';
import { median, ms } from './stats';

const RUNS = 15;
const SCRIPT = join(REPO_ROOT, '.output/chrome-mv3/content-scripts/briefing.js');

function largestFixture(): { name: string; html: string } {
  const candidates = [join(REPO_ROOT, 'tests/fixtures/sample-briefing.html')];
  if (hasShared) for (const f of readdirSync(sharedPath('fixtures'))) if (/^era-|^ru-/.test(f)) candidates.push(sharedPath('fixtures', f));
  const biggest = candidates.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return { name: biggest.split('/').pop()!, html: readFileSync(biggest, 'utf8') };
}

export async function run(): Promise<void> {
  if (!existsSync(SCRIPT)) execSync('npx wxt build', { cwd: REPO_ROOT, stdio: 'ignore' });
  const raw = readFileSync(SCRIPT);
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log('## Content script');
  console.log(`bundle: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (target ≤ 50 KB)`);
  if (!findBrowser()) {
    console.log('first paint: skipped (no Chromium found; see scripts/find-browser.ts)');
    return;
  }
  const fixture = largestFixture();
  const path = '/en/press_service/spokesman/briefings/1768563/';
  const server = await startMidruServer({ [path]: { body: fixture.html } });
  const browser = await launchWithExtension({ port: server.port });
  const samples: number[] = [];
  try {
    for (let i = 0; i < RUNS + 2; i++) {
      const page = await browser.context.newPage();
      await page.goto(`https://mid.ru${path}`);
      await page.getByRole('complementary', { name: 'Briefing Lens' }).waitFor({ timeout: 10_000 });
      await page.waitForFunction(() => performance.getEntriesByName('bl:first-paint').length > 0);
      const delta = await page.evaluate(() => performance.getEntriesByName('bl:first-paint')[0].startTime - performance.getEntriesByName('bl:start')[0].startTime);
      if (i >= 2) samples.push(delta); // the first loads warm the browser's caches
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`first paint on ${fixture.name} (${(fixture.html.length / 1024).toFixed(0)} KB page): median ${ms(median(samples))} over ${RUNS} loads, min ${ms(Math.min(...samples))}, max ${ms(Math.max(...samples))} (target ≤ 50 ms)`);
}
