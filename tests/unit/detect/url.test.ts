import { describe, expect, it } from 'vitest';
import { parseMinistryUrl } from '../../../lib/detect/url';

describe('ministry URL shapes', () => {
  it.each([
    ['https://mid.ru/en/foreign_policy/news/1836563', 'current'],
    ['https://www.mid.ru/en/foreign_policy/news/1835524/?lang=en', 'current'],
    ['https://mid.ru/pt/foreign_policy/news/1792974/?lang=en', 'current'],
    ['https://www.mid.ru/ru/press_service/video/brifingi/1556657/?lang=en', 'current'],
    ['https://www.mid.ru/en/web/guest/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/2664840', 'liferay'],
    ['https://www.mid.ru/en_GB/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4914524', 'liferay'],
    ['https://archive.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/2717182', 'liferay'],
    ['http://www.mid.ru/brp_4.nsf/newsline/2B4694CD44B6411E44257974003E49C4', 'domino'],
    ['https://mid.ru/ru/foreign_policy/news/?PAGEN_1=1', null],
    ['https://mid.ru/en/', null],
  ])('%s → %s', (href, era) => {
    const info = parseMinistryUrl(href);
    expect(info.onMinistrySite).toBe(true);
    expect(info.era).toBe(era);
  });
  it('reads languages and the briefings section, and refuses other hosts', () => {
    const info = parseMinistryUrl('https://mid.ru/ru/press_service/spokesman/briefings/1899422/?lang=en');
    expect(info).toMatchObject({ pathLanguage: 'ru', articleLanguage: 'en', briefingSection: true });
    expect(parseMinistryUrl('https://mid.ru.evil.example/en/foreign_policy/news/1836563/').onMinistrySite).toBe(false);
    expect(parseMinistryUrl('https://notmid.ru/en/foreign_policy/news/1836563/').onMinistrySite).toBe(false);
    expect(parseMinistryUrl('not a url').onMinistrySite).toBe(false);
  });
  it('names the kind a section publishes', () => {
    expect(parseMinistryUrl('https://mid.ru/ru/press_service/spokesman/briefings/1899422/').sectionKind).toBe('briefing');
    expect(parseMinistryUrl('https://mid.ru/en/press_service/minister_speeches/1910001/').sectionKind).toBe('remarks');
    expect(
      parseMinistryUrl('https://www.mid.ru/ru/press_service/deputy_ministers_speeches/-/asset_publisher/O3publba0Cjv/content/id/1')
        .sectionKind,
    ).toBe('remarks');
    expect(parseMinistryUrl('https://mid.ru/en/foreign_policy/news/1836563/').sectionKind).toBeNull();
  });
});
