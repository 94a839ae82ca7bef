/**
 * Statement headings in the body. A TOC entry printed again is the surest heading (also when the
 * body splits it over two blocks); without one, a short line that reads like a title and is
 * followed by a paragraph, or a block the markup styles as a heading.
 */
import type { BlockHints } from '../briefing/model';
import type { BlockKind } from './classify';
import { endsLikeSentence, matchKey, normalizeTitle, UPPER } from './normalize';

export interface HeadingMatch {
  blocks: number[];
  title: string;
  /** Index of the TOC entry the heading matches, or null for a heading no TOC lists. */
  entry: number | null;
}

const MAX_TEXT_HEADING = 120;
const MAX_MARKUP_HEADING = 250;

function markupSaysHeading(h: BlockHints): boolean {
  const level = h.headingLevel ?? 0;
  return (level >= 2 && level <= 4) || (h.bold === true && (h.centered === true || !h.listItem));
}

const TITLE_START = new RegExp(`^[${UPPER}\\d«"“„'‘]`);

/** A salutation ("Ladies and gentlemen,", "Уважаемые коллеги,") opens remarks; no title ends in a comma. */
function readsLikeTitle(t: string): boolean {
  return TITLE_START.test(t) && !endsLikeSentence(t) && !t.endsWith(',') && t.split(' ').length >= 2;
}

export function findStatementHeadings(
  texts: string[],
  hints: BlockHints[],
  kinds: BlockKind[],
  from: number,
  to: number,
  entryKeys: Map<string, number>,
): HeadingMatch[] {
  const nextText = (i: number): number | null => {
    for (let j = i + 1; j < to; j++) if (kinds[j] !== 'empty') return kinds[j] === 'text' ? j : null;
    return null;
  };
  // A heading is followed by body text: one long paragraph, or (a paragraph split in two) two
  // sentence-ending paragraphs that are long together.
  const followedByParagraph = (i: number): boolean => {
    const j = nextText(i);
    if (j === null) return false;
    const need = Math.max(120, texts[i].length * 1.5);
    if (texts[j].length > need) return true;
    const k = endsLikeSentence(texts[j]) && texts[j].length >= 40 ? nextText(j) : null;
    return k !== null && endsLikeSentence(texts[k]) && texts[j].length + texts[k].length > need;
  };
  const found: HeadingMatch[] = [];
  for (let i = from; i < to; i++) {
    if (kinds[i] !== 'text') continue;
    const t = texts[i];
    const key = matchKey(t);
    const entry = entryKeys.get(key);
    if (entry !== undefined) {
      found.push({ blocks: [i], title: normalizeTitle(t), entry });
      continue;
    }
    const j = nextText(i);
    if (j !== null && texts[i].length < 200) {
      const joined = `${t} ${texts[j]}`;
      const joinedEntry = entryKeys.get(matchKey(joined));
      if (joinedEntry !== undefined) {
        found.push({ blocks: [i, j], title: normalizeTitle(joined), entry: joinedEntry });
        i = j;
        continue;
      }
    }
    if (!readsLikeTitle(t)) continue;
    const byMarkup = markupSaysHeading(hints[i]) && t.length <= MAX_MARKUP_HEADING;
    const byText = t.length <= MAX_TEXT_HEADING && followedByParagraph(i);
    if (!byMarkup && !byText) continue;
    // Two consecutive heading-styled blocks are one heading split in two.
    if (byMarkup && j !== null && markupSaysHeading(hints[j]) && readsLikeTitle(texts[j]) && followedByParagraph(j)) {
      found.push({ blocks: [i, j], title: normalizeTitle(`${t} ${texts[j]}`), entry: null });
      i = j;
      continue;
    }
    // A bold line followed by another short line is emphasis inside a statement, not a heading.
    if (byMarkup && !byText && nextText(i) !== null && !followedByParagraph(i)) continue;
    found.push({ blocks: [i], title: normalizeTitle(t), entry: null });
  }
  return found;
}
