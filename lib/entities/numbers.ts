/**
 * Cardinal numbers (optional): "90,000", "10 million", "1.5", "36", "three", "one third",
 * "2,5 млн". Ordinals ("50th", "28-е"), times ("15:47"), document numbers ("2386-17-11-2021"),
 * formats ("2+2") and numbers glued to words ("COVID-19") are not numbers.
 */
import type { Cand } from './types';

const SCALE = '(?:[ \\t\\u00a0]+(?:thousand|million|billion|trillion|тыс\\.|тысяч[аиу]?|млн|миллион(?:а|ов)?|млрд|миллиард(?:а|ов)?))?';
const PCT = '(?:[ \\t\\u00a0]*(?:%|percent|per cent|процент(?:а|ов)?))?';
const DIGITS_RE = new RegExp(
  `(?<![\\p{L}\\d.,:+\\-–/#№])(?:\\d{1,3}(?:[,\\u00a0 ]\\d{3})+|\\d+)(?:[.,]\\d+)?${SCALE}${PCT}(?![\\p{L}\\d+:]|[.,:\\-–]\\d|[-‐‑–]\\p{L})`,
  'gu',
);
const SMALL =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const FRACTION = '(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)';
const WORDS_RE = new RegExp(
  `(?<![\\p{L}\\d-])(?:(?:one|${SMALL})[ \\t]+${FRACTION}|one[ \\t]+(?:hundred|thousand|million|billion)|(?:${SMALL})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?:[ \\t]+(?:hundred|thousand|million|billion))?)(?![\\p{L}\\d-])`,
  'giu',
);

export function findNumbers(line: string, out: Cand[]): void {
  for (const rx of [DIGITS_RE, WORDS_RE]) {
    for (const m of line.matchAll(rx)) out.push({ s: m.index!, e: m.index! + m[0].length, type: 'number', pri: 0 });
  }
}
