// @vitest-environment happy-dom
/**
 * The Painter over a stubbed CSS Custom Highlight API. Its `::highlight()` rules are read from a
 * recording PageStyle: happy-dom's CSS parser drops pseudo-elements it does not know.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageStyle } from '../../../lib/page/page-style';
import { Painter } from '../../../lib/page/painter';
import { stubHighlightApi } from '../support/fake-painter';

let api: ReturnType<typeof stubHighlightApi>;
let parts: Map<string, string>;
let style: PageStyle;

const sheetText = () => [...parts.values()].join('\n');

beforeEach(() => {
  api = stubHighlightApi();
  parts = new Map();
  style = { available: true, set: (k: string, css: string) => (css ? parts.set(k, css) : parts.delete(k)) } as unknown as PageStyle;
});
afterEach(() => api.restore());

function rangeOver(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const r = document.createRange();
  r.selectNodeContents(p);
  return r;
}

describe('Painter', () => {
  it('is supported with the API and an adopted stylesheet, not without the sheet', () => {
    expect(new Painter(new PageStyle({ adoptedStyleSheets: [] } as unknown as Document)).supported).toBe(true);
    expect(new Painter({ available: false } as PageStyle).supported).toBe(false);
  });

  it('registers one named highlight with its ranges and priority, and its ::highlight rule', () => {
    const painter = new Painter(style);
    const r = rangeOver('Lavrov');
    painter.paint('bl-test', [r], { background: 'rgb(1, 2, 3)', textDecoration: 'underline' }, 4);
    const h = api.registry.get('bl-test');
    expect(h?.ranges).toEqual([r]);
    expect(h?.priority).toBe(4);
    expect(sheetText()).toMatch(/::highlight\(bl-test\)/);
    expect(sheetText()).toMatch(/background-color: rgb\(1, 2, 3\)/);
  });

  it('replaces a highlight painted again under the same name', () => {
    const painter = new Painter(style);
    painter.paint('bl-test', [rangeOver('one')], { color: 'red' });
    const two = rangeOver('two');
    painter.paint('bl-test', [two], { color: 'red' });
    expect(api.registry.get('bl-test')?.ranges).toEqual([two]);
  });

  it('clears one name, and all of its own names', () => {
    const painter = new Painter(style);
    api.registry.set('page-own', { ranges: [], priority: 0 });
    painter.paint('a', [rangeOver('a')], { color: 'red' });
    painter.paint('b', [rangeOver('b')], { color: 'red' });
    painter.clear('a');
    expect(api.registry.has('a')).toBe(false);
    expect(api.registry.has('b')).toBe(true);
    expect(sheetText()).not.toMatch(/::highlight\(a\)/);
    painter.clearAll();
    expect(api.registry.has('b')).toBe(false);
    // A highlight someone else registered is not ours to remove.
    expect(api.registry.has('page-own')).toBe(true);
  });

  it('paints nothing and says unsupported without the API', () => {
    api.restore();
    const painter = new Painter(style);
    expect(painter.supported).toBe(false);
    expect(() => painter.paint('x', [rangeOver('x')], { color: 'red' })).not.toThrow();
    expect(sheetText()).toBe('');
  });
});
