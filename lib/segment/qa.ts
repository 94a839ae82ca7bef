/**
 * Question-and-answer pairs. A pair starts at a main question, at a body heading that a TOC
 * answers entry names, or — where the page lost its questions — at an answer label that does not
 * answer a question just asked. A question inside an open pair that already has an answer is a
 * follow-up; a back-link closes the pair.
 */
import type { FollowUp } from '../briefing/model';
import type { BlockKind } from './classify';
import { questionText } from './labels';
import { contentWords, matchKey, normalizeSpace, normalizeTitle } from './normalize';

export interface PairDraft {
  start: number;
  end: number;
  headingBlock: number | null;
  headingTitle: string | null;
  headingEntry: number | null;
  questionBlock: number | null;
  question: string | null;
  answerBlock: number | null;
  speaker: string | null;
  followUps: FollowUp[];
  body: number[];
}

function newPair(start: number): PairDraft {
  return {
    start, end: start + 1, headingBlock: null, headingTitle: null, headingEntry: null,
    questionBlock: null, question: null, answerBlock: null, speaker: null, followUps: [], body: [],
  };
}

export function groupPairs(
  texts: string[],
  kinds: BlockKind[],
  speakers: (string | null)[],
  from: number,
  to: number,
  answerKeys: Map<string, number>,
): PairDraft[] {
  const pairs: PairDraft[] = [];
  let cur: PairDraft | null = null;
  let open = false;
  let lastWasQuestion = false;
  let pendingHeading: { block: number; entry: number } | null = null;

  const start = (i: number): PairDraft => {
    const p = newPair(pendingHeading?.block ?? i);
    if (pendingHeading) {
      p.headingBlock = pendingHeading.block;
      p.headingTitle = normalizeTitle(texts[pendingHeading.block]);
      p.headingEntry = pendingHeading.entry;
      pendingHeading = null;
    }
    pairs.push(p);
    open = true;
    return p;
  };

  for (let i = from; i < to; i++) {
    const kind = kinds[i];
    if (kind === 'backlink') {
      open = false;
      lastWasQuestion = false;
      continue;
    }
    if (kind === 'question') {
      const q = normalizeSpace(questionText(texts[i]) ?? '');
      if (cur && open && cur.answerBlock !== null) cur.followUps.push({ block: i, question: q });
      else if (cur && open && cur.questionBlock !== null) { /* the question goes on in a second paragraph */ }
      else {
        cur = start(i);
        cur.questionBlock = i;
        cur.question = q;
      }
      cur.body.push(i);
      lastWasQuestion = true;
      continue;
    }
    if (kind === 'answer') {
      const answersJustAsked = cur && open && lastWasQuestion;
      if (!answersJustAsked && !(cur && open && cur.answerBlock === null)) cur = start(i);
      if (cur!.answerBlock === null) {
        cur!.answerBlock = i;
        cur!.speaker = speakers[i];
      }
      cur!.body.push(i);
      lastWasQuestion = false;
      continue;
    }
    if (kind !== 'text') continue;
    const entry = answerKeys.get(matchKey(texts[i]));
    if (entry !== undefined) {
      // A body heading for the next pair.
      pendingHeading = { block: i, entry };
      open = false;
      lastWasQuestion = false;
      continue;
    }
    if (cur && open) {
      cur.body.push(i);
      lastWasQuestion = false;
    }
  }
  for (let k = 0; k < pairs.length; k++) pairs[k].end = k + 1 < pairs.length ? pairs[k + 1].start : to;
  return pairs;
}

/**
 * Which answers entry titles which pair. Equal counts align by position (the printed order is the
 * answer order). Otherwise a monotone alignment that maximises word overlap between each entry and
 * its pair's question and first answer, so one missing or extra item does not shift every title.
 */
export function alignAnswerTitles(entryTitles: string[], pairTexts: string[]): (number | null)[] {
  const n = entryTitles.length;
  const m = pairTexts.length;
  if (n === m) return pairTexts.map((_, k) => k);
  if (n === 0 || m === 0) return pairTexts.map(() => null);
  const ew = entryTitles.map(contentWords);
  const pw = pairTexts.map(contentWords);
  const score = (a: number, b: number): number => {
    let s = 0;
    for (const w of ew[a]) if (pw[b].has(w)) s++;
    return s / Math.max(1, ew[a].size);
  };
  // dp[a][b]: best total for the first a entries and first b pairs.
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let a = 1; a <= n; a++)
    for (let b = 1; b <= m; b++)
      dp[a][b] = Math.max(dp[a - 1][b], dp[a][b - 1], dp[a - 1][b - 1] + score(a - 1, b - 1) + 0.01);
  const result: (number | null)[] = pairTexts.map(() => null);
  let a = n;
  let b = m;
  while (a > 0 && b > 0) {
    if (dp[a][b] === dp[a - 1][b - 1] + score(a - 1, b - 1) + 0.01) {
      result[b - 1] = a - 1;
      a--;
      b--;
    } else if (dp[a][b] === dp[a - 1][b]) a--;
    else b--;
  }
  return result;
}
