/**
 * Text adapter: a saved transcript (one paragraph per line, blank lines, `1.`/`-` list markers)
 * → blocks. A block's ref is its 0-based line number; start/end are offsets into the text.
 */
import type { Block } from '../briefing/model';
import { hasListMarker, normalizeSpace } from '../segment/normalize';

export function textToBlocks(source: string): Block<number>[] {
  const blocks: Block<number>[] = [];
  let offset = 0;
  const lines = source.split('\n');
  lines.forEach((rawLine, lineNo) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const start = offset;
    offset += rawLine.length + 1;
    const flat = normalizeSpace(line);
    if (!flat) return;
    const listItem = hasListMarker(flat);
    // Indentation of list lines tells nesting in some renderings ("  1. …").
    const indent = /^[ \t]*/.exec(line)![0].length;
    blocks.push({
      text: line,
      hints: listItem ? { listItem: true, listDepth: indent >= 4 ? 1 : 0 } : {},
      ref: lineNo,
      start,
      end: start + line.length,
    });
  });
  return blocks;
}
