import { it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describe } from '../../../lib/anchoring/describe';
import { loadFixture } from './fixture-text';
import { mapSections, mapSpan, mutate, randomHighlights, rng } from './mutate';

it('debug', async () => {
  const fx = await loadFixture(process.env.DBG_FX!);
  const r = rng(Number(process.env.DBG_SEED));
  const hs = randomHighlights(fx.text, fx.blocks, 200, r).map((h) => ({ ...h, anchor: describe(fx.text, fx.sections, h) }));
  const m = mutate(fx.text, fx.blocks, 0.1, r, (process.env.MUTATION_EDITS as any) ?? 'scaled');
  const sections = mapSections(m.edits, fx.sections);
  for (const h of hs) {
    const q = fx.text.slice(h.start, h.end);
    if (q !== process.env.DBG_Q) continue;
    const exp = mapSpan(m.edits, h);
    console.log('ORIG', JSON.stringify(fx.text.slice(h.start - 50, h.end + 50)));
    console.log('NEW ', JSON.stringify(m.text.slice(exp.start - 50, exp.end + 50)));
    console.log('edits', m.edits.filter((e) => Math.abs(e.at - h.start) < 200).map((e) => JSON.stringify([e.at - h.start, fx.text.slice(e.at, e.at + e.del), e.ins])).join(' '));
    console.log(JSON.stringify(h.anchor));
    const res = anchor(m.text, sections, h.anchor, { trace: (t) => t.sort((a,b)=>b.score-a.score).slice(0,8).forEach((e) => console.log(JSON.stringify({...e, text: m.text.slice(e.start, e.end)}))) });
    console.log(res, exp);
  }
});
