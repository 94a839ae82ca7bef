/**
 * The Archive tab's export files: the archive for research (JSONL, CSV: one row per section) and
 * transcripts as references (CSL-JSON, RIS). Names carry the day of the export. Pure.
 */
import { toCslJson, toCsv, toJsonl, toRis, type ExportTranscript } from '../archive/export';
import type { KeptTranscript } from '../archive/transcript';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export type ResearchFormat = 'jsonl' | 'csv';
export type ReferenceFormat = 'csl' | 'ris';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Each transcript with how many versions its key has (the `versions` column). */
export function withVersionCounts<T extends KeptTranscript>(
  list: readonly T[],
  counts: ReadonlyMap<string, number>,
): (T & ExportTranscript)[] {
  return list.map((t) => ({ ...t, versions: counts.get(t.key) ?? 1 }));
}

export function researchFile(list: readonly ExportTranscript[], format: ResearchFormat, now: number): ExportFile {
  return format === 'jsonl'
    ? { name: `briefing-lens-archive-${day(now)}.jsonl`, type: 'application/x-ndjson', text: toJsonl(list) }
    : { name: `briefing-lens-archive-${day(now)}.csv`, type: 'text/csv', text: toCsv(list) };
}

/** A file name's part for one transcript (its key), or the count of a selection. */
function slug(list: readonly KeptTranscript[]): string {
  return list.length === 1 ? list[0]!.key.replace(/[^a-z0-9]+/gi, '-') : `${list.length}-transcripts`;
}

export function referenceFile(list: readonly KeptTranscript[], format: ReferenceFormat, now: number): ExportFile {
  const base = `briefing-lens-${slug(list)}-${day(now)}`;
  return format === 'csl'
    ? { name: `${base}.csl.json`, type: 'application/vnd.citationstyles.csl+json', text: toCslJson(list) }
    : { name: `${base}.ris`, type: 'application/x-research-info-systems', text: toRis(list) };
}
