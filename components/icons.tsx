/** Inline SVG icons: no icon font or emoji font is assumed on the reader's machine. */

const common = {
  width: 14,
  height: 14,
  viewBox: '0 0 24 24',
  'aria-hidden': true,
  focusable: 'false',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

export const LinkIcon = () => (
  <svg {...common}>
    <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
    <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
  </svg>
);

export const QuoteIcon = () => (
  <svg {...common}>
    <path d="M7 7h4v4c0 3-1.5 5-4 6" />
    <path d="M15 7h4v4c0 3-1.5 5-4 6" />
  </svg>
);

export const MarkdownIcon = () => (
  <svg {...common} width={18} viewBox="0 0 30 24">
    <rect x="1" y="4" width="28" height="16" rx="2" />
    <path d="M6 16V8l4 4 4-4v8M21 8v8m-3-3 3 3 3-3" />
  </svg>
);
