/**
 * Fakes for the sidebar side: the article as the frame gets it (from a fixture page), highlight
 * records made on that text, a recording PagePort and a BackgroundClient whose highlight store
 * is an in-memory map.
 */
import { describe as describeSpan, sectionRanges, TextIndex } from '../../../lib/anchoring';
import type { Briefing } from '../../../lib/briefing/model';
import type { BackgroundClient } from '../../../lib/messages/client';
import type { ToFrame, ToPage } from '../../../lib/messages/frame-messages';
import { publicModel } from '../../../lib/page/public-model';
import type { PagePort } from '../../../lib/sidebar/page-port';
import type { NotePatch } from '../../../lib/store/records';
import { versionOf, type HighlightRecord } from '../../../lib/store/schema';
import { loadFixturePage } from './page-fixture';

export const BRIEFING_KEY = 'mid.ru/1900001';

export interface Article {
  text: string;
  briefing: Briefing<null>;
}

/** The fixture page's text and model, as the page half sends them in `init`. */
export function fixtureArticle(name?: string): Article {
  const page = loadFixturePage(name);
  return { text: TextIndex.build(page.container).text, briefing: publicModel(page.briefing) };
}

/** A highlight record over the first occurrence of `phrase` (from `from`) in the article. */
export function recordOn(article: Article, id: string, phrase: string, patch: Partial<HighlightRecord> = {}, from = 0): HighlightRecord {
  const start = article.text.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" not in the article`);
  const desc = describeSpan(article.text, sectionRanges(article.briefing), { start, end: start + phrase.length });
  return {
    id,
    briefingKey: BRIEFING_KEY,
    url: 'https://mid.ru/en/press_service/spokesman/briefings/1900001/',
    selectors: desc.selectors,
    section: desc.section,
    quote: phrase,
    color: 'yellow',
    note: '',
    tags: [],
    created: 1000,
    updated: 1000,
    language: article.briefing.header.language,
    ...patch,
  };
}

export interface RecordingPort extends PagePort {
  sent: ToPage[];
  /** Deliver a message from the page half. */
  emit(m: ToFrame): void;
  listeners: Set<(m: ToFrame) => void>;
}

export function recordingPort(): RecordingPort {
  const listeners = new Set<(m: ToFrame) => void>();
  const sent: ToPage[] = [];
  return {
    sent,
    listeners,
    send: (m) => void sent.push(m),
    listen(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    onClose: () => undefined,
    emit: (m) => listeners.forEach((l) => l(m)),
  };
}

export interface FakeClient {
  client: BackgroundClient;
  stored: Map<string, HighlightRecord>;
  calls: { list: number; update: [string, number, NotePatch][]; create: HighlightRecord[]; remove: string[] };
  /** Refuse the next update (as the background does for a stale version). */
  refuseNextUpdate(reason: string): void;
}

export function fakeClient(initial: HighlightRecord[] = []): FakeClient {
  const stored = new Map(initial.map((r) => [r.id, r]));
  const calls: FakeClient['calls'] = { list: 0, update: [], create: [], remove: [] };
  let refusal: string | null = null;
  const highlights = {
    async list(key: string) {
      calls.list++;
      return [...stored.values()].filter((r) => r.briefingKey === key);
    },
    async create(r: HighlightRecord) {
      calls.create.push(r);
      stored.set(r.id, r);
      return r;
    },
    async update(id: string, baseVersion: number, patch: NotePatch) {
      calls.update.push([id, baseVersion, patch]);
      if (refusal) {
        const reason = refusal;
        refusal = null;
        throw new Error(reason);
      }
      const old = stored.get(id);
      if (!old) throw new Error('no such highlight');
      if (versionOf(old) !== baseVersion) throw new Error('changed elsewhere');
      const next = { ...old, ...patch, version: versionOf(old) + 1, updated: old.updated + 1 };
      stored.set(id, next);
      return next;
    },
    async remove(id: string) {
      calls.remove.push(id);
      const r = stored.get(id) ?? null;
      stored.delete(id);
      return r;
    },
    async restore(r: HighlightRecord) {
      stored.set(r.id, r);
      return r;
    },
  };
  return {
    stored,
    calls,
    refuseNextUpdate: (reason) => (refusal = reason),
    client: { highlights } as unknown as BackgroundClient,
  };
}

/** Waits until `check` holds (async work of the services runs on timers and promises). */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
