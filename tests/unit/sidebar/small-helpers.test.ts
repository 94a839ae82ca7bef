// @vitest-environment happy-dom
/** The sidebar's small helpers: copying to the clipboard, and the library's record of a briefing. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefingRecord } from '../../../lib/sidebar/briefing-record';
import { copyText } from '../../../lib/sidebar/clipboard';
import { fixtureArticle } from '../support/sidebar-fakes';

afterEach(() => vi.restoreAllMocks());

describe('copyText', () => {
  it('uses the async Clipboard API where allowed', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    expect(await copyText(document, 'A citation')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('A citation');
  });

  it('falls back to execCommand on a hidden textarea of its own, and removes it', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    let copied = '';
    const exec = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement | null)?.value ?? document.querySelector('textarea')?.value ?? '';
      return true;
    });
    (document as unknown as { execCommand: unknown }).execCommand = exec;
    const before = document.querySelectorAll('textarea').length;
    expect(await copyText(document, 'Fallback text')).toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copied).toBe('Fallback text');
    expect(document.querySelectorAll('textarea').length).toBe(before);
  });

  it('skips the Clipboard API where the permissions policy refuses it', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const doc = document as unknown as { featurePolicy?: unknown; execCommand: unknown };
    doc.featurePolicy = { allowsFeature: (f: string) => f !== 'clipboard-write' };
    doc.execCommand = () => false;
    try {
      expect(await copyText(document, 'x')).toBe(false);
      expect(writeText).not.toHaveBeenCalled();
    } finally {
      delete doc.featurePolicy;
    }
  });

  it('says false when both ways fail', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    (document as unknown as { execCommand: unknown }).execCommand = () => {
      throw new Error('unsupported');
    };
    expect(await copyText(document, 'x')).toBe(false);
  });
});

describe('briefingRecord', () => {
  it("keeps the briefing's header, sections and entity counts", () => {
    const { briefing } = fixtureArticle();
    const groups = [
      { key: 'person:sergey lavrov', type: 'person' as const, label: 'Sergey Lavrov', count: 4, mentions: [0, 1, 2, 3] },
      { key: 'place:belgrade', type: 'place' as const, label: 'Belgrade', count: 2, mentions: [4, 5] },
    ];
    const r = briefingRecord(briefing, 'mid.ru/1900001', 'https://mid.ru/en/b/1900001/', groups, 1234);
    expect(r).toMatchObject({
      key: 'mid.ru/1900001',
      url: 'https://mid.ru/en/b/1900001/',
      title: briefing.header.title,
      speaker: briefing.header.speaker,
      date: briefing.header.date,
      language: 'en',
      entities: [
        { key: 'person:sergey lavrov', count: 4 },
        { key: 'place:belgrade', count: 2 },
      ],
      entityKeys: ['person:sergey lavrov', 'place:belgrade'],
      firstSeen: 1234,
      lastSeen: 1234,
    });
    expect(r.sections).toEqual(briefing.sections.map((s) => ({ id: s.id, title: s.title })));
  });
});
