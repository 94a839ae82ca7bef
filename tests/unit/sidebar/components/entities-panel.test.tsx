// @vitest-environment happy-dom
/** The entities view with fake services: toggles shown on the page and remembered, walking mentions. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntitiesPanel, type SectionFilter } from '../../../../components/entities/EntitiesPanel';
import { stringsFor } from '../../../../components/i18n';
import type { EntityIndex } from '../../../../lib/sidebar/entity-index';
import { allByRole, byRole, click, mount, toggle, unmount, until } from '../../support/dom';
import { fakeServices, realEntityIndex, recordingSettings } from '../../support/fake-services';
import { fixtureArticle, type Article } from '../../support/sidebar-fakes';

const strings = stringsFor('en');
let article: Article;
let index: EntityIndex;

beforeEach(() => {
  article = fixtureArticle();
  index = realEntityIndex(article.briefing);
});
afterEach(unmount);

async function setup(
  opts: { canPaint?: boolean; index?: () => Promise<EntityIndex>; initial?: Parameters<typeof recordingSettings>[0] } = {},
) {
  const fake = fakeServices(article.briefing, { canPaint: opts.canPaint, index: opts.index ?? (async () => index) });
  const s = recordingSettings(opts.initial);
  const filters: SectionFilter[] = [];
  const root = await mount(
    <EntitiesPanel
      services={fake.services}
      strings={strings}
      initial={s.initial}
      settings={s.settings}
      onFilter={(f) => filters.push(f)}
    />,
  );
  return { fake, root, filters, saves: s.saves };
}

/** A type's checkbox: its label is the type's name, then (once the index is in) its count. */
const typeBox = (root: HTMLElement, t: keyof typeof strings.entityType) =>
  byRole(root, 'checkbox', new RegExp(`^${strings.entityType[t]}( \\d+)?$`)) as HTMLInputElement;

const person = () => index.groups.filter((g) => g.type === 'person').sort((a, b) => b.mentions.length - a.mentions.length)[0];

describe('EntitiesPanel', () => {
  it('shows the entities on the page as the settings say once the index is in', async () => {
    const { fake, root } = await setup({ initial: { entityTypes: { person: true, place: false, organization: true, date: true } } });
    await until(() => fake.services.entities.show.mock.calls.length > 0);
    expect(fake.services.entities.index).toHaveBeenCalledTimes(1);
    expect(fake.services.entities.show).toHaveBeenLastCalledWith(true, { person: true, place: false, organization: true, date: true });
    expect(typeBox(root, 'place')).toHaveProperty('checked', false);
    expect(typeBox(root, 'person')).toHaveProperty('checked', true);
  });

  it('lists the entities found, by type', async () => {
    const { root } = await setup();
    await until(() => allByRole(root, 'button').length > 0);
    expect(person()).toBeDefined();
    const names = allByRole(root, 'button').map((b) => b.textContent?.trim());
    for (const g of index.groups.slice(0, 20)) expect(names).toContain(g.label);
    expect(root.textContent).toContain(strings.entityType.person);
  });

  it('turns entity painting off and on with the master switch, and remembers it', async () => {
    const { fake, root, saves } = await setup();
    await until(() => fake.services.entities.show.mock.calls.length > 0);
    await toggle(byRole(root, 'checkbox', strings.entitiesSwitch) as HTMLInputElement);
    expect(fake.services.entities.show).toHaveBeenLastCalledWith(false, expect.any(Object));
    expect(saves).toContainEqual({ entitiesOn: false });
    await toggle(byRole(root, 'checkbox', strings.entitiesSwitch) as HTMLInputElement);
    expect(fake.services.entities.show).toHaveBeenLastCalledWith(true, expect.any(Object));
  });

  it('turns one type off and remembers the toggles', async () => {
    const { fake, root, saves } = await setup();
    await until(() => fake.services.entities.show.mock.calls.length > 0);
    await toggle(typeBox(root, 'person'));
    expect(fake.services.entities.show).toHaveBeenLastCalledWith(true, { person: false, place: true, organization: true, date: true });
    expect(saves).toContainEqual({ entityTypes: { person: false, place: true, organization: true, date: true } });
  });

  it('walks through the mentions of an entity and narrows the contents to its sections', async () => {
    const { fake, root, filters } = await setup();
    const g = person();
    await until(() => allByRole(root, 'button', g.label).length === 1);
    await click(byRole(root, 'button', g.label));
    expect(fake.services.entities.walk).toHaveBeenLastCalledWith(g.mentions[0]);
    expect(byRole(root, 'status').textContent).toBe(strings.mentionOf(1, g.mentions.length, g.label));
    expect(filters.at(-1)).toEqual({ key: g.key, label: g.label, sections: g.sections });
    await click(byRole(root, 'button', g.label));
    const second = g.mentions.length > 1 ? g.mentions[1] : g.mentions[0];
    expect(fake.services.entities.walk).toHaveBeenLastCalledWith(second);
  });

  it('says when the page cannot be painted', async () => {
    const { root } = await setup({ canPaint: false });
    expect(root.textContent).toContain(strings.noHighlightApi);
  });

  it('says why when the entities could not be found, and shows nothing on the page', async () => {
    const { fake, root } = await setup({ index: () => Promise.reject(new Error('engine unavailable')) });
    await until(() => byRole(root, 'status').textContent !== '');
    expect(byRole(root, 'status').textContent).toBe(strings.entitiesFailed('engine unavailable'));
    expect(fake.services.entities.show).not.toHaveBeenCalled();
  });

  it('says when there are no entities', async () => {
    const { root } = await setup({ index: async () => ({ mentions: [], groups: [] }) });
    await until(() => root.textContent!.includes(strings.noEntities));
    expect(allByRole(root, 'button')).toHaveLength(0);
  });
});
