/**
 * A bundled fixture page loaded into the test's happy-dom document (Ranges in happy-dom belong to
 * the window's own document, so the page goes there rather than into a parsed copy), segmented
 * the way the content script does it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentDocument } from '../../../lib/adapters';
import type { DomBlockRef } from '../../../lib/adapters/dom';
import type { Briefing } from '../../../lib/briefing/model';
import { repoRoot } from '../../support/shared';

export interface LoadedPage {
  briefing: Briefing<DomBlockRef>;
  container: Element;
}

/** Replaces the document's content with `tests/fixtures/<name>` (scripts left out) and segments it. */
export function loadFixturePage(name = 'sample-briefing.html'): LoadedPage {
  const html = readFileSync(join(repoRoot, 'tests/fixtures', name), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const head = /<head[^>]*>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? '';
  const noScripts = (s: string) => s.replace(/<script[\s\S]*?<\/script>/gi, '');
  document.head.innerHTML = noScripts(head);
  document.body.innerHTML = noScripts(body);
  const lang = /<html[^>]*lang="([a-z]+)"/i.exec(html)?.[1];
  if (lang) document.documentElement.lang = lang;
  const { result, container } = segmentDocument(document);
  if (!result.isBriefing) throw new Error(`${name} is not read as a briefing`);
  return { briefing: result as Briefing<DomBlockRef>, container };
}
