import { describe, expect, it } from 'vitest';
import { findEntities, findEntitiesInBlocks } from '../../../lib/entities';
import { pairs, typeOf } from './helpers';

describe('English rules', () => {
  it('keeps title words out of a person span', () => {
    expect(pairs('President of Ukraine Vladimir Zelensky said so.')).toEqual([
      ['place', 'Ukraine'],
      ['person', 'Vladimir Zelensky'],
    ]);
    expect(pairs('Foreign Minister Sergey Lavrov met Defence Minister Sergey Shoigu.')).toEqual([
      ['person', 'Sergey Lavrov'],
      ['person', 'Sergey Shoigu'],
    ]);
  });

  it('finds a name after a title without a known given name', () => {
    expect(typeOf('We spoke with Foreign Minister Szijjarto yesterday.', 'Szijjarto')).toBe('person');
    // …but not the first word of some other proper noun.
    expect(typeOf('the 1995 General Framework Agreement for Peace', 'Framework')).toBeUndefined();
  });

  it('reads speaker labels as people', () => {
    expect(pairs('Alexander Bikantov: We have commented on this.')).toEqual([['person', 'Alexander Bikantov']]);
    expect(pairs('Question: Is Azerbaijan in talks with the CSTO?')).toEqual([
      ['place', 'Azerbaijan'],
      ['organization', 'CSTO'],
    ]);
  });

  it('does not tag demonyms and keeps the possessive out', () => {
    expect(pairs('Russian and Ukrainian officials met.')).toEqual([]);
    const [e] = findEntities('Russia’s position is known.');
    expect(e).toMatchObject({ text: 'Russia', start: 0, end: 6, type: 'place' });
  });

  it('finds organisations by head noun, acronym and complement', () => {
    expect(typeOf('the Russian-French Security Cooperation Council will meet', 'Russian-French Security Cooperation Council')).toBe(
      'organization',
    );
    expect(typeOf('the OSCE Special Monitoring Mission to Ukraine reported', 'OSCE Special Monitoring Mission to Ukraine')).toBe(
      'organization',
    );
    expect(
      typeOf(
        'represented by the Ministry of Digital Development, Communications and Mass Media.',
        'Ministry of Digital Development, Communications and Mass Media',
      ),
    ).toBe('organization');
    // An acronym is an organisation when listed, or when the text defines it after a name…
    expect(
      pairs('the Joint Centre for Control and Coordination (JCCC). An observer of the JCCC was kidnapped').map(([t, x]) => `${t}:${x}`),
    ).toEqual(['organization:Joint Centre for Control and Coordination', 'organization:JCCC', 'organization:JCCC']);
    // …not by its shape (weapons, units and laws are written in capitals too).
    expect(pairs('the transfer of ATACMS missiles')).toEqual([]);
    expect(typeOf('a European Union-led operation', 'European Union')).toBe('organization');
    // A bare head noun is not a name.
    expect(pairs('The Council will meet soon.')).toEqual([]);
  });

  it('finds places from the gazetteer and from cues', () => {
    expect(pairs('a resident of the Lugansk Region, near Zolotoye.')).toEqual([
      ['place', 'Lugansk Region'],
      ['place', 'Zolotoye'],
    ]);
    expect(pairs('firing at the villages of Sotk, Kut and Azat.').map((p) => p[1])).toEqual(['Sotk', 'Kut', 'Azat']);
    expect(typeOf('chaired by the President of the Republic of Tatarstan Rustam Minnikhanov', 'Republic of Tatarstan')).toBe('place');
    expect(pairs('US-Russia talks').map((p) => p[1])).toEqual(['US', 'Russia']);
  });

  it('does not take a capitalised adjective after a preposition for a place', () => {
    expect(pairs('in Christian churches and in Armenian villages')).toEqual([]);
  });
});

