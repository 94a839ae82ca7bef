/**
 * Test helper: the article text, its paragraphs and section ranges of a shared fixture page.
 *
 * When the segmenter (`lib/adapters` → `segmentDocument`) finds a briefing, the text is its
 * article container's textContent (what the content script anchors on), the paragraphs are its
 * blocks and the sections its sections. Otherwise (or with ANCHOR_SECTIONS=stand-in) the text is
 * `div.text.article-content`'s textContent (`body` for pages without one: interstitial, editor
 * sample), the paragraphs are leaf `p`/`li`/`h1`–`h6` elements, and sections are those grouped
 * ten at a time. The anchoring code does not care which.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { sectionRanges } from '../../../lib/anchoring/sections';
import { TextIndex } from '../../../lib/anchoring/text-index';
import type { SectionRange, TextSpan } from '../../../lib/anchoring/types';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const FIXTURES_DIR = path.join(SHARED_DIR, 'fixtures');

export interface FixtureText {
  name: string;
  text: string;
  /** Paragraph-like blocks, as offsets into `text`. */
  blocks: TextSpan[];
  sections: SectionRange[];
  /** Where the sections came from. */
  sectionSource: 'segmenter' | 'stand-in';
  /** Whether the shared expected outline calls this page a briefing. */
  isBriefing: boolean;
  /** The parsed page, for DOM tests; close the window when done. */
  container: Element;
  window: Window;
}

/** Names (`era-c-h2.html`, …) of the shared fixture pages, or [] when ../shared is absent. */
export function sharedFixtureNames(): string[] {
  if (!fs.existsSync(FIXTURES_DIR)) return [];
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export const SHARED_ABSENT_MESSAGE = `shared fixtures not found at ${FIXTURES_DIR}: skipping fixture tests`;

export async function loadFixture(name: string): Promise<FixtureText> {
  const html = fs.readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
  const window = new Window({
    url: 'https://mid.ru/en/foreign_policy/news/1234567/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  // Into the window's own document, not a DOMParser one: happy-dom ties every Range to
  // window.document, so Ranges over a parsed document throw WrongDocumentError.
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const segmented = process.env.ANCHOR_SECTIONS === 'stand-in' ? null : await trySegmenter(doc);
  const container = segmented?.container ?? doc.querySelector('div.text.article-content') ?? doc.body;
  const index = TextIndex.build(container);
  const text = index.text;
  const blocks = segmented?.blocks ?? standInBlocks(container, index);
  const sections = segmented?.sections ?? standInSections(blocks);
  return {
    name,
    text,
    blocks,
    sections,
    sectionSource: segmented ? 'segmenter' : 'stand-in',
    isBriefing: expectedIsBriefing(name),
    container,
    window,
  };
}

function expectedIsBriefing(name: string): boolean {
  const file = path.join(SHARED_DIR, 'expected', name.replace(/\.html$/, '.outline.json'));
  if (!fs.existsSync(file)) return false;
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { isBriefing?: boolean }).isBriefing === true;
}

/**
 * The segmenter (`lib/adapters` → `segmentDocument`), when it exists and finds a briefing: its
 * container, its block offsets and its sections.
 */
async function trySegmenter(doc: Document): Promise<{ container: Element; blocks: TextSpan[]; sections: SectionRange[] } | null> {
  const adapter = path.join(REPO_ROOT, 'lib/adapters/index.ts');
  if (!fs.existsSync(adapter)) return null;
  try {
    const mod = (await import(/* @vite-ignore */ pathToFileURL(adapter).href)) as {
      segmentDocument?: (d: Document) => { result: unknown; container: Element };
    };
    const out = mod.segmentDocument?.(doc);
    const result = out?.result as { isBriefing: boolean; blocks: { start?: number; end?: number }[]; sections: unknown[] } | undefined;
    if (!out || !result?.isBriefing) return null;
    const length = TextIndex.build(out.container).text.length;
    const spans = result.blocks
      .filter((b) => b.start !== undefined && b.end !== undefined && b.end > b.start!)
      .map((b) => ({ start: b.start!, end: b.end! }));
    // Paragraphs for the tests are leaves: a list item holding a nested list (the era-B TOC) is a
    // block that contains other blocks, and editing an inner one would edit it too.
    const blocks = spans.filter((b) => !spans.some((o) => o !== b && b.start <= o.start && o.end <= b.end));
    if (blocks.length === 0 || blocks.some((b) => b.end > length)) return null;
    const sections = sectionRanges(result as unknown as Parameters<typeof sectionRanges>[0]);
    return sections.length > 0 ? { container: out.container, blocks, sections } : null;
  } catch {
    return null;
  }
}

const BLOCK_TAGS = 'p, li, h1, h2, h3, h4, h5, h6';

/** Leaf paragraph-like elements (none of the same kind inside), as text offsets. */
function standInBlocks(container: Element, index: TextIndex): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const el of Array.from(container.querySelectorAll(BLOCK_TAGS))) {
    if (el.querySelector(BLOCK_TAGS)) continue;
    const span = index.spanOfNode(el);
    if (span && /\S/.test(index.text.slice(span.start, span.end))) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function standInSections(blocks: TextSpan[]): SectionRange[] {
  const sections: SectionRange[] = [];
  for (let i = 0; i < blocks.length; i += 10) {
    const group = blocks.slice(i, i + 10);
    sections.push({ id: `stand-in-${i / 10}`, title: null, start: group[0]!.start, end: group[group.length - 1]!.end });
  }
  return sections;
}
