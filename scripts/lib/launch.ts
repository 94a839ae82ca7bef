/**
 * Launches the system Chromium with the built extension loaded, with mid.ru (and *.mid.ru,
 * not-mid.example) resolved to the local midru-server and every other host unreachable
 * (toolchain.md §6). Extensions need a persistent context, hence launchPersistentContext.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { findBrowser } from '../find-browser.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LaunchOptions {
  /** Port of the midru-server the mapped hosts resolve to. */
  port: number;
  /** Unpacked extension; default .output/chrome-mv3 (from `wxt build`). */
  extensionDir?: string;
  /** Profile dir; default a fresh temp dir, removed on close. */
  userDataDir?: string;
  headless?: boolean;
  /**
   * Browser UI language (what `chrome.i18n.getUILanguage()` reports), e.g. 'ru': passed as
   * `--lang=<lang>` and, for Linux builds that read the locale from the environment, as
   * LANGUAGE / LANG. Chromium only switches when it ships that locale's .pak (Debian:
   * chromium-l10n); otherwise it stays en-US. Default: the environment's.
   */
  lang?: string;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: LaunchOptions): Promise<Launched> {
  const extensionDir = resolve(opts.extensionDir ?? join(REPO_ROOT, '.output/chrome-mv3'));
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const executablePath = findBrowser();
  if (!executablePath) {
    throw new Error('No Chromium found: run `npx tsx scripts/find-browser.ts --check` for how to install one.');
  }
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'briefing-lens-profile-'));
  const p = opts.port;

  const langEnv: Record<string, string> = opts.lang
    ? { LANGUAGE: opts.lang, LANG: `${opts.lang.replace('-', '_')}${opts.lang.includes('-') ? '' : `_${opts.lang.toUpperCase()}`}.UTF-8` }
    : {};

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: opts.headless ?? true,
      ...(opts.lang ? { env: { ...process.env, ...langEnv } as Record<string, string> } : {}),
      viewport: { width: 1280, height: 800 },
      // Playwright passes --disable-extensions by default; drop it so --load-extension is honoured.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        // Keep the browser off the network: only our server's hosts resolve.
        `--host-resolver-rules=MAP mid.ru 127.0.0.1:${p}, MAP *.mid.ru 127.0.0.1:${p}, ` +
          `MAP not-mid.example 127.0.0.1:${p}, MAP * ~NOTFOUND, EXCLUDE localhost`,
        '--ignore-certificate-errors',
        '--no-sandbox', // root in CI/containers: Chromium refuses its sandbox there
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      ],
    });
  } catch (err) {
    if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }

  const close = async () => {
    await context.close().catch(() => {});
    if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
  };

  try {
    // The MV3 background service worker's URL is chrome-extension://<id>/background.js.
    const isExt = (url: string) => url.startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find((w) => isExt(w.url())) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => isExt(w.url()), timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, close };
  } catch (err) {
    await close();
    throw new Error(`The extension in ${extensionDir} did not start (no service worker within 15 s): ${String(err)}`);
  }
}
