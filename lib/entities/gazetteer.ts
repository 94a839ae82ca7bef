/**
 * Gazetteer lookup: every alias of places.ts / orgs.ts / people.ts in one token trie. Latin tokens
 * are keyed by their lower-case form, Cyrillic ones by stem, so one nominative entry matches all
 * case forms. Built lazily on first use (≈1 ms) so importing the module costs nothing.
 */
import type { EntityType } from './types';
import { PLACES } from './data/places';
import { PLACES_MORE } from './data/places-more';
import { ORGS } from './data/orgs';
import { PEOPLE } from './data/people';
import { GEN_CITIES, GEN_COUNTRIES, GEN_REGIONS } from './data/generated/places';
import { CLS_X, endingClasses, isAcronym, keyStem, norm, spaced, stemClass, stemWord, tokForms, tokenize, type Tok } from './text';

export interface GazEntry {
  type: EntityType;
  id: string;
}

interface Node {
  c?: Map<string, Node>;
  hit?: GazEntry;
  /** Rank of `hit`'s list: a lower rank (curated before generated) takes a shared alias. */
  rank?: number;
  /** Case the text token must have: 2 all capitals, 1 capitalised, 0 any. */
  need: number;
  /** Declension classes (see text.ts) of the words that end an entry here / go on: endings must fit. */
  hc: number;
  pc: number;
}

export interface GazHit {
  /** Token index range [i, j) or, for a part of a hyphenated word, character offsets. */
  i: number;
  j: number;
  s: number;
  e: number;
  entry: GazEntry;
}

let root: Node | null = null;
const labels = new Map<string, [string, string]>();
const surnames = new Map<string, string>();
/** Given names of the officials' full names (Latin lower-case, Cyrillic stems), for the name rules. */
export const gazFirst = new Set<string>();

const PLAIN_ALIAS = /^[\p{L}\- ]+$/u;

/** An alias's words as the tokenizer would see them; plain aliases skip the tokenizer (speed). */
function aliasWords(alias: string): Pick<Tok, 't' | 'lo' | 'cap' | 'acr' | 'cyr'>[] {
  if (!PLAIN_ALIAS.test(alias)) return tokenize(alias);
  return alias
    .split(' ')
    .filter(Boolean)
    .map((t) => {
      const c0 = t[0]!;
      const cap = c0 !== c0.toLowerCase();
      return { t, lo: norm(t), cap, acr: cap && isAcronym(t), cyr: CYR.test(t) };
    });
}

function insert(alias: string, entry: GazEntry, rank: number): void {
  const exact = alias.startsWith('!');
  const toks = aliasWords(exact ? alias.slice(1) : alias);
  let node = root!;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    let key = t.lo;
    let cls = CLS_X;
    if (t.cyr && !exact) [key, cls] = stemClass(t.t);
    // Capitals are demanded of acronyms always, and of capitalised words when Latin or first:
    // Russian names often lower-case their inner words ("Организация объединённых наций").
    const need = t.acr ? 2 : t.cap && (!t.cyr || k === 0) ? 1 : 0;
    node.c ??= new Map();
    let next = node.c.get(key);
    if (!next) node.c.set(key, (next = { need, hc: 0, pc: 0 }));
    else next.need = Math.min(next.need, need);
    if (k === toks.length - 1) next.hc |= cls;
    else next.pc |= cls;
    node = next;
  }
  if (!node.hit || rank < node.rank!) {
    node.hit = entry;
    node.rank = rank;
  }
}

/**
 * The generated lists' lines, inserted lazily: each line is indexed under the first three
 * letters of each of its aliases (a trie key, a word or its stem, keeps those), and a line is
 * parsed and inserted when a capitalised word of the text opens its bucket. Thousands of entries,
 * few of which a briefing names: the build stays cheap.
 */
/** Per bucket: line index and first word (lower case) of each alias, flat. */
const pending = new Map<string, (number | string)[]>();
const genLines: [string, EntityType, number][] = [];
let genDone = new Uint8Array(0);
/** Words (lower case) whose candidate lines have been opened. */
const opened = new Set<string>();
const CYR = /[\u0400-\u04FF]/;
const bucket = (key: string): string => key.slice(0, 3);

