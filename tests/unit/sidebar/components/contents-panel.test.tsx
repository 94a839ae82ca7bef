// @vitest-environment happy-dom
/** The contents view with fake services: the table of contents, jumping, the section being read, search. */
import { createRef } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentsPanel, type ContentsHandle } from '../../../../components/contents/ContentsPanel';
import { stringsFor } from '../../../../components/i18n';
import { displayTitle, tocTitles } from '../../../../lib/briefing/sections';
import { act } from 'preact/test-utils';
import { allByRole, byRole, click, key, mount, settle, typeInto, unmount } from '../../support/dom';
import { fakeServices } from '../../support/fake-services';
import { fixtureArticle, type Article } from '../../support/sidebar-fakes';

const strings = stringsFor('en');
let article: Article;
let fake: ReturnType<typeof fakeServices>;
let root: HTMLElement;
const handle = createRef<ContentsHandle>();
/** What the panel asked the shell's toast to say (the toast itself lives in the shell). */
let notices: string[] = [];

beforeEach(async () => {
  article = fixtureArticle();
  fake = fakeServices(article.briefing);
  notices = [];
  root = await mount(
    <ContentsPanel
      services={fake.services}
      strings={strings}
      handle={handle}
      filter={null}
      onClearFilter={() => undefined}
      notify={(m) => notices.push(m.text)}
    />,
  );
  await settle(20); // the second pass (section actions) comes on the next frame
});
afterEach(unmount);

const toc = () => byRole(root, 'navigation', strings.toc);
/** The jump buttons of the table of contents: the first button of each list item. */
const entries = () =>
  allByRole(toc(), 'listitem')
    .map((li) => allByRole(li, 'button')[0])
    .filter(Boolean);
const titleOf = (i: number) => {
  const s = article.briefing.sections[i];
  return displayTitle(s, s.kind === 'qa' ? strings.untitledPair : strings.untitledOpening, tocTitles(article.briefing)[i]);
};

describe('ContentsPanel', () => {
  it('lists every section in the table of contents, statements and answers apart', () => {
    const names = entries().map((b) => b.textContent?.trim());
    expect(names).toHaveLength(article.briefing.sections.length);
    for (let i = 0; i < article.briefing.sections.length; i++) expect(names).toContain(titleOf(i));
    const statements = article.briefing.sections.filter((s) => s.kind === 'statement').length;
    expect(toc().textContent).toContain(`${strings.statements} ${statements}`);
    expect(toc().textContent).toContain(strings.answers);
  });

  it('jumps to a section when its entry is clicked, focus moving to the page', async () => {
    const i = article.briefing.sections.findIndex((s) => s.kind === 'qa');
    await click(byRole(toc(), 'button', titleOf(i)));
    expect(fake.services.nav.jump).toHaveBeenCalledWith(i, { focus: true });
  });

  it('marks the section being read', async () => {
    await act(() => fake.emit.section(2));
    const current = entries().filter((b) => b.getAttribute('aria-current') === 'location');
    expect(current.map((b) => b.textContent?.trim())).toEqual([titleOf(2)]);
  });

  it('offers copy actions for each section and says when copied', async () => {
    await click(byRole(toc(), 'button', strings.copyLink(titleOf(0))));
    expect(fake.services.shell.copy).toHaveBeenCalledWith(expect.stringContaining(`#${article.briefing.sections[0].id}`));
    expect(notices).toEqual([strings.copied]);
  });

  it('filters the sections by a search, paints the hits, and walks them', async () => {
    const box = byRole(root, 'searchbox', strings.search) as HTMLInputElement;
    await typeInto(box, 'Belgrade');
    expect(allByRole(root, 'navigation', strings.toc)).toHaveLength(0);
    const results = byRole(root, 'navigation', strings.search);
    const shown = allByRole(results, 'button');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(article.briefing.sections.length);
    for (const b of shown) expect(b.querySelector('mark')?.textContent?.toLowerCase()).toBe('belgrade');
    const painted = fake.services.search.paint.mock.calls.at(-1)!;
    expect(painted[0].length).toBeGreaterThan(0);
    expect(painted[1]).toBeNull();
    expect(root.textContent).toMatch(/\d+ match(es)? in \d+ sections?/);
    await key(box, 'Enter');
    expect(fake.services.search.paint.mock.calls.at(-1)![1]).toBe(0);
    expect(root.textContent).toContain(strings.hitOf(1, painted[0].length));
  });

  it('says when nothing matches, and clears the painting with the query', async () => {
    const box = byRole(root, 'searchbox', strings.search) as HTMLInputElement;
    await typeInto(box, 'zzzqqqxx');
    expect(root.textContent).toContain('No matches');
    await key(box, 'Escape');
    expect(byRole(root, 'navigation', strings.toc)).toBeDefined();
    expect(fake.services.search.paint.mock.calls.at(-1)).toEqual([[], null]);
  });

  it('steps to the next and previous section on the page commands', async () => {
    await act(() => fake.emit.section(1));
    await act(() => fake.emit.command('next-section'));
    expect(fake.services.nav.jump).toHaveBeenLastCalledWith(2, { focus: false });
    await act(() => fake.emit.command('prev-section'));
    expect(fake.services.nav.jump).toHaveBeenLastCalledWith(1, { focus: false });
  });
});
