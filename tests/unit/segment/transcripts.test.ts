// Titles by structure, labels with qualifiers and askers, pairs by rule, header facts by their
// text, transcript kinds. Invented text only.
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../lib/adapters/text';
import { toOutline, type TranscriptOutline } from '../../../lib/briefing/outline';
import { statusLine } from '../../../lib/segment/dates';
import { answerLabel, isBriefingTitle, questionLabel } from '../../../lib/segment/labels';
import { nominativeSurname, parseTitle } from '../../../lib/segment/title';
import { segment } from '../../../lib/segment';

const outline = (lines: string[]): TranscriptOutline | { isBriefing: false } =>
  toOutline(segment(textToBlocks(lines.join('\n')))) as TranscriptOutline;

describe('titles by structure', () => {
  it.each([
    [
      'Briefing by Foreign Ministry Spokeswoman Maria Zakharova on the sidelines of the Eastern Economic Forum, Vladivostok, September 5, 2023',
      {
        kind: 'briefing',
        person: 'Maria Zakharova',
        role: 'Foreign Ministry Spokeswoman',
        event: 'on the sidelines of the Eastern Economic Forum',
        place: 'Vladivostok',
        date: '2023-09-05',
      },
    ],
    [
      'Briefing by Foreign Ministry Spokeswoman Maria Zakharova (Moscow, October 10, 2023)',
      { kind: 'briefing', person: 'Maria Zakharova', place: 'Moscow', date: '2023-10-10', event: null },
    ],
    [
      'Briefing by Deputy Director of the Foreign Ministry Information and Press Department Alexander Bikantov, Moscow, August 5, 2021',
      {
        kind: 'briefing',
        person: 'Alexander Bikantov',
        role: 'Deputy Director of the Foreign Ministry Information and Press Department',
        place: 'Moscow',
        date: '2021-08-05',
      },
    ],
    [
      'Briefing by official representative of the Ministry of Foreign Affairs of Russia Alexander Lukashevich, 13 November 2014',
      { kind: 'briefing', person: 'Alexander Lukashevich', place: null, date: '2014-11-13' },
    ],
    [
      'Брифинг официального представителя МИД России М.В.Захаровой, Москва, 3 ноября 2016 года',
      { kind: 'briefing', person: 'М.В.Захаровой', role: 'официального представителя МИД России', place: 'Москва', date: '2016-11-03' },
    ],
    [
      'Foreign Minister Sergey Lavrov’s interview with Kommersant, Moscow, October 10, 2023',
      { kind: 'interview', person: 'Sergey Lavrov', event: 'with Kommersant', place: 'Moscow', date: '2023-10-10' },
    ],
    [
      'Deputy Foreign Minister Sergey Ryabkov’s remarks and answers to media questions following consultations, Geneva, June 1, 2023',
      { kind: 'remarks', person: 'Sergey Ryabkov', place: 'Geneva', date: '2023-06-01' },
    ],
    [
      'Remarks by Foreign Minister Sergey Lavrov at a meeting with students, St Petersburg, 1 September 2023',
      { kind: 'remarks', person: 'Sergey Lavrov', event: 'at a meeting with students', place: 'St Petersburg', date: '2023-09-01' },
    ],
    [
      'Remarks by Foreign Minister Sergey Lavrov and answers to media questions during a visit to Ruritania, Ruritania City, June 2, 2023',
      { kind: 'remarks', person: 'Sergey Lavrov', place: 'Ruritania City', date: '2023-06-02' },
    ],
    [
      'Foreign Minister Sergey Lavrov’s interview with Kommersant, October 10, 2023',
      { kind: 'interview', person: 'Sergey Lavrov', place: null, date: '2023-10-10' },
    ],
    [
      'Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации С.В.Лаврова в ходе пресс-конференции, Москва, 10 октября 2023 года',
      { kind: 'remarks', person: 'С.В.Лаврова', event: 'в ходе пресс-конференции', place: 'Москва', date: '2023-10-10' },
    ],
    [
      'Интервью Посла России в США А.И.Антонова журналу «Ньюсуик», 12 октября 2023 года, Вашингтон',
      { kind: 'interview', person: 'А.И.Антонова', role: 'Посла России в США', place: 'Вашингтон', date: '2023-10-12' },
    ],
  ])('%s', (title, expected) => {
    expect(parseTitle(title)).toMatchObject(expected);
  });
  it('is not fooled by statements, news and lists', () => {
    for (const t of [
      'Foreign Ministry statement on the closure of the Russian Trade Mission in Ruritania',
      'Заявление МИД России в связи с событиями в Ruritania',
      'Composition of the Russian delegation to the UN General Assembly',
      'On the upcoming talks',
      'Press release on Foreign Minister Sergey Lavrov’s interview with Kommersant',
      'On Sergey Lavrov’s remarks at the UN',
    ])
      expect(parseTitle(t), t).toBeNull();
  });
  it("finds Russian briefing titles although JavaScript's \\b is ASCII-only", () => {
    expect(isBriefingTitle('Брифинг официального представителя МИД России М.В.Захаровой, Москва, 3 ноября 2016 года')).toBe(true);
    expect(isBriefingTitle('Брифинги и пресс-конференции')).toBe(false);
  });
  it('maps a genitive surname to the nominative when no label gives it', () => {
    expect(nominativeSurname('М.В.Захаровой')).toBe('М.В.Захарова');
    expect(nominativeSurname('С.В.Лаврова')).toBe('С.В.Лавров');
    expect(nominativeSurname('Maria Zakharova')).toBe('Maria Zakharova');
  });
});

