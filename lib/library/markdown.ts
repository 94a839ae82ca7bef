/**
 * Markdown export: per briefing a heading (title) with speaker, date and link; then its
 * highlights in reading order, under a sub-heading for each section they fall in, each as a
 * blockquote followed by its note, its tags and a link that reopens the briefing at it.
 *
 * Everything taken from a page or typed by the reader is escaped, so a note can never turn into
 * Markdown structure, a link, or raw HTML in a viewer that renders it (`<script>` comes out as
 * the text `\<script\>`). Links are written only for http(s) addresses, in `<…>` form.
 * Deterministic: the same records give the same text (no export date unless asked for).
 */
import type { BriefingGroup } from './search';
import { briefingLink, highlightLink } from './links';
import { escapeInline, escapeLine, oneLine, safeHref } from '../format/markdown';
export { escapeInline, escapeLine } from '../format/markdown';

export interface MarkdownLabels {
  documentTitle: string;
  speaker: string;
  date: string;
  link: string;
  note: string;
  tags: string;
  openHighlight: string;
  untitledBriefing: string;
  untitledSection: string;
  noSection: string;
}

export const MARKDOWN_LABELS_EN: MarkdownLabels = {
  documentTitle: 'Briefing Lens highlights',
  speaker: 'Speaker',
  date: 'Date',
  link: 'Link',
  note: 'Note',
  tags: 'Tags',
  openHighlight: 'Open in the briefing',
  untitledBriefing: 'Untitled briefing',
  untitledSection: 'Untitled section',
  noSection: 'Outside the sections',
};

export interface MarkdownOptions {
  labels?: MarkdownLabels;
  /** A line under the document title, e.g. the export date or the search; omitted by default. */
  subtitle?: string;
}

/** Multi-line plain text as Markdown paragraphs: lines kept (hard breaks), blank lines separate paragraphs. */
function paragraphs(text: string, firstPrefix = ''): string[] {
  const paras = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/);
  const out: string[] = [];
  paras.forEach((p, i) => {
    const lines = p
      .split('\n')
      .map((l, k) => (i === 0 && k === 0 && firstPrefix ? firstPrefix + escapeInline(l.trim()) : escapeLine(l.trim())));
    out.push(lines.join('\\\n'));
  });
  return out;
}

function blockquote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((l) => (l.trim() ? `> ${escapeLine(l.trim())}` : '>'))
    .join('\n');
}

/** The Markdown of one briefing's highlights (a `##` section). */
export function briefingMarkdown(group: BriefingGroup, labels: MarkdownLabels = MARKDOWN_LABELS_EN): string {
  const blocks: string[] = [];
  blocks.push(`## ${oneLine(group.title ?? '') || escapeInline(labels.untitledBriefing)}`);
  const meta: string[] = [];
  if (group.speaker) meta.push(`- **${labels.speaker}:** ${oneLine(group.speaker)}`);
  if (group.date) meta.push(`- **${labels.date}:** ${escapeInline(group.date)}`);
  const href = safeHref(briefingLink(group.url) ?? '');
  meta.push(`- **${labels.link}:** ${href ? `<${href}>` : oneLine(group.url)}`);
  blocks.push(meta.join('\n'));

  let lastSection: string | null | undefined;
  for (const h of group.highlights) {
    const sectionId = h.section?.id ?? null;
    if (sectionId !== lastSection) {
      const title = h.section ? oneLine(h.section.title ?? '') || escapeInline(labels.untitledSection) : escapeInline(labels.noSection);
      blocks.push(`### ${title}`);
      lastSection = sectionId;
    }
    blocks.push(blockquote(h.quote));
    if (h.note.trim()) blocks.push(...paragraphs(h.note, `**${labels.note}:** `));
    if (h.tags.length) blocks.push(`**${labels.tags}:** ${h.tags.map((t) => oneLine(t)).join(', ')}`);
    const link = safeHref(highlightLink(h));
    if (link) blocks.push(`[${escapeInline(labels.openHighlight)}](<${link}>)`);
  }
  return blocks.join('\n\n');
}

/** The whole Markdown document for these groups (as the library lists them). */
export function toMarkdown(groups: readonly BriefingGroup[], opts: MarkdownOptions = {}): string {
  const labels = opts.labels ?? MARKDOWN_LABELS_EN;
  const parts = [`# ${escapeInline(labels.documentTitle)}`];
  if (opts.subtitle) parts.push(oneLine(opts.subtitle));
  for (const g of groups) parts.push(briefingMarkdown(g, labels));
  return parts.join('\n\n') + '\n';
}
