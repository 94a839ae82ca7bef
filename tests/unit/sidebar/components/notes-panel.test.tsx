// @vitest-environment happy-dom
/**
 * The notes view with fake services and a fake notes service: anchored and unanchored highlights
 * listed, the editor opened by the page's requests (focused), saves naming the version the
 * editor started from, and a refused save that keeps the reader's text.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringsFor } from '../../../../components/i18n';
import { NotesPanel } from '../../../../components/notes/NotesPanel';
import type { HighlightRecord } from '../../../../lib/store/schema';
import { allByRole, byRole, click, mount, toggle, typeInto, unmount, until } from '../../support/dom';
import { fakeNotes, fakeServices, recordingSettings } from '../../support/fake-services';
import { fixtureArticle, recordOn, type Article } from '../../support/sidebar-fakes';

const strings = stringsFor('en');
let article: Article;
let records: HighlightRecord[];

beforeEach(() => {
  article = fixtureArticle();
  records = [
    recordOn(article, 'a', 'Murat Nurtleu', { note: 'Ask about the visit', tags: ['Kazakhstan'], version: 3 }),
    recordOn(article, 'b', 'Days of Russian Culture', { color: 'green' }),
    { ...recordOn(article, 'gone', 'OSCE Permanent Council', { note: 'Kept even though lost' }), quote: 'A passage the page lost' },
  ];
});
afterEach(unmount);

async function setup() {
  const n = fakeNotes(records);
  const fake = fakeServices(article.briefing, { notes: n.notes });
  const s = recordingSettings();
  const wantFocus = vi.fn();
  const root = await mount(
    <NotesPanel
      notes={n.notes}
      services={fake.services}
      strings={strings}
      onWantFocus={wantFocus}
      settings={s.settings}
      initial={s.initial}
    />,
  );
  await act(() => n.publish(['a', 'b'], ['gone']));
  return { n, fake, root, wantFocus, saves: s.saves };
}

const editor = (root: HTMLElement) => byRole(root, 'dialog', strings.noteDialog);
const noteBox = (root: HTMLElement) => byRole(editor(root), 'textbox', strings.noteLabel) as HTMLTextAreaElement;

describe('NotesPanel', () => {
  it('lists the anchored highlights with their notes and tags, and the unanchored apart', async () => {
    const { root } = await setup();
    expect(root.textContent).toContain(strings.notesHeading(2));
    expect(allByRole(root, 'button', /^Go to highlight: /).map((b) => b.getAttribute('aria-label'))).toEqual([
      strings.goToHighlight('Murat Nurtleu'),
      strings.goToHighlight('Days of Russian Culture'),
    ]);
    expect(root.textContent).toContain('Ask about the visit');
    expect(root.textContent).toContain('Kazakhstan');
    const lost = byRole(root, 'region', strings.orphansHeading(1));
    expect(lost.textContent).toContain('A passage the page lost');
    expect(lost.textContent).toContain('Kept even though lost');
    // An unanchored highlight has nowhere to go on the page.
    expect(allByRole(lost, 'button', /^Go to highlight/)).toHaveLength(0);
  });

  it('says when there are no highlights', async () => {
    const { n, root } = await setup();
    await act(() => n.publish([], []));
    expect(root.textContent).toContain(strings.noNotes);
  });

  it('shows a highlight on the page from the list', async () => {
    const { n, root } = await setup();
    await click(byRole(root, 'button', strings.goToHighlight('Days of Russian Culture')));
    expect(n.notes.show).toHaveBeenCalledWith('b');
  });

  it('opens the editor, focused, for an "Add note" made on the page', async () => {
    const { n, fake, root, wantFocus } = await setup();
    const r = recordOn(article, 'x', 'OSCE Permanent Council');
    const draft = { selectors: r.selectors, section: r.section, quote: r.quote, url: r.url, language: 'en' as const };
    await act(() => fake.emit.notesRequest({ kind: 'new', draft, color: 'blue', open: 'note' }));
    await until(() => allByRole(root, 'dialog').length === 1);
    expect(n.notes.create).toHaveBeenCalledWith(draft, 'blue');
    expect(editor(root).textContent).toContain('OSCE Permanent Council');
    expect(document.activeElement).toBe(noteBox(root));
    expect(wantFocus).toHaveBeenCalled();
  });

  it('creates a plain highlight without opening the editor', async () => {
    const { n, fake, root, wantFocus } = await setup();
    const r = recordOn(article, 'x', 'OSCE Permanent Council');
    await act(() =>
      fake.emit.notesRequest({
        kind: 'new',
        draft: { selectors: r.selectors, section: r.section, quote: r.quote, url: r.url, language: 'en' },
        color: 'pink',
        open: 'none',
      }),
    );
    await until(() => n.notes.create.mock.calls.length === 1);
    expect(allByRole(root, 'dialog')).toHaveLength(0);
    expect(wantFocus).not.toHaveBeenCalled();
  });

  it('opens the note of a highlight clicked on the page, marking it', async () => {
    const { n, fake, root } = await setup();
    await act(() => fake.emit.notesRequest({ kind: 'open', id: 'a' }));
    expect(n.notes.setActive).toHaveBeenCalledWith('a');
    expect(noteBox(root).value).toBe('Ask about the visit');
  });

  it('saves with the version the editor started from, then closes', async () => {
    const { n, root } = await setup();
    await click(byRole(root, 'button', strings.editHighlight('Murat Nurtleu')));
    await typeInto(noteBox(root), 'Ask about the visit and the pipeline');
    await click(byRole(editor(root), 'button', strings.colorAs('green')));
    await click(byRole(editor(root), 'button', strings.saveNote));
    expect(n.notes.update).toHaveBeenCalledWith('a', 3, {
      note: 'Ask about the visit and the pipeline',
      tags: ['Kazakhstan'],
      color: 'green',
    });
    await until(() => allByRole(root, 'dialog').length === 0);
    expect(n.notes.setActive).toHaveBeenLastCalledWith(null);
  });

  it('keeps the text and asks to save again when the save is refused', async () => {
    const { n, root } = await setup();
    n.notes.update.mockRejectedValueOnce(new Error('This highlight was changed elsewhere'));
    await click(byRole(root, 'button', strings.editHighlight('Murat Nurtleu')));
    await typeInto(noteBox(root), 'My unsaved thought');
    await click(byRole(editor(root), 'button', strings.saveNote));
    await until(() => allByRole(root, 'alert').length > 0);
    expect(byRole(root, 'alert').textContent).toBe(strings.notSaved('This highlight was changed elsewhere'));
    expect(byRole(root, 'alert').textContent).toMatch(/^Not saved — press Save again/);
    expect(noteBox(root).value).toBe('My unsaved thought');
    // Saving again sends the same text.
    await click(byRole(editor(root), 'button', strings.saveNote));
    expect(n.notes.update).toHaveBeenLastCalledWith('a', 3, expect.objectContaining({ note: 'My unsaved thought' }));
  });

  it('refuses markup in a note before sending it', async () => {
    const { n, root } = await setup();
    await click(byRole(root, 'button', strings.editHighlight('Murat Nurtleu')));
    await typeInto(noteBox(root), 'See <b>this</b>');
    await click(byRole(editor(root), 'button', strings.saveNote));
    expect(byRole(root, 'alert').textContent).toBe(strings.plainTextOnly);
    expect(n.notes.update).not.toHaveBeenCalled();
  });

  it('deletes a highlight and offers to undo', async () => {
    const { n, root } = await setup();
    await click(byRole(root, 'button', strings.deleteThis('Days of Russian Culture')));
    expect(n.notes.remove).toHaveBeenCalledWith('b');
    await until(() => allByRole(root, 'button', strings.undo).length === 1);
    await click(byRole(root, 'button', strings.undo));
    expect(n.notes.restore).toHaveBeenCalledWith(expect.objectContaining({ id: 'b' }));
  });

  it('stops painting highlights on the page when asked, and remembers it', async () => {
    const { n, root, saves } = await setup();
    await toggle(byRole(root, 'checkbox', strings.dontPaint) as HTMLInputElement);
    expect(n.notes.setPainting).toHaveBeenCalledWith(false);
    expect(saves).toContainEqual({ paintHighlights: false });
  });

  it('says when the notes could not be loaded', async () => {
    const { n, root } = await setup();
    await act(() => n.publish([], [], 'The extension did not answer'));
    expect(byRole(root, 'alert').textContent).toBe(strings.notesUnavailable('The extension did not answer'));
  });
});