describe('labels with qualifiers', () => {
  it('reads askers and follow-up markers off question labels', () => {
    expect(questionLabel('Question (RIA Novosti): Why?')).toEqual({ text: 'Why?', asker: 'RIA Novosti', followUp: false });
    expect(questionLabel('Вопрос (ТАСС): Как?')).toEqual({ text: 'Как?', asker: 'ТАСС', followUp: false });
    expect(questionLabel('Вопрос (Bloomberg, перевод с английского языка): Да?')?.asker).toBe('Bloomberg');
    expect(questionLabel('Question from Kyodo: When?')?.asker).toBe('Kyodo');
    for (const t of ['Follow-up question: And?', 'Уточняющий вопрос: А?', 'Question (follow-up): So?', 'Вопрос (вдогонку): И?'])
      expect(questionLabel(t), t).toMatchObject({ asker: null, followUp: true });
    expect(questionLabel('Вопрос (перевод с английского): Как дела?')).toEqual({ text: 'Как дела?', asker: null, followUp: false });
    expect(questionLabel('Questions remain open in this matter: all of them')).toBeNull();
  });
  it('reads answer labels with qualifiers, initials in both orders, full names', () => {
    expect(answerLabel('С.В.Лавров (перевод с английского языка): Да.')?.speaker).toBe('С.В.Лавров');
    expect(answerLabel('Sergey Lavrov (adds): Yes.')?.speaker).toBe('Sergey Lavrov');
    expect(answerLabel('М.В.Захарова (отвечая на вопрос): Нет.')?.speaker).toBe('М.В.Захарова');
    expect(answerLabel('Maria Zakharova (in English): No.')?.speaker).toBe('Maria Zakharova');
    expect(answerLabel('Захарова М.В.: Да.')?.speaker).toBe('Захарова М.В.');
    expect(answerLabel('Мария Захарова: Да.')?.speaker).toBe('Мария Захарова');
    expect(answerLabel('Update on Afghanistan: news')).toBeNull();
  });
});

describe('header facts', () => {
  it('reads Liferay status lines with date and time in one element', () => {
    expect(statusLine('13.10.2114:05')).toEqual({ date: '2021-10-13', time: '14:05' });
    expect(statusLine('13.10.202114:05')).toEqual({ date: '2021-10-13', time: '14:05' });
    expect(statusLine('5 August 202116:46')).toEqual({ date: '2021-08-05', time: '16:46' });
    expect(statusLine('17.11.2021')).toEqual({ date: '2021-11-17', time: null });
  });
  it('gives a Russian text title its place, date and nominative speaker', () => {
    const o = outline([
      'Брифинг официального представителя МИД России М.В.Захаровой, Москва, 3 ноября 2016 года',
      'О визите в Ruritania',
      'Текст заявления о визите, достаточно длинный, чтобы быть абзацем, а не заголовком раздела, и с точкой в конце.',
    ]);
    expect(o).toMatchObject({ isBriefing: true, kind: 'briefing', speaker: 'М.В.Захарова', place: 'Москва', date: '2016-11-03' });
  });
});

const Q_LONG = (n: number) =>
  `Question: This is main question number ${n}, long enough to be a question of its own. What does the ministry think of it?`;
const A = (n: number) => `Maria Zakharova: This is answer number ${n}. We have nothing to add.`;

