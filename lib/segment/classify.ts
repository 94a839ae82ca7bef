/** First pass over the blocks: what each one is, from its text alone. */
import { answerLabel, isBackLink, isChromeText, isQaLabel, isTocLabel, questionText } from './labels';

export type BlockKind = 'empty' | 'chrome' | 'backlink' | 'tocLabel' | 'qaLabel' | 'question' | 'answer' | 'text';

export interface Classified {
  kinds: BlockKind[];
  /** Speaker of each answer block (same index), as written in the label. */
  speakers: (string | null)[];
}

/** A speaker label is trusted when it repeats, names the title's speaker, or follows a question. */
function trustedSpeakers(texts: string[], titleSpeaker: string | null): (t: string, prevIsQuestion: boolean) => string | null {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const a = t ? answerLabel(t) : null;
    if (a) counts.set(a.speaker, (counts.get(a.speaker) ?? 0) + 1);
  }
  const titleStem = titleSpeaker ? surnameStem(titleSpeaker) : null;
  return (t, prevIsQuestion) => {
    const a = answerLabel(t);
    if (!a) return null;
    const trusted = (counts.get(a.speaker) ?? 0) >= 2 || prevIsQuestion || (titleStem !== null && surnameStem(a.speaker) === titleStem);
    return trusted ? a.speaker : null;
  };
}

/**
 * "М.В.Захаровой", "М.В.Захарова", "Захарова М.В." and "Мария Захарова" share a stem: the
 * surname's first five letters. The surname is the last word longer than an initial.
 */
export function surnameStem(name: string): string {
  const words = name.split(/[\s.]+/).filter((w) => w.length > 1);
  return (words[words.length - 1] ?? '').slice(0, 5).toLowerCase();
}

export function classifyBlocks(texts: string[], titleSpeaker: string | null): Classified {
  const speakerOf = trustedSpeakers(texts, titleSpeaker);
  const kinds: BlockKind[] = [];
  const speakers: (string | null)[] = [];
  let prev: BlockKind = 'empty';
  for (const t of texts) {
    let kind: BlockKind = 'text';
    let speaker: string | null = null;
    if (!t) kind = 'empty';
    else if (isBackLink(t)) kind = 'backlink';
    else if (isTocLabel(t)) kind = 'tocLabel';
    else if (isQaLabel(t)) kind = 'qaLabel';
    else if (isChromeText(t)) kind = 'chrome';
    else if (questionText(t) !== null) kind = 'question';
    else if ((speaker = speakerOf(t, prev === 'question'))) kind = 'answer';
    kinds.push(kind);
    speakers.push(speaker);
    if (kind !== 'empty') prev = kind;
  }
  return { kinds, speakers };
}
