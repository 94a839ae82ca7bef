/** The sidebar settings read defensively from extension storage, and the width clamp. */
import { describe, expect, it } from 'vitest';
import { clampWidth, DEFAULT_SETTINGS, MAX_WIDTH, MIN_WIDTH, settingsStore, type KeyValueArea } from '../../../lib/page/settings';

function area(initial: Record<string, unknown> = {}, opts: { failGet?: boolean; failSet?: boolean } = {}) {
  const data: Record<string, unknown> = { ...initial };
  const writes: Record<string, unknown>[] = [];
  const a: KeyValueArea = {
    async get(key) {
      if (opts.failGet) throw new Error('storage unavailable');
      return key in data ? { [key]: data[key] } : {};
    },
    async set(items) {
      writes.push(items);
      if (opts.failSet) throw new Error('quota');
      Object.assign(data, items);
    },
  };
  return { a, data, writes };
}

describe('clampWidth', () => {
  it('keeps widths within bounds, rounded', () => {
    expect(clampWidth(100)).toBe(MIN_WIDTH);
    expect(clampWidth(9999)).toBe(MAX_WIDTH);
    expect(clampWidth(300.4)).toBe(300);
    expect(clampWidth(MIN_WIDTH)).toBe(MIN_WIDTH);
  });
  it('takes the default for a width that is not a number', () => {
    expect(clampWidth(Number.NaN)).toBe(DEFAULT_SETTINGS.width);
    expect(clampWidth(Number.POSITIVE_INFINITY)).toBe(DEFAULT_SETTINGS.width);
  });
});

describe('settingsStore', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await settingsStore(area().a).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('gives the defaults when storage cannot be read', async () => {
    expect(await settingsStore(area({}, { failGet: true }).a).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('gives the defaults for a stored value that is not an object', async () => {
    expect(await settingsStore(area({ sidebarSettings: 'corrupt' }).a).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the good fields of a stored value and replaces the bad ones', async () => {
    const stored = {
      open: false,
      width: 5000,
      tab: 'elsewhere',
      entitiesOn: 'yes',
      entityTypes: { date: false },
      paintHighlights: false,
      keepTranscripts: 0,
    };
    const s = await settingsStore(area({ sidebarSettings: stored }).a).load();
    expect(s).toEqual({
      open: false,
      width: MAX_WIDTH,
      tab: 'contents',
      entitiesOn: DEFAULT_SETTINGS.entitiesOn,
      entityTypes: { person: true, place: true, organization: true, date: false },
      paintHighlights: false,
      hintDismissed: DEFAULT_SETTINGS.hintDismissed,
      headerFolded: DEFAULT_SETTINGS.headerFolded,
      keepTranscripts: DEFAULT_SETTINGS.keepTranscripts,
    });
  });

  it('reads a stored tab and width as they are', async () => {
    const s = await settingsStore(area({ sidebarSettings: { tab: 'notes', width: 420 } }).a).load();
    expect(s.tab).toBe('notes');
    expect(s.width).toBe(420);
  });

  it('saves a patch over what was stored', async () => {
    const { a, data } = area({ sidebarSettings: { tab: 'entities', width: 400 } });
    const store = settingsStore(a);
    await store.save({ open: false });
    expect(data.sidebarSettings).toMatchObject({ tab: 'entities', width: 400, open: false });
    await store.save({ width: 500 });
    expect(data.sidebarSettings).toMatchObject({ tab: 'entities', width: 500, open: false });
  });

  it('does not throw when storage refuses the write', async () => {
    const { a, writes } = area({}, { failSet: true });
    await expect(settingsStore(a).save({ open: false })).resolves.toBeUndefined();
    expect(writes).toHaveLength(1);
  });
});
