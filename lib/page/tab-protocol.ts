/**
 * Messages to the content script of a tab (from the popup and the background): ask what was
 * detected, save the page for a report, or run a command. Validated on arrival: anything else is
 * ignored.
 */
import type { PageCommand } from './api';

export const PAGE_COMMANDS: readonly PageCommand[] = ['toggle-sidebar', 'next-section', 'prev-section', 'highlight-selection'];

export type TabRequest =
  | { to: 'tab'; type: 'status' }
  | { to: 'tab'; type: 'save-page' }
  | { to: 'tab'; type: 'command'; command: PageCommand };

export type TabStatus =
  | { detected: false; state: 'waiting' | 'not-briefing' }
  | { detected: true; title: string | null; statements: number; pairs: number; language: 'en' | 'ru' };

export function parseTabRequest(msg: unknown): TabRequest | null {
  if (!msg || typeof msg !== 'object') return null;
  const m = msg as Record<string, unknown>;
  if (m.to !== 'tab') return null;
  if (m.type === 'status' || m.type === 'save-page') return { to: 'tab', type: m.type };
  if (m.type === 'command' && typeof m.command === 'string' && (PAGE_COMMANDS as string[]).includes(m.command)) {
    return { to: 'tab', type: 'command', command: m.command as PageCommand };
  }
  return null;
}
