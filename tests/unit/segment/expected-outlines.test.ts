// Every file named in ../shared/expected/ gives exactly its expected outline, through the CLI's
// own code path (text adapter for transcripts, DOM adapter on happy-dom for pages). So does
// every bundled fixture with an `.outline.json` beside it (briefings, remarks, interviews).
import { readdirSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentDocument, segmentText } from '../../../lib/adapters';
import { toOutline, type Outline } from '../../../lib/briefing/outline';
import { loadInput } from '../../../scripts/lib/load-input';
import { expectedCases, hasShared, readProject, repoRoot, SKIP_SHARED } from '../../support/shared';

function outlineOf(path: string): Outline {
  const input = loadInput(path);
  return toOutline(input.kind === 'text' ? segmentText(input.text) : segmentDocument(input.document).result);
}

/**
 * The shared expected files were written before outlines gained `kind`. A file without `kind`
 * is compared exactly with `kind` set aside, and `kind` must be what its `isBriefing` says:
 * "briefing" for a briefing, absent for a page that is no transcript. (`asker` needs no such
 * care: outlines leave it out where no label names an asker, as in every shared page.)
 */
function comparable(outline: Outline, expected: Record<string, unknown>): unknown {
  if ('kind' in expected) return outline;
  const { kind, ...rest } = outline as Outline & { kind?: string };
  expect(kind).toBe(expected.isBriefing ? 'briefing' : undefined);
  return rest;
}

describe('expected outlines (shared fixtures and seeds)', () => {
  const cases = expectedCases();
  it.skipIf(!hasShared)('covers all nine expected files', () => {
    expect(cases.map((c) => c.name).sort()).toHaveLength(9);
  });
  for (const c of cases) {
    it(`${c.name} matches its expected outline`, () => {
      const expected = c.expected as Record<string, unknown>;
      expect(comparable(outlineOf(c.input), expected)).toEqual(expected);
    });
  }
  if (!hasShared) it.skip(SKIP_SHARED, () => {});
});

describe('bundled fixtures with their hand-written outlines', () => {
  const dir = join(repoRoot, 'tests/fixtures');
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.outline.json'))
    .map((f) => f.replace('.outline.json', ''));
  it('include the sample briefing, remarks and interviews in both languages', () => {
    expect(names).toContain('sample-briefing');
    expect(names.filter((n) => n.includes('remarks')).length).toBeGreaterThanOrEqual(2);
    expect(names.filter((n) => n.includes('interview')).length).toBeGreaterThanOrEqual(2);
  });
  for (const name of names) {
    it(`${name} matches its outline`, () => {
      const expected = JSON.parse(readProject('tests/fixtures', `${name}.outline.json`)) as Record<string, unknown>;
      const input = ['html', 'txt'].map((ext) => join(dir, `${name}.${ext}`)).find((p) => existsSync(p))!;
      expect(comparable(outlineOf(input), expected)).toEqual(expected);
    });
  }
});
