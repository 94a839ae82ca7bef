import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../../../lib/entities';
import { failures, resolveParagraph, score, type GoldSpan } from '../../../lib/entities/eval';

const pred = (start: number, end: number, type: EntitySpan['type']): EntitySpan => ({ start, end, type, text: '', key: '' });

describe('gold resolution', () => {
  it('searches each surface after the previous entity start, in order', () => {
    const text = 'Russia and Russia’s ally Russia';
    const spans = resolveParagraph(text, 100, [
      ['Russia', 'LOC'],
      ['Russia', 'LOC'],
    ]);
    expect(spans.map((s) => s.start)).toEqual([100, 111]);
    expect(() => resolveParagraph(text, 0, [['Moscow', 'LOC']])).toThrow(/not found/);
  });
});

describe('scoring', () => {
  const gold: GoldSpan[] = [
    { start: 0, end: 10, label: 'PER' },
    { start: 20, end: 30, label: 'LOC' },
    { start: 40, end: 50, label: 'IGN' },
  ];
  const regions: [number, number][] = [[0, 60]];

  it('counts lenient overlaps one-to-one and strict exact spans', () => {
    const s = score([pred(0, 10, 'person'), pred(2, 5, 'person'), pred(22, 28, 'place')], gold, regions);
    expect(s.lenient.person).toMatchObject({ gold: 1, pred: 2, tp: 1, p: 0.5, r: 1 });
    expect(s.lenient.place).toMatchObject({ tp: 1, p: 1, r: 1 });
    expect(s.strict.place).toMatchObject({ tp: 0, p: 0, r: 0 });
    expect(s.strict.person).toMatchObject({ tp: 1 });
  });

  it('needs the same type for a match', () => {
    const s = score([pred(0, 10, 'place')], gold, regions);
    expect(s.lenient.place).toMatchObject({ pred: 1, tp: 0 });
    expect(s.lenient.person).toMatchObject({ r: 0 });
    expect(s.lenient.any).toMatchObject({ tp: 1 }); // untyped: it highlights the name
  });

  it('drops unmatched predictions on IGN spans and ignores those outside labelled regions', () => {
    const s = score([pred(42, 45, 'organization'), pred(70, 75, 'place')], gold, regions);
    expect(s.lenient.organization!.pred).toBe(0);
    expect(s.lenient.place!.pred).toBe(0);
  });

  it('reports the types below the thresholds', () => {
    const s = score([pred(0, 10, 'person')], gold, regions);
    expect(failures(s, 0.95, 0.9)).toEqual(['place recall 0.00 < 0.9']);
  });
});
