// Property test: pair count, titles, header and kind survive every transformation that keeps the
// information (see variants.ts). Sources: the bundled fixtures (always), and the shared fixtures
// and seeds when ../shared is present. Each source is first checked against its expected outline.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentDocument, segmentText } from '../../../lib/adapters';
import type { Briefing } from '../../../lib/briefing/model';
import { toOutline, type Outline, type TranscriptOutline } from '../../../lib/briefing/outline';
import { surnameStem } from '../../../lib/segment/classify';
import { matchKey } from '../../../lib/segment/normalize';
import { loadInput, parseHtml } from '../../../scripts/lib/load-input';
import { rng } from '../../support/rng';
import { hasShared, readProject, readShared, repoRoot, sharedPath } from '../../support/shared';
import { DEFAULTS, docOf, invariantsOf, randomOptions, render, SINGLE_CHANGES, type VariantOptions } from './variants';

interface Source {
  name: string;
  path: string;
  expected: Record<string, unknown>;
}

const BUNDLED = ['sample-briefing', 'remarks-en', 'remarks-ru', 'interview-en', 'interview-ru'];
// One markup of seed 004 stands for all four (same text); the seeds themselves as transcripts.
const SHARED = ['era-b-liferay', 'ru-briefing-era-c', '000_7449e8653c3f2d2b', '004_c4c7f12a0b42c766'];
// More, or other, random variants on demand: BL_VARIANTS=200 BL_VARIANT_SEED=5 npx vitest run …
const RANDOM_PER_SOURCE = Number(process.env.BL_VARIANTS ?? 24);
const SEED = Number(process.env.BL_VARIANT_SEED ?? 0);

function sources(): Source[] {
  const out: Source[] = BUNDLED.map((name) => {
    const html = join(repoRoot, 'tests/fixtures', `${name}.html`);
    return { name, path: html, expected: JSON.parse(readProject('tests/fixtures', `${name}.outline.json`)) };
  });
  if (hasShared) {
    for (const name of SHARED) {
      const html = sharedPath('fixtures', `${name}.html`);
      out.push({
        name,
        path: existsSync(html) ? html : sharedPath('seeds', `${name}.txt`),
        expected: JSON.parse(readShared('expected', `${name}.outline.json`)),
      });
    }
  }
  return out;
}

function segmentPath(path: string) {
  const input = loadInput(path);
  return input.kind === 'text' ? segmentText(input.text) : segmentDocument(input.document).result;
}

const key = (t: string | null) => (t === null ? null : matchKey(t));

/** What a variant's outline says about the invariants, in comparable form. */
function observed(o: TranscriptOutline) {
  const pairs = o.sections.filter((s) => s.kind === 'qa');
  return {
    kind: o.kind,
    pairs: pairs.length,
    followUps: pairs.map((s) => (s.kind === 'qa' ? s.followUps : 0)),
    statementTitles: o.sections.filter((s) => s.kind === 'statement').map((s) => key(s.title)),
    qaTitles: pairs.map((s) => key(s.title)),
    toc: o.toc.map((e) => ({ title: key(e.title), part: e.part })),
    header: { title: key(o.title), place: o.place, date: o.date, time: o.time, docNumber: o.docNumber, language: o.language },
    speaker: o.speaker && surnameStem(o.speaker),
    askers: pairs.map((s) => (s.kind === 'qa' ? (s.asker ?? null) : null)),
  };
}

function describeOptions(o: VariantOptions): string {
  return (
    Object.entries(o)
      .filter(([k, v]) => DEFAULTS[k as keyof VariantOptions] !== v)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ') || 'defaults'
  );
}

let ran = 0;

describe('variants: the outline survives information-preserving transformations', () => {
  const all = sources();
  it('has sources to vary (bundled always, shared when present)', () => {
    expect(all.length).toBeGreaterThanOrEqual(hasShared ? BUNDLED.length + SHARED.length : BUNDLED.length);
  });
  for (const src of all) {
    it(`${src.name}`, () => {
      const base = segmentPath(src.path);
      if (!base.isBriefing) throw new Error(`${src.name}: not recognised`);
      const expected = { kind: 'briefing', ...src.expected } as TranscriptOutline;
      // The source itself must be right before its model is trusted to generate variants.
      expect(toOutline(base)).toMatchObject(src.expected);
      const doc = docOf(base as Briefing);
      const r = rng(src.name.length * 7919 + 17 + SEED * 104729);
      const variants: VariantOptions[] = [DEFAULTS, ...SINGLE_CHANGES.map((c) => ({ ...DEFAULTS, ...c }))];
      for (let k = 0; k < RANDOM_PER_SOURCE; k++) variants.push(randomOptions(r));
      const failures: string[] = [];
      for (const opts of variants) {
        const v = render(doc, opts, r);
        const result = v.ext === 'html' ? segmentDocument(parseHtml(v.source)).result : segmentText(v.source);
        const outline: Outline = toOutline(result);
        const label = `${src.name} [${describeOptions(opts)}]`;
        if (outline.kind === undefined) throw new Error(`${label}: not recognised`);
        const inv = invariantsOf(expected, opts);
        const want = {
          ...inv,
          statementTitles: inv.statementTitles.map(key),
          qaTitles: inv.qaTitles.map(key),
          toc: inv.toc.map((e) => ({ title: key(e.title), part: e.part })),
          header: { ...inv.header, title: key(inv.header.title) },
          speaker: inv.speaker && surnameStem(inv.speaker),
          askers: v.askers,
        };
        const got = observed(outline);
        const diff = (Object.keys(want) as (keyof typeof want)[]).filter((k) => JSON.stringify(got[k]) !== JSON.stringify(want[k]));
        if (diff.length)
          failures.push(`${label}: ${diff.map((k) => `${k}: got ${JSON.stringify(got[k])} want ${JSON.stringify(want[k])}`).join('; ')}`);
        else ran++;
      }
      expect(failures).toEqual([]);
    });
  }
  it('ran every variant', () => {
    console.log(
      `variants: ${ran} variants of ${all.length} sources passed${hasShared ? '' : ' (../shared absent: bundled fixtures only)'}`,
    );
    expect(ran).toBeGreaterThanOrEqual(all.length * (SINGLE_CHANGES.length + 1 + RANDOM_PER_SOURCE));
  });
});
