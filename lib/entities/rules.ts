/**
 * Rules over one line's tokens: organisations and places in English and Russian, on top of the
 * gazetteer hits (people are in people.ts, quoted names in quoted.ts). Each rule only proposes
 * candidates (with a priority); overlaps are settled in engine.ts, longest first. Why rules and
 * lists rather than a model: see notes/entities.md §1 (compromise is English-only, ≈30× slower
 * and 7× larger; no Russian NER package exists), and our bench (scripts/bench/entities.bench.ts).
 */
import { matchAt, matchParts } from './gazetteer';
import { inStems } from './text';
import {
  add,
  DEMONYM,
  FUNC,
  HEADS_EN,
  HEADS_RU,
  isGenitive,
  LOCHEADS_EN,
  LOCHEADS_RU,
  LOCOF_EN,
  MISSION_EN,
  MISSION_RU,
  MODS_EN,
  MONTHS,
  DOC_EN,
  STOP_EN,
  TITLE_EN,
  nameEnd,
  nameLike,
  GEO_AFTER_EN,
  PREP_EN,
  PREP_RU,
  RU_ADJ,
  RU_FUNC,
  RU_VERB,
  SETTLE_EN,
  SETTLE_RU,
  SITE_EN,
  sp,
  FIRST_EN,
  FIRST_EN_CORE,
  FIRST_RU,
  isTitle,
  type LineCtx,
} from './words';

/**
 * Gazetteer hits. Acronyms are organisations by the lists (and, in engine.ts, when the text
 * defines them: "Joint Centre for Control and Coordination (JCCC)"), not by their shape.
 */
export function gazetteerRule(c: LineCtx): void {
  const { toks } = c;
  for (let i = 0; i < toks.length; ) {
    const hit = matchAt(c.line, toks, i);
    if (hit) {
      c.out.push({ s: hit.s, e: hit.e, type: hit.entry.type, pri: 5, id: hit.entry.id });
      for (let k = i; k < hit.j; k++) {
        c.gaz[k] = hit.entry.type;
        c.gid[k] = hit.entry.id;
      }
      i = hit.j;
      continue;
    }
    const t = toks[i]!;
    if (t.cap && /[-‐‑]/.test(t.t)) {
      for (const h of matchParts(t, i)) c.out.push({ s: h.s, e: h.e, type: h.entry.type, pri: 5, id: h.entry.id });
    }
    i++;
  }
}

// ---------------------------------------------------------------- English organisations and places

/** May token i precede an organisation head as a modifier ("Russian", "UN", "Security", "Press")? */
function modOk(c: LineCtx, i: number): boolean {
  const t = c.toks[i];
  if (!t || !(t.cap || t.acr) || t.num || t.cyr) return false;
  const w = t.lo;
  return !STOP_EN.has(w) && !TITLE_EN.has(w) && !FIRST_EN_CORE.has(w) && !MONTHS.has(w) && !DOC_EN.has(w) && c.gaz[i] !== 'person';
}

/** Is token i inside a person candidate already proposed? */
const taken = (c: LineCtx, i: number): boolean => c.out.some((x) => x.type === 'person' && x.s <= c.toks[i]!.s && c.toks[i]!.e <= x.e);

