/**
 * Segmentation speed per fixture: the text adapter and the DOM adapter (median of many runs),
 * each against the floor of a bare text walk over the same article (a TreeWalker collecting
 * text nodes; for text input, splitting into lines).
 */
import { readdirSync } from 'node:fs';
import { documentToBlocks, findArticleContainer } from '../../lib/adapters/dom';
import { textToBlocks } from '../../lib/adapters/text';
import { segment } from '../../lib/segment';
import { parseHtml } from '../lib/load-input';
import { hasShared, readProject, readShared, sharedPath } from '../../tests/support/shared';
import { ms, ratio, table, timeMedian } from './stats';

function textWalk(root: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, 0x4);
  let n = 0;
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    parts.push((node as Text).data);
    n++;
  }
  return n + parts.length;
}

/** The article as a transcript would have it: one block per line. */
function asTranscript(doc: Document): string {
  return documentToBlocks(doc)
    .blocks.map((b) => b.text.replace(/\s+/g, ' ').trim())
    .join('\n');
}

export async function run(): Promise<void> {
  const pages: { name: string; html: string }[] = [
    { name: 'sample-briefing (bundled)', html: readProject('tests/fixtures/sample-briefing.html') },
  ];
  const seeds: { name: string; text: string }[] = [];
  if (hasShared) {
    for (const f of readdirSync(sharedPath('fixtures')).filter(
      (f) => f.endsWith('.html') && !f.startsWith('midru-') && f !== 'interstitial.html',
    ))
      pages.push({ name: f.replace('.html', ''), html: readShared('fixtures', f) });
    for (const f of readdirSync(sharedPath('seeds'))) seeds.push({ name: `seed ${f.slice(0, 3)}`, text: readShared('seeds', f) });
  } else {
    console.log('(../shared absent: only the bundled sample is measured)');
  }
  const rows: (string | number)[][] = [['input', 'chars', 'floor', 'text adapter+core', 'ratio', 'DOM adapter+core', 'ratio']];
  for (const p of pages) {
    const doc = parseHtml(p.html);
    const container = findArticleContainer(doc) ?? doc.body;
    const transcript = asTranscript(doc);
    const walk = timeMedian(() => textWalk(container), 60);
    const text = timeMedian(() => segment(textToBlocks(transcript)), 60);
    const dom = timeMedian(() => segment(documentToBlocks(doc).blocks), 60);
    rows.push([p.name, (container.textContent ?? '').length, ms(walk), ms(text), ratio(text, walk), ms(dom), ratio(dom, walk)]);
  }
  for (const s of seeds) {
    const lines = timeMedian(() => s.text.split('\n'), 60);
    const text = timeMedian(() => segment(textToBlocks(s.text)), 60);
    rows.push([s.name, s.text.length, ms(lines), ms(text), ratio(text, lines), '—', '—']);
  }
  console.log('## Segmentation (Node + happy-dom, median of 60 runs)');
  console.log(
    'Ratios: against the floor, a TreeWalker collecting the text nodes of the same article (seeds: splitting the transcript into lines).',
  );
  console.log(table(rows));
}
