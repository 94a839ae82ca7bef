/**
 * The Firefox suite's harness: Debian's firefox-esr (or $FIREFOX_PATH), headless, driven by
 * puppeteer-core over WebDriver BiDi (a stock Firefox: no patched build, no geckodriver), with
 * the Firefox MV2 build installed as a temporary add-on and mid.ru faked by ./fake-midru.ts.
 *
 * What Firefox needs that Chromium does not (each is said where it is done):
 *  - the add-on's moz-extension:// address is random per profile unless pinned by a pref;
 *  - WebDriver may only open moz-extension:// pages with --remote-allow-system-access, and
 *    puppeteer never sees such a navigation finish (openExtensionPage polls instead);
 *  - prefers-reduced-motion and clipboard access are prefs (BiDi has no media emulation yet);
 *  - BiDi reports no console of extension contexts (background page, extension tabs and
 *    frames): their errors are read from Firefox's own output (collectErrorLines).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/find-browser.ts';
import { REPO_ROOT } from '../../scripts/lib/launch.ts';
import type { Route } from '../../scripts/lib/midru-server.ts';
import { routeKey } from '../e2e/support.ts';
import { startFakeMidru, type FakeMidru } from './fake-midru.ts';

/** The Firefox build under test: .output/firefox-mv2, or $BL_FIREFOX_EXTENSION_DIR (another build). */
export const EXTENSION_DIR = process.env.BL_FIREFOX_EXTENSION_DIR ?? join(REPO_ROOT, '.output/firefox-mv2');
/** Pinned with extensions.webextensions.uuids, so the extension's pages have a known address. */
export const EXTENSION_UUID = '6f1c0a52-3b7e-4d2a-9c41-b1e5ca11ab1e';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface ConsoleProblem {
  url: string;
  text: string;
}

export interface LaunchOptions {
  /** Browser UI language, e.g. 'ru' (needs Debian's firefox-esr-l10n-ru; else stays English). */
  uiLanguage?: string;
  /** Served pages: full https URL -> HTML. More can be added later with `serve`. */
  pages?: Record<string, string>;
}

export interface Firefox {
  browser: Browser;
  midru: FakeMidru;
  /** Console errors and uncaught exceptions of the web pages opened through `open`, with their URL. */
  problems: ConsoleProblem[];
  serve(url: string, html: string | Route): void;
  /** A new tab at `url`, loaded, its console watched. */
  open(url: string): Promise<Page>;
  /** A new tab at an extension page (`library.html`), loaded (its errors land in `consoleErrors`). */
  openExtensionPage(path: string, ms?: number): Promise<Page>;
  /**
   * Every console.error and uncaught error of the run, as Firefox printed them, extension
   * contexts included. WebDriver BiDi reports the console of web pages and web frames only: not
   * of the MV2 background page, extension tabs (library.html) or extension frames, so the suite
   * reads Firefox's own output for those (see collectErrorLines).
   */
  consoleErrors: string[];
  /** What the extension gets from `browser.i18n.getUILanguage()`. */
  uiLanguage(): Promise<string>;
  close(): Promise<void>;
}