export function englishOrgRule(c: LineCtx): void {
  const { toks, line } = c;
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    if (!toks[k]!.cap || toks[k]!.cyr || !HEADS_EN.has(toks[k]!.lo)) continue;
    let start = k;
    for (;;) {
      if (sp(c, start) && modOk(c, start - 1)) start--;
      // "Information and Press Department", but not two names side by side: "… Dagalo and
      // Sudanese Armed Forces", "the Endowment for Democracy and Open Society Foundations".
      else if (
        sp(c, start) &&
        toks[start - 1]!.lo === 'and' &&
        sp(c, start - 1) &&
        modOk(c, start - 2) &&
        !c.gaz[start - 2] &&
        !taken(c, start - 2)
      )
        start -= 2;
      // "AI for Good Foundation", "Fund for Peace Institute": a capitalised "X for/of Y" before the head.
      else if (
        sp(c, start) &&
        /^(?:for|of)$/.test(toks[start - 1]!.lo) &&
        sp(c, start - 1) &&
        modOk(c, start - 2) &&
        (toks[start - 2]!.acr || c.gaz[start - 2] !== 'place')
      )
        start -= 2;
      else break;
    }
    // Further heads in the same capitalised run: "Foreign Ministry Information and Press Department".
    let end = k;
    for (let m = k + 1; m < n && sp(c, m); m++) {
      const t = toks[m]!;
      if (t.cap && HEADS_EN.has(t.lo)) end = m;
      else if (!(modOk(c, m) || (t.lo === 'and' && modOk(c, m + 1)))) break;
    }
    // Complement: "of Russia", "of Digital Development, Communications and Mass Media", "to Ukraine".
    const head = toks[end]!.lo;
    const prep = toks[end + 1]?.lo ?? '';
    if (
      sp(c, end + 1) &&
      (prep === 'of' || prep === 'for' || prep === 'on' || ((prep === 'to' || prep === 'in') && MISSION_EN.has(head)))
    ) {
      let q = end + 2;
      if (toks[q]?.lo === 'the' && sp(c, q)) q++;
      let last = -1;
      for (; q < n; q++) {
        const t = toks[q]!;
        const gap = line.slice(toks[q - 1]!.e, t.s);
        const joined = /^[ \t\u00a0]+$/.test(gap) || (last >= 0 && /^,[ \t\u00a0]+$/.test(gap) && c.gaz[q] !== 'place');
        if (!joined) break;
        // A known organisation or another head noun starts a second name ("… for Democracy
        // and Open Society Foundations").
        if (c.gaz[q] === 'organization' || (q > end + 2 && HEADS_EN.has(t.lo))) {
          if (toks[q - 1]!.lo === 'and' || c.gaz[q] === 'organization') break;
        }
        if (modOk(c, q) && !FIRST_EN_CORE.has(t.lo)) last = q;
        else if (last >= 0 && (/^(?:and|of|for)$/.test(t.lo) || (MISSION_EN.has(head) && /^(?:in|on)$/.test(t.lo))) && modOk(c, q + 1))
          continue;
        else break;
      }
      if (last >= 0) end = last;
    }
    if (start === end) continue; // a bare "Council" is not a name
    // "Minister of the Armed Forces": forces named only by generic words are not a name.
    if (/^forces?$/.test(toks[k]!.lo) && toks.slice(start, k).every((t) => MODS_EN.has(t.lo))) continue;
    add(c, 'organization', start, end, 4);
    k = end;
  }
}

/** Is the unknown capitalised run [i, j] used as a noun (not "Armenian churches")? */
function nounish(c: LineCtx, i: number, j: number): boolean {
  if (!plain(c, i, j)) return false;
  const next = c.toks[j + 1];
  return !next || !sp(c, j + 1) || FUNC.has(next.lo) || next.cap;
}

export function englishPlaceRules(c: LineCtx): void {
  const { toks } = c;
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (t.cyr) continue;
    // "Lugansk Region", "Gegharkunik Province", "Kyrgyz Republic".
    if (t.cap && LOCHEADS_EN.has(t.lo)) {
      let s = k;
      while (sp(c, s) && modOk(c, s - 1) && !HEADS_EN.has(toks[s - 1]!.lo)) s--;
      if (s < k) add(c, 'place', s, k, 4);
    }
    // "Republic of Tatarstan", "State of Palestine".
    if (t.cap && LOCOF_EN.has(t.lo) && toks[k + 1]?.lo === 'of' && sp(c, k + 1)) {
      let q = k + 2;
      if (toks[q]?.lo === 'the' && sp(c, q)) q++;
      let end = -1;
      if (c.gaz[q] === 'place' && sp(c, q))
        for (end = q; c.gid[end + 1] === c.gid[q]; ) end++; // a known place ends it
      else for (; q < n && sp(c, q) && nameLike(c, q) && !FIRST_EN.has(toks[q]!.lo); q++) end = q;
      let s = k;
      while (sp(c, s) && modOk(c, s - 1)) s--;
      if (end < 0) continue;
      add(c, 'place', s, end, 4);
      const first = toks[k + 2]!.lo === 'the' ? k + 3 : k + 2;
      const gid = c.gid[first];
      if (gid && c.gid[end] === gid && (first === end || c.gid[first + 1] === gid)) c.out[c.out.length - 1]!.id = gid;
    }
    // "the villages of Sotk, Kut, Azat and Norabak".
    if (!t.cap && SETTLE_EN.has(t.lo) && toks[k + 1]?.lo === 'of') {
      for (let q = k + 2; q < n; ) {
        const end = nameEnd(c, q, 3);
        if (end < q || c.gaz[q] || !plain(c, q, end)) break;
        add(c, 'place', q, end, 3);
        const nx = toks[end + 1];
        const gap = nx ? c.line.slice(toks[end]!.e, nx.s) : '';
        if (nx?.lo === 'and' && /^,?[ \t]+$/.test(gap)) q = end + 2;
        else if (/^,[ \t]+$/.test(gap)) q = nx!.lo === 'and' ? end + 2 : end + 1;
        else break;
      }
    }
    // "the Dadivank, Amaras and Gandzasar monasteries".
    if (!t.cap && SITE_EN.has(t.lo) && sp(c, k)) {
      for (let q = k - 1; q >= 0 && nameLike(c, q) && !c.gaz[q] && plain(c, q, q); ) {
        const s = q > 0 && sp(c, q) && nameLike(c, q - 1) && plain(c, q - 1, q - 1) ? q - 1 : q;
        add(c, 'place', s, q, 3);
        const pv = toks[s - 1];
        if (pv?.lo === 'and' && sp(c, s)) q = s - 2;
        else if (pv && /^,[ \t]+$/.test(c.line.slice(pv.e, toks[s]!.s))) q = s - 1;
        else break;
      }
    }
    // A name before a lower-case geographic noun: "the Ural river", "Raqqa province".
    if (!t.cap && GEO_AFTER_EN.has(t.lo) && k > 0 && sp(c, k) && nameLike(c, k - 1) && !c.gaz[k - 1] && plain(c, k - 1, k - 1)) {
      let s0 = k - 1;
      if (s0 > 0 && sp(c, s0) && nameLike(c, s0 - 1) && !c.gaz[s0 - 1]) s0--;
      add(c, 'place', s0, k, 3);
    }
    // Unknown capitalised word after "in/near/from/to": probably a place ("near Zolotoye").
    if (!t.cap && PREP_EN.has(t.lo) && sp(c, k + 1)) {
      // "according to X", "told X": a source (a person or an outlet), not a place.
      const source = t.lo === 'to' && /^(?:according|told)$/i.test(toks[k - 1]?.lo ?? '');
      let q = k + 1;
      if (source && toks[q]?.t === 'The' && sp(c, q + 1)) q++; // "according to The Economist"
      const end = nameEnd(c, q, 3);
      if (end >= q && !c.gaz[q] && nounish(c, q, end)) {
        if (source) c.out.push({ s: toks[k + 1]!.s, e: toks[end]!.e, type: 'organization', pri: 1 });
        else if (end > k) add(c, 'place', q, end, 1);
      }
    }
  }
}

