/** Our fragments: `#bl-<section>` and `#bl-h-<highlight>`; everything else is not ours. */
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../../lib/page/fragment';

describe('parseFragment', () => {
  it('reads a section fragment', () => {
    expect(parseFragment('#bl-days-of-russian-culture')).toEqual({ kind: 'section', id: 'bl-days-of-russian-culture' });
  });
  it('reads a highlight fragment', () => {
    expect(parseFragment('#bl-h-abc123')).toEqual({ kind: 'highlight', id: 'abc123' });
  });
  it('decodes escapes', () => {
    expect(parseFragment('#bl-%D0%B4%D0%B0')).toEqual({ kind: 'section', id: 'bl-да' });
  });
  it('is not ours: other fragments, empty highlight id, malformed escape, spaces, too long', () => {
    expect(parseFragment('')).toBeNull();
    expect(parseFragment('#top')).toBeNull();
    expect(parseFragment('#bl-h-')).toBeNull();
    expect(parseFragment('#bl-%E0%A4%A')).toBeNull();
    expect(parseFragment('#bl-a%20b')).toBeNull();
    expect(parseFragment(`#bl-${'x'.repeat(700)}`)).toBeNull();
  });
});
