/**
 * Mounting a Preact tree into happy-dom, and finding elements the way a reader of the page (or a
 * screen reader) names them: by role and accessible name, not by class.
 */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';

let host: HTMLElement | null = null;

export async function mount(tree: ComponentChildren): Promise<HTMLElement> {
  unmount();
  host = document.createElement('div');
  document.body.append(host);
  const h = host;
  await act(() => {
    render(tree, h);
  });
  return h;
}

export function unmount(): void {
  if (!host) return;
  render(null, host);
  host.remove();
  host = null;
}

/** Lets effects, promises and timers run. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the view');
    await settle(10);
  }
}

/** The accessible name: aria-label, else the text of aria-labelledby, else the text content (or the wrapping label's). */
export function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
    return (el.closest('label')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const IMPLICIT: Record<string, string> = {
  button: 'button',
  checkbox: 'input[type="checkbox"]',
  textbox: 'textarea, input[type="text"]',
  searchbox: 'input[type="search"]',
  navigation: 'nav',
  list: 'ul, ol',
  listitem: 'li',
  blockquote: 'blockquote',
  region: 'section[aria-labelledby], section[aria-label]',
  dialog: 'dialog',
};

/** Elements of `role` (explicit, or the implicit role of a few tags) whose name matches. */
export function allByRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  const sel = [`[role="${role}"]`, IMPLICIT[role]].filter(Boolean).join(', ');
  const els = [...root.querySelectorAll<HTMLElement>(sel)].filter((e) => {
    const explicit = e.getAttribute('role');
    return !explicit || explicit === role;
  });
  if (name === undefined) return els;
  return els.filter((e) => (typeof name === 'string' ? nameOf(e) === name : name.test(nameOf(e))));
}

export function byRole(root: ParentNode, role: string, name?: string | RegExp): HTMLElement {
  const found = allByRole(root, role, name);
  if (found.length !== 1) throw new Error(`expected one ${role}${name !== undefined ? ` named ${name}` : ''}, found ${found.length}`);
  return found[0];
}

export async function click(el: Element): Promise<void> {
  await act(() => {
    (el as HTMLElement).click();
  });
  await settle();
}

export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

export async function toggle(el: HTMLInputElement): Promise<void> {
  await act(() => {
    el.click();
  });
  await settle();
}

export async function key(el: Element, k: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));
  });
  await settle();
}
