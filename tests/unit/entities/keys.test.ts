import { describe, expect, it } from 'vitest';
import { findEntities, groupEntities } from '../../../lib/entities';

const keyOf = (t: string, surface: string): string | undefined => findEntities(t).find((e) => e.text === surface)?.key;

describe('canonical keys', () => {
  it('groups a person across full name, surname, title and languages', () => {
    const t = 'Sergey Lavrov spoke. Lavrov added. Foreign Minister Sergey Lavrov left.';
    expect(new Set(findEntities(t).map((e) => e.key))).toEqual(new Set(['person:sergey lavrov']));
    expect(keyOf('Министр С.В.Лавров', 'С.В.Лавров')).toBe('person:sergey lavrov');
    expect(keyOf('встреча с Сергеем Лавровым', 'Сергеем Лавровым')).toBe('person:sergey lavrov');
  });

  it('groups US / USA / the United States / США', () => {
    const keys = ['the US said', 'the USA said', 'the United States said', 'США заявили', 'Соединённые Штаты'].map(
      (t) => findEntities(t)[0]?.key,
    );
    expect(new Set(keys)).toEqual(new Set(['place:united states']));
  });

  it('maps Russian case forms to one key', () => {
    const t = 'Посольство России в Австрии. Посольством России в Австрии. Захарова и Захаровой.';
    const spans = findEntities(t);
    expect(spans[0]!.key).toBe(spans[1]!.key);
    expect(new Set(spans.filter((s) => s.type === 'person').map((s) => s.key)).size).toBe(1);
  });

  it('gives a bare surname the key of the full name in the same text', () => {
    const t = 'We met Andrey Kosyak.\nKosyak is a resident of Lugansk.';
    const ps = findEntities(t).filter((e) => e.type === 'person');
    expect(ps.map((p) => [p.text, p.key])).toEqual([
      ['Andrey Kosyak', 'person:andrey kosyak'],
      ['Kosyak', 'person:andrey kosyak'],
    ]);
  });

  it('does not propagate a surname that is also a common word', () => {
    const t = 'US envoy Thomas West spoke. The collective West is to blame; the west wind.';
    expect(
      findEntities(t)
        .filter((e) => e.type === 'person')
        .map((e) => e.text),
    ).toEqual(['Thomas West']);
  });
});

describe('groupEntities', () => {
  it('groups by key, sorted by count, with a label and mention indices', () => {
    const spans = findEntities('The US and Russia. The United States. США. Russia. Russia.');
    const groups = groupEntities(spans);
    // Equal counts: first mentioned first.
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['place:united states', 3],
      ['place:russia', 3],
    ]);
    expect(groups[0]!.label).toBe('United States');
    expect(groups[0]!.mentions.map((i) => spans[i]!.text)).toEqual(['US', 'United States', 'США']);
    expect(groupEntities(findEntities('Russia. The US. Russia.'))[0]!.key).toBe('place:russia');
  });

  it('labels in the script of the mentions, else by the fullest mention', () => {
    expect(groupEntities(findEntities('в Вене и Вену'))[0]!.label).toBe('Вена');
    expect(groupEntities(findEntities('We met Andrey Kosyak. Kosyak said.'))[0]!.label).toBe('Andrey Kosyak');
  });
});
