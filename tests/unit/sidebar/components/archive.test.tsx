// @vitest-environment happy-dom
/**
 * The archive in the sidebar, with fake services over the bundled sample briefing: "Changed since
 * you read it on …" with its counts, the changes (words in <ins>/<del>, as text), going to a
 * section, the setting, and "Forget this transcript".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringsFor, type Strings } from '../../../../components/i18n';
import { Root } from '../../../../components/Root';
import { keptTranscriptFrom, type KeptSection } from '../../../../lib/archive/transcript';
import { formatDay } from '../../../../lib/format/date';
import type { BackgroundClient } from '../../../../lib/messages/client';
import { createArchiveService } from '../../../../lib/sidebar/archive-service';
import type { TranscriptVersionRecord } from '../../../../lib/store/schema';
import type { KeepOutcome } from '../../../../lib/store/transcripts';
import { allByRole, byRole, click, key, mount, settle, toggle, unmount, until } from '../../support/dom';
import { fakeServices, recordingSettings } from '../../support/fake-services';
import { BRIEFING_KEY, fixtureArticle, type Article } from '../../support/sidebar-fakes';

const READ_ON = new Date(2026, 10, 3, 15, 0).getTime();
let article: Article;

beforeEach(() => {
  article = fixtureArticle();
});
afterEach(unmount);

function versions(edit: (sections: KeptSection[]) => KeptSection[]): { before: TranscriptVersionRecord; after: TranscriptVersionRecord } {
  const kept = keptTranscriptFrom(article.briefing, {
    url: 'https://mid.ru/en/press_service/spokesman/briefings/1900001/',
    key: BRIEFING_KEY,
  });
  const before = { ...kept, version: 1, lastSeen: READ_ON };
  const after = { ...kept, sections: edit(kept.sections.map((s) => ({ ...s }))), version: 2, lastSeen: READ_ON + 86_400_000 };
  return { before, after };
}

/** Section 1 gets a word changed; section 3 is gone. */
function changed(): KeepOutcome {
  const { before, after } = versions((sections) => {
    sections[1]!.text = sections[1]!.text.replace(/special/, 'extraordinary');
    return sections.filter((_, i) => i !== 3);
  });
  return { status: 'changed', record: after, previous: before };
}

async function setup(outcome: KeepOutcome, opts: { strings?: Strings; keep?: boolean } = {}) {
  const strings = opts.strings ?? stringsFor('en');
  const keep = vi.fn(async () => outcome);
  const forget = vi.fn(async () => 2);
  const client = { archive: { keep, forget, versions: vi.fn() } } as unknown as Pick<BackgroundClient, 'archive'>;
  const archive = createArchiveService(client, opts.keep ?? true);
  const fake = fakeServices(article.briefing);
  const services = { ...fake.services, archive };
  const s = recordingSettings({ keepTranscripts: opts.keep ?? true });
  const root = await mount(<Root services={services} strings={strings} initial={s.initial} settings={s.settings} />);
  await archive.keep(BRIEFING_KEY, async () => outcome.record);
  await settle();
  return { root, strings, fake, keep, forget, saves: s.saves, archive };
}

const statusTexts = (root: HTMLElement) => allByRole(root, 'status').map((e) => e.textContent ?? '');

