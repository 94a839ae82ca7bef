/**
 * Question-and-answer pairs. A pair starts at a main question, at a body heading that a TOC
 * answers entry names, or — where the page lost its questions — at an answer label that does not
 * answer a question just asked. A back-link closes the pair.
 *
 * A question that comes after an answer, with no back-link between, is either a new pair or a
 * follow-up. The rule, in this order:
 * 1. the label says so ("Follow-up question:", "Вопрос (вдогонку):") → follow-up;
 * 2. with a printed TOC, its answers count decides: as many of these questions become follow-ups
 *    as there are pairs too many, the likeliest continuations first (rule 3, then the shortest);
 * 3. without one, a question continues the exchange when it is short (one sentence, at most
 *    CONTINUATION_MAX characters), comes from the same questioner (no asker named, or the same
 *    one) and names nothing new — every capitalised word in it already occurs in the exchange —
 *    or plainly refers back ("the document", "this", "это"). "Is it possible to talk about a time
 *    frame?" continues; "Will Russia send more aid to Afghanistan?" opens a new exchange.
 */
import type { FollowUp } from '../briefing/model';
import type { BlockKind } from './classify';
import { isMonth } from './dates';
import { questionLabel } from './labels';
import { contentWords, LETTER, LOWER, matchKey, normalizeSpace, normalizeTitle, UPPER, WORD_END, WORD_START } from './normalize';

export interface PairDraft {
  start: number;
  end: number;
  headingBlock: number | null;
  headingTitle: string | null;
  headingEntry: number | null;
  questionBlock: number | null;
  question: string | null;
  asker: string | null;
  answerBlock: number | null;
  speaker: string | null;
  followUps: FollowUp[];
  body: number[];
}

/** A continuation is short: one sentence of at most this many characters. */
const CONTINUATION_MAX = 90;

function newPair(start: number): PairDraft {
  return {
    start,
    end: start + 1,
    headingBlock: null,
    headingTitle: null,
    headingEntry: null,
    questionBlock: null,
    question: null,
    asker: null,
    answerBlock: null,
    speaker: null,
    followUps: [],
    body: [],
  };
}

/** A question after an answer whose fate rule 2 or 3 decides. */
interface OpenQuestion {
  block: number;
  continues: boolean;
  length: number;
}

const NAME = new RegExp(`(?<=\\s)[${UPPER}][${LOWER}’'-]+`, 'g');
const REFERS_BACK = new RegExp(
  `${WORD_START}(?:this|that|these|those|such|the (?:same|document|agreement)|эт[оаиу][${LOWER}]*|так(?:ой|ая|ие)|документ)${WORD_END}`,
  'i',
);
const WORDS = new RegExp(`[${LETTER}’'-]{2,}`, 'g');
const stem = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’'].*$/, '')
    .slice(0, 5);

/** Rule 3: see the module comment. `exchange` is the text of the pair so far. */
function continuesExchange(text: string, asker: string | null, pairAsker: string | null, exchange: string): boolean {
  if (text.length > CONTINUATION_MAX || /[.!?…]\s+\S/.test(text) || (asker !== null && asker !== pairAsker)) return false;
  const known = new Set((exchange.match(WORDS) ?? []).map(stem));
  const fresh = (text.match(NAME) ?? []).filter((w) => !isMonth(w) && !known.has(stem(w)));
  return fresh.length === 0 || REFERS_BACK.test(text);
}

/** The TOC answers entry each text block repeats as a body heading (computed once: matchKey is costly). */
type HeadingEntries = Map<number, number>;

function scanPairs(
  texts: string[],
  kinds: BlockKind[],
  speakers: (string | null)[],
  from: number,
  to: number,
  headingEntries: HeadingEntries,
  followUpBlocks: Set<number> | null,
  open$: OpenQuestion[],
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
      const label = questionLabel(texts[i])!;
      const q = normalizeSpace(label.text);
      if (cur && open && cur.answerBlock !== null) {
        let followUp = label.followUp;
        if (!followUp) {
          const continues = continuesExchange(q, label.asker, cur.asker, cur.body.map((b) => texts[b]).join(' '));
          open$.push({ block: i, continues, length: q.length });
          followUp = followUpBlocks ? followUpBlocks.has(i) : continues;
        }
        if (followUp) cur.followUps.push({ block: i, question: q });
        else cur = null;
      } else if (cur && open && cur.questionBlock !== null) {
        /* the question goes on in a second paragraph */
      } else cur = null;
      if (!cur) {
        cur = start(i);
        cur.questionBlock = i;
        cur.question = q;
        cur.asker = label.asker;
      }
      cur.body.push(i);
      lastWasQuestion = true;
      continue;
    }
    if (kind === 'answer') {
      const answersJustAsked = cur && open && lastWasQuestion;
      // A second speaker answering the same question (a joint press conference) stays in the pair.
      const coAnswer = cur && open && cur.questionBlock !== null && cur.speaker !== null && speakers[i] !== cur.speaker;
      if (!answersJustAsked && !coAnswer && !(cur && open && cur.answerBlock === null)) cur = start(i);
      if (cur!.answerBlock === null) {
        cur!.answerBlock = i;
        cur!.speaker = speakers[i];
      }
      cur!.body.push(i);
      lastWasQuestion = false;
      continue;
    }
    if (kind !== 'text') continue;
    const entry = headingEntries.get(i);
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

/** `answerCount`: entries in the TOC's answers part (0 when there is no printed TOC). */
export function groupPairs(
  texts: string[],
  kinds: BlockKind[],
  speakers: (string | null)[],
  from: number,
  to: number,
  answerKeys: Map<string, number>,
  answerCount = 0,
): PairDraft[] {
  const headings: HeadingEntries = new Map();
  if (answerKeys.size > 0) {
    for (let i = from; i < to; i++) {
      const entry = kinds[i] === 'text' ? answerKeys.get(matchKey(texts[i])) : undefined;
      if (entry !== undefined) headings.set(i, entry);
    }
  }
  const open: OpenQuestion[] = [];
  // First pass: every undecided question starts a pair. Whether a question is undecided does not
  // depend on the decisions (either way an open pair with an answer follows it).
  const all = scanPairs(texts, kinds, speakers, from, to, headings, new Set(), open);
  const byHeadings = all.some((p) => p.headingEntry !== null);
  if (answerCount === 0 || byHeadings || open.length === 0) {
    return open.length === 0 ? all : scanPairs(texts, kinds, speakers, from, to, headings, null, []);
  }
  const surplus = Math.max(0, Math.min(open.length, all.length - answerCount));
  const ranked = open.slice().sort((a, b) => Number(b.continues) - Number(a.continues) || a.length - b.length);
  return scanPairs(texts, kinds, speakers, from, to, headings, new Set(ranked.slice(0, surplus).map((q) => q.block)), []);
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
    for (let b = 1; b <= m; b++) dp[a][b] = Math.max(dp[a - 1][b], dp[a][b - 1], dp[a - 1][b - 1] + score(a - 1, b - 1) + 0.01);
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
