/** The model as the sidebar frame gets it: the same structure, block refs dropped (no DOM). */
import type { Briefing } from '../briefing/model';

export function publicModel(b: Briefing<unknown>): Briefing<null> {
  return {
    ...b,
    blocks: b.blocks.map(({ text, hints, start, end, gaps }) => ({ text, hints, ref: null, start, end, ...(gaps ? { gaps } : {}) })),
  };
}
