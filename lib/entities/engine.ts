/**
 * The entity engine: typed, keyed, non-overlapping spans over a text, paragraph by paragraph.
 * Pure (no DOM): run it on a whole transcript, or on each block (`findEntitiesInBlocks` keeps
 * cross-block evidence such as "a bare surname after the full name" while giving block offsets).
 */
import type { Cand, EntitySpan, FindOptions } from './types';
import { findDates } from './dates';
import { findNumbers } from './numbers';
import { assignKeys, type RawSpan } from './keys';
import { keyStem } from './text';
import * as R from './rules';
import * as W from './words';
import { capsListRule, coordinated, initialsRule, personRules } from './people';
import { quotedRule } from './quoted';

// Entities never cross a line break: every rule works inside one of these lines.
const LINE_RE = /[^\n\r\u2028\u2029]+/g;
const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04FF]/;

interface Line {
  start: number;
  ctx: W.LineCtx;
  kept: Cand[];
}

/** Longest candidate first, then the higher priority; a candidate overlapping a kept one is dropped. */
function resolve(cands: Cand[], len: number): Cand[] {
  cands.sort((a, b) => b.e - b.s - (a.e - a.s) || b.pri - a.pri || a.s - b.s);
  const used = new Uint8Array(len);
  const kept: Cand[] = [];
  for (const c of cands) {
    if (c.e <= c.s) continue;
    let free = true;
    for (let i = c.s; i < c.e && free; i++) free = !used[i];
    if (!free) continue;
    used.fill(1, c.s, c.e);
    kept.push(c);
  }
  return kept.sort((a, b) => a.s - b.s);
}

export function findEntities(text: string, opts: FindOptions = {}): EntitySpan[] {
  const lang = opts.language ?? 'auto';
  const lines: Line[] = [];
  for (const m of text.matchAll(LINE_RE)) {
    const line = m[0];
    if (!/[\p{L}\d]/u.test(line)) continue;
    const en = lang !== 'ru' && LATIN.test(line);
    const ru = lang !== 'en' && CYRILLIC.test(line);
    const ctx = W.makeCtx(line, en, ru);
    R.gazetteerRule(ctx);
    findDates(line, ctx.out);
    if (opts.numbers) findNumbers(line, ctx.out);
    personRules(ctx);
    initialsRule(ctx);
    capsListRule(ctx);
    quotedRule(ctx);
    if (en) {
      R.englishOrgRule(ctx);
      R.englishPlaceRules(ctx);
    }
    if (ru) {
      R.russianOrgRule(ctx);
      R.russianPlaceRules(ctx);
    }
    const kept = resolve(ctx.out, line.length).filter((c) => !inDocumentName(ctx, c));
    if (coordinated(ctx, kept).length) kept.sort((a, b) => a.s - b.s);
    lines.push({ start: m.index!, ctx, kept });
  }
  propagateSurnames(lines);
  definedAcronyms(lines);
  const spans: RawSpan[] = [];
  for (const { start, ctx, kept } of lines) {
    for (const c of kept) {
      spans.push({ start: start + c.s, end: start + c.e, type: c.type, text: ctx.line.slice(c.s, c.e), key: '', id: c.id, date: c.date });
    }
  }
  assignKeys(spans);
  // Only the public fields leave the engine.
  return spans.map(({ start, end, type, text: t, key }) => ({ start, end, type, text: t, key }));
}

// Words that make a place before them part of a document's, format's or event's name.
const DOC_AFTER = new Set(
  'agreement agreements accord accords convention conventions treaty protocol protocols format declaration memorandum charter statute initiative package process communique summit conference'.split(
    ' ',
  ),
);

/**
 * "the Minsk agreements", "the Vienna Convention", "the Astana format", "the Treaty of Versailles":
 * a place inside the name of a document, format or event is not highlighted as a place.
 */
