/**
 * Finds a Chromium/Chrome for the e2e tests and `npm start`.
 *
 * We never let Playwright download a browser (the only registries reachable are npm and
 * Debian's), so the browser must be a system one: env CHROMIUM_PATH / CHROME_PATH first,
 * then the usual install paths. On Debian/Ubuntu as root (CI, containers) we can install
 * Debian's `chromium` package ourselves; anywhere else we say exactly what to install.
 *
 * CLI: `tsx scripts/find-browser.ts --check` prints the path, or the reason and exit 1.
 */
import { execSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Path of a usable Chromium/Chrome, or null. An env var naming a missing file is ignored. */
export function findBrowser(): string | null {
  for (const env of [process.env.CHROMIUM_PATH, process.env.CHROME_PATH]) {
    if (env && isExecutable(env)) return env;
  }
  return CANDIDATES.find(isExecutable) ?? null;
}

/** Like findBrowser, but installs Debian's chromium when it can, and otherwise throws a how-to. */
export async function ensureBrowser(): Promise<string> {
  const found = findBrowser();
  if (found) return found;

  const debian = existsSync('/etc/debian_version');
  if (debian && process.getuid?.() === 0) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
    try {
      execSync('apt-get update -qq && apt-get install -y -qq chromium', {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      throw new Error('apt-get install chromium failed (see the apt output above).');
    }
    const installed = findBrowser();
    if (installed) return installed;
    throw new Error('apt-get installed chromium, but no browser was found at /usr/bin/chromium.');
  }

  const hint = debian
    ? 'Install it with: sudo apt-get update && sudo apt-get install chromium'
    : 'Install Chromium or Google Chrome';
  throw new Error(
    `No Chromium/Chrome found (looked at $CHROMIUM_PATH, $CHROME_PATH, ${CANDIDATES.join(', ')}). ` +
      `${hint}, or set CHROMIUM_PATH to the browser's executable.`,
  );
}

// Run as a CLI only when executed directly, not when imported by tests or start.ts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) {
    ensureBrowser().then(
      (path) => console.log(path),
      (err: Error) => {
        console.error(err.message);
        process.exit(1);
      },
    );
  } else {
    const path = findBrowser();
    console.log(path ?? 'no browser found');
    process.exit(path ? 0 : 1);
  }
}
