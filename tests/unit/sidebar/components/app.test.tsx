// @vitest-environment happy-dom
/** The sidebar shell with fake services: its tabs, collapse and expand (docking the frame), and its footer. */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App, COLLAPSED_WIDTH } from '../../../../components/App';
import { stringsFor } from '../../../../components/i18n';
import { Root } from '../../../../components/Root';
import type { SidebarSettings } from '../../../../lib/page/settings';
import { allByRole, byRole, click, key, mount, settle, unmount } from '../../support/dom';
import { fakeNotes, fakeServices, recordingSettings } from '../../support/fake-services';
import { fixtureArticle, type Article } from '../../support/sidebar-fakes';

const strings = stringsFor('en');
let article: Article;

beforeEach(() => {
  article = fixtureArticle();
});
afterEach(unmount);

async function setup(initial: Partial<SidebarSettings> = {}, withNotes = true) {
  const n = fakeNotes([]);
  const fake = fakeServices(article.briefing, { notes: withNotes ? n.notes : null });
  const s = recordingSettings(initial);
  const root = await mount(<Root services={fake.services} strings={strings} initial={s.initial} settings={s.settings} />);
  await settle();
  return { fake, root, saves: s.saves, n };
}

const tab = (root: HTMLElement, name: string) => byRole(byRole(root, 'tablist', strings.tabs), 'tab', name);
const selected = (root: HTMLElement) =>
  allByRole(root, 'tab')
    .filter((t) => t.getAttribute('aria-selected') === 'true')
    .map((t) => t.textContent);
const visiblePanels = (root: HTMLElement) =>
  allByRole(root, 'tabpanel')
    .filter((p) => !p.hidden)
    .map((p) => p.getAttribute('aria-labelledby'));

describe('App', () => {
  it('is a labelled complementary landmark with three tabs, the remembered one selected', async () => {
    const { root } = await setup({ tab: 'entities' });
    expect(byRole(root, 'complementary', strings.appName)).toBeDefined();
    expect(allByRole(root, 'tab').map((t) => t.textContent)).toEqual([strings.tabContents, strings.tabEntities, strings.tabNotes]);
    expect(selected(root)).toEqual([strings.tabEntities]);
    expect(visiblePanels(root)).toEqual([tab(root, strings.tabEntities).id]);
  });

  it('switches tabs on click and remembers the choice', async () => {
    const { root, saves } = await setup();
    expect(selected(root)).toEqual([strings.tabContents]);
    await click(tab(root, strings.tabNotes));
    expect(selected(root)).toEqual([strings.tabNotes]);
    expect(visiblePanels(root)).toEqual([tab(root, strings.tabNotes).id]);
    expect(saves).toContainEqual({ tab: 'notes' });
  });

  it('moves between tabs with the arrow keys, wrapping around', async () => {
    const { root } = await setup();
    await key(tab(root, strings.tabContents), 'ArrowLeft');
    expect(selected(root)).toEqual([strings.tabNotes]);
    expect(document.activeElement).toBe(tab(root, strings.tabNotes));
    await key(tab(root, strings.tabNotes), 'ArrowRight');
    expect(selected(root)).toEqual([strings.tabContents]);
  });

  it('offers no notes tab without a notes service', async () => {
    const { root } = await setup({ tab: 'notes' }, false);
    expect(allByRole(root, 'tab').map((t) => t.textContent)).toEqual([strings.tabContents, strings.tabEntities]);
    expect(selected(root)).toEqual([strings.tabContents]);
  });

  it('docks at its width, collapses to the strip and expands again', async () => {
    const { fake, root, saves } = await setup({ width: 420 });
    expect(fake.services.shell.dock).toHaveBeenLastCalledWith(true, 420);
    await click(byRole(root, 'button', strings.collapse));
    expect(fake.services.shell.dock).toHaveBeenLastCalledWith(false, COLLAPSED_WIDTH);
    expect(saves).toContainEqual({ open: false });
    expect(allByRole(root, 'tab')).toHaveLength(0);
    const expand = byRole(root, 'button', strings.expand);
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    await click(expand);
    expect(fake.services.shell.dock).toHaveBeenLastCalledWith(true, 420);
    expect(saves).toContainEqual({ open: true });
    expect(allByRole(root, 'tab')).toHaveLength(3);
  });

  it('starts collapsed when it was left so', async () => {
    const { fake, root } = await setup({ open: false });
    expect(fake.services.shell.dock).toHaveBeenLastCalledWith(false, COLLAPSED_WIDTH);
    expect(byRole(root, 'button', strings.expand)).toBeDefined();
  });

  it('toggles on the keyboard command from the page', async () => {
    const { fake } = await setup();
    await act(() => fake.emit.command('toggle-sidebar'));
    expect(fake.services.shell.dock).toHaveBeenLastCalledWith(false, COLLAPSED_WIDTH);
    await act(() => fake.emit.command('toggle-sidebar'));
    expect(fake.services.shell.dock).toHaveBeenLastCalledWith(true, 360);
  });

  const draft = () => ({
    selectors: [{ type: 'TextQuoteSelector' as const, exact: 'Murat', prefix: '', suffix: '' }],
    section: null,
    quote: 'Murat',
    url: 'https://mid.ru/en/b/1/',
    language: 'en' as const,
  });

  it('brings the notes forward when the page asks for a note', async () => {
    const { fake, root, n } = await setup({ tab: 'contents' });
    await act(() => fake.emit.notesRequest({ kind: 'new', draft: draft(), color: 'yellow', open: 'note' }));
    await settle(10);
    expect(n.notes.create).toHaveBeenCalledTimes(1);
    expect(selected(root)).toEqual([strings.tabNotes]);
    expect(byRole(root, 'dialog', strings.noteDialog)).toBeDefined();
  });

  // While the sidebar is collapsed the notes view is not mounted: the request waits in the
  // services, the shell opens itself, and the notes view takes it.
  it('opens the collapsed sidebar on the notes when the page asks for a note', async () => {
    const { fake, root, n } = await setup({ open: false });
    await act(() => fake.emit.notesRequest({ kind: 'new', draft: draft(), color: 'yellow', open: 'note' }));
    await settle(10);
    expect(n.notes.create).toHaveBeenCalledTimes(1);
    expect(selected(root)).toEqual([strings.tabNotes]);
    expect(fake.services.shell.dock).toHaveBeenLastCalledWith(true, 360);
  });

  it('opens the library and saves the page from its footer', async () => {
    const { fake, root } = await setup();
    await click(byRole(root, 'button', strings.openLibrary));
    await click(byRole(root, 'button', strings.savePage));
    expect(fake.services.shell.openLibrary).toHaveBeenCalledTimes(1);
    expect(fake.services.shell.savePage).toHaveBeenCalledTimes(1);
  });

  it('resizes with the arrow keys on its edge, within bounds, and remembers the width', async () => {
    const { fake, root, saves } = await setup({ width: 400 });
    await key(byRole(root, 'separator', strings.resize), 'ArrowLeft');
    expect(fake.services.shell.dock).toHaveBeenLastCalledWith(true, 420);
    expect(saves).toContainEqual({ width: 420 });
  });

  it('renders without Root too (no notes view given)', async () => {
    const fake = fakeServices(article.briefing);
    const s = recordingSettings();
    const root = await mount(<App services={fake.services} strings={strings} initial={s.initial} settings={s.settings} />);
    expect(allByRole(root, 'tab')).toHaveLength(2);
  });
});
