/**
 * The Archive tab's store reads and joins: changed keys from the keys alone agree with the
 * core's `listChangedKeys` (one version per language is not a change); version counts; the
 * highlights joined by briefing key and section id; entity labels in the UI's language;
 * names of untitled sections.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { archiveEntities, highlightsBySection, highlightsOf, sectionLabel, storeArchiveSource } from '../../../lib/library/archive-data';
import { openStore } from '../../../lib/store/db';
import { keepTranscript, listChangedKeys, listLatestTranscripts } from '../../../lib/store/transcripts';
import { BRIEFING_V1, BRIEFING_V2, INTERVIEW, NOTED, QUADCOPTERS, REMARKS_RU } from './archive-fixtures';
import { freshDbName } from './generate';

describe('storeArchiveSource', () => {
  it('finds the changed keys as listChangedKeys does, and counts versions per key', async () => {
    const db = await openStore(freshDbName('archive-data'));
    const source = storeArchiveSource(async () => db);
    // The interview's Russian text under the same key: a second version number, not a change.
    const interviewRu = { ...INTERVIEW, header: { ...INTERVIEW.header, language: 'ru' as const }, hash: 'ru-text' };
    for (const t of [BRIEFING_V1, INTERVIEW, interviewRu, REMARKS_RU]) await keepTranscript(db, t);
    expect(await source.changedKeys()).toEqual([]);
    expect(await listChangedKeys(db)).toEqual([]);
    await keepTranscript(db, BRIEFING_V2);
    expect(await source.changedKeys()).toEqual([BRIEFING_V1.key]);
    expect(await source.changedKeys()).toEqual(await listChangedKeys(db));
    const counts = await source.versionCounts([BRIEFING_V1.key, INTERVIEW.key, REMARKS_RU.key, 'mid.ru/none']);
    expect([...counts]).toEqual([
      [BRIEFING_V1.key, 2],
      [INTERVIEW.key, 2],
      [REMARKS_RU.key, 1],
      ['mid.ru/none', 0],
    ]);
    const entities = archiveEntities(await listLatestTranscripts(db), 'ru');
    expect(entities.find((e) => e.key === 'organization:osce')!.label).toBe('ОБСЕ');
    expect(archiveEntities(await listLatestTranscripts(db), 'en').find((e) => e.key === 'organization:osce')!.label).toBe('OSCE');
  });
});

describe('joins and labels', () => {
  it('joins highlights to their section by briefing key and section id', () => {
    const other = { ...NOTED, id: 'h-other', section: { id: 'bl-elsewhere', title: null, offset: 0 } };
    const loose = { ...NOTED, id: 'h-loose', section: null };
    const joined = highlightsBySection([other, NOTED, loose]);
    expect(highlightsOf(joined, BRIEFING_V1.key, QUADCOPTERS.id).map((h) => h.id)).toEqual(['h-quad']);
    expect(highlightsOf(joined, INTERVIEW.key, QUADCOPTERS.id)).toEqual([]);
  });

  it('names a section by its title, else its question, else its first words', () => {
    expect(sectionLabel({ title: 'Talks', question: 'Q?', text: 'T' })).toBe('Talks');
    expect(sectionLabel({ title: null, question: 'What about the talks?', text: 'Answer' })).toBe('What about the talks?');
    const long = `${'word '.repeat(40)}end`;
    const label = sectionLabel({ title: null, question: null, text: long })!;
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(91);
    expect(sectionLabel({ title: null, question: null, text: '  ' })).toBeNull();
  });
});
