import { it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describe } from '../../../lib/anchoring/describe';
import { loadFixture } from './fixture-text';

it('perf', async () => {
  const fx = await loadFixture('era-b-liferay.html');
  for (const len of [200, 1000, 3000, 8000]) {
    const start = 10000;
    let end = start + len; while (/\S/.test(fx.text[end]!)) end++;
    const a = describe(fx.text, fx.sections, { start, end });
    // insert a word in the middle and one near the start
    const mid = start + Math.floor(len / 2);
    const t2 = fx.text.slice(0, start + 20) + 'inserted ' + fx.text.slice(start + 20, mid) + ' zzz ' + fx.text.slice(mid);
    const t0 = performance.now();
    const r = anchor(t2, fx.sections, a);
    console.log(len, (performance.now() - t0).toFixed(1), 'ms', r);
  }
});