/** No demonym ("Armenian") and no given name in the run [s, q]. */
function plain(c: LineCtx, s: number, q: number): boolean {
  for (let k = s; k <= q; k++) if (DEMONYM.test(c.toks[k]!.lo) || FIRST_EN.has(c.toks[k]!.lo)) return false;
  return true;
}

// ---------------------------------------------------------------- Russian organisations and places

export function russianOrgRule(c: LineCtx): void {
  const { toks, line } = c;
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (!t.cyr || t.acr || !inStems(HEADS_RU, t)) continue;
    // Adjectives before the head: "Российским центром", "Всемирной продовольственной программы".
    let start = k;
    while (
      start > 0 &&
      start > k - 3 &&
      sp(c, start) &&
      toks[start - 1]!.cyr &&
      RU_ADJ.test(toks[start - 1]!.lo) &&
      !toks[start - 1]!.acr &&
      !isTitle(toks[start - 1]!)
    )
      start--;
    while (start < k && !toks[start]!.cap) start++;
    if (!toks[start]!.cap) continue; // Russian names capitalise their first word
    const initial = !line.slice(0, toks[start]!.s).trim() || /[.!?…:;«"“—–]\s*$/.test(line.slice(0, toks[start]!.s));
    // Genitive chain, closed by an acronym or a country: "Совета министров иностранных дел ОБСЕ".
    let end = k;
    let m = k + 1;
    for (let steps = 0; m < n && steps < 7; steps++) {
      const w = toks[m]!;
      const gap = line.slice(toks[m - 1]!.e, w.s);
      if (/^[ \t\u00a0]*[–—-][ \t\u00a0]*$/.test(gap) && toks[m - 1]!.lo === 'государств') {
        // "государств – участников ОБСЕ"
      } else if (!/^[ \t\u00a0]+$/.test(gap)) break;
      if (w.acr || (c.gaz[m] && c.gaz[m] !== 'person')) {
        end = m;
        while (m + 1 < n && c.gaz[m + 1] && c.gaz[m + 1] === c.gaz[m] && sp(c, m + 1)) end = ++m;
        // "Посольство России в Австрии", "Представительство … при ООН".
        const p = toks[m + 1]?.lo;
        if ((p === 'в' || p === 'при') && inStems(MISSION_RU, t) && sp(c, m + 1) && sp(c, m + 2) && (c.gaz[m + 2] || toks[m + 2]!.acr)) {
          end = m + 2;
          while (end + 1 < n && c.gaz[end + 1] && sp(c, end + 1)) end++;
        }
        break;
      }
      if (w.cap) break;
      // "Африканский союз и ЭКОВАС": a known name or an acronym after "и" is a second name.
      if (w.lo === 'и' && (toks[m + 1]?.acr || c.gaz[m + 1])) break;
      if (w.lo === 'и' || w.lo === 'по') {
        m++;
        // "по запрещению (химического оружия)", "по науке": the noun after "по" is in the dative.
        const d = toks[m];
        if (
          w.lo === 'по' &&
          d &&
          !d.cap &&
          !RU_VERB.test(d.lo) &&
          !RU_FUNC.has(d.lo) &&
          /(?:ию|ии|ости|ам|ям|е|у|ю)$/.test(d.lo) &&
          sp(c, m)
        )
          end = m++;
        continue;
      }
      if (!isGenitive(w.lo)) break;
      // "миссия агентства «Фронтекс»": the word that introduces a quoted name stays with it.
      if (/^[ \t\u00a0]*[«"„]/.test(line.slice(w.e))) break;
      end = m++;
    }
    // A bare head, or a sentence's first words "Программа включает…", "Новая программа…".
    if (end === start || (initial && end === k && k - start < 2)) continue;
    // "Международного дискуссионного клуба «Валдай»": a quoted name right after the head is
    // part of the full name.
    const q = end === k && start < k ? /^[ \t\u00a0]*«[^«»\n]{1,60}»/.exec(line.slice(toks[k]!.e)) : null;
    if (q) c.out.push({ s: toks[start]!.s, e: toks[k]!.e + q[0].length, type: 'organization', pri: 4 });
    else add(c, 'organization', start, end, 4);
    k = end;
  }
  // A known organisation + a country or an acronym in the genitive: "МИД Украины", "СБ ООН".
  for (let k = 0; k + 1 < n; k++) {
    if (c.gaz[k] === 'organization' && toks[k]!.cyr && c.gid[k + 1] !== c.gid[k] && sp(c, k + 1)) {
      const nx = toks[k + 1]!;
      if (nx.cyr && (c.gaz[k + 1] === 'place' || (c.gaz[k + 1] === 'organization' && nx.acr))) {
        let s = k;
        while (s > 0 && c.gid[s - 1] === c.gid[k] && sp(c, s)) s--;
        let e = k + 1;
        while (e + 1 < n && c.gid[e + 1] === c.gid[k + 1] && sp(c, e + 1)) e++;
        add(c, 'organization', s, e, 5);
        // In a Russian ministry's briefing "МИД России" is the same body as "МИД".
        if (c.gid[k + 1] === 'russia') c.out[c.out.length - 1]!.id = c.gid[k];
      }
    }
  }
}

export function russianPlaceRules(c: LineCtx): void {
  const { toks } = c;
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (!t.cyr) continue;
    // "Запорожская АЭС", "Курской АЭС": a power plant is a site.
    if (/^(?:аэс|гэс|тэс|аэс)$/.test(t.lo) && t.acr && k > 0 && sp(c, k) && toks[k - 1]!.cap && RU_ADJ.test(toks[k - 1]!.lo))
      add(c, 'place', k - 1, k, 4);
    // "Луганская область", "Краснодарского края", "Кыргызская Республика".
    if (inStems(LOCHEADS_RU, t) && k > 0 && sp(c, k) && toks[k - 1]!.cap && RU_ADJ.test(toks[k - 1]!.lo) && !c.gaz[k - 1]) {
      add(c, 'place', k - 1, k, 4);
    }
    // "Республики Казахстан", "Республика Татарстан".
    if (t.cap && t.lo.startsWith('республик') && sp(c, k + 1) && (c.gaz[k + 1] === 'place' || nameLike(c, k + 1))) {
      let end = k + 1;
      while (end + 1 < n && c.gid[end + 1] && c.gid[end + 1] === c.gid[end] && sp(c, end + 1)) end++;
      add(c, 'place', k, end, 4);
      c.out[c.out.length - 1]!.id = c.gid[k + 1]; // "Республики Казахстан" is Kazakhstan
    }
    // "в селе Золотое", "город Шуша".
    if (!t.cap && inStems(SETTLE_RU, t) && sp(c, k + 1) && nameLike(c, k + 1) && !c.gaz[k + 1])
      add(c, 'place', k + 1, nameEnd(c, k + 1, 2), 3);
    // Unknown capitalised word after "в/из/под…": probably a place.
    const nx = toks[k + 1];
    if (
      PREP_RU.has(t.lo) &&
      sp(c, k + 1) &&
      nameLike(c, k + 1) &&
      !c.gaz[k + 1] &&
      !RU_ADJ.test(nx!.lo) &&
      !inStems(FIRST_RU, nx!) &&
      !(sp(c, k + 2) && toks[k + 2]!.cap)
    ) {
      add(c, 'place', k + 1, k + 1, 1);
    }
  }
}
