/**
 * `npm start`: the one-command demo.
 *  1. find (or, on Debian as root, install) Chromium;
 *  2. build the extension (`wxt build` -> .output/chrome-mv3);
 *  3. serve the project's sample briefing as if it were on mid.ru (local HTTPS + host mapping);
 *  4. print the sample's outline (the segmenter CLI);
 *  5. with a display: open a real Chromium window with the extension on that page and run until
 *     the window is closed; without one (or with --headless, or under CI): load the page
 *     headless, wait for the sidebar, and save a 1280×800 screenshot to demo-output/sidebar.png.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureBrowser } from './find-browser.ts';
import { launchWithExtension, REPO_ROOT, type Launched } from './lib/launch.ts';
import { startMidruServer, type MidruServer } from './lib/midru-server.ts';

const SAMPLE_URL = 'https://mid.ru/en/press_service/spokesman/briefings/1900001/';
const SAMPLE_FILE = 'tests/fixtures/sample-briefing.html';
const SCREENSHOT = join(REPO_ROOT, 'demo-output/sidebar.png');

/** Runs a command with inherited stdio; rejects with a short message on a non-zero exit. */
function run(cmd: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit' });
    child.on('error', (err) => reject(new Error(`${what}: could not run ${cmd}: ${err.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit code ${code}).`))));
  });
}

function wantsHeaded(): boolean {
  const display = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return display && !process.env.CI && !process.argv.includes('--headless');
}

let server: MidruServer | undefined;
let browser: Launched | undefined;

async function cleanup(): Promise<void> {
  await browser?.close();
  await server?.close();
}

async function main(): Promise<void> {
  const chromiumPath = await ensureBrowser();
  console.log(`Chromium: ${chromiumPath}`);

  console.log('\nBuilding the extension (wxt build)…');
  await run('npx', ['wxt', 'build'], 'wxt build');

  server = await startMidruServer({
    [new URL(SAMPLE_URL).pathname]: { body: readFileSync(join(REPO_ROOT, SAMPLE_FILE), 'utf8') },
  });

  console.log(`\nOutline of the sample briefing (${SAMPLE_FILE}):\n`);
  await run('npx', ['tsx', 'scripts/segment.ts', '--markdown', SAMPLE_FILE], 'segmenting the sample briefing');

  if (wantsHeaded()) {
    browser = await launchWithExtension({ port: server.port, headless: false });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(SAMPLE_URL);
    console.log(
      `\nChromium is open with Briefing Lens on ${SAMPLE_URL}\n` +
        '(served locally: mid.ru is mapped to this machine for that window only).\n' +
        'Close the browser window, or press Ctrl+C, to stop.',
    );
    await new Promise<void>((resolve) => browser!.context.on('close', () => resolve()));
    browser = undefined;
    console.log('Browser closed.');
    return;
  }

  console.log('\nNo display (or --headless / CI): loading the page in headless Chromium…');
  browser = await launchWithExtension({ port: server.port, headless: true });
  const page = await browser.context.newPage();
  await page.goto(SAMPLE_URL);
  // The sidebar is an extension page in a frame (docs/architecture.md): wait for it to show the contents.
  const deadline = Date.now() + 15_000;
  let frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
  while (!frame && Date.now() < deadline) {
    await page.waitForTimeout(100);
    frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
  }
  const sidebar = frame?.getByRole('navigation', { name: 'Table of contents' });
  await (sidebar
    ? sidebar.waitFor({ state: 'visible', timeout: Math.max(1, deadline - Date.now()) })
    : Promise.reject(new Error('no frame'))
  ).catch(() => {
    throw new Error(`The Briefing Lens sidebar did not appear on ${SAMPLE_URL} within 15 s.`);
  });
  await page.waitForTimeout(500); // let late rendering (entity highlights, fonts) settle
  mkdirSync(join(REPO_ROOT, 'demo-output'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`Sidebar screenshot (1280×800): ${relative(process.cwd(), SCREENSHOT) || SCREENSHOT}`);
}

process.on('SIGINT', () => {
  cleanup().finally(() => process.exit(130));
});

main()
  .then(cleanup)
  .then(() => process.exit(0))
  .catch(async (err: unknown) => {
    // Playwright errors carry long call logs; the first lines say what went wrong.
    const message = err instanceof Error ? err.message.split('\n').slice(0, 4).join('\n') : String(err);
    console.error(`\nnpm start failed: ${message}`);
    await cleanup().catch(() => {});
    process.exit(1);
  });