describe('boundaries', () => {
  it('never lets an entity cross a line break', () => {
    const text = 'World Congress of Compatriots Living Abroad\nOn November 12 the Council met.';
    const spans = findEntities(text);
    for (const s of spans) expect(text.slice(s.start, s.end)).not.toMatch(/[\n\r]/);
    expect(spans.some((s) => s.text === 'November 12' && s.type === 'date')).toBe(true);
    expect(pairs('Sergey\nLavrov')).toEqual([['person', 'Lavrov']]); // the gazetteer surname, alone
  });

  it('uses Unicode word boundaries (no match inside a Cyrillic word)', () => {
    expect(pairs('Россияне и Венесуэла')).toEqual([['place', 'Венесуэла']]);
    // "Венеция" is a place of its own (a generated province name), never a form of "Вена".
    expect(findEntities('Венеция').map((e) => e.key)).not.toContain('place:vienna');
  });

  it('returns sorted, non-overlapping spans whose text is the slice', () => {
    const text =
      'On July 28-30, 2021, Kazan hosted the summit. 22 ноября в Москве С.В.Лавров встретится с коллегой.\r\nUN Security Council';
    const spans = findEntities(text, { numbers: true });
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      expect(text.slice(s.start, s.end)).toBe(s.text);
      if (i) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
    expect(spans.map((s) => s.text)).toEqual(['July 28-30, 2021', 'Kazan', '22 ноября', 'Москве', 'С.В.Лавров', 'UN Security Council']);
  });

  it('counts offsets in UTF-16 code units', () => {
    const [e] = findEntities('😀 Moscow');
    expect(e).toMatchObject({ start: 3, end: 9 });
  });
});

describe('numbers (optional)', () => {
  it('are off by default and on with numbers: true', () => {
    const t = 'Some 10 million people, one third of them, and 90,000 children; three died. The 50th anniversary, 2+2 format, COVID-19.';
    expect(findEntities(t).filter((e) => e.type === 'number')).toEqual([]);
    expect(
      findEntities(t, { numbers: true })
        .filter((e) => e.type === 'number')
        .map((e) => e.text),
    ).toEqual(['10 million', 'one third', '90,000', 'three']);
  });

  it('never takes ordinals or numbers inside dates', () => {
    expect(pairs('28-е заседание 2–3 декабря, около 36 тонн', { numbers: true })).toEqual([
      ['date', '2–3 декабря'],
      ['number', '36'],
    ]);
  });
});

describe('language option', () => {
  it('runs only the chosen language rules (the gazetteer works for both)', () => {
    const t = 'Министр иностранных дел Латвии Эдгарс Ринкевичс';
    expect(typeOf(t, 'Эдгарс Ринкевичс')).toBe('person');
    expect(typeOf(t, 'Эдгарс Ринкевичс', { language: 'en' })).toBeUndefined();
    expect(typeOf(t, 'Латвии', { language: 'en' })).toBe('place');
  });
});

describe('findEntitiesInBlocks', () => {
  it('gives block-relative offsets equal to a whole-text run', () => {
    const blocks = ['Briefing by Maria Zakharova, Moscow, November 10, 2021', 'We met Andrey Kosyak.', 'Kosyak is still held.'];
    const per = findEntitiesInBlocks(blocks);
    const whole = findEntities(blocks.join('\n'));
    expect(per.flat().length).toBe(whole.length);
    per.forEach((spans, i) => spans.forEach((s) => expect(blocks[i]!.slice(s.start, s.end)).toBe(s.text)));
    // The bare surname in the third block is known from the second.
    expect(per[2]).toEqual([expect.objectContaining({ text: 'Kosyak', type: 'person', start: 0 })]);
  });

  it('handles empty blocks', () => {
    expect(findEntitiesInBlocks(['', 'Moscow', ''])).toEqual([[], [expect.objectContaining({ text: 'Moscow', start: 0 })], []]);
    expect(findEntitiesInBlocks([])).toEqual([]);
  });
});

describe('speed sanity (not timed)', () => {
  it('scales linearly: a text repeated n times gives n times the spans', () => {
    const para =
      'On November 19, Foreign Minister Sergey Lavrov will meet OSCE Chairperson-in-Office Ann Linde in Moscow. 22 ноября в Вене М.В.Захарова.';
    const one = findEntities(para).length;
    const big = Array(400).fill(para).join('\n');
    expect(findEntities(big).length).toBe(one * 400);
  });
});
