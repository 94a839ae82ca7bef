/** The outline: the Briefing model reduced to the shape of ../shared/expected/README.md. */
import type { Briefing, SegmentResult } from './model';

export type Outline =
  | { isBriefing: false }
  | {
      isBriefing: true;
      title: string | null;
      speaker: string | null;
      place: string | null;
      date: string | null;
      time: string | null;
      docNumber: string | null;
      language: 'en' | 'ru';
      toc: { title: string; part: 'statements' | 'answers' }[];
      sections: (
        | { kind: 'statement'; title: string | null }
        | { kind: 'qa'; title: string | null; question: string | null; speaker: string | null; followUps: number }
      )[];
    };

const QUESTION_CUT = 60;

export function toOutline(result: SegmentResult): Outline {
  if (!result.isBriefing) return { isBriefing: false };
  const b: Briefing = result;
  return {
    isBriefing: true,
    ...b.header,
    toc: b.toc.map(({ title, part }) => ({ title, part })),
    sections: b.sections.map((s) =>
      s.kind === 'statement'
        ? { kind: 'statement', title: s.title }
        : {
            kind: 'qa',
            title: s.title,
            question: s.question === null ? null : s.question.slice(0, QUESTION_CUT).trimEnd(),
            speaker: s.speaker,
            followUps: s.followUps.length,
          },
    ),
  };
}

/** A readable outline for people (`npm run segment -- --markdown`). */
export function outlineToMarkdown(o: Outline): string {
  if (!o.isBriefing) return 'Not a briefing page.\n';
  const lines: string[] = [`# ${o.title ?? 'Untitled briefing'}`, ''];
  const facts = [
    ['Speaker', o.speaker], ['Place', o.place], ['Date', o.date], ['Time', o.time],
    ['Document', o.docNumber], ['Language', o.language],
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
    lines.push(`${k + 1}. ${s.title ?? '(untitled)'} — ${s.speaker ?? 'unknown speaker'}${follow}`);
    if (s.question) lines.push(`   > ${s.question}…`);
  });
  return lines.join('\n') + '\n';
}
