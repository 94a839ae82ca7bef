/**
 * Mutation test: on each shared briefing fixture, 200 highlights at random places; then 10% of
 * the paragraphs get word edits (insert, delete, replace) and every highlight is re-anchored.
 *
 * - in an untouched paragraph a highlight must land exactly where its text now is (every round);
 * - none may land on wrong text: the rest must be orphans (every round);
 * - in edited paragraphs ≥ 95% must land on the right text: exactly, or within the edits' width
 *   at an edge an edit comes within a word of (see `tolerance`). A round has only ~20 highlights
 *   in edited paragraphs, where one orphan is 5%, so this is checked over the fixture's rounds
 *   together (five seeds, ~100 highlights); each round's rate is printed.
 *
 * Counts are printed. MUTATION_SEEDS=1-200 runs other seeds (how the floors in
 * lib/anchoring/score.ts were checked), MUTATION_EDITS=uniform the harsher edit model,
 * MUTATION_TRACE=1 prints the candidates behind each orphan and failure.
 */
import { afterAll, describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describe } from '../../../lib/anchoring/describe';
import type { Evaluation } from '../../../lib/anchoring/score';
import { quoteSimilarity } from '../../../lib/anchoring/similarity';
import type { AnchorResult, TextSpan } from '../../../lib/anchoring/types';
import { loadFixture, sharedFixtureNames, SHARED_ABSENT_MESSAGE, type FixtureText } from './fixture-text';
import { mapSections, mapSpan, mutate, randomHighlights, rng, tolerance, type EditDensity } from './mutate';

const HIGHLIGHTS = 200;
const EDITED_FRACTION = 0.1;
const LANDING_RATE = 0.95;
/** MUTATION_EDITS=uniform: 1–3 word edits per paragraph whatever its length (see `EditDensity`). */
const DENSITY: EditDensity = process.env.MUTATION_EDITS === 'uniform' ? 'uniform' : 'scaled';
const TRACE = !!process.env.MUTATION_TRACE;

interface Counts {
  untouched: number;
  untouchedExact: number;
  edited: number;
  editedExact: number;
  editedNear: number;
  orphans: number;
  /** Orphans in edited paragraphs whose text lost more than half its characters. */
  orphansTextGone: number;
  wrong: number;
  methods: Record<string, number>;
  failures: string[];
}

function seeds(): number[] {
  const match = process.env.MUTATION_SEEDS?.match(/^(\d+)-(\d+)$/);
  if (!match) return [20260101, 20260102, 20260103, 20260104, 20260105];
  const out: number[] = [];
  for (let s = Number(match[1]); s <= Number(match[2]); s++) out.push(s);
  return out;
}

function explain(text: string, expected: TextSpan, trace: Evaluation[]): string {
  if (!TRACE) return '';
  return trace
    .sort((a, b) => b.score - a.score)
    .filter((e, i) => i < 4 || Math.abs(e.start - expected.start) < 40)
    .slice(0, 10)
    .map(
      (e) =>
        `\n      ${e.method} [${e.start},${e.end}) expected [${expected.start},${expected.end}) q=${e.quote.toFixed(2)} ` +
        `c=${e.context?.toFixed(2)} (${e.bestSide.toFixed(2)}/${e.worstSide.toFixed(2)}) w=${e.window.toFixed(2)} ` +
        `p=${e.proximity?.toFixed(2)} s=${e.score.toFixed(3)}${e.wordEdges ? '' : ' mid-word'} ${JSON.stringify(text.slice(e.start, e.end))}`,
    )
    .join('');
}

