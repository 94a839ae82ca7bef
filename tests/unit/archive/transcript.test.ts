import { describe, expect, it } from 'vitest';
import { KeptTranscriptSchema, MAX_SECTION_CHARS } from '../../../lib/archive/record-schema';
import { articleText, hashText, keptTranscriptFrom } from '../../../lib/archive/transcript';
import { problemsOf } from '../../../lib/messages/schema-text';
import { SAMPLE_KEY, SAMPLE_URL, sampleBriefing, sampleKept } from './sample';

describe('kept transcript', () => {
  it('keeps header, kind, each section with its text, Q&A parts and entities', () => {
    const kept = sampleKept();
    expect(kept).toMatchObject({ key: SAMPLE_KEY, url: SAMPLE_URL, kind: 'briefing', keptAt: 1_700_000_000_000 });
    expect(kept.header).toMatchObject({ speaker: 'Maria Zakharova', date: '2023-03-03', language: 'en' });
    expect(kept.sections.map((s) => [s.kind, s.title])).toEqual([
      ['statement', 'Talks with Ruritania'],
      ['qa', 'Grain corridor'],
      ['qa', 'Fishing quotas'],
    ]);
    const [talks, grain] = kept.sections;
    expect(talks!.text.split('\n')).toHaveLength(2);
    expect(talks!.text).toContain('cultural exchanges');
    expect(talks!.entities).toEqual(['place:moscow']);
    expect(grain).toMatchObject({
      question: 'What is the status of the grain corridor?',
      asker: 'RIA Novosti',
      speaker: 'Maria Zakharova',
    });
    // The question is kept apart, not repeated in the answer text.
    expect(grain!.text).not.toContain('status of the grain corridor');
    expect(grain!.text).toContain('said everything');
    expect(kept.entities.map((e) => e.key)).toEqual(['place:moscow', 'person:maria zakharova']);
    expect(kept.textLength).toBe(articleText(kept.sections).length);
  });

  it('the hash follows the article text only', () => {
    const a = sampleKept();
    expect(sampleKept({}, 5).hash).toBe(a.hash); // another time
    expect(sampleKept({ title: 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 4, 2023' }).hash).toBe(a.hash); // header
    expect(sampleKept({ grain: 'We have said nothing about the grain corridor.' }).hash).not.toBe(a.hash);
    // Layout whitespace is not text.
    const b = sampleBriefing();
    const wide = { ...b, blocks: b.blocks.map((x) => ({ ...x, text: x.text.replace(/ /g, '  ') })) };
    expect(keptTranscriptFrom(wide, { url: SAMPLE_URL, key: SAMPLE_KEY }).hash).toBe(
      keptTranscriptFrom(b, { url: SAMPLE_URL, key: SAMPLE_KEY }).hash,
    );
  });

  it('hashText is FNV-1a 64 over UTF-8 (published test vectors)', () => {
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
    expect(hashText('foobar')).toBe('85944171f73967e8');
    expect(hashText('санкции')).not.toBe(hashText('санкция'));
    expect(hashText('санкции')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('kept transcript validation (what the background accepts by message)', () => {
  it('accepts a built record, refuses a wrong shape, a foreign address or an oversized section', () => {
    const kept = sampleKept();
    expect(problemsOf(KeptTranscriptSchema, kept)).toEqual([]);
    expect(problemsOf(KeptTranscriptSchema, { ...kept, url: 'https://example.org/1900001/' })[0]).toMatch(/^url: the address must be/);
    expect(problemsOf(KeptTranscriptSchema, { ...kept, hash: 'x' })[0]).toMatch(/^hash:/);
    expect(problemsOf(KeptTranscriptSchema, { ...kept, extra: 1 })).not.toEqual([]);
    const huge = { ...kept, sections: [{ ...kept.sections[0]!, text: 'x'.repeat(MAX_SECTION_CHARS + 1) }] };
    expect(problemsOf(KeptTranscriptSchema, huge)[0]).toMatch(/^sections\.0\.text:/);
  });
});
