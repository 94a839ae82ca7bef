// @vitest-environment happy-dom
// Property test: random and mutated inputs through both adapters never throw and always give a
// valid model. Seeded, so a failure names the case that reproduces it.
import { describe, expect, it } from 'vitest';
import { documentToBlocks } from '../../../lib/adapters/dom';
import { textToBlocks } from '../../../lib/adapters/text';
import type { Block, BlockHints } from '../../../lib/briefing/model';
import { modelProblems } from '../../../lib/briefing/validate';
import { segment } from '../../../lib/segment';
import { readProject } from '../../support/shared';

import { rng } from '../../support/rng';

const SNIPPETS = [
  'Table of contents',
  'Содержание',
  'Answers to media questions:',
  'Из ответов на вопросы:',
  'Back to top',
  'Назад к оглавлению',
  'Question: what next?',
  'Вопрос:',
  'Maria Zakharova: We think so.',
  'М.В.Захарова: Да.',
  '16:46',
  '1550-05-08-2021',
  'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, November 10, 2021',
  '1. Update on Afghanistan',
  '- item',
  '',
  '\u00a0',
  'Фотоальбом',
  '<b>not html</b>',
  'x'.repeat(5000),
  ':',
  '12.13.2021',
  'Брифинг официального представителя МИД России М.В.Захаровой, Москва, 31 февраля 2021 года',
];

function randomHints(r: () => number): BlockHints {
  const h: BlockHints = {};
  if (r() < 0.3) h.headingLevel = 1 + Math.floor(r() * 6);
  if (r() < 0.3) h.bold = true;
  if (r() < 0.2) h.centered = true;
  if (r() < 0.3) h.listItem = true;
  if (r() < 0.2) h.linkTargets = ['s' + Math.floor(r() * 9)];
  if (r() < 0.2) h.zone = r() < 0.5 ? 'header' : 'body';
  return h;
}

function mutate<R>(blocks: Block<R>[], r: () => number): Block<R>[] {
  let out = blocks.slice();
  const op = Math.floor(r() * 7);
  if (op === 0) out.sort(() => r() - 0.5);
  if (op === 1) out = out.slice(0, Math.floor(r() * out.length));
  if (op === 2) out = out.slice(Math.floor(r() * out.length));
  if (op === 3)
    for (let k = 0; k < 10 && out.length; k++) {
      const i = Math.floor(r() * out.length);
      out.splice(i, 0, out[i]);
    }
  if (op === 4) out = out.filter(() => r() < 0.7);
  if (op === 5) out = out.map((b) => ({ ...b, hints: randomHints(r) }));
  if (op === 6)
    for (let k = 0; k < 20; k++)
      out.splice(Math.floor(r() * (out.length + 1)), 0, {
        text: SNIPPETS[Math.floor(r() * SNIPPETS.length)],
        hints: randomHints(r),
        ref: out[0]?.ref as R,
      });
  return out;
}

const sampleHtml = readProject('tests/fixtures/sample-briefing.html');

describe('modelProblems', () => {
  it('reports a broken model', () => {
    const good = segment(
      textToBlocks(
        'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, November 10, 2021\nTable of contents\n- Alpha topic here\nAnswers to media questions:\nQuestion: Why?\nMaria Zakharova: Because.',
      ),
    );
    if (!good.isBriefing) throw new Error('not recognised');
    expect(modelProblems(good)).toEqual([]);
    const broken = { ...good, sections: [...good.sections, { ...good.sections[0] }] };
    expect(modelProblems(broken).length).toBeGreaterThan(0);
  });
});

describe('property: any input gives a valid model', () => {
  it('text adapter: 600 random and mutated transcripts', () => {
    const r = rng(2024);
    const base = new DOMParser().parseFromString(sampleHtml, 'text/html').body.innerText ?? '';
    const baseBlocks = textToBlocks(base.length > 100 ? base : sampleHtml.replace(/<[^>]+>/g, '\n'));
    let briefings = 0;
    for (let k = 0; k < 600; k++) {
      const blocks =
        k % 5 === 0
          ? Array.from({ length: Math.floor(r() * 60) }, () => ({
              text: SNIPPETS[Math.floor(r() * SNIPPETS.length)],
              hints: randomHints(r),
              ref: k,
            }))
          : mutate(baseBlocks, r);
      let result: ReturnType<typeof segment> | undefined;
      expect(() => {
        result = segment(blocks);
      }, `case ${k}`).not.toThrow();
      expect(modelProblems(result!), `case ${k}`).toEqual([]);
      if (result!.isBriefing && result!.sections.length > 0) briefings++;
    }
    // The mutations must leave most inputs recognisable, or the test would prove little.
    expect(briefings).toBeGreaterThan(300);
  });

  it('DOM adapter: 400 mutated pages', () => {
    const r = rng(77);
    const tags = ['p', 'div', 'h2', 'h3', 'li', 'span', 'b', 'strong', 'ol', 'section', 'center'];
    let briefings = 0;
    for (let k = 0; k < 400; k++) {
      const doc = new DOMParser().parseFromString(sampleHtml, 'text/html');
      const all = Array.from(doc.body.querySelectorAll('*'));
      for (let m = 0; m < 1 + Math.floor(r() * 30); m++) {
        const el = all[Math.floor(r() * all.length)];
        if (!el?.parentNode) continue;
        const op = Math.floor(r() * 6);
        if (op === 0) el.remove();
        if (op === 1) el.parentNode.insertBefore(el.cloneNode(true), el);
        if (op === 2) {
          const w = doc.createElement(tags[Math.floor(r() * tags.length)]);
          el.replaceWith(w);
          w.appendChild(el);
        }
        if (op === 3) el.setAttribute('style', r() < 0.5 ? 'text-align:center' : 'font-weight:bold');
        if (op === 4) el.textContent = SNIPPETS[Math.floor(r() * SNIPPETS.length)];
        if (op === 5) el.parentNode.appendChild(el);
      }
      let result: ReturnType<typeof segment> | undefined;
      expect(() => {
        result = segment(mutate(documentToBlocks(doc).blocks, r));
      }, `page ${k}`).not.toThrow();
      expect(modelProblems(result!), `page ${k}`).toEqual([]);
      if (result!.isBriefing && result!.sections.length > 0) briefings++;
    }
    expect(briefings).toBeGreaterThan(200);
  });
});
