// Small, always-run tests of the core's pieces on invented text.
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../lib/adapters/text';
import { toOutline } from '../../../lib/briefing/outline';
import { slugify, uniqueIds } from '../../../lib/briefing/slug';
import { dateFromDocNumber, findDate } from '../../../lib/segment/dates';
import { answerLabel, isBackLink, isQaLabel, isTocLabel, questionText } from '../../../lib/segment/labels';
import { matchKey, normalizeTitle } from '../../../lib/segment/normalize';
import { alignAnswerTitles } from '../../../lib/segment/qa';
import { segment } from '../../../lib/segment';

describe('labels', () => {
  it('knows the TOC, Q&A and back-link labels in both languages', () => {
    for (const t of ['Table of contents', 'Table of Contents:', 'Содержание', 'Оглавление']) expect(isTocLabel(t), t).toBe(true);
    for (const t of [
      'Answers to media questions:',
      'Answers to the questions:',
      'From answers to media questions:',
      'Excerpts from answers to questions:',
      'From the answers to the questions:',
      'Из ответов на вопросы:',
    ])
      expect(isQaLabel(t), t).toBe(true);
    for (const t of ['Back to top', 'Back to the table of contents', 'Назад к оглавлению', 'К оглавлению'])
      expect(isBackLink(t), t).toBe(true);
    expect(isQaLabel('Answers to media questions were given.')).toBe(false);
  });
  it('reads question and answer labels', () => {
    expect(questionText('Вопрос (перевод с английского): Как дела?')).toBe('Как дела?');
    expect(questionText('Question: Why?')).toBe('Why?');
    expect(questionText('Questions remain open in this matter, and')).toBeNull();
    expect(answerLabel('М.В.Захарова: Да.')).toEqual({ speaker: 'М.В.Захарова', rest: 'Да.' });
    expect(answerLabel('Maria Zakharova: We do.')?.speaker).toBe('Maria Zakharova');
    expect(answerLabel('Update on Afghanistan: news')).toBeNull();
  });
});

describe('normalisation', () => {
  it('drops one list marker and a trailing colon, keeps quotes', () => {
    expect(normalizeTitle('  12.\u00a0Songs of “Unity”:')).toBe('Songs of “Unity”');
    expect(matchKey("Russia's relations")).toBe(matchKey('Russia’s relations'));
  });
});

describe('dates', () => {
  it('parses the site formats', () => {
    expect(findDate('Moscow, August 5, 2021')?.iso).toBe('2021-08-05');
    expect(findDate('5 August 202116:46')?.iso).toBe('2021-08-05');
    expect(findDate('Москва, 17 ноября 2021 года')?.iso).toBe('2021-11-17');
    expect(findDate('3 мая 2022 г.')?.iso).toBe('2022-05-03');
    expect(findDate('17.11.2021')?.iso).toBe('2021-11-17');
    expect(findDate('31 February 2021')).toBeNull();
    expect(dateFromDocNumber('1550-05-08-2021')).toBe('2021-08-05');
  });
});

describe('slugs', () => {
  it('are readable, transliterated and unique', () => {
    expect(slugify('Update on Afghanistan')).toBe('update-on-afghanistan');
    expect(slugify('О Днях российской культуры в Вене')).toBe('o-dnyakh-rossiyskoy-kultury-v-vene');
    expect(uniqueIds(['a', 'a', 'b'])).toEqual(['bl-a', 'bl-a-2', 'bl-b']);
  });
});

describe('answer-title alignment', () => {
  it('aligns by position when counts agree, by content when one is missing', () => {
    expect(alignAnswerTitles(['A', 'B'], ['x', 'y'])).toEqual([0, 1]);
    const entries = ['Gas supplies to Moldova', 'Fishing quotas in the Barents Sea', 'Arctic Council chairmanship'];
    const pairs = ['What about gas supplies for Moldova this winter?', 'Will the Arctic Council chairmanship change hands?'];
    expect(alignAnswerTitles(entries, pairs)).toEqual([0, 2]);
  });
});

const INVENTED = [
  '09:30',
  'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 3, 2023',
  '101-03-03-2023',
  'Table of contents',
  '1. Talks with Ruritania',
  '2. Anniversary of the Ministry museum',
  'Answers to media questions:',
  '1. Grain corridor',
  '2. Visa matters',
  'Talks with Ruritania',
  'Ministers will meet in Moscow to discuss trade, transport and culture at length during the visit next week.',
  'Back to top',
  'Anniversary of the Ministry museum',
  'The museum opens a new exhibition of diplomatic gifts, letters and photographs next month for the public.',
  'Back to top',
  'Answers to media questions:',
  'Question: What is the status of the grain corridor?',
  'Maria Zakharova: We have said everything already.',
  'Question: And the deadline?',
  'Maria Zakharova: None yet.',
  'Back to top',
  'Question: Will visa rules change?',
  'Maria Zakharova: Not this year.',
  'Back to top',
  'Фотоальбом',
].join('\n');

describe('segment on an invented transcript', () => {
  it('finds header, TOC, statements, pairs and follow-ups, and drops chrome', () => {
    const o = toOutline(segment(textToBlocks(INVENTED)));
    expect(o).toEqual({
      isBriefing: true,
      kind: 'briefing',
      title: 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 3, 2023',
      speaker: 'Maria Zakharova',
      place: 'Moscow',
      date: '2023-03-03',
      time: '09:30',
      docNumber: '101-03-03-2023',
      language: 'en',
      toc: [
        { title: 'Talks with Ruritania', part: 'statements' },
        { title: 'Anniversary of the Ministry museum', part: 'statements' },
        { title: 'Grain corridor', part: 'answers' },
        { title: 'Visa matters', part: 'answers' },
      ],
      sections: [
        { kind: 'statement', title: 'Talks with Ruritania' },
        { kind: 'statement', title: 'Anniversary of the Ministry museum' },
        {
          kind: 'qa',
          title: 'Grain corridor',
          question: 'What is the status of the grain corridor?',
          speaker: 'Maria Zakharova',
          followUps: 1,
        },
        { kind: 'qa', title: 'Visa matters', question: 'Will visa rules change?', speaker: 'Maria Zakharova', followUps: 0 },
      ],
    });
  });
  it('keeps source offsets for every block and ids for every section', () => {
    const r = segment(textToBlocks(INVENTED));
    if (!r.isBriefing) throw new Error('not recognised');
    for (const b of r.blocks) expect(INVENTED.slice(b.start, b.end)).toBe(b.text);
    expect(r.sections.map((s) => s.id)).toEqual([
      'bl-talks-with-ruritania',
      'bl-anniversary-of-the-ministry-museum',
      'bl-grain-corridor',
      'bl-visa-matters',
    ]);
    expect(r.chrome.map((i) => r.blocks[i].text)).toContain('Фотоальбом');
  });
  it('says a news item is not a briefing', () => {
    expect(
      segment(textToBlocks('Foreign Ministry statement on water\nThe ministry welcomes the outcome of the conference.')).isBriefing,
    ).toBe(false);
    expect(segment([]).isBriefing).toBe(false);
  });
});
