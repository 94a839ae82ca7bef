// @vitest-environment happy-dom
/** Our page styles: one adopted constructed sheet, named parts, removed in one step. */
import { describe, expect, it } from 'vitest';
import { PageStyle } from '../../../lib/page/page-style';

const rules = (s: CSSStyleSheet) => Array.from(s.cssRules, (r) => r.cssText).join('\n');

describe('PageStyle', () => {
  it("adopts one sheet beside the page's own, adding no node", () => {
    const pageSheet = new CSSStyleSheet();
    const doc = { adoptedStyleSheets: [pageSheet] };
    const nodesBefore = document.querySelectorAll('*').length;
    const style = new PageStyle(doc as unknown as Document);
    expect(style.available).toBe(true);
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    expect(doc.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(document.querySelectorAll('*').length).toBe(nodesBefore);
  });

  it('sets, replaces and removes named parts', () => {
    const doc = { adoptedStyleSheets: [] as CSSStyleSheet[] };
    const style = new PageStyle(doc as unknown as Document);
    const sheet = doc.adoptedStyleSheets[0];
    style.set('dock', 'html { margin-right: 300px; }');
    style.set('other', 'p { color: red; }');
    expect(rules(sheet)).toMatch(/margin-right: 300px/);
    expect(rules(sheet)).toMatch(/color: red/);
    style.set('dock', 'html { margin-right: 40px; }');
    expect(rules(sheet)).toMatch(/margin-right: 40px/);
    expect(rules(sheet)).not.toMatch(/300px/);
    style.set('dock', '');
    expect(rules(sheet)).not.toMatch(/margin-right/);
    expect(rules(sheet)).toMatch(/color: red/);
  });

  it('removes only its own sheet on dispose', () => {
    const pageSheet = new CSSStyleSheet();
    const doc = { adoptedStyleSheets: [pageSheet] };
    const style = new PageStyle(doc as unknown as Document);
    style.dispose();
    expect(doc.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('styles nothing, without throwing, where constructed sheets cannot be adopted', () => {
    const doc = {
      get adoptedStyleSheets(): CSSStyleSheet[] {
        throw new Error('not supported');
      },
    };
    const style = new PageStyle(doc as unknown as Document);
    expect(style.available).toBe(false);
    expect(() => style.set('dock', 'html { margin-right: 1px; }')).not.toThrow();
    expect(() => style.dispose()).not.toThrow();
  });
});
