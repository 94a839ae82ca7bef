/** How a section's word diff is shown in the sidebar. */
import type { DiffPart } from '../archive/diff';

/**
 * Long unchanged stretches cut to `context` words on each side of a change ("…" between), so a
 * one-word edit in a long answer shows as a line, not the whole answer. Changed words are never cut.
 */
export function condenseParts(parts: readonly DiffPart[], context = 12): DiffPart[] {
  if (!parts.some((p) => p.change !== 'same')) return [...parts];
  const headOf = new RegExp(`^\\s*(?:\\S+\\s+){${context}}`);
  const tailOf = new RegExp(`(?:\\s+\\S+){${context}}\\s*$`);
  return parts.map((p, i) => {
    if (p.change !== 'same') return p;
    const first = i === 0;
    const last = i === parts.length - 1;
    const words = p.text.match(/\S+/g)?.length ?? 0;
    if (words <= (first ? 0 : context) + (last ? 0 : context) + 2) return p;
    const head = first ? '' : (headOf.exec(p.text)?.[0] ?? '');
    const tail = last ? '' : (tailOf.exec(p.text)?.[0] ?? '');
    return { change: 'same', text: `${head}…${tail}` };
  });
}
