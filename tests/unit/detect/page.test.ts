// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectBriefing } from '../../../lib/detect/page';
import { watchForBriefing } from '../../../lib/detect/watch';
import { hasShared, readProject, readShared } from '../../support/shared';

const URL_C = 'https://mid.ru/en/press_service/spokesman/briefings/1900001/';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const sample = readProject('tests/fixtures/sample-briefing.html');

describe('detectBriefing', () => {
  it('finds the bundled sample at a ministry address, and nothing elsewhere', () => {
    expect(detectBriefing(parse(sample), URL_C).status).toBe('briefing');
    expect(detectBriefing(parse(sample), 'https://not-mid.example/en/press_service/spokesman/briefings/1900001/').status).toBe('off-site');
  });
  it('recognises the interstitial', () => {
    expect(detectBriefing(parse('<html><body>Data processing... Please, wait.</body></html>'), URL_C).status).toBe('interstitial');
  });
  it.skipIf(!hasShared)('says no to the shared non-briefing news page', () => {
    expect(detectBriefing(parse(readShared('fixtures', 'non-briefing-news.html')), 'https://mid.ru/en/foreign_policy/news/1768999/').status).toBe('not-briefing');
  });
  it('reports an article-less page as such', () => {
    expect(detectBriefing(parse('<html><body><ul><li>Menu</li></ul></body></html>'), 'https://mid.ru/en/').status).toBe('no-article');
  });
});

describe('watchForBriefing', () => {
  it('re-checks when the interstitial is replaced by the article', async () => {
    document.body.innerHTML = 'Data processing... Please, wait.';
    const verdict = new Promise<string>((resolve) => watchForBriefing(document, () => URL_C, (d) => resolve(d.status), { debounceMs: 10 }));
    const body = parse(sample).body.innerHTML;
    setTimeout(() => { document.body.innerHTML = body; }, 30);
    expect(await verdict).toBe('briefing');
  });
});
