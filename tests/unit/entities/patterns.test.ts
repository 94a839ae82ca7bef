/**
 * One block per pattern family of issue 11, with the issue's own examples: people without cue
 * words and Russian name forms, organisations beyond the lists, places from generated data and
 * inflected forms, date ranges.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/entities';
import { pairs, typeOf } from './helpers';

const people = (text: string): string[] =>
  findEntities(text)
    .filter((e) => e.type === 'person')
    .map((e) => e.text);

describe('people without a cue word', () => {
  it('finds a given name + surname when the given name is known from the name lists', () => {
    expect(people('The same week, as Jake Sullivan put it, Washington was "not seeking a conflict".')).toEqual(['Jake Sullivan']);
    expect(people('Yesterday Mark Rutte and Alexander De Croo met in The Hague.')).toEqual(['Mark Rutte', 'Alexander De Croo']);
  });

  it('knows Russian and Ukrainian given names in Latin spelling (generated from Cyrillic lists)', () => {
    expect(people('Tatyana Moskalkova and Dmytro Lubinets agreed on an exchange.')).toEqual(['Tatyana Moskalkova', 'Dmytro Lubinets']);
  });

  it('finds an unknown given name before a surname from the lists', () => {
    expect(typeOf('We have read what Ned Price said.', 'Ned Price')).toBe('person');
  });

  it('finds a name before a verb of saying', () => {
    expect(people('Hakan Fidan said that Ankara would not join.')).toEqual(['Hakan Fidan']);
    expect(people('Хакан Фидан заявил, что Анкара не присоединится.')).toEqual(['Хакан Фидан']);
    expect(people('Sky News said so. The Foreign Ministry said so.')).toEqual([]);
  });

  it('finds a name followed by an apposed title', () => {
    expect(people('Avril Haines, Director of National Intelligence;')).toEqual(['Avril Haines']);
    expect(people('Фолькер Тюрк, Верховный комиссар ООН по правам человека, промолчал.')).toEqual(['Фолькер Тюрк']);
    expect(people('Moscow, Kazan and Sochi, the host cities')).toEqual([]);
  });

  it('extends a list of names from one found name', () => {
    expect(people('Kaja Kallas, Gabrielius Landsbergis and Edgars Rinkēvičs continue their rhetoric.')).toEqual([
      'Kaja Kallas',
      'Gabrielius Landsbergis',
      'Edgars Rinkēvičs',
    ]);
    // A list of places stays a list of places.
    expect(pairs('Russia, China and India agreed.').map(([t]) => t)).toEqual(['place', 'place', 'place']);
  });

  it('keeps particles, hyphenated and double names whole', () => {
    expect(people('The stop list also includes Hendrik van der Berg and Hans-Georg Maaßen.')).toEqual([
      'Hendrik van der Berg',
      'Hans-Georg Maaßen',
    ]);
    expect(people('Abu Mohammad al-Julani, leader of the group, spoke.')).toEqual(['Abu Mohammad al-Julani']);
    expect(typeOf('Постоянный представитель США при ООН Л.Томас-Гринфилд заявила', 'Л.Томас-Гринфилд')).toBe('person');
  });

  it('does not take a given name that is a known place for a person ("Washington Post")', () => {
    expect(people('an article in The Washington Post by David Ignatius')).toEqual(['David Ignatius']);
  });
});

describe('initials in every spacing', () => {
  it('reads Russian initials glued, spaced and with digraphs', () => {
    expect(people('Как заявил Дж.Салливан, это не так.')).toEqual(['Дж.Салливан']);
    expect(people('По словам Дж. Байдена, всё в порядке.')).toEqual(['Дж. Байдена']);
    expect(people('Заявление М.В.Захаровой и С. В. Лаврова.')).toEqual(['М.В.Захаровой', 'С. В. Лаврова']);
  });

  it('keeps particles after initials', () => {
    expect(people('члены Сената Х.ван дер Берг и Я.де Врис')).toEqual(['Х.ван дер Берг', 'Я.де Врис']);
    expect(people('У.фон дер Ляйен и Ж.Боррель представили пакет')).toEqual(['У.фон дер Ляйен', 'Ж.Боррель']);
    expect(people('председатель совета А.Ф.аль-Бурхан договорился')).toEqual(['А.Ф.аль-Бурхан']);
  });

  it('reads English initials in every spacing', () => {
    expect(people('J. Kramer, R. S. Bradley and M.-A. Strack-Zimmermann signed the letter.')).toEqual([
      'J. Kramer',
      'R. S. Bradley',
      'M.-A. Strack-Zimmermann',
    ]);
  });

  it('never takes a lone initial or an adjective of a title for a person', () => {
    expect(people('Дж и другие')).toEqual([]);
    expect(people('высказывания заместителя Государственного секретаря США В.Нуланд')).toEqual(['В.Нуланд']);
  });
});

describe('all-capital surnames in lists', () => {
  it('reads "SURNAME Given" items as people, not organisations', () => {
    expect(pairs('САЛЛИВАН Джейк – помощник Президента США по национальной безопасности;')).toEqual([
      ['person', 'САЛЛИВАН Джейк'],
      ['place', 'США'],
    ]);
    expect(people('МАККОЛ Майкл, ШИФФ Адам, УИЛСОН Джо – члены Палаты представителей')).toEqual([
      'МАККОЛ Майкл',
      'ШИФФ Адам',
      'УИЛСОН Джо',
    ]);
    expect(people('SULLIVAN Jake, Assistant to the President')).toEqual(['SULLIVAN Jake']);
  });

  it('reads a known surname in capitals with given name and patronymic as one person', () => {
    expect(people('ЛАВРОВ Сергей Викторович, РЯБКОВ Сергей Алексеевич – члены делегации.')).toEqual([
      'ЛАВРОВ Сергей Викторович',
      'РЯБКОВ Сергей Алексеевич',
    ]);
  });

  it('still reads a known acronym before a name as an organisation', () => {
    expect(typeOf('Генеральный секретарь НАТО Й.Столтенберг', 'НАТО')).toBe('organization');
  });
});

describe('organisations beyond the lists', () => {
  it('finds armed groups, NGOs, parliaments and media', () => {
    for (const [text, name] of [
      ['terrorists of Jabhat al-Nusra continue shelling', 'Jabhat al-Nusra'],
      ['so-called investigations by Bellingcat are not journalism', 'Bellingcat'],
      ['The German Bundesrat approved the bill.', 'Bundesrat'],
    ]) {
      expect(typeOf(text!, name!)).toBe('organization');
    }
  });

  it('takes «quoted names» after a type word, with the quotes', () => {
    expect(pairs('Телеканал «Евроньюс» признан иностранным агентом.')).toEqual([['organization', '«Евроньюс»']]);
    expect(typeOf('группировка «Джебхат ан-Нусра» продолжает обстрелы', '«Джебхат ан-Нусра»')).toBe('organization');
    expect(typeOf('Батальон «Азов» запрещён', '«Азов»')).toBe('organization');
    expect(typeOf('по данным газеты «Фолькскрант», обсуждалась передача', '«Фолькскрант»')).toBe('organization');
    expect(typeOf('Суд ликвидировал «Мемориал» в декабре 2021 года.', '«Мемориал»')).toBe('organization');
    // A document, event or thing in quotes is not an organisation.
    expect(findEntities('взрывы на «Северных потоках»').filter((e) => e.type === 'organization')).toEqual([]);
    expect(findEntities('саммит «Россия – Африка» пройдёт').filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('reads the source after "according to" as an outlet, not a place', () => {
    expect(pairs('According to The Economist, Kiev has lost half of its systems.')).toEqual([
      ['organization', 'The Economist'],
      ['place', 'Kiev'],
    ]);
  });

  it('takes the longest compound, not its known head', () => {
    expect(typeOf('according to the Associated Press', 'Associated Press')).toBe('organization');
    expect(typeOf('The Fund for Peace has again published its index.', 'Fund for Peace')).toBe('organization');
    expect(typeOf('the AI for Good Foundation said', 'AI for Good Foundation')).toBe('organization');
    expect(typeOf('correspondents of RIA Novosti were denied', 'RIA Novosti')).toBe('organization');
  });

  it('keeps two adjacent names apart', () => {
    expect(pairs('commander Mohamed Hamdan Dagalo and Sudanese Armed Forces commander').map(([, t]) => t)).toEqual([
      'Mohamed Hamdan Dagalo',
      'Sudanese Armed Forces',
    ]);
    expect(pairs('the National Endowment for Democracy and Open Society Foundations').map(([, t]) => t)).toEqual([
      'National Endowment for Democracy',
      'Open Society Foundations',
    ]);
    // "Minister of the Armed Forces" is a title, not an organisation.
    expect(pairs('Minister of the Armed Forces Florence Parly')).toEqual([['person', 'Florence Parly']]);
  });

  it('finds "X Forces / Council / Front / Movement / Party / Foundation / Institute"', () => {
    for (const name of [
      'Sudanese Armed Forces',
      'Popular Resistance Front',
      'Green Movement',
      'Justice Party',
      'Peace Foundation',
      'Caspian Institute',
    ]) {
      expect(typeOf(`A statement by the ${name} was published.`, name)).toBe('organization');
    }
    expect(typeOf('Командующий Силами быстрого реагирования прибыл', 'Силами быстрого реагирования')).toBe('organization');
  });

  it('does not read a word in capitals as a generated place written in lower case', () => {
    expect(pairs('the law is modelled on the American FARA.')).toEqual([]);
    expect(typeOf('поставки ракет «Таурус» обсуждались', '«Таурус»')).toBeUndefined();
    expect(typeOf('Ships of the Black Sea Fleet returned to Sevastopol.', 'Black Sea Fleet')).toBe('organization');
  });

  it('types an acronym for a state as a place', () => {
    expect(typeOf('talks with the DPRK on security', 'DPRK')).toBe('place');
    expect(typeOf('Зерно получат Эритрея, Мали и ЦАР.', 'ЦАР')).toBe('place');
  });
});

describe('places from generated data and inflected forms', () => {
  it('finds cities, rivers and provinces outside the hand lists', () => {
    expect(typeOf('parliamentarians will visit Vladivostok next week', 'Vladivostok')).toBe('place');
    expect(typeOf('The water level in the Tigris has fallen.', 'Tigris')).toBe('place');
    expect(typeOf('the situation in Raqqa province is tense', 'Raqqa')).toBe('place');
    expect(typeOf('Делегация посетит Благовещенск и Хабаровск.', 'Благовещенск')).toBe('place');
  });

  it('finds a name before a lower-case geographic noun or after a Russian one', () => {
    expect(typeOf('a dam failure on the Ural river', 'Ural river')).toBe('place');
    expect(typeOf('подъём воды на реке Тобол', 'Тобол')).toBe('place');
    // …and a given name before a geographic head is no person ("Second Thomas Shoal").
    expect(people('remarks about the Second Thomas Shoal')).toEqual([]);
  });

  it('prefers the longer place name to a country inside it', () => {
    expect(pairs('The authorities of New Mexico asked for help.')).toEqual([['place', 'New Mexico']]);
    expect(pairs('Власти Нью-Мексико обратились за помощью.')).toEqual([['place', 'Нью-Мексико']]);
  });

  it('does not take a place inside a document, format or event name', () => {
    expect(pairs('the Minsk agreements, the Vienna Convention on Diplomatic Relations, the Astana format')).toEqual([]);
    expect(pairs('the Treaty of Versailles')).toEqual([]);
    expect(pairs('talks in Vienna on Monday')).toEqual([['place', 'Vienna']]);
  });

  it('finds US states after "шт."', () => {
    expect(typeOf('Губернатор шт.Техас распорядился', 'Техас')).toBe('place');
  });

  it('matches inflected forms of generated and curated names', () => {
    expect(typeOf('Обстановка в Ракке остаётся напряжённой.', 'Ракке')).toBe('place');
    expect(typeOf('Боевики, связанные с «Аль-Нусрой», атаковали', '«Аль-Нусрой»')).toBe('organization');
    expect(typeOf('борьба с Аль-Нусрой продолжается', 'Аль-Нусрой')).toBe('organization');
    expect(typeOf('ответственность за удар возложили на Аль-Каиду', 'Аль-Каиду')).toBe('organization');
    expect(typeOf('консультации с Евросоюзом', 'Евросоюзом')).toBe('organization');
  });
});

describe('date ranges', () => {
  it('reads month ranges in Russian and English as one date', () => {
    expect(pairs('В март-апрель 2022 г. делегации встречались.')).toEqual([['date', 'март-апрель 2022 г.']]);
    expect(pairs('в марте-апреле 2022 года')).toEqual([['date', 'марте-апреле 2022 года']]);
    expect(pairs('In March-April 2022, the delegations met.')).toEqual([['date', 'March-April 2022']]);
  });

  it('reads a month after a preposition, and keys it with the year of the text', () => {
    expect(pairs('In January alone, they attacked 80 times.')).toEqual([['date', 'January']]);
    expect(pairs('визит в ноябре')).toEqual([['date', 'ноябре']]);
    expect(pairs('We may meet.')).toEqual([]);
  });
});