/**
 * Inserts the pending lines an alias of which may start with this word: its first word is the
 * word itself, or (Russian) the form `f` plus an ending of up to three letters.
 */
function expand(f: string, t: Tok): void {
  const list = pending.get(bucket(f));
  if (!list) return;
  for (let k = 0; k < list.length; k += 2) {
    const i = list[k] as number;
    const w = list[k + 1] as string;
    if (genDone[i] || !(w === t.lo || (t.cyr && w.length - f.length <= 3 && w.startsWith(f)))) continue;
    genDone[i] = 1;
    addLine(...genLines[i]!);
  }
}

/** Parses one list line (`English|aliases=Russian|aliases`) and inserts its aliases. */
function addLine(line: string, type: EntityType, rank: number): void {
  const [en = '', ru = ''] = line.split('=');
  // "Vladimir Putin+": the surname alone is an alias too.
  const aliases = (side: string): string[] =>
    side
      .split('|')
      .filter(Boolean)
      .flatMap((a) => (a.endsWith('+') ? [a.slice(0, -1), a.slice(0, -1).split(' ').pop()!] : [a]));
  const enA = aliases(en);
  const ruA = aliases(ru);
  const id = (enA[0] ?? ruA[0]!).toLowerCase();
  const entry = { type, id };
  if (!labels.has(`${type}:${id}`)) labels.set(`${type}:${id}`, [enA[0] ?? ruA[0]!, (ruA[0] ?? enA[0]!).replace('!', '')]);
  for (const a of [...enA, ...ruA]) {
    insert(a, entry, rank);
    if (type !== 'person') continue;
    const parts = a.replace('!', '').split(' ');
    if (parts.length > 1 && (a === enA[0] || a === ruA[0])) gazFirst.add(CYR.test(a) ? stemWord(parts[0]!) : parts[0]!.toLowerCase());
    const sur = keyStem(parts.pop()!);
    // A surname shared by two officials ("Sullivan") identifies neither.
    surnames.set(sur, surnames.has(sur) && surnames.get(sur) !== id ? '' : id);
  }
}

const LOWER_ALIAS = /(?:^|[=|])!?[a-zа-яё]/;