function addonId(): string {
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id (needed to pin its address)`);
  return id;
}

/** Records console errors and uncaught exceptions of `page` (and its frames) into `sink`. */
export function watchConsole(page: Page, sink: ConsoleProblem[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') sink.push({ url: page.url(), text: `console.error: ${m.text()}` });
  });
  page.on('pageerror', (e) =>
    sink.push({ url: page.url(), text: `pageerror: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` }),
  );
}

export function formatProblems(problems: ConsoleProblem[]): string {
  return problems.map((p) => `  ${p.url}\n    ${p.text}`).join('\n');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `check` every 50 ms until it is true or `ms` have passed; returns the last result. */
export async function poll(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return true;
    if (Date.now() >= end) return false;
    await sleep(50);
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

/**
 * Collects the error lines Firefox prints with `devtools.console.stdout.content`: console.error
 * of any web or extension context and uncaught errors and rejections ("JavaScript error: <url>,
 * line N: …") of web pages and moz-extension:// documents. Firefox's own lines are left out: errors
 * of chrome:// and resource:// scripts, and those of its named loggers, which print their name
 * first (`console.error: RSLoader: …`, Nimbus failing to reach Remote Settings through our proxy).
 * A page's or extension's console.error prints its arguments quoted or in parentheses
 * (`console.error: "text"`, `console.error: (new Error(…))`); the one bare name it prints is a
 * DOMException's (`console.error: AbortError: …`), and those names end in "Error".
 */
function collectErrorLines(stream: NodeJS.ReadableStream | null | undefined, sink: string[]): void {
  let rest = '';
  stream?.on('data', (chunk: Buffer | string) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const firefoxLogger = /^console\.error: [A-Za-z][\w.-]*: /.test(line) && !/^console\.error: \w*(Error|Exception): /.test(line);
      const firefoxScript = /"(chrome|resource):\/\//.test(line) && !line.includes('moz-extension://');
      const consoleError = /^console\.error: /.test(line) && !firefoxLogger && !firefoxScript;
      if (consoleError || /^JavaScript error: (moz-extension|https?):\/\//.test(line)) sink.push(line);
    }
  });
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<Firefox> {
  const id = addonId();
  const executablePath = findFirefox();
  if (!executablePath) {
    throw new Error('No Firefox found: run `npx tsx scripts/find-browser.ts --check --firefox` for how to install one.');
  }
  const midru = await startFakeMidru();
  const serve = (url: string, html: string | Route) =>
    midru.server.setRoute(routeKey(url), typeof html === 'string' ? { body: html } : html);
  for (const [url, html] of Object.entries(opts.pages ?? {})) serve(url, html);

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true, // the fake mid.ru's per-run self-signed certificate
      args: ['--remote-allow-system-access'], // lets WebDriver open moz-extension:// pages
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: {
        ...midru.firefoxPrefs(),
        'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
        // Jumps and scrolls instant, as the Chromium suite gets by emulation.
        'ui.prefersReducedMotion': 1,
        // navigator.clipboard.readText() without a paste prompt, so a test can read what a
        // "Copy" button wrote (test-only pref).
        'dom.events.testing.asyncClipboard': true,
        ...(opts.uiLanguage ? { 'intl.locale.requested': opts.uiLanguage } : {}),
        // Console messages of web and extension documents to Firefox's stdout: the only place
        // the background page's and extension pages' errors can be read here.
        'devtools.console.stdout.content': true,
      },
    });
  } catch (err) {
    await midru.close();
    throw err;
  }

  const problems: ConsoleProblem[] = [];
  const consoleErrors: string[] = [];
  collectErrorLines(browser.process()?.stdout, consoleErrors);
  collectErrorLines(browser.process()?.stderr, consoleErrors);
  const close = async () => {
    await withTimeout(browser.close(), 15_000, 'closing Firefox').catch(() => browser.process()?.kill('SIGKILL'));
    await midru.close();
  };

  try {
    // BiDi webExtension.install {type: 'path'}: a temporary add-on (unsigned is fine).
    const installed = await browser.installExtension(EXTENSION_DIR);
    if (installed !== id) throw new Error(`installed add-on id ${installed}, manifest says ${id}`);
  } catch (err) {
    await close();
    throw err;
  }

  const api: Firefox = {
    browser,
    midru,
    problems,
    consoleErrors,
    serve,
    async open(url) {
      const page = await browser.newPage();
      watchConsole(page, problems);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path, ms = 10_000) {
      const url = `${EXTENSION_ORIGIN}/${path}`;
      const page = await browser.newPage();
      watchConsole(page, problems);
      // puppeteer never sees a moz-extension:// navigation finish (page.url() stays
      // about:blank): start it, ignore its outcome, and poll the document instead.
      page.goto(url, { timeout: ms }).catch(() => undefined);
      const end = Date.now() + ms;
      for (;;) {
        const state = await page.evaluate('[location.href, document.readyState]').catch(() => null);
        if (Array.isArray(state) && state[0] === url && state[1] === 'complete') return page;
        if (Date.now() > end) throw new Error(`extension page ${url} did not load (last state: ${JSON.stringify(state)})`);
        await sleep(100);
      }
    },
    async uiLanguage() {
      const page = await api.openExtensionPage('library.html');
      try {
        return (await page.evaluate('browser.i18n.getUILanguage()')) as string;
      } finally {
        await page.close();
      }
    },
    close,
  };

  // The error oracle must see what it is for: one probe error from an extension page, then a
  // clean slate (a Firefox that stopped printing them would otherwise pass every check).
  try {
    const probe = `bl-e2e-probe-${process.pid}-${Date.now()}`;
    const page = await api.openExtensionPage('library.html');
    await page.evaluate(`console.error(${JSON.stringify(probe)})`);
    const seen = await poll(async () => consoleErrors.some((l) => l.includes(probe)), 3_000);
    await page.close();
    if (!seen) throw new Error("Firefox did not print an extension page's console.error (devtools.console.stdout.content)");
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((l) => !l.includes(probe)));
  } catch (err) {
    await close();
    throw err;
  }
  return api;
}