function inDocumentName(ctx: W.LineCtx, c: Cand): boolean {
  if (c.type !== 'place' || !ctx.en) return false;
  const { toks, line } = ctx;
  const after = toks.findIndex((t) => t.s >= c.e);
  if (after >= 0 && /^[ \t\u00a0]+$/.test(line.slice(c.e, toks[after]!.s)) && DOC_AFTER.has(toks[after]!.lo)) return true;
  const before = /(?:Treaty|Convention|Agreement|Accords?|Protocol) of (?:the )?$/.exec(line.slice(Math.max(0, c.s - 30), c.s));
  return !!before;
}

/**
 * Once a full name is found, its bare surname elsewhere is a person too ("Kosyak" after "Andrey
 * Kosyak"), unless the word is also used in lower case (a common word: "the West").
 */
function propagateSurnames(lines: Line[]): void {
  const surnames = new Set<string>();
  for (const { ctx, kept } of lines) {
    for (const c of kept) {
      if (c.type !== 'person') continue;
      const toks = ctx.toks.filter((t) => t.s >= c.s && t.e <= c.e && t.t.length > 1);
      if (toks.length >= 2 || c.id) surnames.add(keyStem(toks[toks.length - 1]?.t ?? ''));
    }
  }
  if (!surnames.size) return;
  // Words the text also uses in lower case ("the West" / "west of"), from its tokens; gathered
  // on the first candidate only.
  let lowerSet: Set<string> | undefined;
  const lower = (w: string): boolean => {
    if (!lowerSet) {
      lowerSet = new Set<string>();
      for (const ln of lines) for (const t of ln.ctx.toks) if (!t.cap) lowerSet.add(t.t);
    }
    return lowerSet.has(w);
  };
  for (const ln of lines) {
    const { toks } = ln.ctx;
    let added = false;
    toks.forEach((t, k) => {
      if (!t.cap || t.acr) return;
      if (!surnames.has(keyStem(t.t))) return;
      if (ln.kept.some((c) => c.s < t.e && t.s < c.e)) return;
      if (toks[k - 1]?.lo === 'the' || lower(t.t.toLowerCase())) return;
      ln.kept.push({ s: t.s, e: t.e, type: 'person', pri: 3 });
      added = true;
    });
    if (added) ln.kept.sort((a, b) => a.s - b.s);
  }
}

/**
 * An acronym the text defines after an organisation's name ("Joint Centre for Control and
 * Coordination (JCCC)", "Сирийские демократические силы (СДС)") is that organisation wherever it
 * appears. Other unknown acronyms are not guessed (they are as often weapons, units or laws).
 */
const DEFINED = /^[ \t\u00a0]*\((\p{Lu}[\p{Lu}\d-]{1,9})\)/u;
function definedAcronyms(lines: Line[]): void {
  const defs = new Set<string>();
  for (const { ctx, kept } of lines) {
    for (const c of kept) {
      const m = c.type === 'organization' ? DEFINED.exec(ctx.line.slice(c.e)) : null;
      if (m) defs.add(m[1]!);
    }
  }
  if (!defs.size) return;
  for (const ln of lines) {
    let added = false;
    for (const t of ln.ctx.toks) {
      if (!t.acr || !defs.has(t.t) || ln.kept.some((c) => c.s < t.e && t.s < c.e)) continue;
      ln.kept.push({ s: t.s, e: t.e, type: 'organization', pri: 2 });
      added = true;
    }
    if (added) ln.kept.sort((a, b) => a.s - b.s);
  }
}

/**
 * Entities of several blocks (paragraphs) at once, with offsets relative to each block: the
 * blocks are read as one text so names found in one block help in the others.
 */
export function findEntitiesInBlocks(blocks: readonly string[], opts: FindOptions = {}): EntitySpan[][] {
  const starts: number[] = [];
  let pos = 0;
  for (const b of blocks) {
    starts.push(pos);
    pos += b.length + 1;
  }
  const out: EntitySpan[][] = blocks.map(() => []);
  let bi = 0;
  for (const sp of findEntities(blocks.join('\n'), opts)) {
    while (bi + 1 < blocks.length && sp.start >= starts[bi + 1]!) bi++;
    out[bi]!.push({ ...sp, start: sp.start - starts[bi]!, end: sp.end - starts[bi]! });
  }
  return out;
}
