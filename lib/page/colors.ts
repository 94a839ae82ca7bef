/** The reader's highlight colours, as painted on the page and shown in the sidebar. */
import type { HighlightColor } from '../store/schema';

export const HIGHLIGHT_COLOR_VALUES: Record<HighlightColor, string> = {
  yellow: '#fff07a',
  green: '#b8f0b0',
  blue: '#b9dcff',
  pink: '#ffc4de',
  purple: '#dccbff',
};
