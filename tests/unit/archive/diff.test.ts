import { describe, expect, it } from 'vitest';
import { diffTranscripts, wordDiff } from '../../../lib/archive/diff';
import { sampleKept } from './sample';

describe('diff of two kept versions', () => {
  it('identical versions: every section the same, no counts', () => {
    const d = diffTranscripts(sampleKept(), sampleKept());
    expect(d.counts).toEqual({ edited: 0, added: 0, removed: 0 });
    expect(d.sections.map((s) => s.status)).toEqual(['same', 'same', 'same']);
  });

  it('a paragraph changed and a section removed: one edited with its word diff, one removed', () => {
    const before = sampleKept();
    const after = sampleKept({
      talks: [
        'Ministers will meet in Moscow to discuss trade, energy and culture at length during the visit next week.',
        'The sides will also sign an agreement on cultural exchanges between their universities.',
      ],
      withGrain: false,
    });
    const d = diffTranscripts(before, after);
    expect(d.counts).toEqual({ edited: 1, added: 0, removed: 1 });
    expect(d.sections.map((s) => s.status)).toEqual(['edited', 'removed', 'same']);
    const edited = d.sections[0]!;
    if (edited.status !== 'edited') throw new Error('expected an edit');
    const removedText = edited.parts
      .filter((p) => p.change === 'removed')
      .map((p) => p.text)
      .join('');
    const addedText = edited.parts
      .filter((p) => p.change === 'added')
      .map((p) => p.text)
      .join('');
    expect(removedText).toBe('transport');
    expect(addedText).toBe('energy');
    // The parts rebuild both texts.
    const rebuilt = (keep: 'added' | 'removed') =>
      edited.parts
        .filter((p) => p.change !== keep)
        .map((p) => p.text)
        .join('');
    expect(rebuilt('added')).toBe(`Talks with Ruritania\n${before.sections[0]!.text}`);
    expect(rebuilt('removed')).toBe(`Talks with Ruritania\n${after.sections[0]!.text}`);
    expect(d.sections[1]).toMatchObject({ status: 'removed', before: { title: 'Grain corridor' } });
  });

  it('matches by id, then by title (a renamed id keeps its section); an unknown section is added', () => {
    const before = sampleKept();
    const after = sampleKept();
    after.sections[1] = { ...after.sections[1]!, id: 'bl-grain-corridor-2' }; // same title, other id
    after.sections.push({
      id: 'bl-new',
      kind: 'qa',
      title: 'Arctic shipping',
      question: 'Q?',
      asker: null,
      speaker: 'Maria Zakharova',
      text: 'A.',
      entities: [],
    });
    const d = diffTranscripts(before, after);
    expect(d.sections.map((s) => s.status)).toEqual(['same', 'same', 'same', 'added']);
    expect(d.counts).toEqual({ edited: 0, added: 1, removed: 0 });
  });

  it('removed sections sit where they were, also at the start', () => {
    const before = sampleKept();
    const after = { sections: before.sections.slice(1) };
    const d = diffTranscripts(before, after);
    expect(d.sections.map((s) => s.status)).toEqual(['removed', 'same', 'same']);
    expect(diffTranscripts(after, before).sections.map((s) => s.status)).toEqual(['added', 'same', 'same']);
  });

  it('word diff works on Russian text', () => {
    const parts = wordDiff('Мы приветствуем переговоры в Москве.', 'Мы осуждаем переговоры в Москве.');
    expect(parts.filter((p) => p.change !== 'same').map((p) => [p.change, p.text])).toEqual([
      ['removed', 'приветствуем'],
      ['added', 'осуждаем'],
    ]);
  });
});
