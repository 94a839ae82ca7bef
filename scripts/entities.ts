/**
 * `npm run entities -- <file.html|file.txt> [--numbers] [--lang=en|ru]`
 * Prints the entities as JSON: [{"start","end","type","text","key"}, …]. Offsets are UTF-16 code
 * units into the file's content as read (.txt) or into the article container's textContent
 * (.html). For HTML the engine runs per block (paragraph, heading, list item) so that no entity
 * spans two blocks even where the markup has no whitespace between them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { blocksOf, findArticleContainer } from '../lib/adapters/dom';
import { findEntities, findEntitiesInBlocks, type EntitySpan, type FindOptions } from '../lib/entities';

function fail(msg: string): never {
  process.stderr.write(`entities: ${msg}\n`);
  process.exit(2);
}

function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `no such file: ${file}`
        : code === 'EISDIR'
          ? `is a directory: ${file}`
          : `cannot read ${file} (${code ?? 'error'})`,
    );
  }
  if (buf.includes(0)) fail(`${file} looks binary (NUL bytes), expected UTF-8 text or HTML`);
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, so offsets count it like readFileSync does.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    fail(`${file} is not valid UTF-8`);
  }
  if (!text.trim()) fail(`${file} is empty`);
  return text;
}

/** Entities of an HTML page, offsets into its article container's textContent. */
function fromHtml(html: string, opts: FindOptions): EntitySpan[] {
  const win = new Window();
  const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const container = findArticleContainer(doc) ?? doc.body;
  if (!container) fail('the HTML has no body');
  // Offset of every text node in container.textContent (which is their concatenation).
  const offsets = new Map<Node, number>();
  const walker = doc.createTreeWalker(container, 0x4 /* SHOW_TEXT */);
  let pos = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    offsets.set(n, pos);
    pos += (n as Text).data.length;
  }
  // Contiguous runs of one block's own text nodes (a nested block splits its parent's run).
  const segs: { start: number; text: string }[] = [];
  for (const b of blocksOf(container)) {
    let cur: { start: number; text: string } | null = null;
    for (const node of b.ref.textNodes) {
      const at = offsets.get(node) ?? 0;
      if (!cur || cur.start + cur.text.length !== at) segs.push((cur = { start: at, text: '' }));
      cur.text += node.data;
    }
  }
  const per = findEntitiesInBlocks(
    segs.map((s) => s.text),
    opts,
  );
  return per.flatMap((spans, i) => spans.map((sp) => ({ ...sp, start: sp.start + segs[i]!.start, end: sp.end + segs[i]!.start })));
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) fail('usage: npm run entities -- <file.html|file.txt> [--numbers] [--lang=en|ru]');
  const lang = args.find((a) => a.startsWith('--lang='))?.slice(7);
  if (lang && lang !== 'en' && lang !== 'ru' && lang !== 'auto') fail(`--lang must be en, ru or auto, not ${lang}`);
  const opts: FindOptions = { numbers: args.includes('--numbers'), language: (lang as FindOptions['language']) ?? 'auto' };
  const ext = path.extname(file).toLowerCase();
  if (!['.html', '.htm', '.txt', '.text', ''].includes(ext)) fail(`unsupported file type ${ext}: give a .html or .txt file`);
  const text = readText(file);
  const spans = ext === '.html' || ext === '.htm' ? fromHtml(text, opts) : findEntities(text, opts);
  process.stdout.write(spans.length ? `[\n${spans.map((s) => JSON.stringify(s)).join(',\n')}\n]\n` : '[]\n');
}

try {
  main();
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
