// One transcript, five renderings: the seed 004 text and its four HTML markups must give the same
// sections (kind, title, question, speaker, follow-ups) and the same TOC.
import { describe, expect, it } from 'vitest';
import { segmentDocument, segmentText } from '../../../lib/adapters';
import { toOutline } from '../../../lib/briefing/outline';
import { parseHtml } from '../../../scripts/lib/load-input';
import { hasShared, readShared, SKIP_SHARED } from '../../support/shared';

const MARKUPS = ['era-c-h2', 'era-c-bold-centered', 'era-c-plain', 'era-b-liferay'];

describe.skipIf(!hasShared)('seed 004 across markups', () => {
  it('text and every markup give the same sections and TOC', () => {
    const fromText = toOutline(segmentText(readShared('seeds', '004_c4c7f12a0b42c766.txt')));
    if (!fromText.isBriefing) throw new Error('seed 004 not recognised');
    expect(fromText.sections).toHaveLength(24);
    for (const name of MARKUPS) {
      const o = toOutline(segmentDocument(parseHtml(readShared('fixtures', `${name}.html`))).result);
      if (!o.isBriefing) throw new Error(`${name} not recognised`);
      expect(o.sections, name).toEqual(fromText.sections);
      expect(o.toc, name).toEqual(fromText.toc);
    }
  });
});
if (!hasShared) describe.skip(SKIP_SHARED, () => it('', () => {}));
