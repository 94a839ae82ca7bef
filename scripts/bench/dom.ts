/**
 * A happy-dom window for the UI benches (the library, its Archive tab): Preact and the
 * components find the DOM as globals; Node's own Event/EventTarget stay. Pages run no scripts
 * and load no files.
 */
import { Window } from 'happy-dom';

const GLOBALS = [
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'HTMLInputElement',
  'SVGElement',
  'Text',
  'KeyboardEvent',
  'MouseEvent',
  'getComputedStyle',
];

/** Installs a window at `url`; `extra` names more globals to take from it (e.g. `requestAnimationFrame`). */
export function installDom(url: string, extra: readonly string[] = []): Window {
  const win = new Window({
    url,
    width: 1280,
    height: 800,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const g = globalThis as Record<string, unknown>;
  const w = win as unknown as Record<string, unknown>;
  for (const k of [...GLOBALS, ...extra]) g[k] = w[k];
  g.window = win;
  return win;
}

/** Resolves once `check()` holds, polling between macrotasks (setImmediate: no 1 ms timer floor). */
export async function until(check: () => boolean, what: string, limitMs = 20_000): Promise<void> {
  const end = performance.now() + limitMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`${what} in time`);
    await new Promise((r) => setImmediate(r));
  }
}
