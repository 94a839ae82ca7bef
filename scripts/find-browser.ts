/**
 * Finds the browsers of the e2e tests and `npm start`: Chromium/Chrome (the main suite) and
 * Firefox (tests/e2e-firefox).
 *
 * We never let a test tool download a browser (the only registries reachable are npm and
 * Debian's), so the browser must be a system one: its env vars first, then the usual install
 * paths. On Debian/Ubuntu as root (CI, containers) we install Debian's package ourselves (and
 * say so); anywhere else we say exactly what to install.
 *
 * CLI: `tsx scripts/find-browser.ts --check [--firefox]` prints the path, or the reason and
 * exits 1.
 */
import { execSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface BrowserKind {
  /** For messages: "Chromium/Chrome". */
  label: string;
  env: string[];
  candidates: string[];
  /** Debian packages to install (the first one is the browser). */
  debianPackages: string[];
  /** What to tell a reader who is not on Debian. */
  elsewhere: string;
}

const CHROMIUM: BrowserKind = {
  label: 'Chromium/Chrome',
  env: ['CHROMIUM_PATH', 'CHROME_PATH'],
  candidates: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  debianPackages: ['chromium'],
  elsewhere: 'Install Chromium or Google Chrome',
};

// Debian's firefox-esr is the one CI uses; a release Firefox works too (the suite needs 140+,
// the manifest's strict_min_version, and WebDriver BiDi, which every recent Firefox has).
const FIREFOX: BrowserKind = {
  label: 'Firefox',
  env: ['FIREFOX_PATH'],
  candidates: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/lib/firefox/firefox',
    '/snap/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ],
  debianPackages: ['firefox-esr'],
  elsewhere: 'Install Firefox (140 or newer)',
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function find(kind: BrowserKind): string | null {
  for (const name of kind.env) {
    const path = process.env[name];
    if (path && isExecutable(path)) return path; // an env var naming a missing file is ignored
  }
  return kind.candidates.find(isExecutable) ?? null;
}

async function ensure(kind: BrowserKind): Promise<string> {
  const found = find(kind);
  if (found) return found;

  const pkgs = kind.debianPackages.join(' ');
  const debian = existsSync('/etc/debian_version');
  if (debian && process.getuid?.() === 0) {
    console.log(`No ${kind.label} found: installing Debian's ${pkgs} (apt-get install ${pkgs})…`);
    try {
      execSync(`apt-get update -qq && apt-get install -y -qq ${pkgs}`, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      throw new Error(`apt-get install ${pkgs} failed (see the apt output above).`);
    }
    const installed = find(kind);
    if (installed) return installed;
    throw new Error(`apt-get installed ${pkgs}, but no ${kind.label} was found at ${kind.candidates[0]}.`);
  }

  const hint = debian ? `Install it with: sudo apt-get update && sudo apt-get install ${pkgs}` : kind.elsewhere;
  const envs = kind.env.map((e) => `$${e}`).join(', ');
  throw new Error(
    `No ${kind.label} found (looked at ${envs}, ${kind.candidates.join(', ')}). ` +
      `${hint}, or set ${kind.env[0]} to the browser's executable.`,
  );
}

/** Path of a usable Chromium/Chrome, or null. */
export function findBrowser(): string | null {
  return find(CHROMIUM);
}

/** Like findBrowser, but installs Debian's chromium when it can, and otherwise throws a how-to. */
export function ensureBrowser(): Promise<string> {
  return ensure(CHROMIUM);
}

/** Path of a usable Firefox ($FIREFOX_PATH, then the usual paths), or null. */
export function findFirefox(): string | null {
  return find(FIREFOX);
}

/** Like findFirefox, but installs Debian's firefox-esr when it can, and otherwise throws a how-to. */
export function ensureFirefox(): Promise<string> {
  return ensure(FIREFOX);
}

// Run as a CLI only when executed directly, not when imported by tests or start.ts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const firefox = process.argv.includes('--firefox');
  if (process.argv.includes('--check')) {
    (firefox ? ensureFirefox() : ensureBrowser()).then(
      (path) => console.log(path),
      (err: Error) => {
        console.error(err.message);
        process.exit(1);
      },
    );
  } else {
    const path = firefox ? findFirefox() : findBrowser();
    console.log(path ?? 'no browser found');
    process.exit(path ? 0 : 1);
  }
}
