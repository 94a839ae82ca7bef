/**
 * Where the suite finds the extension's UI, and role/name queries there (../e2e/shared/roles.ts
 * run through puppeteer).
 *
 * THE one accessor for the sidebar is `sidebarScope`: every test reaches the sidebar through it.
 * The sidebar is either
 *  - an extension page `…/sidebar.html` in an <iframe> (the sidebar in the extension's own frame
 *    and origin; its host element may sit in a closed shadow root under a random name, which
 *    does not matter: puppeteer lists the frame anyway), or
 *  - the open shadow root of the `<briefing-lens>` element (the sidebar rendered in the page).
 * Firefox quirk: puppeteer reports a moz-extension:// frame's url() as about:blank, so the
 * frame is recognised by asking it for its own location.
 *
 * The page's own UI (the selection toolbar) is looked for in the page's document, open shadow
 * roots included; what can be in either (the note editor) is looked for in both.
 */
import assert from 'node:assert/strict';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import {
  NAME_OF_JS,
  describeSteps,
  queryAllSource,
  querySource,
  snapshotSource,
  type RoleNode,
  type RoleStep,
} from '../e2e/shared/roles.ts';
import { poll, withTimeout } from './harness.ts';

/** A frame and a JS expression for the node to search under (Document, ShadowRoot or Element). */
export interface Scope {
  frame: Frame;
  root: string;
  /** For messages. */
  label: string;
}

export const SIDEBAR_TIMEOUT = 8_000;
const SIDEBAR_PAGE = /\/sidebar\.html$/;
const SHADOW_HOST = 'briefing-lens';

/** The page's own document (the selection toolbar lives here, in an open shadow root or not). */
export function pageScope(page: Page): Scope {
  return { frame: page.mainFrame(), root: 'document', label: 'the page' };
}

/** The sidebar's context now, or null when there is none (see the module comment). */
export async function sidebarScope(page: Page): Promise<Scope | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const path = await withTimeout(frame.evaluate('location.pathname') as Promise<string>, 2_000, 'frame location').catch(() => '');
    if (SIDEBAR_PAGE.test(path)) return { frame, root: 'document', label: 'the sidebar frame' };
  }
  const root = `document.querySelector(${JSON.stringify(SHADOW_HOST)})?.shadowRoot`;
  const hasRoot = await page
    .mainFrame()
    .evaluate(`!!(${root})`)
    .catch(() => false);
  return hasRoot ? { frame: page.mainFrame(), root, label: `<${SHADOW_HOST}>'s shadow root` } : null;
}

/** The sidebar landmark, role complementary named "Briefing Lens". */
export const SIDEBAR: RoleStep = { role: 'complementary', name: 'Briefing Lens' };

/** Waits for the sidebar's landmark to be shown; returns its scope. */
export async function waitForSidebar(page: Page, ms = SIDEBAR_TIMEOUT): Promise<Scope> {
  let scope: Scope | null = null;
  const ok = await poll(async () => {
    scope = await sidebarScope(page);
    return !!scope && !!(await query(scope, [SIDEBAR]));
  }, ms);
  assert.ok(
    ok && scope,
    `no "Briefing Lens" sidebar within ${ms} ms at ${page.url()} (sidebar context: ${scope ? (scope as Scope).label : 'none'})`,
  );
  return scope;
}

/** The first element matching `steps` in `scope`, or null. */
export async function query(scope: Scope, steps: RoleStep[], index = 0): Promise<ElementHandle<Element> | null> {
  const handle = await scope.frame.evaluateHandle(querySource(scope.root, steps, index));
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) await handle.dispose();
  return el;
}

/** How many elements match. */
export async function count(scope: Scope, steps: RoleStep[]): Promise<number> {
  return (await scope.frame.evaluate(`(${queryAllSource(scope.root, steps)}).length`)) as number;
}

/** The accessible names of the matches, in tree order. */
export async function names(scope: Scope, steps: RoleStep[]): Promise<string[]> {
  return (await scope.frame.evaluate(`(${queryAllSource(scope.root, steps)}).map(${NAME_OF_JS})`)) as string[];
}

/** The whitespace-normalised text content of the first match ('' when none). */
export async function textOf(scope: Scope, steps: RoleStep[]): Promise<string> {
  return (await scope.frame.evaluate(
    `((el) => el ? el.textContent.replace(/[\\s\\u00a0]+/g, ' ').trim() : '')(${querySource(scope.root, steps)})`,
  )) as string;
}

/** The whitespace-normalised text content of every match, in tree order. */
export async function texts(scope: Scope, steps: RoleStep[]): Promise<string[]> {
  return (await scope.frame.evaluate(
    `(${queryAllSource(scope.root, steps)}).map((el) => el.textContent.replace(/[\\s\\u00a0]+/g, ' ').trim())`,
  )) as string[];
}

/** Every element with a role in `scope` (role, name, hidden), for failure messages. */
export async function snapshot(scope: Scope): Promise<RoleNode[]> {
  return (await scope.frame.evaluate(snapshotSource(scope.root))) as RoleNode[];
}

/**
 * Waits until `steps` match in one of the scopes `scopes()` gives (asked again on every try, as
 * a frame may come and go); returns the element and the scope it is in.
 */
export async function waitForRole(
  scopes: () => Promise<Array<Scope | null>>,
  steps: RoleStep[],
  ms = 5_000,
): Promise<{ el: ElementHandle<Element>; scope: Scope }> {
  let found: { el: ElementHandle<Element>; scope: Scope } | null = null;
  let seen: Scope[] = [];
  await poll(async () => {
    seen = (await scopes()).filter((s): s is Scope => !!s);
    for (const scope of seen) {
      const el = await query(scope, steps).catch(() => null);
      if (el) {
        found = { el, scope };
        return true;
      }
    }
    return false;
  }, ms);
  if (found) return found;
  const where = await Promise.all(
    seen.map(async (s) => `${s.label}: ${JSON.stringify((await snapshot(s).catch(() => [])).filter((n) => !n.hidden).slice(0, 40))}`),
  );
  assert.fail(`no ${describeSteps(steps)} within ${ms} ms; shown:\n  ${where.join('\n  ')}`);
}

/** Waits until nothing matches `steps` in `scope`. */
export async function waitForGone(scopes: () => Promise<Array<Scope | null>>, steps: RoleStep[], ms = 5_000): Promise<void> {
  const gone = await poll(async () => {
    for (const s of await scopes()) if (s && (await count(s, steps).catch(() => 0)) > 0) return false;
    return true;
  }, ms);
  assert.ok(gone, `${describeSteps(steps)} still shown after ${ms} ms`);
}

/** The sidebar, then the page: where the note editor may be. */
export function sidebarThenPage(page: Page): () => Promise<Array<Scope | null>> {
  return async () => [await sidebarScope(page), pageScope(page)];
}

/** The text of the list item (`li` or role listitem) an element is in ('' when none). */
export async function listItemText(el: ElementHandle<Element>): Promise<string> {
  // A function, not source: puppeteer runs a string as an expression, without the element.
  // (No inner functions in it, so esbuild's __name wrapper does not come in.)
  return el.evaluate((e) => (e.closest('[role="listitem"], li')?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim());
}
