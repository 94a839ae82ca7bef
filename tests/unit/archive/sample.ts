/** A small invented briefing, as text, and its kept transcript, for the archive tests. */
import { textToBlocks } from '../../../lib/adapters/text';
import { keptTranscriptFrom, type KeptTranscript, type SectionEntityGroup } from '../../../lib/archive/transcript';
import type { Briefing } from '../../../lib/briefing/model';
import { segment } from '../../../lib/segment';

export interface SampleParts {
  title?: string;
  talks?: string[];
  grain?: string;
  withGrain?: boolean;
}

export function sampleText(p: SampleParts = {}): string {
  const talks = p.talks ?? [
    'Ministers will meet in Moscow to discuss trade, transport and culture at length during the visit next week.',
    'The sides will also sign an agreement on cultural exchanges between their universities.',
  ];
  const withGrain = p.withGrain ?? true;
  return [
    p.title ?? 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 3, 2023',
    'Table of contents',
    '1. Talks with Ruritania',
    'Answers to media questions:',
    ...(withGrain ? ['1. Grain corridor'] : []),
    '2. Fishing quotas',
    'Talks with Ruritania',
    ...talks,
    'Back to top',
    'Answers to media questions:',
    ...(withGrain
      ? [
          'Question (RIA Novosti): What is the status of the grain corridor?',
          `Maria Zakharova: ${p.grain ?? 'We have said everything about the grain corridor already.'}`,
          'Back to top',
        ]
      : []),
    'Question: Will the fishing quotas in the northern sea be revised this year?',
    'Maria Zakharova: The commission meets in spring and will publish its conclusions afterwards.',
    'Back to top',
  ].join('\n');
}

export function sampleBriefing(p: SampleParts = {}): Briefing<number> {
  const r = segment(textToBlocks(sampleText(p)));
  if (!r.isBriefing) throw new Error(`not recognised: ${r.reason}`);
  return r;
}

export const SAMPLE_URL = 'https://mid.ru/en/foreign_policy/news/1900001/';
export const SAMPLE_KEY = 'mid.ru/1900001';

export function sampleGroups(b: Briefing): SectionEntityGroup[] {
  const talks = b.sections.findIndex((s) => s.title === 'Talks with Ruritania');
  return [
    { key: 'place:moscow', type: 'place', label: 'Moscow', count: 1, sections: [talks] },
    {
      key: 'person:maria zakharova',
      type: 'person',
      label: 'Maria Zakharova',
      count: 3,
      sections: b.sections.map((_, i) => i).filter((i) => i !== talks),
    },
  ];
}

export function sampleKept(p: SampleParts = {}, now = 1_700_000_000_000, key = SAMPLE_KEY, url = SAMPLE_URL): KeptTranscript {
  const b = sampleBriefing(p);
  return keptTranscriptFrom(b, { url, key, groups: sampleGroups(b), now });
}