function round(fx: FixtureText, seed: number): Counts {
  const r = rng(seed);
  const highlights = randomHighlights(fx.text, fx.blocks, HIGHLIGHTS, r).map((h) => ({ ...h, anchor: describe(fx.text, fx.sections, h) }));
  const m = mutate(fx.text, fx.blocks, EDITED_FRACTION, r, DENSITY);
  const sections = mapSections(m.edits, fx.sections);
  const c: Counts = {
    untouched: 0,
    untouchedExact: 0,
    edited: 0,
    editedExact: 0,
    editedNear: 0,
    orphans: 0,
    orphansTextGone: 0,
    wrong: 0,
    methods: {},
    failures: [],
  };
  for (const h of highlights) {
    const quote = fx.text.slice(h.start, h.end);
    const expected = mapSpan(m.edits, h);
    const now = m.text.slice(expected.start, expected.end);
    const edited = m.editedBlocks.has(h.block);
    let trace: Evaluation[] = [];
    const result: AnchorResult = anchor(m.text, sections, h.anchor, { trace: (t) => (trace = t) });
    if (edited) c.edited++;
    else c.untouched++;
    if (result.status === 'orphan') {
      c.orphans++;
      if (edited && quoteSimilarity(now, quote) < 0.5) c.orphansTextGone++;
      if (!edited || TRACE) {
        c.failures.push(
          `${edited ? 'edited' : 'untouched'} orphan (${result.reason}): ${JSON.stringify(quote)} → now ${JSON.stringify(now)}` +
            explain(m.text, expected, trace),
        );
      }
      continue;
    }
    c.methods[result.method] = (c.methods[result.method] ?? 0) + 1;
    const exact = result.start === expected.start && result.end === expected.end;
    const t = tolerance(m.edits, h);
    const near =
      expected.end > expected.start && Math.abs(result.start - expected.start) <= t.start && Math.abs(result.end - expected.end) <= t.end;
    if (exact && !edited) c.untouchedExact++;
    else if (exact) c.editedExact++;
    else if (near && edited) c.editedNear++;
    else {
      c.wrong++;
      c.failures.push(
        `${edited ? 'edited' : 'untouched'} WRONG via ${result.method} (score ${result.score}): ${JSON.stringify(quote)} → ` +
          `${JSON.stringify(m.text.slice(result.start, result.end))}, expected ${JSON.stringify(now)}` +
          explain(m.text, expected, trace),
      );
    }
  }
  return c;
}

const names = sharedFixtureNames();
const lines: string[] = [];

suite(`mutation test: ${HIGHLIGHTS} highlights, ${EDITED_FRACTION * 100}% of paragraphs edited (${DENSITY} edits)`, () => {
  if (names.length === 0) {
    it.skip(SHARED_ABSENT_MESSAGE, () => {});
    return;
  }
  for (const name of names) {
    it(name, async () => {
      const fx = await loadFixture(name);
      try {
        if (!fx.isBriefing) return; // briefing fixtures only
        const problems: string[] = [];
        let edited = 0;
        let landed = 0;
        let gone = 0;
        let orphans = 0;
        for (const seed of seeds()) {
          const c = round(fx, seed);
          const ok = c.editedExact + c.editedNear;
          edited += c.edited;
          landed += ok;
          gone += c.orphansTextGone;
          orphans += c.edited - ok - c.wrong;
          lines.push(
            `${name.padEnd(25)} seed ${seed}: untouched ${c.untouchedExact}/${c.untouched} exact | ` +
              `edited ${c.edited}: ${c.editedExact} exact + ${c.editedNear} near = ${ok} ` +
              `(${((ok / Math.max(1, c.edited)) * 100).toFixed(1)}%), ${c.orphans} orphans, ${c.wrong} wrong | ` +
              `sections: ${fx.sectionSource} | methods ${JSON.stringify(c.methods)}`,
          );
          for (const f of c.failures) lines.push(`    ${f}`);
          if (c.wrong > 0) problems.push(`seed ${seed}: ${c.wrong} landed on wrong text`);
          if (c.untouchedExact !== c.untouched) problems.push(`seed ${seed}: untouched ${c.untouchedExact}/${c.untouched} exact`);
        }
        const rate = landed / Math.max(1, edited);
        lines.push(
          `${name.padEnd(25)} all rounds: edited-paragraph highlights ${landed}/${edited} on the right text ` +
            `(${(rate * 100).toFixed(1)}%), ${orphans} orphans (${gone} of them had lost over half their text), 0 wrong required`,
        );
        if (rate < LANDING_RATE) problems.push(`only ${(rate * 100).toFixed(1)}% of edited-paragraph highlights landed`);
        expect(problems).toEqual([]);
      } finally {
        await fx.window.happyDOM.close();
      }
    });
  }
  afterAll(() => {
    if (lines.length) console.log(['mutation test counts:', ...lines].join('\n'));
  });
});
