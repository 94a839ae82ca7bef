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
    expect(
      detectBriefing(parse(readShared('fixtures', 'non-briefing-news.html')), 'https://mid.ru/en/foreign_policy/news/1768999/').status,
    ).toBe('not-briefing');
  });
  it('reports an article-less page as such', () => {
    expect(detectBriefing(parse('<html><body><ul><li>Menu</li></ul></body></html>'), 'https://mid.ru/en/').status).toBe('no-article');
  });
});

describe('transcript kinds', () => {
  it.each([
    ['remarks-en', 'https://mid.ru/en/press_service/minister_speeches/1910001/', 'remarks'],
    [
      'remarks-ru',
      'https://www.mid.ru/ru/press_service/deputy_ministers_speeches/-/asset_publisher/O3publba0Cjv/content/id/4901234',
      'remarks',
    ],
    ['interview-en', 'https://mid.ru/en/press_service/articles_and_interviews/1910002/', 'interview'],
    ['interview-ru', 'https://mid.ru/ru/foreign_policy/news/1910003/', 'interview'],
  ])('%s is read like a briefing, with its kind', (name, href, kind) => {
    const d = detectBriefing(parse(readProject('tests/fixtures', `${name}.html`)), href);
    if (d.status !== 'briefing') throw new Error(`${name}: ${d.status}`);
    expect(d.result.kind).toBe(kind);
    expect(d.result.sections.filter((s) => s.kind === 'qa').length).toBeGreaterThanOrEqual(3);
  });
  it.each(['statement-en', 'names-en'])('%s is not a transcript, in any section', (name) => {
    for (const href of ['https://mid.ru/en/foreign_policy/news/1910004/', 'https://mid.ru/en/press_service/minister_speeches/1910004/'])
      expect(detectBriefing(parse(readProject('tests/fixtures', `${name}.html`)), href).status).toBe('not-briefing');
  });
  it('takes the kind from the site section when the title names none', () => {
    const html =
      '<html><body><div class="text article-content"><p>Question: What do you expect from the talks, and when will they start?</p><p>Sergey Lavrov: Results.</p></div></body></html>';
    const d = detectBriefing(parse(html), 'https://mid.ru/en/press_service/minister_speeches/1910009/');
    expect(d.status === 'briefing' && d.result.kind).toBe('remarks');
  });
});

describe('watchForBriefing', () => {
  it('re-checks when the interstitial is replaced by the article', async () => {
    document.body.innerHTML = 'Data processing... Please, wait.';
    const verdict = new Promise<string>((resolve) =>
      watchForBriefing(
        document,
        () => URL_C,
        (d) => resolve(d.status),
        { debounceMs: 10 },
      ),
    );
    const body = parse(sample).body.innerHTML;
    setTimeout(() => {
      document.body.innerHTML = body;
    }, 30);
    expect(await verdict).toBe('briefing');
  });
});
