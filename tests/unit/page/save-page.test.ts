// @vitest-environment happy-dom
/** "Save this page for a report": the page as it is now, our own elements left out. */
import { describe, expect, it } from 'vitest';
import { pageHtmlForReport, reportFileName } from '../../../lib/page/save-page';

describe('pageHtmlForReport', () => {
  it('keeps the page and leaves out our hosts, without touching the live page', () => {
    document.body.innerHTML =
      '<div class="text article-content"><p>Briefing text</p></div><x-abcdef>frame</x-abcdef><x-ghijkl><span>tools</span></x-ghijkl>';
    const html = pageHtmlForReport(document, ['x-abcdef', 'x-ghijkl']);
    expect(html.startsWith('<!DOCTYPE html>\n<html')).toBe(true);
    expect(html).toContain('<p>Briefing text</p>');
    expect(html).not.toContain('x-abcdef');
    expect(html).not.toContain('x-ghijkl');
    expect(document.querySelector('x-abcdef')).not.toBeNull();
  });
});

describe('reportFileName', () => {
  it('names the file by the page id in the address, then the date', () => {
    expect(reportFileName('https://mid.ru/en/press_service/spokesman/briefings/1900001/', null)).toBe('mid-briefing-1900001.html');
    expect(reportFileName('https://www.mid.ru/ru/foreign_policy/news/-/asset_publisher/content/id/4567890?x=1', null)).toBe(
      'mid-briefing-4567890.html',
    );
    expect(reportFileName('https://mid.ru/en/some-page/', '2024-03-14')).toBe('mid-briefing-2024-03-14.html');
    expect(reportFileName('https://mid.ru/en/some-page/', null)).toBe('mid-briefing-page.html');
  });
});
