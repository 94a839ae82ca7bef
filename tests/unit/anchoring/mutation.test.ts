/**
 * Mutation test: on each shared briefing fixture, 200 highlights at random places; then 10% of
 * the paragraphs get word edits (insert, delete, replace) and every highlight is re-anchored.
 *
 * - in an untouched paragraph a highlight must land exactly where its text now is;
 * - in an edited paragraph ≥ 95% must land on the right text (exactly, or within the edits'
 *   width at an edge that an edit comes within a word of; see `tolerance`);
 * - none may land on wrong text: the rest must be orphans.
 *
 * Set MUTATION_SEEDS=1-50 to run more seeds (used to tune the floors in lib/anchoring/score.ts).
 */
import { afterAll, describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describe } from '../../../lib/anchoring/describe';
import type { Evaluation } from '../../../lib/anchoring/score';
import { quoteSimilarity } from '../../../lib/anchoring/similarity';
import type { AnchorResult } from '../../../lib/anchoring/types';
import { loadFixture, sharedFixtureNames, SHARED_ABSENT_MESSAGE, type FixtureText } from './fixture-text';
import { mapSections, mapSpan, mutate, randomHighlights, rng, tolerance, type EditDensity } from './mutate';

const HIGHLIGHTS = 200;
const EDITED_FRACTION = 0.1;
/** MUTATION_EDITS=uniform: 1–3 word edits per paragraph whatever its length (see `EditDensity`). */
const DENSITY: EditDensity = process.env.MUTATION_EDITS === 'uniform' ? 'uniform' : 'scaled';

interface Counts {
  untouched: number;
  untouchedExact: number;
  edited: number;
  editedExact: number;
  editedNear: number;
  orphans: number;
  wrong: number;
  methods: Record<string, number>;
  failures: string[];
}

function run(fx: FixtureText, seed: number, density: EditDensity): Counts {
  const r = rng(seed);
  const highlights = randomHighlights(fx.text, fx.blocks, HIGHLIGHTS, r).map((h) => ({
    ...h,
    anchor: describe(fx.text, fx.sections, h),
  }));
  const m = mutate(fx.text, fx.blocks, EDITED_FRACTION, r, density);
  const sections = mapSections(m.edits, fx.sections);
  const c: Counts = {
    untouched: 0,
    untouchedExact: 0,
    edited: 0,
    editedExact: 0,
    editedNear: 0,
    orphans: 0,
    wrong: 0,
    methods: {},
    failures: [],
  };
  for (const h of highlights) {
    const expected = mapSpan(m.edits, h);
    let trace: Evaluation[] = [];
    const result: AnchorResult = anchor(m.text, sections, h.anchor, { trace: (t) => (trace = t) });
    const why = () =>
      process.env.MUTATION_TRACE
        ? '\n' +
          [...trace]
            .sort((a, b) => b.score - a.score)
            .filter((e, i) => i < 4 || Math.abs(e.start - expected.start) < 40)
            .slice(0, 10)
            .map(
              (e) =>
                `      ${e.method} [${e.start},${e.end}) exp [${expected.start},${expected.end}) q=${e.quote.toFixed(2)} ` +
                `c=${e.context?.toFixed(2)} (${e.bestSide.toFixed(2)}/${e.worstSide.toFixed(2)}) w=${e.window.toFixed(2)} p=${e.proximity?.toFixed(2)} s=${e.score.toFixed(3)} ${e.wordEdges ? '' : 'mid-word '}` +
                JSON.stringify(m.text.slice(e.start, e.end)),
            )
            .join('\n')
        : '';
    const edited = m.editedBlocks.has(h.block);
    if (edited) c.edited++;
    else c.untouched++;
    if (result.status === 'orphan') {
      c.orphans++;
      if (!edited || process.env.MUTATION_TRACE) {
        c.failures.push(
          `${edited ? 'edited' : 'untouched'} orphan (${result.reason}): ${JSON.stringify(fx.text.slice(h.start, h.end))} ` +
            `[kept ${quoteSimilarity(m.text.slice(expected.start, expected.end), fx.text.slice(h.start, h.end)).toFixed(2)}] ` +
            `expected ${JSON.stringify(m.text.slice(expected.start, expected.end))}${why()}`,
        );
      }
      continue;
    }
    c.methods[result.method] = (c.methods[result.method] ?? 0) + 1;
    const exact = result.start === expected.start && result.end === expected.end;
    const t = tolerance(m.edits, h);
    const near =
      expected.end > expected.start &&
      Math.abs(result.start - expected.start) <= t.start &&
      Math.abs(result.end - expected.end) <= t.end;
    if (exact && !edited) c.untouchedExact++;
    else if (exact) c.editedExact++;
    else if (near && edited) c.editedNear++;
    else {
      c.wrong++;
      c.failures.push(
        `${edited ? 'edited' : 'untouched'} WRONG via ${result.method} (score ${result.score}): ` +
          `${JSON.stringify(fx.text.slice(h.start, h.end))} → ${JSON.stringify(m.text.slice(result.start, result.end))}, ` +
          `expected ${JSON.stringify(m.text.slice(expected.start, expected.end))}${why()}`,
      );
    }
  }
  return c;
}

function seeds(): number[] {
  const spec = process.env.MUTATION_SEEDS;
  const match = spec?.match(/^(\d+)-(\d+)$/);
  if (!match) return [20260101];
  const out: number[] = [];
  for (let s = Number(match[1]); s <= Number(match[2]); s++) out.push(s);
  return out;
}

const names = sharedFixtureNames();
const lines: string[] = [];

suite('mutation test: 200 highlights, 10% of paragraphs edited', () => {
  if (names.length === 0) {
    it.skip(SHARED_ABSENT_MESSAGE, () => {});
    return;
  }
  for (const name of names) {
    it(name, async () => {
      const fx = await loadFixture(name);
      try {
        if (!fx.isBriefing) return; // the brief asks for briefing fixtures only
        const problems: string[] = [];
        for (const seed of seeds()) {
          const c = run(fx, seed, DENSITY);
          const landed = c.editedExact + c.editedNear;
          const rate = c.edited === 0 ? 1 : landed / c.edited;
          lines.push(
            `${name.padEnd(26)} seed ${seed}: untouched ${c.untouchedExact}/${c.untouched} exact | ` +
              `edited ${c.edited}: ${c.editedExact} exact + ${c.editedNear} near = ${landed} ` +
              `(${(rate * 100).toFixed(1)}%), ${c.orphans} orphans, ${c.wrong} wrong | ` +
              `sections: ${fx.sectionSource} | methods ${JSON.stringify(c.methods)}`,
          );
          for (const f of c.failures) lines.push(`    ${f}`);
          if (c.wrong > 0) problems.push(`seed ${seed}: ${c.wrong} landed on wrong text`);
          if (c.untouchedExact !== c.untouched) problems.push(`seed ${seed}: untouched ${c.untouchedExact}/${c.untouched} exact`);
          if (rate < 0.95) problems.push(`seed ${seed}: only ${(rate * 100).toFixed(1)}% of edited-paragraph highlights landed`);
        }
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
