import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/entities';
import { pairs, typeOf } from './helpers';

describe('Russian rules', () => {
  it('handles a titled name: the country is a place, the title is outside', () => {
    expect(pairs('Министр иностранных дел России Сергей Лавров встретился с Генеральным секретарём ОБСЕ в Вене 12 ноября.')).toEqual([
      ['place', 'России'],
      ['person', 'Сергей Лавров'],
      ['organization', 'ОБСЕ'],
      ['place', 'Вене'],
      ['date', '12 ноября'],
    ]);
  });

  it('reads initials forms and speaker labels', () => {
    expect(pairs('М.В.Захарова: Ситуация остаётся сложной.')).toEqual([['person', 'М.В.Захарова']]);
    expect(pairs('переговоры с М.Б.Тлеуберди и С. В. Лавровым')).toEqual([
      ['person', 'М.Б.Тлеуберди'],
      ['person', 'С. В. Лавровым'],
    ]);
    expect(typeOf('подписал Лавров С.В.', 'Лавров С.В.')).toBe('person');
  });

  it('matches gazetteer entries in every case form', () => {
    for (const w of ['Россия', 'России', 'Россию', 'Россией']) expect(typeOf(`${w} и`, w)).toBe('place');
    for (const w of ['Нагорный Карабах', 'Нагорном Карабахе', 'Нагорного Карабаха']) expect(typeOf(`в ${w}.`, w)).toBe('place');
    for (const w of ['Вена', 'Вене', 'Вену', 'Веной']) expect(typeOf(`${w}.`, w)).toBe('place');
    expect(typeOf('в Соединённых Штатах Америки', 'Соединённых Штатах Америки')).toBe('place');
    expect(typeOf('при содействии Россотрудничества', 'Россотрудничества')).toBe('organization');
  });

  it('does not tag adjectives of place names', () => {
    expect(pairs('российско-казахстанских отношений, Российская делегация, украинская сторона')).toEqual([]);
  });

  it('finds organisation names by head noun and genitive chain', () => {
    expect(typeOf('заседание Совета министров иностранных дел ОБСЕ в Стокгольме', 'Совета министров иностранных дел ОБСЕ')).toBe(
      'organization',
    );
    expect(typeOf('организованы Посольством России в Австрии совместно', 'Посольством России в Австрии')).toBe('organization');
    expect(typeOf('с Российским центром науки и культуры при поддержке', 'Российским центром науки и культуры')).toBe('organization');
    expect(typeOf('на сайте МИД России.', 'МИД России')).toBe('organization');
    expect(pairs('Программа включает концерты.')).toEqual([]);
  });

  it('finds regions and republics', () => {
    expect(typeOf('жители Луганской области', 'Луганской области')).toBe('place');
    expect(typeOf('Министром иностранных дел Республики Казахстан', 'Республики Казахстан')).toBe('place');
  });

  it('finds a person after a title with an inflected country', () => {
    expect(typeOf('заявил глава МИД Латвии Эдгарс Ринкевичс', 'Эдгарс Ринкевичс')).toBe('person');
    expect(typeOf('Президент Казахстана Касым-Жомарт Токаев', 'Касым-Жомарт Токаев')).toBe('person');
  });

  it('leaves labels and ordinary capitalised words alone', () => {
    expect(findEntities('Вопрос: Есть ли какие-то ориентиры по срокам?\nНазад к оглавлению')).toEqual([]);
  });
});
