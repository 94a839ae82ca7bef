/**
 * Scoring against hand-labelled gold sets (notes/entities.md §3). Pure; used by
 * scripts/eval-entities.ts and tests/unit/entities/quality.test.ts, never bundled.
 *
 * - Gold surfaces are resolved in order of appearance within their paragraph, each search
 *   starting one character after the previous entity's start.
 * - The engine runs on the whole text; only predictions inside labelled paragraphs count.
 * - Lenient: a prediction overlapping an unmatched gold entity of the same type (one-to-one).
 *   Strict: the same span and type. ANY: untyped, lenient.
 * - An unmatched prediction overlapping an IGN span is dropped, neither right nor wrong.
 */
import type { EntitySpan, EntityType } from './types';
import { findEntities } from './engine';

export type GoldLabel = 'PER' | 'LOC' | 'ORG' | 'DATE' | 'NUM' | 'IGN';
export interface GoldSpan {
  start: number;
  end: number;
  label: GoldLabel;
}
export interface Stat {
  gold: number;
  pred: number;
  tp: number;
  p: number;
  r: number;
}
export interface Scores {
  lenient: Record<string, Stat>;
  strict: Record<string, Stat>;
  /** Lenient errors, for reading: false positives and missed gold entities (with their text). */
  errors: string[];
}

export const LABEL_TYPE: Record<Exclude<GoldLabel, 'IGN'>, EntityType> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organization',
  DATE: 'date',
  NUM: 'number',
};
export const TYPES: EntityType[] = ['person', 'place', 'organization', 'date', 'number'];

