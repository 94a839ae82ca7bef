/**
 * Invariants of a Briefing model. The property tests hold every segmentation to them; a
 * non-empty result lists what is wrong.
 */
import type { SegmentResult } from './model';

export function modelProblems(r: SegmentResult): string[] {
  if (!r.isBriefing) return typeof r.reason === 'string' ? [] : ['not-briefing result without a reason'];
  const p: string[] = [];
  const n = r.blocks.length;
  const inRange = (i: number | null) => i === null || (Number.isInteger(i) && i >= 0 && i < n);
  if (r.kind !== 'briefing' && r.kind !== 'remarks' && r.kind !== 'interview') p.push(`bad kind ${r.kind}`);
  const h = r.header;
  if (h.language !== 'en' && h.language !== 'ru') p.push(`bad language ${h.language}`);
  if (h.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(h.date)) p.push(`bad date ${h.date}`);
  if (h.time !== null && !/^\d{2}:\d{2}$/.test(h.time)) p.push(`bad time ${h.time}`);
  let prevEnd = 0;
  const ids = new Set<string>();
  r.sections.forEach((s, k) => {
    const where = `section ${k}`;
    if (!s.id.startsWith('bl-')) p.push(`${where}: id ${s.id}`);
    if (ids.has(s.id)) p.push(`${where}: duplicate id ${s.id}`);
    ids.add(s.id);
    if (s.span.start < prevEnd || s.span.end <= s.span.start || s.span.end > n)
      p.push(`${where}: span ${s.span.start}-${s.span.end} after ${prevEnd}`);
    prevEnd = Math.max(prevEnd, s.span.end);
    for (const b of [...s.headingBlocks, ...s.bodyBlocks]) {
      if (!inRange(b) || b < s.span.start || b >= s.span.end) p.push(`${where}: block ${b} outside its span`);
    }
    if (s.title !== null && (typeof s.title !== 'string' || !s.title)) p.push(`${where}: empty title`);
    if (s.kind === 'qa') {
      if (!inRange(s.questionBlock) || !inRange(s.answerBlock)) p.push(`${where}: question/answer block out of range`);
      if ((s.question === null) !== (s.questionBlock === null)) p.push(`${where}: question without its block`);
      for (const f of s.followUps) if (!inRange(f.block)) p.push(`${where}: follow-up block out of range`);
      if (s.asker !== null && (typeof s.asker !== 'string' || !s.asker)) p.push(`${where}: empty asker`);
    } else if (s.kind !== 'statement') p.push(`${where}: kind ${(s as { kind: string }).kind}`);
  });
  r.toc.forEach((e, k) => {
    if (!e.title) p.push(`toc ${k}: empty title`);
    if (e.part !== 'statements' && e.part !== 'answers') p.push(`toc ${k}: part ${e.part}`);
    if (!inRange(e.block)) p.push(`toc ${k}: block out of range`);
    if (e.section !== null && (e.section < 0 || e.section >= r.sections.length)) p.push(`toc ${k}: section ${e.section}`);
  });
  for (const c of r.chrome) if (!inRange(c)) p.push(`chrome block ${c} out of range`);
  return p;
}
