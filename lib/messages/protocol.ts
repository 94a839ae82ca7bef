/**
 * The one protocol between our pages (content script, popup, library) and the background, where
 * the database lives. Every message type is declared here once, as a valibot schema; the
 * background validates each message on arrival and refuses anything malformed with a readable
 * reason, and only listens to our own extension.
 *
 * Requests are flat objects `{type, ...fields}`; every answer is `{ok: true, data}` or
 * `{ok: false, error}`.
 */
import * as v from 'valibot';
import {
  BriefingInputSchema,
  BriefingKeySchema,
  HighlightSchema,
  IdSchema,
} from '../store/records';
import type { BriefingRecord, HighlightRecord } from '../store/schema';

export const RequestSchema = v.variant('type', [
  /** Is the background there, and which database version does it run? */
  v.strictObject({ type: v.literal('ping') }),
  /** A briefing's highlights. */
  v.strictObject({ type: v.literal('highlights/list'), briefingKey: BriefingKeySchema }),
  /** Every highlight, most recently updated first. */
  v.strictObject({ type: v.literal('highlights/listAll') }),
  v.strictObject({ type: v.literal('highlights/count'), briefingKey: v.optional(BriefingKeySchema) }),
  /** Create or update. */
  v.strictObject({ type: v.literal('highlights/put'), highlight: HighlightSchema }),
  /** Answers with the deleted record, for undo. */
  v.strictObject({ type: v.literal('highlights/delete'), id: IdSchema }),
  /** Undo of a delete: stores the record exactly as given. */
  v.strictObject({ type: v.literal('highlights/restore'), highlight: HighlightSchema }),
  /** The briefing index record of a segmented briefing. */
  v.strictObject({ type: v.literal('briefings/upsert'), record: BriefingInputSchema }),
  v.strictObject({ type: v.literal('briefings/get'), key: BriefingKeySchema }),
  v.strictObject({ type: v.literal('briefings/list') }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** What each request answers with. */
export interface ResponseData {
  ping: { pong: true; dbVersion: number };
  'highlights/list': HighlightRecord[];
  'highlights/listAll': HighlightRecord[];
  'highlights/count': number;
  'highlights/put': HighlightRecord;
  'highlights/delete': HighlightRecord | null;
  'highlights/restore': HighlightRecord;
  'briefings/upsert': BriefingRecord;
  'briefings/get': BriefingRecord | null;
  'briefings/list': BriefingRecord[];
}

export type Response<T extends RequestType = RequestType> =
  | { ok: true; data: ResponseData[T] }
  | { ok: false; error: string };

const NAMESPACES = ['highlights/', 'briefings/'];

/**
 * Whether a message is addressed to the store at all. Other listeners share `runtime.onMessage`
 * (entities, tab commands); their messages are not ours to answer or to refuse. A message in our
 * namespace with an unknown type *is* ours, and is refused.
 */
export function isStoreMessage(message: unknown): boolean {
  if (!message || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && (type === 'ping' || NAMESPACES.some((ns) => type.startsWith(ns)));
}

export type Parsed = { ok: true; message: Request } | { ok: false; error: string };

/** Validate a message; a refusal names the message type, the field and what was wrong with it. */
export function parseMessage(message: unknown): Parsed {
  if (!message || typeof message !== 'object' || Array.isArray(message)) {
    return { ok: false, error: 'Malformed message: expected an object with a "type"' };
  }
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string') return { ok: false, error: 'Malformed message: "type" must be a string' };
  if (!RequestSchema.options.some((o) => o.entries.type.literal === type)) {
    return { ok: false, error: `Unknown message type "${type.slice(0, 100)}"` };
  }
  const result = v.safeParse(RequestSchema, message);
  if (result.success) return { ok: true, message: result.output };
  const problems = result.issues.slice(0, 3).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return { ok: false, error: `Malformed "${type}" message: ${problems.join('; ')}` };
}

/** The part of `runtime.MessageSender` we look at. */
export interface SenderLike {
  id?: string;
}

/**
 * Only our own extension's pages and content scripts may use the store: the sender's extension
 * id must be ours. Web pages and other extensions have none or another.
 */
export function isFromOurExtension(sender: SenderLike | null | undefined, ourId: string | null | undefined): boolean {
  return typeof ourId === 'string' && ourId.length > 0 && sender?.id === ourId;
}

/** Whether a value is shaped like one of our answers (the client checks what comes back). */
export function isResponse(value: unknown): value is Response {
  if (!value || typeof value !== 'object') return false;
  const r = value as { ok?: unknown; error?: unknown };
  return r.ok === true ? 'data' in r : r.ok === false && typeof r.error === 'string';
}
