import { describe, expect, it } from 'vitest';
import { canonicalBriefingKey } from '../../../lib/store/canonical-url';

describe('canonicalBriefingKey', () => {
  it('gives one key to an era-C article however it is reached', () => {
    const ways = [
      'https://mid.ru/en/foreign_policy/news/1836563',
      'https://mid.ru/en/foreign_policy/news/1836563/',
      'http://mid.ru/en/foreign_policy/news/1836563/',
      'https://www.mid.ru/en/foreign_policy/news/1836563/?lang=en',
      'https://mid.ru/ru/foreign_policy/news/1836563/?lang=en',
      'https://mid.ru/pt/foreign_policy/news/1836563/?lang=ru#s3',
      'https://mid.ru/en/press_service/spokesman/briefings/1836563/',
      'https://www.mid.ru/ru/press_service/video/brifingi/1836563/?lang=en',
      'https://archive.mid.ru/en/foreign_policy/news/1836563',
      'HTTPS://WWW.MID.RU/en/foreign_policy/news/1836563/',
      '  https://mid.ru/en/foreign_policy/news/1836563/  ',
    ];
    for (const url of ways) expect(canonicalBriefingKey(url), url).toBe('mid.ru/1836563');
  });

  it('gives one key to an era-B (Liferay) article: locale, /web/guest/, section, archive host', () => {
    const ways = [
      'https://www.mid.ru/en/press_service/spokesman/briefings/-/asset_publisher/D2wHaWMCU6Od/content/id/4933116',
      'http://www.mid.ru/en/press_service/spokesman/briefings/-/asset_publisher/D2wHaWMCU6Od/content/id/4933116',
      'https://mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4933116/',
      'https://www.mid.ru/en/web/guest/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4933116',
      'https://www.mid.ru/en_GB/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4933116?p_p_id=x',
      'https://archive.mid.ru/ru/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4933116',
    ];
    for (const url of ways) expect(canonicalBriefingKey(url), url).toBe('mid.ru/asset/4933116');
  });

  it('keeps the era-B and era-C ids of one briefing apart (they differ; nothing relates them)', () => {
    expect(canonicalBriefingKey('https://mid.ru/en/foreign_policy/news/1792974/')).not.toBe(
      canonicalBriefingKey('https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/1792974'),
    );
  });

  it('keys an era-A (Domino) item by its document id', () => {
    expect(canonicalBriefingKey('http://www.mid.ru/brp_4.nsf/newsline/2b4694cd44b6411e44257974003e49c4')).toBe(
      'mid.ru/nsf/2B4694CD44B6411E44257974003E49C4',
    );
  });

  it('keeps an embassy subsite apart from the main site (its ids are its own)', () => {
    expect(canonicalBriefingKey('https://zimbabwe.mid.ru/en_GB/-/asset_publisher/abc/content/id/123456')).toBe(
      'zimbabwe.mid.ru/asset/123456',
    );
    expect(canonicalBriefingKey('https://www.zimbabwe.mid.ru/en_GB/-/asset_publisher/abc/content/id/123456')).toBe(
      'zimbabwe.mid.ru/asset/123456',
    );
  });

  it('returns null for anything that is not a mid.ru article page', () => {
    const notArticles = [
      'https://mid.ru/',
      'https://mid.ru/ru/foreign_policy/news/',
      'https://mid.ru/ru/foreign_policy/news/?PAGEN_1=2',
      'https://www.mid.ru/en/press_service/spokesman/briefings?p_p_id=101_INSTANCE_D2wHaWMCU6Od&_101_INSTANCE_D2wHaWMCU6Od_cur=2',
      'http://mid.ru/bdomp/brp_4.nsf/briefviewmn!OpenView&Start=1&Count=30',
      'https://mid.ru/en/foreign_policy/news/12345/', // 5 digits: not an article id
      'https://mid.ru/en/foreign_policy/news/123456789/', // 9 digits
      'https://example.com/en/foreign_policy/news/1836563/',
      'https://notmid.ru/en/foreign_policy/news/1836563/',
      'https://mid.ru.example.com/en/foreign_policy/news/1836563/',
      'ftp://mid.ru/en/foreign_policy/news/1836563/',
      'javascript:alert(1)',
      'not a url',
      '',
    ];
    for (const url of notArticles) expect(canonicalBriefingKey(url), url).toBeNull();
  });
});
