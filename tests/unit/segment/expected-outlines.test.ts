// Every file named in ../shared/expected/ gives exactly its expected outline, through the CLI's
// own code path (text adapter for transcripts, DOM adapter on happy-dom for pages).
import { describe, expect, it } from 'vitest';
import { segmentDocument, segmentText } from '../../../lib/adapters';
import { toOutline } from '../../../lib/briefing/outline';
import { loadInput } from '../../../scripts/lib/load-input';
import { expectedCases, hasShared, readProject, repoRoot, SKIP_SHARED } from '../../support/shared';
import { join } from 'node:path';

function outlineOf(path: string) {
  const input = loadInput(path);
  return toOutline(input.kind === 'text' ? segmentText(input.text) : segmentDocument(input.document).result);
}

describe('expected outlines (shared fixtures and seeds)', () => {
  const cases = expectedCases();
  it.skipIf(!hasShared)('covers all nine expected files', () => {
    expect(cases.map((c) => c.name).sort()).toHaveLength(9);
  });
  for (const c of cases) {
    it(`${c.name} matches its expected outline`, () => {
      expect(outlineOf(c.input)).toEqual(c.expected);
    });
  }
  if (!hasShared) it.skip(SKIP_SHARED, () => {});
});

describe('the bundled sample briefing', () => {
  it('matches its hand-written outline', () => {
    const expected = JSON.parse(readProject('tests/fixtures/sample-briefing.outline.json'));
    expect(outlineOf(join(repoRoot, 'tests/fixtures/sample-briefing.html'))).toEqual(expected);
  });
});