describe('Changed since you read it on …', () => {
  it('says at once that the text changed, when it was read, and how many sections were edited, added and removed', async () => {
    const { root } = await setup(changed());
    const day = formatDay(READ_ON, 'en');
    expect(day).toBe('3 November 2026');
    expect(statusTexts(root)).toContain(`Changed since you read it on ${day}: 1 section edited, 0 added, 1 removed`);
  });

  it('in a Russian browser, in Russian', async () => {
    const { root } = await setup(changed(), { strings: stringsFor('ru') });
    const text = statusTexts(root).find((t) => t.startsWith('Изменено с тех пор, как вы читали это'));
    expect(text).toBe('Изменено с тех пор, как вы читали это 3 ноября 2026 г.: разделов изменено — 1, добавлено — 0, удалено — 1');
  });

  it('says nothing for a first visit or the same text; the footer says quietly that it is kept', async () => {
    const { before } = versions((s) => s);
    const { root, strings } = await setup({ status: 'new', record: before });
    expect(statusTexts(root).join('')).toBe('');
    expect(allByRole(root, 'button', strings.showChanges)).toHaveLength(0);
    expect(byRole(root, 'group', strings.archive).textContent).toContain('Kept in your archive.');
  });

  it('"Show changes" lists each changed section with its words inserted and deleted, and goes to a section', async () => {
    const { root, strings, fake } = await setup(changed());
    const show = byRole(root, 'button', strings.showChanges);
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await click(show);
    const dialog = byRole(root, 'dialog', strings.changesTitle('3 November 2026'));
    expect(document.activeElement?.getAttribute('aria-label')).toBe(strings.hideChanges); // focus moved in
    const parts = allByRole(dialog, 'region');
    const titles = article.briefing.sections.map((s) => s.title);
    expect(parts.map((p) => p.querySelector('h3')?.textContent)).toEqual([`Edited ${titles[1]}`, `Removed ${titles[3]}`]);
    const [edited, removed] = parts as [HTMLElement, HTMLElement];
    expect([...edited.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['extraordinary']);
    expect([...edited.querySelectorAll('del')].map((e) => e.textContent)).toEqual(['special']);
    expect(removed.querySelectorAll('ins')).toHaveLength(0);
    expect(removed.querySelector('del')?.textContent).toContain(titles[3]);
    expect(removed.textContent).toContain(strings.removedSection);
    // The edited section is on the page: its button jumps there (and focuses it); the removed one has none.
    expect(allByRole(removed, 'button')).toHaveLength(0);
    await click(byRole(edited, 'button', strings.goToSection(titles[1]!)));
    expect(fake.services.nav.jump).toHaveBeenCalledWith(1, { focus: true });
    // Esc closes the panel and gives focus back to the button that opened it.
    await key(dialog, 'Escape');
    expect(allByRole(root, 'dialog')).toHaveLength(0);
    expect(document.activeElement).toBe(byRole(root, 'button', strings.showChanges));
  });

  it('renders the page text as text, never as HTML', async () => {
    const { before, after } = versions((sections) => {
      sections[0]!.text += '\n<img src=x onerror="alert(1)"> <b>bold</b>';
      return sections;
    });
    const { root, strings } = await setup({ status: 'changed', record: after, previous: before });
    await click(byRole(root, 'button', strings.showChanges));
    const dialog = byRole(root, 'dialog');
    expect(dialog.querySelector('img, b')).toBeNull();
    expect([...dialog.querySelectorAll('ins')].map((e) => e.textContent).join('')).toContain('<b>bold</b>');
  });
});

describe('the archive controls', () => {
  it('"Forget this transcript" asks first, then forgets every version, says so, and does not keep it again', async () => {
    const { root, strings, forget, keep, archive } = await setup(changed());
    const group = byRole(root, 'group', strings.archive);
    await click(byRole(group, 'button', strings.forget));
    const question = byRole(group, 'group', strings.forgetConfirm);
    expect(document.activeElement).toBe(byRole(question, 'button', strings.forgetNo));
    await click(byRole(question, 'button', strings.forgetNo));
    expect(forget).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(byRole(group, 'button', strings.forget));

    await click(byRole(group, 'button', strings.forget));
    await click(byRole(byRole(group, 'group', strings.forgetConfirm), 'button', strings.forgetYes));
    await until(() => statusTexts(root).includes(strings.forgotten(2)));
    expect(forget).toHaveBeenCalledWith(BRIEFING_KEY);
    // The "Changed since…" status goes with the versions, and the page is not kept again on this visit.
    expect(statusTexts(root).some((t) => t.startsWith('Changed since'))).toBe(false);
    expect(allByRole(group, 'button', strings.forget)).toHaveLength(0);
    expect(group.textContent).toContain(strings.forgottenLine);
    await archive.keep(BRIEFING_KEY, async () => changed().record);
    expect(keep).toHaveBeenCalledTimes(1);
  });

  it('the setting: off is saved and nothing is sent; on again keeps the page', async () => {
    const { before } = versions((s) => s);
    const { root, strings, keep, saves } = await setup({ status: 'new', record: before }, { keep: false });
    expect(keep).not.toHaveBeenCalled();
    const box = byRole(root, 'checkbox', strings.keepSetting) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(byRole(root, 'group', strings.archive).textContent).toContain(strings.keepOff);
    await toggle(box);
    await settle();
    expect(saves).toContainEqual({ keepTranscripts: true });
    expect(keep).toHaveBeenCalledTimes(1);
    expect(byRole(root, 'group', strings.archive).textContent).toContain('Kept in your archive.');
    await toggle(box);
    expect(saves).toContainEqual({ keepTranscripts: false });
  });
});
