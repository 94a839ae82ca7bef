// @vitest-environment happy-dom
/** The sidebar's services over a recording page port and a fake background client. */
import { describe, expect, it, vi } from 'vitest';
import { findForPage } from '../../../lib/background/entity-service';
import type { BackgroundClient } from '../../../lib/messages/client';
import { createServices } from '../../../lib/sidebar/services';
import { fixtureArticle, recordingPort, recordOn } from '../support/sidebar-fakes';
import { memoryDrafts } from '../../../lib/store/drafts';

function setup() {
  const article = fixtureArticle();
  const port = recordingPort();
  const find = vi.fn(async (blocks: string[], language: 'en' | 'ru' | 'auto') => findForPage(blocks, language));
  const openLibrary = vi.fn(async (_id?: string) => true as const);
  const client = { entities: { find }, openLibrary } as unknown as BackgroundClient;
  const copy = vi.fn(async () => true);
  const services = createServices({
    port,
    client,
    briefing: article.briefing,
    pageUrl: 'https://mid.ru/en/b/1/',
    canPaint: true,
    notes: null,
    drafts: memoryDrafts(),
    copy,
  });
  return { article, port, find, openLibrary, copy, services };
}

describe('sidebar services', () => {
  it('asks the page to jump, with focus only when asked', () => {
    const { port, services } = setup();
    services.nav.jump(3);
    services.nav.jump(4, { focus: true });
    expect(port.sent).toEqual([
      { type: 'jump', section: 3, focus: false },
      { type: 'jump', section: 4, focus: true },
    ]);
  });

  it('replays the section being read to a late subscriber, then follows changes', () => {
    const { port, services } = setup();
    const early: number[] = [];
    services.nav.onSection((i) => early.push(i));
    expect(early).toEqual([]);
    port.emit({ type: 'section', index: 3 });
    const late: number[] = [];
    const stop = services.nav.onSection((i) => late.push(i));
    expect(late).toEqual([3]);
    port.emit({ type: 'section', index: 5 });
    stop();
    port.emit({ type: 'section', index: 6 });
    expect(late).toEqual([3, 5]);
    expect(early).toEqual([3, 5, 6]);
  });

  it('passes on page commands to their subscribers only', () => {
    const { port, services } = setup();
    const commands: string[] = [];
    services.nav.onCommand((c) => commands.push(c));
    port.emit({ type: 'command', command: 'next-section' });
    port.emit({ type: 'section', index: 1 });
    expect(commands).toEqual(['next-section']);
  });

  it('sends search hits as bare spans of the article text', () => {
    const { article, port, services } = setup();
    const block = article.briefing.blocks[4];
    services.search.paint([{ block: 4, start: 1, end: 5, section: 2, text: 'x' } as never], 0);
    expect(port.sent).toEqual([{ type: 'search', hits: [{ start: block.start! + 1, end: block.start! + 5 }], active: 0 }]);
    expect(article.text.slice(block.start! + 1, block.start! + 5)).toBe(block.text.slice(1, 5));
  });

  it('finds entities once, sends their places (no text) to the page, and indexes them', async () => {
    const { article, port, find, services } = setup();
    const [a, b] = await Promise.all([services.entities.index(), services.entities.index()]);
    expect(a).toBe(b);
    expect(find).toHaveBeenCalledTimes(1);
    expect(find.mock.calls[0][1]).toBe('en');
    expect(a.mentions.length).toBeGreaterThan(0);
    expect(a.groups.some((g) => g.label.includes('Lavrov'))).toBe(true);
    const sent = port.sent.filter((m) => m.type === 'entities/mentions');
    expect(sent).toHaveLength(1);
    const mentions = (sent[0] as { mentions: Record<string, unknown>[] }).mentions;
    expect(mentions).toHaveLength(a.mentions.length);
    for (const m of mentions) expect(Object.keys(m).sort()).toEqual(['end', 'start', 'type']);
    const first = a.mentions[0];
    expect(article.briefing.blocks[first.block].text.slice(first.start, first.end)).toBe(first.text);
    // Sent as spans of the article text, the one the page paints in.
    const painted = mentions[0] as { start: number; end: number };
    expect(article.text.slice(painted.start, painted.end)).toBe(first.text);
  });

  it('sends entity toggles and walks', () => {
    const { port, services } = setup();
    services.entities.show(true, { person: true, place: false });
    services.entities.walk(7);
    expect(port.sent).toEqual([
      { type: 'entities/show', on: true, types: { person: true, place: false } },
      { type: 'entities/walk', mention: 7 },
    ]);
  });

  it("turns the page's highlight and note requests into notes requests", () => {
    const { article, port, services } = setup();
    const seen: unknown[] = [];
    services.onNotesRequest((r) => seen.push(r));
    const r = recordOn(article, 'x', 'Murat Nurtleu');
    const draft = { selectors: r.selectors, section: r.section, quote: r.quote, url: r.url, language: 'en' as const };
    port.emit({ type: 'notes/new', draft, color: 'pink', open: 'note' });
    port.emit({ type: 'notes/open', id: 'h1' });
    port.emit({ type: 'section', index: 1 });
    expect(seen).toEqual([
      { kind: 'new', draft, color: 'pink', open: 'note' },
      { kind: 'open', id: 'h1' },
    ]);
  });

  it('docks, saves the page, gives focus back, opens the library', async () => {
    const { port, openLibrary, services } = setup();
    services.shell.dock(false, 40);
    services.shell.savePage();
    services.shell.focusPage();
    services.shell.openLibrary('h1');
    expect(port.sent).toEqual([{ type: 'dock', open: false, width: 40 }, { type: 'save-page' }, { type: 'focus-page' }]);
    expect(openLibrary).toHaveBeenCalledWith('h1');
  });

  it('does not let a failed library open escape', async () => {
    const { openLibrary, services } = setup();
    openLibrary.mockRejectedValueOnce(new Error('no'));
    expect(() => services.shell.openLibrary()).not.toThrow();
    await new Promise((r) => setTimeout(r, 0));
  });

  it('follows a resize until it is done, the grab clamped', () => {
    const { port, services } = setup();
    const widths: [number, boolean][] = [];
    services.shell.startResize(250, (w, done) => widths.push([w, done]));
    expect(port.sent).toEqual([{ type: 'resize-start', grab: 100 }]);
    port.emit({ type: 'resize', width: 400, done: false });
    port.emit({ type: 'resize', width: 420, done: true });
    port.emit({ type: 'resize', width: 500, done: false });
    expect(widths).toEqual([
      [400, false],
      [420, true],
    ]);
  });
});
