/**
 * The outline: the model reduced to the shape of the expected-outline files, plus `kind` on
 * every transcript and `asker` on the pairs whose label names one. `isBriefing` keeps its meaning
 * there: true for briefings only; remarks and interviews print the same outline with `false`.
 * `asker` is left out (not null) where no label names one, so outlines of pages without askers
 * keep exactly their old shape.
 */
import type { Briefing, BriefingHeader, SegmentResult, TranscriptKind } from './model';

export type OutlineSection =
  | { kind: 'statement'; title: string | null }
  | { kind: 'qa'; title: string | null; question: string | null; speaker: string | null; followUps: number; asker?: string };

/** The header's fields, flat, then the contents. */
export interface TranscriptOutline extends BriefingHeader {
  isBriefing: boolean;
  kind: TranscriptKind;
  toc: { title: string; part: 'statements' | 'answers' }[];
  sections: OutlineSection[];
}

export type Outline = { isBriefing: false; kind?: undefined } | TranscriptOutline;

const QUESTION_CUT = 60;

export function toOutline(result: SegmentResult): Outline {
  if (!result.isBriefing) return { isBriefing: false };
  const b: Briefing = result;
  return {
    isBriefing: b.kind === 'briefing',
    kind: b.kind,
    ...b.header,
    toc: b.toc.map(({ title, part }) => ({ title, part })),
    sections: b.sections.map((s): OutlineSection => {
      if (s.kind === 'statement') return { kind: 'statement', title: s.title };
      const qa: OutlineSection = {
        kind: 'qa',
        title: s.title,
        question: s.question === null ? null : s.question.slice(0, QUESTION_CUT).trimEnd(),
        speaker: s.speaker,
        followUps: s.followUps.length,
      };
      if (s.asker) qa.asker = s.asker;
      return qa;
    }),
  };
}

/** Whether an outline describes a transcript (any kind), as opposed to a page we do not read. */
export function isTranscriptOutline(o: Outline): o is TranscriptOutline {
  return o.kind !== undefined;
}

const KIND_NAMES: Record<TranscriptKind, string> = {
  briefing: 'Briefing',
  remarks: 'Remarks and answers to questions',
  interview: 'Interview',
};

/** A readable outline for people (`npm run segment -- --markdown`). */
export function outlineToMarkdown(o: Outline): string {
  if (!isTranscriptOutline(o)) return 'Not a briefing, remarks or interview page.\n';
  const lines: string[] = [`# ${o.title ?? `Untitled ${o.kind}`}`, ''];
  const facts = [
    ['Kind', KIND_NAMES[o.kind]],
    ['Speaker', o.speaker],
    ['Place', o.place],
    ['Date', o.date],
    ['Time', o.time],
    ['Document', o.docNumber],
    ['Language', o.language],
  ].filter(([, v]) => v);
  for (const [k, v] of facts) lines.push(`- **${k}:** ${v}`);
  const statements = o.sections.filter((s) => s.kind === 'statement');
  const pairs = o.sections.filter((s) => s.kind === 'qa');
  lines.push('', `## Statements (${statements.length})`, '');
  statements.forEach((s, k) => lines.push(`${k + 1}. ${s.title ?? '(untitled opening)'}`));
  lines.push('', `## Answers to questions (${pairs.length})`, '');
  pairs.forEach((s, k) => {
    if (s.kind !== 'qa') return;
    const follow = s.followUps ? ` (+${s.followUps} follow-up${s.followUps > 1 ? 's' : ''})` : '';
    const asker = s.asker ? ` (asked by ${s.asker})` : '';
    lines.push(`${k + 1}. ${s.title ?? '(untitled)'} — ${s.speaker ?? 'unknown speaker'}${asker}${follow}`);
    if (s.question) lines.push(`   > ${s.question}…`);
  });
  return lines.join('\n') + '\n';
}