/** Offsets of a paragraph's labelled surfaces; throws when one is not found. */
export function resolveParagraph(text: string, base: number, ents: [string, GoldLabel][]): GoldSpan[] {
  let from = 0;
  return ents.map(([surface, label]) => {
    const i = text.indexOf(surface, from);
    if (i < 0) throw new Error(`gold surface not found: ${JSON.stringify(surface)} in ${JSON.stringify(text.slice(0, 60))}…`);
    from = i + 1;
    return { start: base + i, end: base + i + surface.length, label };
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function score(preds: EntitySpan[], gold: GoldSpan[], regions: [number, number][], text?: string): Scores {
  const inside = preds.filter((p) => regions.some(([s, e]) => p.start >= s && p.end <= e));
  const ign = gold.filter((g) => g.label === 'IGN');
  const real = gold.filter((g) => g.label !== 'IGN');
  const typeOf = (g: GoldSpan): EntityType => LABEL_TYPE[g.label as Exclude<GoldLabel, 'IGN'>];
  const errors: string[] = [];
  const run = (strict: boolean): Record<string, Stat> => {
    const stats: Record<string, Stat> = {};
    for (const t of [...TYPES, 'any']) stats[t] = { gold: 0, pred: 0, tp: 0, p: 0, r: 0 };
    for (const g of real) stats[typeOf(g)]!.gold++;
    stats.any!.gold = real.length;
    const used = new Set<GoldSpan>();
    for (const p of inside) {
      const hit = real.find(
        (g) => !used.has(g) && typeOf(g) === p.type && (strict ? g.start === p.start && g.end === p.end : overlaps(g, p)),
      );
      if (hit) used.add(hit);
      else if (ign.some((g) => overlaps(g, p))) continue;
      stats[p.type]!.pred++;
      if (hit) stats[p.type]!.tp++;
      else if (!strict) errors.push(`FP ${p.type} ${JSON.stringify(p.text)}`);
    }
    if (!strict)
      for (const g of real)
        if (!used.has(g)) errors.push(`FN ${typeOf(g)} @${g.start}${text ? ` ${JSON.stringify(text.slice(g.start, g.end))}` : ''}`);
    // ANY: a gold entity counts when any prediction overlaps it; a prediction is right when it
    // overlaps any gold entity.
    const anyPreds = inside.filter((p) => real.some((g) => overlaps(g, p)) || !ign.some((g) => overlaps(g, p)));
    stats.any!.pred = anyPreds.length;
    stats.any!.tp = anyPreds.filter((p) =>
      real.some((g) => overlaps(g, p) && (!strict || (g.start === p.start && g.end === p.end))),
    ).length;
    const covered = real.filter((g) => inside.some((p) => overlaps(g, p) && (!strict || (g.start === p.start && g.end === p.end)))).length;
    for (const s of Object.values(stats)) {
      s.p = s.pred ? s.tp / s.pred : 1;
      s.r = s.gold ? s.tp / s.gold : 1;
    }
    stats.any!.r = real.length ? covered / real.length : 1;
    return stats;
  };
  return { lenient: run(false), strict: run(true), errors };
}

// ---------------------------------------------------------------- the two gold sets

export interface DevGold {
  docs: Record<string, string>;
  paragraphs: { doc: string; line: number; ents: [string, GoldLabel][] }[];
}
export interface RuGold {
  paragraphs: { id: string; text: string; ents: [string, GoldLabel][] }[];
}

export function mergeScores(parts: Scores[]): Scores {
  const merge = (key: 'lenient' | 'strict'): Record<string, Stat> => {
    const out: Record<string, Stat> = {};
    for (const s of parts) {
      for (const [t, v] of Object.entries(s[key])) {
        const o = (out[t] ??= { gold: 0, pred: 0, tp: 0, p: 0, r: 0 });
        o.gold += v.gold;
        o.pred += v.pred;
        o.tp += v.tp;
        // ANY recall counts covered gold entities, which tp does not carry: keep it weighted.
        o.r += v.r * v.gold;
      }
    }
    for (const [t, o] of Object.entries(out)) {
      o.p = o.pred ? o.tp / o.pred : 1;
      o.r = o.gold ? (t === 'any' ? o.r / o.gold : o.tp / o.gold) : 1;
    }
    return out;
  };
  return { lenient: merge('lenient'), strict: merge('strict'), errors: parts.flatMap((p) => p.errors) };
}

/** Scores the development set; `readDoc` returns a seed's text from its path in `docs`. */
export function evaluateDev(gold: DevGold, readDoc: (rel: string) => string): Scores {
  const parts: Scores[] = [];
  for (const [doc, rel] of Object.entries(gold.docs)) {
    const text = readDoc(rel);
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const spans: GoldSpan[] = [];
    const regions: [number, number][] = [];
    for (const p of gold.paragraphs.filter((x) => x.doc === doc)) {
      const s = starts[p.line - 1]!;
      const e = p.line < starts.length ? starts[p.line]! - 1 : text.length;
      regions.push([s, e]);
      spans.push(...resolveParagraph(text.slice(s, e), s, p.ents));
    }
    parts.push(score(findEntities(text, { numbers: true }), spans, regions, text));
  }
  return mergeScores(parts);
}

/** Scores the Russian set: its paragraphs joined by newlines, run as one text. */
export function evaluateRu(gold: RuGold): Scores {
  const spans: GoldSpan[] = [];
  const regions: [number, number][] = [];
  let pos = 0;
  for (const p of gold.paragraphs) {
    regions.push([pos, pos + p.text.length]);
    spans.push(...resolveParagraph(p.text, pos, p.ents));
    pos += p.text.length + 1;
  }
  const text = gold.paragraphs.map((p) => p.text).join('\n');
  return score(findEntities(text, { numbers: true }), spans, regions, text);
}

/** Types whose lenient precision/recall fall below the thresholds, as messages. */
export function failures(s: Scores, minP: number, minR: number): string[] {
  const out: string[] = [];
  for (const t of ['person', 'place', 'organization', 'date']) {
    const v = s.lenient[t]!;
    if (v.p < minP) out.push(`${t} precision ${v.p.toFixed(2)} < ${minP}`);
    if (v.r < minR) out.push(`${t} recall ${v.r.toFixed(2)} < ${minR}`);
  }
  return out;
}

export function table(title: string, s: Scores): string {
  const f = (x: number): string => x.toFixed(2);
  const rows = [`${title}`, `  type          gold  pred    P     R   | strict P    R`];
  for (const t of [...TYPES, 'any']) {
    const l = s.lenient[t]!;
    const st = s.strict[t]!;
    rows.push(
      `  ${t.padEnd(12)} ${String(l.gold).padStart(5)} ${String(l.pred).padStart(5)}  ${f(l.p)}  ${f(l.r)}  |   ${f(st.p)}  ${f(st.r)}`,
    );
  }
  return rows.join('\n');
}
