// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { listedTranscripts } from '../../../lib/archive/listing';
import { readProject } from '../../support/shared';

const page = (name: string) => new DOMParser().parseFromString(readProject('tests/fixtures', name), 'text/html');

describe('transcripts listed on a listing page', () => {
  it('current layout: the list’s links in order, each article once, chrome and other sites left out', () => {
    const list = listedTranscripts(page('listing-briefings.html'), 'https://mid.ru/en/press_service/spokesman/briefings/');
    expect(list).toEqual([
      {
        url: 'https://mid.ru/en/press_service/spokesman/briefings/1900101/',
        key: 'mid.ru/1900101',
        title: 'Briefing by the Spokesperson on current foreign policy issues, Moscow, March 14, 2024',
      },
      {
        url: 'https://mid.ru/en/press_service/spokesman/briefings/1900102/?lang=en',
        key: 'mid.ru/1900102',
        title: 'Briefing by the Spokesperson on current foreign policy issues, Moscow, March 7, 2024',
      },
      {
        url: 'https://mid.ru/en/press_service/spokesman/briefings/1900103/',
        key: 'mid.ru/1900103',
        title: 'Briefing by the Spokesperson on current foreign policy issues, Moscow, February 29, 2024',
      },
    ]);
  });

  it('resolves relative links against the page, so a page served elsewhere on the site lists its own origin', () => {
    const list = listedTranscripts(page('listing-briefings.html'), 'https://www.mid.ru/en/press_service/spokesman/briefings/?PAGEN_1=1');
    expect(list.map((l) => new URL(l.url).host)).toEqual(['www.mid.ru', 'mid.ru', 'www.mid.ru']);
  });

  it('Liferay layout: /content/id/<digits> links, deduplicated', () => {
    const list = listedTranscripts(page('listing-liferay.html'), 'https://www.mid.ru/ru/press_service/spokesman/briefings');
    expect(list.map((l) => l.key)).toEqual(['mid.ru/asset/4900001', 'mid.ru/asset/4900002']);
    expect(list[0]!.title).toMatch(/^Брифинг официального представителя/);
  });

  it('without listing blocks: article links outside header, nav, footer and asides; never the page itself', () => {
    const doc = new DOMParser().parseFromString(
      `<body><nav><a href="/ru/foreign_policy/news/1900001/">menu</a></nav>
       <div><a href="/ru/foreign_policy/news/1900002/">one</a> <a href="/ru/foreign_policy/news/1900005/">this page</a>
       <a href="/ru/foreign_policy/news/">section</a> <a href="mailto:x@mid.ru">mail</a> <a href="http://[bad">bad</a>
       <a href="https://archive.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/2717182">old</a></div>
       <aside><a href="/ru/foreign_policy/news/1900003/">aside</a></aside></body>`,
      'text/html',
    );
    expect(listedTranscripts(doc, 'https://mid.ru/ru/foreign_policy/news/1900005/').map((l) => l.key)).toEqual([
      'mid.ru/1900002',
      'mid.ru/asset/2717182',
    ]);
  });
});
