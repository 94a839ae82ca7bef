import { describe, expect, it } from 'vitest';
import { matchesAllWords, matchesAllWordsIn, queryWords, wordsOf } from '../../../lib/search/words';

describe('matchesAllWords: every word, any order, word beginnings', () => {
  const sentence = 'Sergey Lavrov will hold talks in Moscow with the Foreign Minister of Kazakhstan.';
  it('finds words that are apart in the text', () => {
    expect(matchesAllWords(sentence, 'talks Moscow')).toBe(true);
    expect(matchesAllWords(sentence, 'moscow TALKS')).toBe(true);
    expect(matchesAllWords(sentence, 'talks Vienna')).toBe(false);
  });
  it('matches word beginnings only, not inner parts', () => {
    expect(matchesAllWords(sentence, 'kazakh')).toBe(true);
    expect(matchesAllWords(sentence, 'akhstan')).toBe(false);
  });
  it('folds case and ё, and finds Russian inflected forms by their stem', () => {
    expect(matchesAllWords('Введение новых санкций против России', 'санкци россии')).toBe(true);
    expect(matchesAllWords('Всё идёт по плану', 'все идет')).toBe(true);
  });
  it('matches everything for a query without words', () => {
    expect(matchesAllWords('anything', '  , . ')).toBe(true);
  });
  it('spreads the words over several texts', () => {
    expect(matchesAllWordsIn(['Sergey Lavrov', 'Сергей Лавров'], 'лавров')).toBe(true);
    expect(matchesAllWordsIn(['OSCE', 'ОБСЕ'], 'osce обсе')).toBe(true);
  });
  it('tokenises', () => {
    expect(wordsOf("O'Brien's, 2024 — ООН")).toEqual(["o'brien's", '2024', 'оон']);
    expect(queryWords('a a b')).toEqual(['a', 'b']);
  });
});