describe('pairs by rule, not by back-link', () => {
  it('nine pairs after an answers heading with no back-links stay nine pairs', () => {
    const lines = ['Из ответов на вопросы:'];
    for (let n = 1; n <= 9; n++) lines.push(Q_LONG(n), A(n));
    const o = outline(lines) as TranscriptOutline;
    expect(o.sections.filter((s) => s.kind === 'qa').map((s) => s.kind === 'qa' && s.followUps)).toEqual(Array(9).fill(0));
  });
  it('marked follow-ups and short continuations by the same questioner stay in the pair', () => {
    const o = outline([
      'Answers to media questions:',
      'Question (RIA Novosti): This is main question one, long enough to be a question of its own. What do you think?',
      A(1),
      'Question: Is it possible to talk about a time frame?',
      A(2),
      'Question (follow-up): And beyond that, in the longer run, with all the partners involved, what are the plans of the ministry?',
      A(3),
      'Question (TASS): Will it happen?',
      A(4),
      Q_LONG(5),
      A(5),
    ]) as TranscriptOutline;
    const pairs = o.sections.filter((s) => s.kind === 'qa');
    expect(pairs.map((s) => s.kind === 'qa' && [s.asker ?? null, s.followUps])).toEqual([
      ['RIA Novosti', 2],
      ['TASS', 0],
      [null, 0],
    ]);
  });
  it('with a TOC, the answers count decides which questions are follow-ups', () => {
    const o = outline([
      'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 3, 2023',
      'Table of contents',
      'Answers to media questions:',
      '1. Grain deal',
      '2. Visas',
      Q_LONG(1),
      A(1),
      'Question: We heard this before; the deadline has passed twice already. When will the deal finally be signed?',
      A(2),
      Q_LONG(3),
      A(3),
    ]) as TranscriptOutline;
    expect(o.sections.map((s) => s.kind === 'qa' && [s.title, s.followUps])).toEqual([
      ['Grain deal', 1],
      ['Visas', 0],
    ]);
  });
});

describe('transcript kinds', () => {
  it('remarks: untitled labelled opening, no TOC, pairs after it', () => {
    const o = outline([
      'Foreign Minister Sergey Lavrov’s remarks and answers to media questions following talks with Foreign Minister of Ruritania, Moscow, October 10, 2023',
      'Sergey Lavrov: Good afternoon. We have held talks with our Ruritanian colleague, and we are satisfied with their results across the board.',
      'We agreed to continue our dialogue.',
      'Question: What about trade? There has been a lot of talk about trade between the two countries recently.',
      'Sergey Lavrov: It is growing.',
    ]) as TranscriptOutline;
    expect(o).toMatchObject({ isBriefing: false, kind: 'remarks', speaker: 'Sergey Lavrov', place: 'Moscow', date: '2023-10-10' });
    expect(o.sections.map((s) => s.kind)).toEqual(['statement', 'qa']);
  });
  it('an interview is read by its title and its exchanges', () => {
    const o = outline([
      'Интервью Министра иностранных дел Российской Федерации С.В.Лаврова газете «Известия», Москва, 12 октября 2023 года',
      'Вопрос: Как Вы оцениваете итоги года? Что удалось сделать, а что нет, по Вашему мнению?',
      'С.В.Лавров: Год был непростым.',
      'Вопрос: Что дальше? Какие планы у министерства на следующий год и на более далёкую перспективу?',
      'С.В.Лавров: Работать.',
    ]) as TranscriptOutline;
    expect(o).toMatchObject({ isBriefing: false, kind: 'interview', speaker: 'С.В.Лавров', place: 'Москва' });
    expect(o.sections.filter((s) => s.kind === 'qa')).toHaveLength(2);
  });
  it('a statement, a news item and a list of names are not transcripts', () => {
    expect(
      outline([
        'Foreign Ministry statement on the closure of the Trade Mission',
        'The ministry regrets the decision. Sergey Lavrov: we will respond.',
        'We reserve the right to respond.',
      ]),
    ).toEqual({ isBriefing: false });
    expect(
      outline([
        'Composition of the delegation',
        'Sergey Lavrov: Minister of Foreign Affairs',
        'Sergey Vershinin: Deputy Minister',
        'Maria Zakharova: Director of the Department',
      ]),
    ).toEqual({ isBriefing: false });
    expect(outline(['Lavrov to give an interview to Kommersant', 'The interview will be published on Monday.'])).toEqual({
      isBriefing: false,
    });
  });
});

describe('header facts on a page whose class names are unknown (a redesign)', () => {
  it('finds the document number, time and date by their text next to the title', async () => {
    const { parseHtml } = await import('../../../scripts/lib/load-input');
    const { segmentDocument } = await import('../../../lib/adapters');
    const { readProject } = await import('../../support/shared');
    const renamed = readProject('tests/fixtures/sample-briefing.html').replace(
      /class="([^"]*)"/g,
      (_m, c: string) =>
        `class="${c
          .split(/\s+/)
          .map((x) => `zz${x.length}${x.slice(-2)}`)
          .join(' ')}"`,
    );
    expect(renamed).not.toContain('photo-content__title');
    const o = toOutline(segmentDocument(parseHtml(renamed)).result) as TranscriptOutline;
    expect(o).toMatchObject({
      kind: 'briefing',
      title: 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 14, 2024',
      time: '15:30',
      docNumber: '512-14-03-2024',
      date: '2024-03-14',
      place: 'Moscow',
    });
    expect(o.sections.filter((s) => s.kind === 'qa')).toHaveLength(6);
  });
});