function build(): Node {
  root = { need: 0, hc: 0, pc: 0 };
  // The officials go in at once: their given names and surnames feed the name rules.
  for (const line of PEOPLE.split('\n')) addLine(line, 'person', 0);
  // Curated lists, then those generated from packages (scripts/gen-entity-data.ts): a shared
  // alias goes to the lower rank whatever the order of insertion (a city before a province:
  // "Tyumen"). Lines are only indexed here: thousands of them, few of which a briefing names.
  const lists = [
    [PLACES, 'place', 0],
    [PLACES_MORE, 'place', 0],
    [ORGS, 'organization', 0],
    [GEN_COUNTRIES, 'place', 1],
    [GEN_CITIES, 'place', 2],
    [GEN_REGIONS, 'place', 3],
  ] as const;
  for (const [list, type, rank] of lists) {
    for (const line of list.split('\n')) {
      // The few curated lines with an alias in lower case ("сектор Газа", "al-Qaeda") go in now.
      if (rank === 0 && LOWER_ALIAS.test(line)) {
        addLine(line, type, rank);
        continue;
      }
      const i = genLines.push([line, type, rank]) - 1;
      // Index the first three letters of each alias (aliases are separated by | and =).
      for (let a = 0; a < line.length; ) {
        if (line.charCodeAt(a) === 33 /* ! */) a++;
        let e = a;
        while (e < line.length && line.charCodeAt(e) !== 124 /* | */ && line.charCodeAt(e) !== 61 /* = */) e++;
        if (e > a) {
          let w = a; // the first word, as the tokenizer reads it ("People's" → "people")
          while (w < e && line.charCodeAt(w) !== 32) w++;
          const word = norm(line.slice(a, w)).replace(/['’]s$/, '');
          const k = bucket(word);
          const l = pending.get(k);
          if (!l) pending.set(k, [i, word]);
          else l.push(i, word);
        }
        a = e + 1;
      }
    }
  }
  genDone = new Uint8Array(genLines.length);
  return root;
}

const ok = (n: Node, t: Tok): boolean => (n.need === 2 ? t.acr : n.need === 1 ? t.cap : true);

export const ensureGazetteer = (): void => void (root ?? build());

/** Longest gazetteer match starting at token i, or null. */
export function matchAt(line: string, toks: Tok[], i: number): GazHit | null {
  const best: GazHit = { i, j: i, s: toks[i]!.s, e: 0, entry: { type: 'place', id: '' } };
  walk(root ?? build(), line, toks, i, best);
  return best.j > i ? best : null;
}

function walk(node: Node, line: string, toks: Tok[], j: number, best: GazHit): void {
  const t = toks[j]!;
  // Lazy lines are opened by capitalised words only (see build for the few that are not), once
  // per word.
  if (node === root && t.cap && !opened.has(t.lo)) {
    opened.add(t.lo);
    for (const f of tokForms(t)) expand(f, t);
  }
  for (const f of tokForms(t)) {
    const next = node.c?.get(f);
    if (!next || !ok(next, t)) continue;
    const fits = endingClasses(t.lo.slice(f.length));
    // A word in capitals ("FARA") takes a generated name written in lower case ("Fara") only
    // as the acronym it is not: curated names may still be shouted ("ЛАВРОВ Сергей").
    const shout = toks[best.i]!.acr && next.hit && next.rank! > 0 && (node === root ? next : firstOf(toks[best.i]!))?.need !== 2;
    if (next.hit && fits & next.hc && j + 1 > best.j && !shout) {
      best.j = j + 1;
      best.e = t.e;
      best.entry = next.hit;
    }
    // "Kurdistan Workers' Party", "People's Republic of China": an apostrophe (and s) may sit
    // between two words of a name.
    const nx = toks[j + 1];
    const gap =
      !!nx &&
      (spaced(line, t, nx) || /^['’][ \t\u00a0]+$/.test(line.slice(t.e, nx.s)) || (nx.t === 's' && /^['’]$/.test(line.slice(t.e, nx.s))));
    if (next.c && fits & next.pc && gap) walk(next, line, toks, j + 1, best);
  }
}

/** The root node of a word (its first form that has one). */
function firstOf(t: Tok): Node | undefined {
  for (const f of tokForms(t)) {
    const n = root!.c?.get(f);
    if (n) return n;
  }
  return undefined;
}

/** "US-Russia", "Azerbaijan-Armenia": matches of the capitalised parts of a hyphenated word. */
export function matchParts(tok: Tok, i: number): GazHit[] {
  const out: GazHit[] = [];
  let off = tok.s;
  for (const part of tok.t.split(/[-‐‑]/)) {
    const sub = tokenize(part);
    const hit = sub.length === 1 && sub[0]!.cap ? matchAt(part, sub, 0) : null;
    if (hit) out.push({ i, j: i + 1, s: off, e: off + part.length, entry: hit.entry });
    off += part.length + 1;
  }
  return out;
}

/** Lines not yet inserted, by the key their first alias gives them (built on first need). */
let lineOfKey: Map<string, number> | null = null;

/** Display label of a gazetteer key (`type:id`) in English or Russian, or undefined. */
export function gazLabel(key: string, ru: boolean): string | undefined {
  if (!root) build();
  if (!labels.has(key)) {
    // Lines are inserted lazily, when a text needs them; a label may be asked for first (the
    // library names entities of briefings read earlier).
    lineOfKey ??= new Map(
      genLines.map(([line, type], i) => [`${type}:${line.split(/[|=]/)[0]!.replace('!', '').replace(/\+$/, '').toLowerCase()}`, i]),
    );
    const i = lineOfKey.get(key);
    if (i !== undefined && !genDone[i]) {
      genDone[i] = 1;
      addLine(...genLines[i]!);
    }
  }
  return labels.get(key)?.[ru ? 1 : 0];
}

/** Id of the gazetteer person with this surname stem (see keyStem), if any. */
export function gazSurname(stem: string): string | undefined {
  if (!root) build();
  return surnames.get(stem);
}
