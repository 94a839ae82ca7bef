/**
 * Messages to the content script of a tab, from the extension's own pages (the popup, the
 * background forwarding keyboard commands and the context menu): what was detected, save the
 * page for a report, run a command, list the transcripts a listing page links to.
 */
import * as v from 'valibot';
import type { ListedTranscript } from '../archive/listing';
import type { Protocol } from './router';
import { parseVariant, type Parsed } from './schema-text';

export const PAGE_COMMANDS = ['toggle-sidebar', 'next-section', 'prev-section', 'highlight-selection'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

export const TabRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('tab/status') }),
  v.strictObject({ type: v.literal('tab/save-page') }),
  v.strictObject({ type: v.literal('tab/command'), command: v.picklist(PAGE_COMMANDS) }),
  /** The transcripts a listing page links to (read only: the page is not changed). */
  v.strictObject({ type: v.literal('tab/listing') }),
]);

export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

export type TranscriptKind = 'briefing' | 'remarks' | 'interview';

export type TabStatus =
  | { detected: false; state: 'waiting' | 'not-briefing' }
  | {
      detected: true;
      title: string | null;
      kind: TranscriptKind;
      statements: number;
      pairs: number;
      language: 'en' | 'ru';
      /** The sidebar is open (false: collapsed to its strip). */
      sidebarOpen: boolean;
      /** This briefing's highlights, once loaded; null before. */
      noteCount: number | null;
    };

export interface TabResponses {
  'tab/status': TabStatus;
  'tab/save-page': true;
  'tab/command': boolean;
  'tab/listing': { items: ListedTranscript[] };
}

export const tabProtocol: Protocol<TabRequest> = {
  parse: (m): Parsed<TabRequest> => parseVariant<TabRequest>(TabRequestSchema, 'tab', m),
  refuse: (_req, sender) => (sender.kind === 'extension-page' ? null : 'Refused: tab messages come from the extension only'),
};
